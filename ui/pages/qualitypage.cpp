#include "qualitypage.h"

#include "dialogs/qualityscoredialog.h"
#include "models/cellformat.h"
#include "models/qualitymodels.h"
#include "models/recordfilterproxy.h"
#include "models/scoreformat.h"
#include "rules/permissions.h"
#include "services/evaluationservice.h"
#include "widgets/columnfitter.h"
#include "widgets/combos.h"
#include "widgets/errorlabel.h"
#include "widgets/palette.h"
#include "widgets/plainwidgets.h"
#include "widgets/reportsave.h"
#include "widgets/tableviews.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

constexpr int kMonthsOffered = 36;

QDate firstOfMonth(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

QString coloured(ColourRole role, const QString& text)
{
    return u"<span style='color:%1'>%2</span>"_s.arg(colourName(role), text.toHtmlEscaped());
}

// The team's figures of a month: the mean of the scored calls' monitor scores and the share
// of yes answers over every reached call; none without calls.
struct TeamMonth
{
    std::optional<Rational> monitor;
    std::optional<Rational> yes; // per cent
};

TeamMonth teamOf(const QualityReport& report)
{
    Rational monitor, yes;
    qint64 scored = 0, reached = 0;
    for (const AgentQuality& agent : report.agents) {
        if (agent.monitorAverage) {
            monitor = monitor + *agent.monitorAverage * Rational(agent.scored);
            scored += agent.scored;
        }
        if (agent.yesRate) {
            yes = yes + *agent.yesRate * Rational(agent.reached);
            reached += agent.reached;
        }
    }
    TeamMonth team;
    if (scored > 0)
        team.monitor = monitor / Rational(scored);
    if (reached > 0)
        team.yes = yes / Rational(reached);
    return team;
}

} // namespace

