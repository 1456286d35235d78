#include "teammodel.h"

#include "models/cellformat.h"
#include "models/itemroles.h"
#include "models/organisationdata.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {
bool isNumber(int column)
{
    return column == TeamModel::Subscribers || column == TeamModel::Technicians;
}
} // namespace

TeamModel::TeamModel(QObject* parent)
    : RecordTableModel(parent)
{ }

void TeamModel::load(const OrganisationData& data)
{
    QHash<QString, qint64> technicians;
    for (const Technician& technician : data.technicians) {
        if (technician.active)
            ++technicians[technician.teamCode];
    }
    QList<Row> rows;
    rows.reserve(data.teams.size());
    for (const Team& team : data.teams) {
        Row row { team, data.unitLabel(team.unitCode), 0, technicians.value(team.code) };
        for (const QString& code : team.areaCodes) {
            if (const Area* area = data.findArea(code); area && area->active)
                row.subscribers += area->subscribers;
        }
        rows.append(row);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TeamModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeamModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        if (column == Subscribers)
            return row.subscribers;
        if (column == Technicians)
            return row.technicians;
        return display(row, column);
    case FilterRole:
        return isNumber(column) || column == Active ? QVariant() : display(row, column);
    case Qt::TextAlignmentRole:
        return isNumber(column) ? numberAlignment() : QVariant();
    case Qt::ForegroundRole:
        return row.team.active ? QVariant() : inactiveForeground();
    case Qt::ToolTipRole:
        if (column == Areas)
            return row.team.areaCodes.join(u", "_s);
        return {};
    default:
        return {};
    }
}

QVariant TeamModel::display(const Row& row, Column column) const
{
    switch (column) {
    case Code:
        return row.team.code;
    case Name:
        return row.team.name;
    case Unit:
        return row.unitLabel;
    case Areas:
        return row.team.areaCodes.join(u", "_s);
    case Subscribers:
        return formatCount(row.subscribers);
    case Technicians:
        return formatCount(row.technicians);
    case Active:
        return yesNo(row.team.active);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && isNumber(section))
        return numberAlignment();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Unit:
        return tr("Unit");
    case Areas:
        return tr("Covers areas");
    case Subscribers:
        return tr("Subscribers");
    case Technicians:
        return tr("Active technicians");
    case Active:
        return tr("Active");
    case ColumnCount:
        break;
    }
    return {};
}

QString TeamModel::rowKey(int row) const
{
    return m_rows.at(row).team.code;
}

bool TeamModel::rowActive(int row) const
{
    return m_rows.at(row).team.active;
}

} // namespace fd
