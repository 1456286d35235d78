#pragma once

#include "models/indicatormodel.h"
#include "rules/scoring.h"
#include "services/evaluationservice.h"
#include "services/indicatorservice.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace fd {

class ParetoChart;
class ParetoModel;
class ScoreBreakdownModel;
class TrendChart;
class TrendModel;

// What the evaluation page shows of the unit chosen in its table: the month's score
// category by category with the counts behind it beside the unit's trend against the
// strike line, and the SPEC §8 indicators of the unit beside every unit's with the Pareto
// of its complaints. Double-clicking a figure asks for its evidence.
class UnitEvaluationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitEvaluationPanel)

public:
    enum Tab
    {
        ScoreTab,
        IndicatorsTab
    };

    explicit UnitEvaluationPanel(QWidget* parent = nullptr);

    // `finalized`: the unit's finalized months (for the trend); `indicators` of the unit
    // and of every unit that month.
    void showUnit(const UnitEvaluation& unit, const ScoringRules& rules,
        const QList<UnitEvaluation>& finalized, const Indicators& indicators,
        const Indicators& overall);
    void clear(const QString& message);

    void setCurrentTab(Tab tab);
    // A line of the page's own at the right of the tabs (the unit's callbacks by flagged
    // agents, SPEC §17), so that it takes no height from the table above.
    void setCornerWidget(QWidget* widget);
    ScoreBreakdownModel* breakdownModel() const { return m_breakdown; }
    TrendModel* trendModel() const { return m_trend; }
    IndicatorModel* indicatorModel() const { return m_indicators; }
    ParetoModel* paretoModel() const { return m_pareto; }
    TrendChart* trendChart() const { return m_trendChart; }
    ParetoChart* paretoChart() const { return m_paretoChart; }
    QTableView* breakdownView() const { return m_breakdownView; }
    QTableView* indicatorView() const { return m_indicatorView; }

signals:
    void evidenceRequested(const EvidenceRequest& request);

private:
    QTabWidget* m_tabs = nullptr;
    ScoreBreakdownModel* m_breakdown = nullptr;
    TrendModel* m_trend = nullptr;
    IndicatorModel* m_indicators = nullptr;
    ParetoModel* m_pareto = nullptr;
    QTableView* m_breakdownView = nullptr;
    QTableView* m_indicatorView = nullptr;
    TrendChart* m_trendChart = nullptr;
    ParetoChart* m_paretoChart = nullptr;
};

} // namespace fd
