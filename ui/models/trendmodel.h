#pragma once

#include "services/evaluationservice.h"

#include <QAbstractTableModel>
#include <optional>

namespace fd {

// A unit's totals over the months of the strike window ending with the chosen month (SPEC
// §8 "total score with the 80 line"), for a chart to map with QVXYModelMapper: one row per
// month that has a total, oldest first; the finalized months first, then the chosen month's
// draft when it is not final (so that a mapper can take the finals' rows as the line and
// the draft's as a point of its own).
class TrendModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendModel)

public:
    enum Column
    {
        Position, // months since the window's first month: the chart's x
        Total, // the chart's y
        Month,
        Strike,
        ColumnCount
    };

    explicit TrendModel(QObject* parent = nullptr);

    // `finalized`: the unit's finalized months, any order; those outside the window are
    // left out. `draft`: the chosen month when it is not final.
    void setTrend(const QDate& lastMonth, int windowMonths, const QList<UnitEvaluation>& finalized,
        const std::optional<UnitEvaluation>& draft);
    void clear();

    QDate firstMonth() const { return m_first; }
    int windowMonths() const { return m_window; }
    QDate monthAt(int position) const { return m_first.addMonths(position); }
    int finalCount() const { return m_finalCount; }
    bool hasDraft() const { return m_points.size() > m_finalCount; }
    QDate monthOfRow(int row) const { return m_points.at(row).month; }
    double totalOfRow(int row) const { return m_points.at(row).total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Point
    {
        QDate month;
        double total = 0; // a chart's coordinate; the exact total is the evaluation's
        bool strike = false;
    };

    QList<Point> m_points;
    QDate m_first;
    int m_window = 12;
    int m_finalCount = 0;
};

} // namespace fd
