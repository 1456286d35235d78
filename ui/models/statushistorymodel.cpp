#include "statushistorymodel.h"

#include "models/cellformat.h"
#include "models/itemroles.h"

#include <algorithm>

namespace fd {

StatusHistoryModel::StatusHistoryModel(const QTimeZone& zone, QObject* parent)
    : QAbstractTableModel(parent)
    , m_zone(zone)
{ }

void StatusHistoryModel::setHistory(const QList<UnitStatusChange>& history)
{
    beginResetModel();
    m_rows = history;
    // Newest first by the day each status took effect, then by when it was recorded: a
    // status back-dated on import ("active since 2024") sorts under a later one.
    std::reverse(m_rows.begin(), m_rows.end());
    std::stable_sort(
        m_rows.begin(), m_rows.end(), [](const UnitStatusChange& a, const UnitStatusChange& b) {
            if (a.effectiveOn != b.effectiveOn)
                return a.effectiveOn > b.effectiveOn;
            return a.changedAt > b.changedAt;
        });
    endResetModel();
}

int StatusHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatusHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnitStatusChange& change = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::ForegroundRole)
        return column == Status && change.status == UnitStatus::Terminated ? warningForeground()
                                                                           : QVariant();
    if (role == Qt::ToolTipRole)
        return column == Reason ? QVariant(change.reason) : QVariant();
    if (role == SortRole) {
        if (column == EffectiveOn)
            return change.effectiveOn;
        if (column == ChangedAt)
            return change.changedAt;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case EffectiveOn:
        return formatDate(change.effectiveOn);
    case Status:
        return unitStatusDisplayName(change.status);
    case Reason:
        return change.reason;
    case EvaluationMonth:
        return change.evaluationMonth;
    case ChangedBy:
        return change.changedBy;
    case ChangedAt:
        return formatDateTime(change.changedAt, m_zone);
    default:
        return {};
    }
}

QVariant StatusHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EffectiveOn:
        return tr("From");
    case Status:
        return tr("Status");
    case Reason:
        return tr("Reason");
    case EvaluationMonth:
        return tr("Ended by month");
    case ChangedBy:
        return tr("By");
    case ChangedAt:
        return tr("Recorded");
    default:
        return {};
    }
}

} // namespace fd
