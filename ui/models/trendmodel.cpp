#include "trendmodel.h"

#include "models/cellformat.h"
#include "models/scoreformat.h"

#include <algorithm>

namespace fd {

TrendModel::TrendModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void TrendModel::setTrend(const QDate& lastMonth, int windowMonths,
    const QList<UnitEvaluation>& finalized, const std::optional<UnitEvaluation>& draft)
{
    beginResetModel();
    m_window = qMax(1, windowMonths);
    m_first = QDate(lastMonth.year(), lastMonth.month(), 1).addMonths(1 - m_window);
    const QDate last = m_first.addMonths(m_window - 1);
    m_points.clear();
    for (const UnitEvaluation& month : finalized) {
        if (month.month >= m_first && month.month <= last)
            m_points.append({ month.month, month.score.total.toDouble(), month.score.strike });
    }
    std::sort(m_points.begin(), m_points.end(),
        [](const Point& a, const Point& b) { return a.month < b.month; });
    m_finalCount = int(m_points.size());
    if (draft && draft->month >= m_first && draft->month <= last)
        m_points.append({ draft->month, draft->score.total.toDouble(), draft->score.strike });
    endResetModel();
}

void TrendModel::clear()
{
    beginResetModel();
    m_points.clear();
    m_finalCount = 0;
    endResetModel();
}

int TrendModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int TrendModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrendModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const Point& point = m_points.at(index.row());
    switch (index.column()) {
    case Position:
        return double(
            (point.month.year() - m_first.year()) * 12 + point.month.month() - m_first.month());
    case Total:
        return point.total;
    case Month:
        return formatMonth(point.month);
    case Strike:
        return role == Qt::DisplayRole ? QVariant(yesNo(point.strike)) : QVariant(point.strike);
    default:
        return {};
    }
}

QVariant TrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position:
        return tr("Month number");
    case Total:
        return tr("Total");
    case Month:
        return tr("Month");
    case Strike:
        return tr("Strike");
    default:
        return {};
    }
}

} // namespace fd