QualityPage::QualityPage(const Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_month(defaultMonth())
{
    auto* layout = new QVBoxLayout(this);
    buildControls(layout);

    m_summary = new QLabel(this);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_summary->setFont(big);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_notices = wrappedLabel(this);
    layout->addWidget(m_notices);
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    m_legend->setText(
        tr("Monitor score: the supervisors' marks for the calls drawn, out of 100. Red: a "
           "question on which the agent's customers answer markedly differently from the other "
           "agents' customers of the same units (|z| ≥ 3 with at least %1 calls on each side), "
           "so the calls may lead them. Hover over a cell for its figures.")
            .arg(kAgentEffectMinimumCalls));
    layout->addWidget(m_legend);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    auto* agentsArea = new QWidget(m_splitter);
    auto* agentsLayout = new QVBoxLayout(agentsArea);
    agentsLayout->setContentsMargins(0, 0, 0, 0);
    m_empty = wrappedLabel(agentsArea);
    m_empty->setVisible(false);
    agentsLayout->addWidget(m_empty);
    m_agents = new QualityAgentModel(this);
    m_agentProxy = new RecordFilterProxy(this);
    m_agentProxy->setSourceModel(m_agents);
    m_agentView = new QTableView(agentsArea);
    setUpRecordTable(m_agentView);
    m_agentView->setModel(m_agentProxy);
    m_agentView->sortByColumn(QualityAgentModel::Agent, Qt::AscendingOrder);
    m_agentView->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    // Fourteen columns on a 1280-pixel screen: headers wrap, the flags take what is left and
    // break onto a second line of their row when that is not enough.
    m_agentFitter = new ColumnFitter(m_agentView, QualityAgentModel::Flagged, true);
    m_agentView->setWordWrap(true);
    m_agentView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    agentsLayout->addWidget(m_agentView, 1);
    m_splitter->addWidget(agentsArea);

    auto* lower = new QWidget(m_splitter);
    auto* lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 6, 0, 0);
    auto* left = new QVBoxLayout;
    auto* calibrationBox = new QGroupBox(tr("Calibration: do the supervisors score alike?"), lower);
    auto* calibrationLayout = new QVBoxLayout(calibrationBox);
    m_calibration = wrappedLabel(calibrationBox);
    calibrationLayout->addWidget(m_calibration);
    m_supervisors = new QualitySupervisorModel(this);
    m_supervisorView = new QTableView(calibrationBox);
    setUpRecordTable(m_supervisorView);
    m_supervisorView->setModel(m_supervisors);
    m_supervisorView->setSortingEnabled(false);
    new ColumnFitter(m_supervisorView, QualitySupervisorModel::Supervisor);
    calibrationLayout->addWidget(m_supervisorView, 1);
    left->addWidget(calibrationBox, 1);
    auto* consistencyBox
        = new QGroupBox(tr("Do the monitor scores agree with the customers?"), lower);
    auto* consistencyLayout = new QVBoxLayout(consistencyBox);
    m_correlation = wrappedLabel(consistencyBox);
    consistencyLayout->addWidget(m_correlation);
    left->addWidget(consistencyBox);
    lowerLayout->addLayout(left, 1);

    m_trendBox = new QGroupBox(lower);
    auto* trendLayout = new QVBoxLayout(m_trendBox);
    m_trendEmpty = wrappedLabel(m_trendBox);
    m_trendEmpty->setVisible(false);
    trendLayout->addWidget(m_trendEmpty);
    m_chart = new QChart;
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale());
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_monitorSeries = new QLineSeries(this);
    m_monitorSeries->setName(tr("Monitor score"));
    m_yesSeries = new QLineSeries(this);
    m_yesSeries->setName(tr("Yes answers (%)"));
    const std::pair<QLineSeries*, ColourRole> lines[]
        = { { m_monitorSeries, ColourRole::ChartBar }, { m_yesSeries, ColourRole::ChartLine } };
    for (const auto& [series, role] : lines) {
        QPen pen(colour(role));
        pen.setWidthF(2.5);
        series->setPen(pen);
        series->setPointsVisible(true);
        series->setPointLabelsVisible(true);
        series->setPointLabelsFormat(u"@yPoint"_s);
        series->setPointLabelsClipping(false);
        m_chart->addSeries(series);
        connect(
            series, &QLineSeries::hovered, this, [this, series](const QPointF& point, bool state) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                const QDate month
                    = m_month.addMonths(int(std::lround(point.x())) - kTrendMonths + 1);
                QToolTip::showText(QCursor::pos(),
                    tr("%1, %2: %3")
                        .arg(series->name(), formatMonth(month),
                            QLocale().toString(point.y(), 'f', 1)));
            });
    }
    m_monthAxis = new QBarCategoryAxis(this);
    m_valueAxis = new QValueAxis(this);
    m_valueAxis->setLabelFormat(u"%.0f"_s);
    m_valueAxis->setTickType(QValueAxis::TicksDynamic);
    m_valueAxis->setTickAnchor(0);
    m_valueAxis->setTickInterval(10);
    m_chart->addAxis(m_monthAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (QLineSeries* series : { m_monitorSeries, m_yesSeries }) {
        series->attachAxis(m_monthAxis);
        series->attachAxis(m_valueAxis);
    }
    m_trendView = new QChartView(m_chart, m_trendBox);
    m_trendView->setRenderHint(QPainter::Antialiasing);
    m_trendView->setMinimumHeight(200);
    m_trendView->setToolTip(
        tr("The team's monitor score and share of yes answers, month by month. A monitor "
           "score falling while the yes answers rise is worth a listen."));
    trendLayout->addWidget(m_trendView, 1);
    lowerLayout->addWidget(m_trendBox, 1);
    m_splitter->addWidget(lower);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);
}

