#include "areamodel.h"

#include "models/cellformat.h"
#include "models/itemroles.h"
#include "models/organisationdata.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace fd {

AreaModel::AreaModel(QObject* parent)
    : RecordTableModel(parent)
{ }

void AreaModel::load(const OrganisationData& data)
{
    QHash<QString, QStringList> teamsOfArea;
    for (const Team& team : data.teams) {
        if (!team.active)
            continue;
        for (const QString& area : team.areaCodes)
            teamsOfArea[area].append(team.code);
    }
    QList<Row> rows;
    rows.reserve(data.areas.size());
    for (const Area& area : data.areas)
        rows.append(Row { area, data.unitLabel(area.unitCode), teamsOfArea.value(area.code) });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AreaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AreaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AreaModel::data(const QModelIndex& index, int role) const
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
            return row.area.subscribers;
        return display(row, column);
    case FilterRole:
        return column == Subscribers || column == Active ? QVariant() : display(row, column);
    case Qt::TextAlignmentRole:
        return column == Subscribers ? numberAlignment() : QVariant();
    case Qt::ForegroundRole:
        if (!row.area.active)
            return inactiveForeground();
        if (column == CoveredBy && row.teams.isEmpty())
            return warningForeground();
        return {};
    case Qt::ToolTipRole:
        if (column == CoveredBy && row.teams.isEmpty() && row.area.active)
            return tr(
                "No active team covers this area: the unit falls short of the allocation rules.");
        return {};
    default:
        return {};
    }
}

QVariant AreaModel::display(const Row& row, Column column) const
{
    switch (column) {
    case Code:
        return row.area.code;
    case Name:
        return row.area.name;
    case Unit:
        return row.unitLabel;
    case Subscribers:
        return formatCount(row.area.subscribers);
    case CoveredBy:
        return row.teams.isEmpty() ? tr("no team") : row.teams.join(u", "_s);
    case Active:
        return yesNo(row.area.active);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AreaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == Subscribers)
        return numberAlignment();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Unit:
        return tr("Served by unit");
    case Subscribers:
        return tr("Subscribers");
    case CoveredBy:
        return tr("Covered by teams");
    case Active:
        return tr("Active");
    case ColumnCount:
        break;
    }
    return {};
}

QString AreaModel::rowKey(int row) const
{
    return m_rows.at(row).area.code;
}

bool AreaModel::rowActive(int row) const
{
    return m_rows.at(row).area.active;
}

} // namespace fd
