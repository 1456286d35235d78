#include "technicianmodel.h"

#include "models/cellformat.h"
#include "models/itemroles.h"
#include "models/organisationdata.h"

namespace fd {

TechnicianModel::TechnicianModel(QObject* parent)
    : RecordTableModel(parent)
{ }

void TechnicianModel::load(const OrganisationData& data)
{
    QList<Row> rows;
    rows.reserve(data.technicians.size());
    for (const Technician& technician : data.technicians)
        rows.append(Row { technician, data.teamLabel(technician.teamCode),
            data.unitOfTeam(technician.teamCode) });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TechnicianModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TechnicianModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TechnicianModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return display(row, column);
    case FilterRole:
        return column == FtthKit || column == Active ? QVariant() : display(row, column);
    case Qt::TextAlignmentRole:
        return column == FtthKit || column == Active ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case Qt::ForegroundRole:
        if (!row.technician.active)
            return inactiveForeground();
        if (column == FtthKit && !row.technician.ftthKit)
            return warningForeground();
        return {};
    case Qt::ToolTipRole:
        if (column == FtthKit && !row.technician.ftthKit && row.technician.active)
            return tr("Every active technician needs an FTTH tool kit.");
        return {};
    default:
        return {};
    }
}

QVariant TechnicianModel::display(const Row& row, Column column) const
{
    switch (column) {
    case Code:
        return row.technician.code;
    case Name:
        return row.technician.name;
    case Team:
        return row.teamLabel;
    case Unit:
        return row.unitCode;
    case Phone:
        return row.technician.phone;
    case PermitNo:
        return row.technician.permitNo;
    case FtthKit:
        return yesNo(row.technician.ftthKit);
    case Active:
        return yesNo(row.technician.active);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TechnicianModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole
        && (section == FtthKit || section == Active))
        return int(Qt::AlignCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Team:
        return tr("Team");
    case Unit:
        return tr("Unit");
    case Phone:
        return tr("Phone");
    case PermitNo:
        return tr("Work permit");
    case FtthKit:
        return tr("FTTH tool kit");
    case Active:
        return tr("Active");
    case ColumnCount:
        break;
    }
    return {};
}

QString TechnicianModel::rowKey(int row) const
{
    return m_rows.at(row).technician.code;
}

bool TechnicianModel::rowActive(int row) const
{
    return m_rows.at(row).technician.active;
}

} // namespace fd