void QualityPage::buildControls(QVBoxLayout* layout)
{
    auto* controls = new QHBoxLayout;
    auto* monthLabel = new QLabel(tr("Month"), this);
    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("The month before"));
    m_monthCombo = new QComboBox(this);
    m_monthCombo->setMinimumContentsLength(16);
    monthLabel->setBuddy(m_monthCombo);
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("The month after"));
    fillMonths();
    controls->addWidget(monthLabel);
    controls->addWidget(m_previous);
    controls->addWidget(m_monthCombo);
    controls->addWidget(m_next);
    controls->addStretch();
    m_score = pageButton(tr("Score a call…"), this);
    const Role role = m_session.actor().role;
    if (isAllowed(role, Action::MonitorCalls)) {
        m_score->setToolTip(tr("Listen to a call drawn for monitoring this month and mark it on "
                               "the scoring form"));
    } else {
        m_score->setEnabled(false);
        m_score->setToolTip(tr("Your role (%1) may not score calls; a callback supervisor does.")
                                .arg(roleDisplayName(role)));
    }
    m_export = pageButton(tr("Export…"), this);
    m_export->setToolTip(
        tr("The month's agents, agent effect, calibration and units, as PDF, Excel workbook or "
           "CSV"));
    controls->addWidget(m_score);
    controls->addWidget(m_export);
    layout->addLayout(controls);

    connect(m_monthCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        m_month = m_monthCombo->itemData(index).toDate();
        refresh();
    });
    connect(m_previous, &QToolButton::clicked, this, [this] {
        m_monthCombo->setCurrentIndex(
            qMin(m_monthCombo->currentIndex() + 1, m_monthCombo->count() - 1));
    });
    connect(m_next, &QToolButton::clicked, this,
        [this] { m_monthCombo->setCurrentIndex(qMax(m_monthCombo->currentIndex() - 1, 0)); });
    connect(m_score, &QPushButton::clicked, this, &QualityPage::openScoreForm);
    connect(m_export, &QPushButton::clicked, this, &QualityPage::exportReport);
}

QDate QualityPage::defaultMonth() const
{
    return firstOfMonth(m_session.today()).addMonths(-1);
}

void QualityPage::fillMonths()
{
    fillMonthCombo(m_monthCombo, m_session.today(), m_month, kMonthsOffered);
}

void QualityPage::setMonth(const QDate& month)
{
    if (!selectMonth(m_monthCombo, month)) { // already chosen: no signal to refresh on
        m_month = firstOfMonth(month);
        refresh();
    }
}

void QualityPage::refresh()
{
    m_loadError.clear();
    Result<QualityReport> report = QualityService(m_session).report(m_month);
    if (!report.ok()) {
        showError(report.error());
        return;
    }
    showReport(report.value());
    showTrend();
}

void QualityPage::showError(const QString& message)
{
    m_loadError = message;
    m_agents->setReport({});
    m_supervisors->setSupervisors({});
    m_summary->setText(
        tr("The callback quality of %1 could not be read: %2").arg(formatMonth(m_month), message));
    m_summary->setStyleSheet(errorStyle());
    m_notices->clear();
    m_empty->setVisible(false);
    m_calibration->clear();
    m_correlation->clear();
    m_monitorSeries->clear();
    m_yesSeries->clear();
    m_score->setEnabled(false);
    m_export->setEnabled(false);
}

void QualityPage::showReport(const QualityReport& report)
{
    m_agents->setReport(report);
    m_agentProxy->refilter();
    m_export->setEnabled(true);
    if (isAllowed(m_session.actor().role, Action::MonitorCalls))
        m_score->setEnabled(!report.agents.isEmpty());

    qint64 reached = 0, sampled = 0, scored = 0;
    QStringList flaggedText;
    for (const AgentQuality& agent : report.agents) {
        reached += agent.reached;
        sampled += agent.sampled;
        scored += agent.scored;
        if (agent.flagged.isEmpty())
            continue;
        QStringList questions;
        const int row = m_agents->rowOfAgent(agent.agent);
        for (CallbackQuestion question : agent.flagged) {
            const std::optional<AgentQuestionEffect> effect = m_agents->effect(row, question);
            questions.append(effect && effect->z
                    ? tr("%1 (%2)").arg(
                        callbackQuestionShortName(question), QualityAgentModel::formatZ(*effect->z))
                    : callbackQuestionShortName(question));
        }
        flaggedText.append(tr("%1 on %2").arg(agent.agent, questions.join(u", "_s)));
    }
    // Counts after a label, not before a noun: no plural to get wrong in any language.
    m_summary->setText(tr("%1 — agents: %2 — calls reached: %3 — scored: %4 of %5 drawn — "
                          "flagged agents: %6")
                           .arg(formatMonthTitle(m_month))
                           .arg(report.agents.size())
                           .arg(formatCount(reached), formatCount(scored), formatCount(sampled))
                           .arg(flaggedText.size()));
    m_summary->setStyleSheet(flaggedText.isEmpty()
            ? u"color: %1;"_s.arg(colourName(ColourRole::SuccessText))
            : u"color: %1;"_s.arg(colourName(ColourRole::DangerText)));

    QStringList notices;
    if (report.agents.isEmpty()) {
        m_empty->setText(
            tr("No callback reached a customer in %1, so there is no call to monitor and no "
               "agent to compare. Choose a month in which the callback queue was worked.")
                .arg(formatMonth(m_month))
                .toHtmlEscaped());
    } else if (!flaggedText.isEmpty()) {
        notices.append(coloured(ColourRole::DangerText,
            tr("Flagged: %1. These agents' customers answer those questions markedly "
               "differently from the other agents' customers of the same units, which is "
               "seldom chance: listen to their calls. The evaluation page shows, for each unit, "
               "how many of its callbacks they made.")
                .arg(flaggedText.join(u"; "_s))));
    } else {
        bool tested = false;
        for (const AgentQuestionEffect& effect : report.effects) {
            tested = tested
                || (effect.agentCalls >= kAgentEffectMinimumCalls
                    && effect.othersCalls >= kAgentEffectMinimumCalls);
        }
        notices.append(tested
                ? coloured(ColourRole::SuccessText,
                    tr("No agent is flagged: on every question, each agent's customers answer "
                       "like the other agents' customers of the same units."))
                : coloured(ColourRole::WarningText,
                    tr("No agent can be tested yet: the comparison needs at least %1 calls of "
                       "the agent and %1 of the others on the same units.")
                        .arg(kAgentEffectMinimumCalls)));
    }
    const QDate today = m_session.today();
    if (m_month == firstOfMonth(today)) {
        notices.append(tr("The month is under way: the figures change as calls are made and "
                          "scored.")
                           .toHtmlEscaped());
    }
    m_notices->setText(notices.join(u"<br>"_s));
    m_notices->setVisible(!notices.isEmpty());
    m_empty->setVisible(report.agents.isEmpty());
    m_agentView->setVisible(!report.agents.isEmpty());
    showCalibration(report);
    showCorrelation(report);
    QTimer::singleShot(0, m_agentFitter, &ColumnFitter::fitNow);
}

