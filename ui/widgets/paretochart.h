#pragma once

#include <QChartView>
#include <QPointer>
#include <QVBarModelMapper>
#include <QVXYModelMapper>

class QBarCategoryAxis;
class QBarSeries;
class QChart;
class QLineSeries;
class QValueAxis;

namespace fd {

class ParetoModel;

// The complaints of a month by category as a Pareto chart: bars from the most frequent
// category down, and the cumulative share as a line on a 0–100 % axis of its own. Fed from
// a ParetoModel through model mappers.
class ParetoChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParetoChart)

public:
    ParetoChart(ParetoModel* model, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QBarSeries* barSeries() const { return m_bars; }
    QLineSeries* cumulativeSeries() const { return m_cumulative; }
    QBarCategoryAxis* categoryAxis() const { return m_categories; }

private:
    void refit();

    ParetoModel* m_model = nullptr;
    QChart* m_chart = nullptr;
    QBarSeries* m_bars = nullptr;
    QLineSeries* m_cumulative = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QValueAxis* m_counts = nullptr;
    QValueAxis* m_share = nullptr;
    QPointer<QVBarModelMapper> m_barMapper;
    QPointer<QVXYModelMapper> m_lineMapper;
    QString m_title;
};

} // namespace fd
