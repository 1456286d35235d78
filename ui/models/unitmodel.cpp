#include "unitmodel.h"

#include "models/cellformat.h"
#include "models/itemroles.h"
#include "models/organisationdata.h"

#include <QFont>
#include <QHash>

namespace fd {

namespace {
bool isNumber(int column)
{
    return column == UnitModel::Areas || column == UnitModel::Subscribers
        || column == UnitModel::Teams || column == UnitModel::Technicians;
}
bool isText(int column)
{
    return column == UnitModel::Code || column == UnitModel::Name || column == UnitModel::Status
        || column == UnitModel::ContractNo;
}
} // namespace

UnitModel::UnitModel(QObject* parent)
    : RecordTableModel(parent)
{ }

void UnitModel::load(const OrganisationData& data)
{
    QList<Row> rows;
    rows.reserve(data.units.size());
    QHash<QString, int> index;
    for (const Unit& unit : data.units) {
        index.insert(unit.code, int(rows.size()));
        rows.append(Row { unit });
    }
    for (const Area& area : data.areas) {
        const auto found = index.constFind(area.unitCode);
        if (found == index.cend() || !area.active)
            continue;
        ++rows[*found].areas;
        rows[*found].subscribers += area.subscribers;
    }
    QHash<QString, bool> activeTeams;
    for (const Team& team : data.teams) {
        activeTeams.insert(team.code, team.active);
        const auto found = index.constFind(team.unitCode);
        if (found != index.cend() && team.active)
            ++rows[*found].teams;
    }
    for (const Technician& technician : data.technicians) {
        const auto found = index.constFind(data.unitOfTeam(technician.teamCode));
        if (found != index.cend() && technician.active && activeTeams.value(technician.teamCode))
            ++rows[*found].technicians;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int UnitModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnitModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case FilterRole:
        return isText(column) ? display(row, column) : QVariant();
    case Qt::TextAlignmentRole:
        return isNumber(column) ? numberAlignment() : QVariant();
    case Qt::ForegroundRole:
        if (row.unit.status == UnitStatus::Retired)
            return inactiveForeground();
        if (row.unit.status == UnitStatus::Terminated && (column == Status || column == RectifyBy))
            return warningForeground();
        return {};
    case Qt::FontRole:
        if (row.unit.status == UnitStatus::Terminated && column == Status) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Status && row.unit.status == UnitStatus::Candidate)
            return tr("Becomes active after passing a qualification assessment.");
        if (column == Status && row.unit.status == UnitStatus::Terminated)
            return tr("Contract rescinded: no new orders. A passed retraining assessment "
                      "reinstates the unit.");
        if (column == Subscribers)
            return tr("Subscribers of the unit's active service areas");
        if (column == Name)
            return row.unit.name;
        return {};
    default:
        return {};
    }
}

QVariant UnitModel::display(const Row& row, Column column) const
{
    switch (column) {
    case Code:
        return row.unit.code;
    case Name:
        return row.unit.name;
    case Status:
        return unitStatusDisplayName(row.unit.status);
    case StatusSince:
        return formatDate(row.unit.statusSince);
    case RectifyBy:
        return row.unit.status == UnitStatus::Terminated ? formatDate(row.unit.rectifyBy)
                                                         : QString();
    case ContractNo:
        return row.unit.contractNo;
    case ContractStart:
        return formatDate(row.unit.contractStart);
    case Areas:
        return formatCount(row.areas);
    case Subscribers:
        return formatCount(row.subscribers);
    case Teams:
        return formatCount(row.teams);
    case Technicians:
        return formatCount(row.technicians);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UnitModel::sortValue(const Row& row, Column column) const
{
    switch (column) {
    case Status:
        return int(row.unit.status);
    case StatusSince:
        return row.unit.statusSince;
    case RectifyBy:
        return row.unit.rectifyBy;
    case ContractStart:
        return row.unit.contractStart;
    case Areas:
        return row.areas;
    case Subscribers:
        return row.subscribers;
    case Teams:
        return row.teams;
    case Technicians:
        return row.technicians;
    default:
        return display(row, column);
    }
}

QVariant UnitModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Status:
        return tr("Status");
    case StatusSince:
        return tr("Since");
    case RectifyBy:
        return tr("Rectify by");
    case ContractNo:
        return tr("Contract no.");
    case ContractStart:
        return tr("Contract start");
    case Areas:
        return tr("Areas");
    case Subscribers:
        return tr("Subscribers");
    case Teams:
        return tr("Teams");
    case Technicians:
        return tr("Technicians");
    case ColumnCount:
        break;
    }
    return {};
}

QString UnitModel::rowKey(int row) const
{
    return m_rows.at(row).unit.code;
}

bool UnitModel::rowActive(int row) const
{
    return m_rows.at(row).unit.status != UnitStatus::Retired;
}

} // namespace fd