void QualityPage::showCalibration(const QualityReport& report)
{
    m_supervisors->setSupervisors(report.supervisors);
    m_supervisorView->setVisible(!report.supervisors.isEmpty());
    if (report.calibratedCalls == 0) {
        m_calibration->setText((report.supervisors.isEmpty()
                ? tr("No call of %1 has been scored yet. Calibration compares supervisors "
                     "who scored the same call, so it needs calls scored by two supervisors "
                     "or more.")
                : tr("No call of %1 has been scored by two supervisors yet. Calibration "
                     "compares supervisors who scored the same call: have a second "
                     "supervisor score some calls already scored."))
                                   .arg(formatMonth(m_month))
                                   .toHtmlEscaped());
        return;
    }
    QString text = tr("Calls scored by two supervisors or more: %1. Their scores differ by %2 "
                      "points on average (highest minus lowest).")
                       .arg(formatCount(report.calibratedCalls),
                           report.meanSpread ? formatPoints(*report.meanSpread, 1) : u"—"_s)
                       .toHtmlEscaped();
    if (report.flaggedCalls.isEmpty()) {
        text += u"<br>"_s
            + coloured(ColourRole::SuccessText,
                tr("No call's scores differ by more than %1 points.").arg(kCalibrationSpreadLimit));
    } else {
        text += u"<br>"_s
            + coloured(ColourRole::DangerText,
                tr("Scores more than %1 points apart, to listen to together: %2.")
                    .arg(kCalibrationSpreadLimit)
                    .arg(report.flaggedCalls.join(u", "_s)));
    }
    m_calibration->setText(text);
}

