#include "unitevaluationpanel.h"

#include "models/paretomodel.h"
#include "models/scorebreakdownmodel.h"
#include "models/scoreformat.h"
#include "models/trendmodel.h"
#include "widgets/paretochart.h"
#include "widgets/tableviews.h"
#include "widgets/trendchart.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

namespace {

QTableView* makeFigureTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    setUpRecordTable(view);
    view->setSortingEnabled(false); // the rows are in the order of the score
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(true);
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(model->columnCount() - 1, QHeaderView::Stretch);
    // The last column explains the figure in words: it wraps rather than being cut.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

UnitEvaluationPanel::UnitEvaluationPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    m_breakdown = new ScoreBreakdownModel(this);
    m_trend = new TrendModel(this);
    auto* scoreTab = new QWidget(m_tabs);
    auto* scoreLayout = new QHBoxLayout(scoreTab);
    scoreLayout->setContentsMargins(4, 4, 4, 4);
    m_breakdownView = makeFigureTable(m_breakdown, scoreTab);
    scoreLayout->addWidget(m_breakdownView, 1);
    m_trendChart = new TrendChart(m_trend, scoreTab);
    scoreLayout->addWidget(m_trendChart, 1);
    m_tabs->addTab(scoreTab, tr("Score and trend"));

    m_indicators = new IndicatorModel(this);
    m_pareto = new ParetoModel(this);
    auto* indicatorTab = new QWidget(m_tabs);
    auto* indicatorLayout = new QHBoxLayout(indicatorTab);
    indicatorLayout->setContentsMargins(4, 4, 4, 4);
    m_indicatorView = makeFigureTable(m_indicators, indicatorTab);
    indicatorLayout->addWidget(m_indicatorView, 1);
    m_paretoChart = new ParetoChart(m_pareto, indicatorTab);
    indicatorLayout->addWidget(m_paretoChart, 1);
    m_tabs->addTab(indicatorTab, tr("Indicators"));

    connect(m_breakdownView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QList<EvidenceKind> kinds = ScoreBreakdownModel::evidenceOfRow(index.row());
        if (!kinds.isEmpty())
            emit evidenceRequested(
                { EvidenceSource::Evaluation, m_breakdown->drillDownOf(index.row()), false });
    });
    connect(m_indicatorView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const std::optional<EvidenceRequest> request
            = IndicatorModel::evidenceOfRow(index.row()))
            emit evidenceRequested(*request);
    });
}

void UnitEvaluationPanel::showUnit(const UnitEvaluation& unit, const ScoringRules& rules,
    const QList<UnitEvaluation>& finalized, const Indicators& indicators, const Indicators& overall)
{
    m_breakdown->setUnit(unit, rules);
    m_trendChart->setStrikeLine(rules.strikeBelow);
    m_trendChart->setTitle(tr("%1: total of the %2 months to %3")
                               .arg(unit.unitCode)
                               .arg(rules.strikeWindowMonths)
                               .arg(formatMonth(unit.month)));
    m_trend->setTrend(unit.month, rules.strikeWindowMonths, finalized,
        unit.final ? std::nullopt : std::optional<UnitEvaluation>(unit));
    Indicators named = indicators;
    named.unitCode = unit.unitCode;
    m_indicators->setIndicators(named, overall);
    m_pareto->setCounts(indicators.pareto());
    m_paretoChart->setTitle(indicators.complaints() == 0
            ? tr("%1: no complaint received in %2").arg(unit.unitCode, formatMonth(unit.month))
            : tr("%1: complaints received in %2 by category")
                  .arg(unit.unitCode, formatMonth(unit.month)));
    m_tabs->setEnabled(true);
}

void UnitEvaluationPanel::clear(const QString& message)
{
    m_breakdown->clear();
    m_trend->clear();
    m_indicators->clear();
    m_pareto->setCounts({});
    m_trendChart->setTitle(message);
    m_paretoChart->setTitle(message);
    m_tabs->setEnabled(false);
}

void UnitEvaluationPanel::setCornerWidget(QWidget* widget)
{
    m_tabs->setCornerWidget(widget, Qt::TopRightCorner);
}

void UnitEvaluationPanel::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

} // namespace fd