void QualityPage::showCorrelation(const QualityReport& report)
{
    if (!report.correlation) {
        int counted = 0;
        for (const AgentQuality& agent : report.agents)
            counted += agent.scored >= kCorrelationMinimumScoredCalls ? 1 : 0;
        m_correlation->setText(
            (counted < 2 ? tr("Not measured for %1: it needs at least two agents with %2 scored "
                              "calls or more (this month: %3).")
                               .arg(formatMonth(m_month))
                               .arg(kCorrelationMinimumScoredCalls)
                               .arg(counted)
                         : tr("Not measured for %1: the agents' monitor scores or their "
                              "customers' satisfaction are all the same, so there is nothing to "
                              "relate.")
                               .arg(formatMonth(m_month)))
                .toHtmlEscaped());
        return;
    }
    const double r = *report.correlation;
    QString meaning;
    ColourRole role = ColourRole::SuccessText;
    if (r >= 0.5) {
        meaning = tr("Agents the supervisors score higher also have more satisfied customers: "
                     "monitoring and customers agree.");
    } else if (r >= 0.2) {
        meaning = tr("Agents the supervisors score higher tend to have more satisfied "
                     "customers, but only loosely.");
        role = ColourRole::WarningText;
    } else if (r > -0.2) {
        meaning = tr("No clear relation: the form may measure what customers do not notice, or "
                     "the supervisors may not score alike.");
        role = ColourRole::WarningText;
    } else {
        meaning = tr("Customers are less satisfied with the agents the supervisors score "
                     "higher: review the form and the calibration.");
        role = ColourRole::DangerText;
    }
    m_correlation->setText(
        tr("Correlation of each agent's monitor score with the satisfaction of the agent's "
           "customers (agents with %1 scored calls or more): r = %2, from −1 to 1.")
            .arg(kCorrelationMinimumScoredCalls)
            .arg(QLocale().toString(r, 'f', 2))
            .toHtmlEscaped()
        + u"<br>"_s + coloured(role, meaning));
}

void QualityPage::showTrend()
{
    const QDate first = m_month.addMonths(-(kTrendMonths - 1));
    m_trendBox->setTitle(tr("Trend: %1 to %2").arg(formatMonth(first), formatMonth(m_month)));
    m_monitorSeries->clear();
    m_yesSeries->clear();
    QStringList labels;
    double low = 100;
    bool any = false;
    const QualityService service(m_session);
    for (int position = 0; position < kTrendMonths; ++position) {
        const QDate month = first.addMonths(position);
        // Six months never repeat a name; the box's title names the years.
        labels.append(formatShortMonth(month));
        const Result<QualityReport> report
            = month == m_month ? Result<QualityReport>(m_agents->report()) : service.report(month);
        if (!report.ok())
            continue;
        const TeamMonth team = teamOf(report.value());
        // One decimal, as the table shows them (the labels print the point's value).
        const auto point = [](const Rational& value) { return value.roundedHalfUp(1).toDouble(); };
        if (team.monitor) {
            m_monitorSeries->append(position, point(*team.monitor));
            low = std::min(low, point(*team.monitor));
            any = true;
        }
        if (team.yes) {
            m_yesSeries->append(position, point(*team.yes));
            low = std::min(low, point(*team.yes));
            any = true;
        }
    }
    m_monthAxis->setCategories(labels);
    m_valueAxis->setRange(std::max(0.0, std::floor((low - 5) / 10) * 10), 102);
    m_trendEmpty->setVisible(!any);
    m_trendView->setVisible(any);
    m_trendEmpty->setText(any
            ? QString()
            : tr("No callback reached a customer from %1 to %2: there is no trend to draw.")
                  .arg(formatMonth(first), formatMonth(m_month))
                  .toHtmlEscaped());
}

void QualityPage::openScoreForm()
{
    QualityScoreDialog dialog(m_session, m_month, this);
    dialog.exec();
    if (dialog.saved().isEmpty())
        return;
    refresh();
    emit dataChanged();
    emit statusMessage(tr("Monitor scores saved for %1: %2.")
                           .arg(formatMonth(m_month))
                           .arg(dialog.saved().size()));
}

void QualityPage::exportReport()
{
    ReportRequest request;
    request.month = m_month;
    const QString path = saveReportAs(this, m_session, ReportKind::Quality, request,
        tr("Export the callback quality of %1").arg(formatMonth(m_month)),
        u"quality-%1"_s.arg(EvaluationService::monthKey(m_month)), FileFormat::Pdf);
    if (!path.isEmpty())
        emit statusMessage(
            tr("Saved the callback quality of %1 to %2.").arg(formatMonth(m_month), path));
}

QString QualityPage::summary() const
{
    return m_summary->text();
}

QString QualityPage::notices() const
{
    return m_notices->text();
}

QString QualityPage::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

QString QualityPage::calibrationText() const
{
    return m_calibration->text();
}

QString QualityPage::correlationText() const
{
    return m_correlation->text();
}

QString QualityPage::trendText() const
{
    return m_trendEmpty->isHidden() ? QString() : m_trendEmpty->text();
}

} // namespace fd
