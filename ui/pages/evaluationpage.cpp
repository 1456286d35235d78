#include "evaluationpage.h"

#include "dialogs/adjustmentdialog.h"
#include "dialogs/evidencedialog.h"
#include "dialogs/finalizedialog.h"
#include "dialogs/flaggedcallsdialog.h"
#include "dialogs/kpidialog.h"
#include "dialogs/reopendialog.h"
#include "dialogs/roomscoredialog.h"
#include "dialogs/statushistorydialog.h"
#include "models/cellformat.h"
#include "models/evaluationmodel.h"
#include "models/recordfilterproxy.h"
#include "models/scoreformat.h"
#include "models/strikeoutlook.h"
#include "pages/unitevaluationpanel.h"
#include "reports/evaluationpdf.h"
#include "rules/permissions.h"
#include "services/evaluationexport.h"
#include "services/outputtarget.h"
#include "services/qualityservice.h"
#include "services/ruleservice.h"
#include "widgets/columnfitter.h"
#include "widgets/combos.h"
#include "widgets/errorlabel.h"
#include "widgets/palette.h"
#include "widgets/reportsave.h"
#include "widgets/tableviews.h"
#include "workers/sessionjob.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// How far back the month chooser reaches: three strike windows of history.
constexpr int kMonthsOffered = 36;

QDate firstOfMonth(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

QPushButton* actionButton(const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setAutoDefault(false);
    return button;
}

} // namespace

EvaluationPage::EvaluationPage(const Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_month(defaultMonth())
{
    m_model = new EvaluationModel(this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    buildControls(layout);

    m_summary = new QLabel(this);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_summary->setFont(big);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_notices = new QLabel(this);
    m_notices->setWordWrap(true);
    m_notices->setTextFormat(Qt::RichText);
    layout->addWidget(m_notices);
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_legend);

    m_splitter = new QSplitter(Qt::Vertical, this);
    QSplitter* splitter = m_splitter;
    splitter->setChildrenCollapsible(false);
    m_view = new QTableView(splitter);
    setUpRecordTable(m_view);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(EvaluationModel::Code, Qt::AscendingOrder);
    m_view->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    // Thirteen columns and the names must fit a 1280-pixel screen: headers wrap.
    m_fitter = new ColumnFitter(m_view, EvaluationModel::Name, true);
    splitter->addWidget(m_view);

    auto* unitArea = new QWidget(splitter);
    auto* unitLayout = new QVBoxLayout(unitArea);
    unitLayout->setContentsMargins(0, 6, 0, 0);
    auto* unitBar = new QHBoxLayout;
    m_unitHeading = new QLabel(unitArea);
    m_unitHeading->setTextFormat(Qt::RichText);
    // A long unit name with its score and month ("… 77,4 en noviembre de 2026, borrador")
    // takes two lines rather than being cut where the window is narrow.
    m_unitHeading->setWordWrap(true);
    unitBar->addWidget(m_unitHeading, 1);
    m_room = actionButton(tr("Machine-room score…"), unitArea);
    m_adjust = actionButton(tr("Adjustment…"), unitArea);
    m_evidence = actionButton(tr("Evidence…"), unitArea);
    m_evidence->setToolTip(tr("The orders, callbacks and complaints behind the unit's figures"));
    m_history = actionButton(tr("Status history…"), unitArea);
    m_history->setToolTip(
        tr("The unit's statuses, strikes and assessments; record a retraining here"));
    m_reopen = actionButton(tr("Reopen…"), unitArea);
    for (QPushButton* button : { m_room, m_adjust, m_evidence, m_history, m_reopen })
        unitBar->addWidget(button);
    unitLayout->addLayout(unitBar);
    m_panel = new UnitEvaluationPanel(unitArea);
    // Beside the unit's score, SPEC §17: how many of its callbacks were made by agents whose
    // customers answer markedly differently; only for the roles that see the callback
    // quality. On the tabs' row, which has room to spare.
    m_flaggedRow = new QWidget(m_panel);
    auto* flaggedBar = new QHBoxLayout(m_flaggedRow);
    flaggedBar->setContentsMargins(0, 0, 0, 2);
    m_flaggedLabel = new QLabel(m_flaggedRow);
    m_flaggedLabel->setTextFormat(Qt::RichText);
    flaggedBar->addWidget(m_flaggedLabel);
    m_flagged = actionButton(tr("Show the calls…"), m_flaggedRow);
    flaggedBar->addWidget(m_flagged);
    m_panel->setCornerWidget(m_flaggedRow);
    m_flaggedRow->setVisible(isAllowed(m_session.actor().role, Action::ViewCallQuality));
    unitLayout->addWidget(m_panel, 1);
    splitter->addWidget(unitArea);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_userSizedSplitter = true; });

    connect(m_room, &QPushButton::clicked, this, &EvaluationPage::enterRoomScore);
    connect(m_adjust, &QPushButton::clicked, this, &EvaluationPage::adjustScore);
    connect(m_evidence, &QPushButton::clicked, this, [this] {
        openEvidence({ EvidenceSource::Evaluation, EvidenceKind::Order, false });
    });
    connect(m_history, &QPushButton::clicked, this, &EvaluationPage::showStatusHistory);
    connect(m_flagged, &QPushButton::clicked, this, &EvaluationPage::openFlaggedCalls);
    connect(m_reopen, &QPushButton::clicked, this, &EvaluationPage::reopenSelected);
    connect(m_panel, &UnitEvaluationPanel::evidenceRequested, this, &EvaluationPage::openEvidence);
    connect(m_view, &QTableView::doubleClicked, this, &EvaluationPage::onTableDoubleClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int row = selectedRow();
        m_selectedCode = row >= 0 ? m_model->unit(row).unitCode : QString();
        showSelected();
        updateButtons();
    });
    updateButtons();
}

void EvaluationPage::buildControls(QVBoxLayout* layout)
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
    controls->addSpacing(16);
    m_recompute = actionButton(tr("Recompute"), this);
    m_recompute->setToolTip(tr("Compute the drafts again from the data as it stands"));
    m_finalize = actionButton(tr("Finalize month…"), this);
    controls->addWidget(m_recompute);
    controls->addWidget(m_finalize);
    controls->addStretch();
    m_exportCsv = actionButton(tr("Export CSV…"), this);
    m_exportCsv->setToolTip(tr("The month's scores and the counts behind them, one row per unit"));
    m_exportPdf = actionButton(tr("Export PDF…"), this);
    m_exportPdf->setToolTip(tr("The month's report to send to the units: a summary, then a page "
                               "per unit with its figures, trend and standing"));
    m_kpi = actionButton(tr("Regulatory…"), this);
    m_kpi->setToolTip(tr("The month's regulatory indicators (SPEC §12): supply and repair "
                         "times, faults per 100 subscribers, missed appointments, complaint "
                         "resolution and credits, per unit and for all"));
    m_exportIndicators = actionButton(tr("Export indicators…"), this);
    m_exportIndicators->setToolTip(
        tr("The month's indicators of every unit and the complaint categories, as PDF, Excel "
           "or CSV"));
    controls->addWidget(m_kpi);
    controls->addWidget(m_exportCsv);
    controls->addWidget(m_exportPdf);
    controls->addWidget(m_exportIndicators);
    layout->addLayout(controls);

    connect(m_monthCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        m_month = m_monthCombo->itemData(index).toDate();
        refresh();
    });
    // The combo lists the newest month first: "previous" moves down the list.
    connect(m_previous, &QToolButton::clicked, this, [this] {
        m_monthCombo->setCurrentIndex(
            qMin(m_monthCombo->currentIndex() + 1, m_monthCombo->count() - 1));
    });
    connect(m_next, &QToolButton::clicked, this,
        [this] { m_monthCombo->setCurrentIndex(qMax(m_monthCombo->currentIndex() - 1, 0)); });
    connect(m_recompute, &QPushButton::clicked, this, [this] {
        refresh();
        emit statusMessage(tr("Recomputed the drafts of %1.").arg(formatMonth(m_month)));
    });
    connect(m_finalize, &QPushButton::clicked, this, &EvaluationPage::finalizeMonth);
    connect(m_kpi, &QPushButton::clicked, this, [this] {
        KpiDialog dialog(m_session, m_month, this);
        dialog.exec();
    });
    connect(m_exportCsv, &QPushButton::clicked, this, &EvaluationPage::exportCsv);
    connect(m_exportPdf, &QPushButton::clicked, this, &EvaluationPage::exportPdf);
    connect(m_exportIndicators, &QPushButton::clicked, this,
        [this] { saveMonthReport(ReportKind::Indicators, FileFormat::Xlsx); });
}

QDate EvaluationPage::defaultMonth() const
{
    return firstOfMonth(m_session.today()).addMonths(-1);
}

void EvaluationPage::fillMonths()
{
    fillMonthCombo(m_monthCombo, m_session.today(), m_month, kMonthsOffered);
}

void EvaluationPage::setMonth(const QDate& month)
{
    if (!selectMonth(m_monthCombo, month)) { // already chosen: no signal to refresh on
        m_month = firstOfMonth(month);
        refresh();
    }
}

void EvaluationPage::refresh()
{
    m_loadError.clear();
    Result<RuleSet> rules = RuleService(m_session).current();
    if (rules.ok())
        m_rules = ScoringRules::fromRuleSet(rules.value());
    Result<MonthEvaluation> evaluation = EvaluationService(m_session).evaluate(m_month);
    Result<MonthIndicators> indicators = IndicatorService(m_session).month(m_month);
    for (const QString* failure : { &rules.error(), &evaluation.error(), &indicators.error() }) {
        if (m_loadError.isEmpty() && !failure->isEmpty())
            m_loadError = *failure;
    }
    const QString keep = m_selectedCode;
    if (!m_loadError.isEmpty()) {
        m_model->setEvaluation({}, m_rules, m_session.zone());
        m_indicators = {};
        m_summary->setText(tr("The evaluation of %1 could not be computed: %2")
                               .arg(formatMonth(m_month), m_loadError));
        m_summary->setStyleSheet(errorStyle());
        m_notices->clear();
        m_legend->clear();
        m_selectedCode.clear();
        showSelected();
        updateButtons();
        return;
    }
    m_indicators = std::move(indicators).value();
    loadFlaggedCounts();
    m_model->setEvaluation(std::move(evaluation).value(), m_rules, m_session.zone());
    m_proxy->refilter();
    // The same unit stays chosen across months and reloads; else the first one.
    if (!selectUnit(keep) && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateSummary();
    showSelected();
    updateButtons();
    QTimer::singleShot(0, this, &EvaluationPage::fitTableHeight);
}

void EvaluationPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    QTimer::singleShot(0, this, &EvaluationPage::fitTableHeight);
}

void EvaluationPage::fitTableHeight()
{
    // The table as tall as its units (a month has a few dozen at most), the unit's figures
    // and charts below get the rest, and never less than they need to be read.
    if (m_userSizedSplitter || !m_splitter->isVisible())
        return;
    const int total = m_splitter->height() - m_splitter->handleWidth();
    const int rowHeight = m_view->verticalHeader()->defaultSectionSize();
    const int wanted = m_view->horizontalHeader()->height() + m_view->verticalHeader()->length()
        + 2 * m_view->frameWidth() + rowHeight / 3;
    const int table = qBound(120, wanted, qMax(120, total - 250));
    m_splitter->setSizes({ table, total - table });
    // The vertical scroll bar may have come or gone: the columns fit the width left.
    QTimer::singleShot(0, m_fitter, &ColumnFitter::fitNow);
}

bool EvaluationPage::selectUnit(const QString& unitCode)
{
    const int row = unitCode.isEmpty() ? -1 : m_model->rowOfUnit(unitCode);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

int EvaluationPage::selectedRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy->mapToSource(current).row();
}

const UnitEvaluation* EvaluationPage::selectedUnit() const
{
    const int row = selectedRow();
    return row >= 0 && row < m_model->rowCount() ? &m_model->unit(row) : nullptr;
}

void EvaluationPage::loadFlaggedCounts()
{
    m_flaggedCounts.clear();
    m_flaggedAgents.clear();
    m_flaggedError.clear();
    if (!isAllowed(m_session.actor().role, Action::ViewCallQuality))
        return;
    Result<QualityReport> quality = QualityService(m_session).report(m_month);
    if (!quality.ok()) {
        m_flaggedError = quality.error();
        return;
    }
    m_flaggedCounts = quality.value().callsByFlaggedAgentsByUnit;
    for (const AgentQuality& agent : quality.value().agents) {
        if (!agent.flagged.isEmpty())
            m_flaggedAgents.append(agent.agent);
    }
}

std::optional<qint64> EvaluationPage::flaggedCallCount() const
{
    const UnitEvaluation* unit = selectedUnit();
    if (!unit || m_flaggedRow->isHidden() || !m_flaggedError.isEmpty())
        return std::nullopt;
    return m_flaggedCounts.value(unit->unitCode);
}

QString EvaluationPage::flaggedText() const
{
    return m_flaggedRow->isHidden() ? QString() : m_flaggedLabel->text();
}

void EvaluationPage::showFlaggedCount()
{
    const UnitEvaluation* unit = selectedUnit();
    const std::optional<qint64> count = flaggedCallCount();
    const QString month = formatMonth(m_month).toHtmlEscaped();
    const QString flagged = m_flaggedAgents.join(u", "_s).toHtmlEscaped();
    m_flagged->setEnabled(count && *count > 0);
    m_flagged->setToolTip(tr("The unit's callbacks made by the flagged agents, with the answers "
                             "that may have been led"));
    if (!unit) {
        m_flaggedLabel->clear();
    } else if (!count) {
        m_flaggedLabel->setText(tr("Callbacks by flagged agents: unknown"));
    } else if (m_flaggedAgents.isEmpty()) {
        m_flaggedLabel->setText(
            tr("Callbacks by flagged agents: none (no agent flagged in %1)").arg(month));
    } else if (*count == 0) {
        m_flaggedLabel->setText(
            tr("Callbacks by flagged agents: none (flagged in %1: %2)").arg(month, flagged));
    } else {
        m_flaggedLabel->setText(
            tr("Callbacks by flagged agents: %1 of %2 (%3)")
                .arg(u"<b style='color:%1'>%2</b>"_s.arg(
                         colourName(ColourRole::DangerText), formatCount(*count)),
                    formatCount(unit->counts.callbacksReached), flagged));
    }
    QString tip = tr("A callback agent is flagged when, on some question, the agent's customers "
                     "answer markedly differently from the other agents' customers of the same "
                     "units (|z| ≥ 3 with at least %1 calls on each side), so the answers to the "
                     "agent's calls may have been led. The page Callback quality has the "
                     "figures.")
                      .arg(kAgentEffectMinimumCalls);
    if (!m_flaggedError.isEmpty())
        tip = tr("The callback quality could not be read: %1").arg(m_flaggedError);
    m_flaggedLabel->setToolTip(tip);
}

void EvaluationPage::openFlaggedCalls()
{
    const UnitEvaluation* unit = selectedUnit();
    if (!unit)
        return;
    FlaggedCallsDialog dialog(m_session, unit->month, unit->unitCode, unit->unitName, this);
    dialog.exec();
}

void EvaluationPage::showSelected()
{
    showFlaggedCount();
    const UnitEvaluation* unit = selectedUnit();
    if (!unit) {
        m_unitHeading->setText(tr("Choose a unit in the table to see its figures."));
        m_panel->clear(QString());
        return;
    }
    m_unitHeading->setText(
        tr("<b>%1 — %2</b>: %3 in %4, %5")
            .arg(unit->unitCode.toHtmlEscaped(), unit->unitName.toHtmlEscaped(),
                formatPoints(unit->score.total, 1), formatMonth(unit->month).toHtmlEscaped(),
                unit->final ? tr("final") : tr("draft"))
        + (unit->reevaluationDue
                ? u"<br><span style='color:%1'>"_s.arg(colourName(ColourRole::WarningText))
                    + tr("Re-evaluation due: an appeal against this month was upheld after it "
                         "was finalized. An admin reopens it and finalizes it again.")
                          .toHtmlEscaped()
                    + u"</span>"_s
                : QString()));
    Result<QList<UnitEvaluation>> finalized
        = EvaluationService(m_session).finalizedMonths(unit->unitCode);
    if (!finalized.ok()) {
        m_panel->clear(finalized.error());
        return;
    }
    Indicators indicators;
    for (const Indicators& candidate : std::as_const(m_indicators.units)) {
        if (candidate.unitCode == unit->unitCode)
            indicators = candidate;
    }
    m_panel->showUnit(*unit, m_rules, finalized.value(), indicators, m_indicators.overall);
}

void EvaluationPage::updateButtons()
{
    const UnitEvaluation* unit = selectedUnit();
    const Role role = m_session.actor().role;
    const bool mayEnter = isAllowed(role, Action::EnterScores);
    const QString notYours = tr("Your role (%1) may not do this.").arg(roleDisplayName(role));
    for (QPushButton* button : { m_room, m_adjust }) {
        button->setEnabled(unit && !unit->final && mayEnter);
        button->setToolTip(!mayEnter ? notYours
                : unit && unit->final
                ? tr("The month is final for this unit; an admin must reopen it first.")
                : QString());
    }
    m_evidence->setEnabled(unit != nullptr);
    m_history->setEnabled(unit != nullptr);
    const bool mayReopen = isAllowed(role, Action::ReopenEvaluation);
    m_reopen->setEnabled(unit && unit->final && mayReopen);
    m_reopen->setToolTip(mayReopen ? tr("Put the unit's final month back to draft, with a reason")
                                   : tr("Only an admin may reopen a finalized month."));

    const MonthEvaluation& month = m_model->evaluation();
    bool anyDraft = false;
    for (const UnitEvaluation& each : month.units)
        anyDraft = anyDraft || !each.final;
    const bool mayFinalize = isAllowed(role, Action::FinalizeEvaluation);
    m_finalize->setEnabled(mayFinalize && month.monthEnded && anyDraft);
    m_finalize->setToolTip(!mayFinalize ? notYours
            : !month.monthEnded         ? tr("A month is finalized once it has ended.")
            : !anyDraft                 ? tr("Every unit's evaluation of this month is final.")
                        : tr("Freeze the month's drafts and apply the 80-point rule"));
}

void EvaluationPage::updateSummary()
{
    const MonthEvaluation& month = m_model->evaluation();
    QStringList strikes;
    QStringList pending; // a strike or not, depending on a machine-room score to come
    QStringList missingRoom;
    QStringList warned;
    QStringList ended;
    QStringList reevaluate; // SPEC §10: an appeal upheld after the month was finalized
    QList<int> versions;
    qsizetype finals = 0;
    for (const UnitEvaluation& unit : month.units) {
        const StrikeOutlook::Kind outlook = strikeOutlook(unit, m_rules).kind;
        if (outlook == StrikeOutlook::Strike)
            strikes.append(unit.unitCode);
        else if (outlook == StrikeOutlook::DependsOnRoom)
            pending.append(unit.unitCode);
        if (!unit.final && unit.score.roomMissing)
            missingRoom.append(unit.unitCode);
        if (contractStanding(unit.strikes, m_rules) == ContractStanding::Warned)
            warned.append(unit.unitCode);
        if (unit.unitStatus == UnitStatus::Terminated) {
            ended.append(unit.rectifyBy.isValid()
                    ? tr("%1 (rectify by %2)").arg(unit.unitCode, formatDate(unit.rectifyBy))
                    : unit.unitCode);
        }
        if (unit.reevaluationDue)
            reevaluate.append(unit.unitCode);
        finals += unit.final ? 1 : 0;
        if (!versions.contains(unit.ruleVersion))
            versions.append(unit.ruleVersion);
    }
    if (versions.isEmpty())
        versions.append(month.ruleVersion);
    QStringList versionText;
    for (int version : std::as_const(versions))
        versionText.append(QString::number(version));
    const qsizetype units = month.units.size();
    const QString state = finals == units && units > 0 ? tr("final")
        : finals == 0                                  ? tr("draft")
                      : tr("%1 of %2 final").arg(finals).arg(units);
    // Counts after a label, not before a noun: no plural to get wrong in any language.
    QString strikeText = strikes.isEmpty()
        ? tr("strikes: none")
        : tr("strikes: %1 (%2)").arg(strikes.size()).arg(strikes.join(u", "_s));
    if (!pending.isEmpty()) {
        strikeText = tr("%1; open until the machine-room score is in: %2")
                         .arg(strikeText)
                         .arg(pending.size());
    }
    const QString text = tr("%1 — %2 — units: %3, %4 — rules version %5")
                             .arg(formatMonthTitle(month.month), state)
                             .arg(units)
                             .arg(strikeText, versionText.join(u", "_s));
    m_summary->setText(text);
    m_summary->setStyleSheet(strikes.isEmpty()
            ? u"color: %1;"_s.arg(colourName(ColourRole::SuccessText))
            : u"color: %1;"_s.arg(colourName(ColourRole::DangerText)));

    QStringList notices;
    if (!month.monthEnded) {
        notices.append(tr("The month has not ended: these are drafts that change as work comes "
                          "in. It can be finalized from %1.")
                           .arg(formatDate(month.month.addMonths(1)))
                           .toHtmlEscaped());
    }
    if (!missingRoom.isEmpty()) {
        notices.append(u"<span style='color:%1'>"_s.arg(colourName(ColourRole::WarningText))
            + tr("Machine-room score still to enter, required before finalizing: %1.")
                  .arg(missingRoom.join(u", "_s))
                  .toHtmlEscaped()
            + u"</span>"_s);
    }
    for (const QString& warning : m_finalizeWarnings.value(month.month)) {
        notices.append(u"<span style='color:%1'>"_s.arg(colourName(ColourRole::DangerText))
            + warning.toHtmlEscaped() + u"</span>"_s);
    }
    if (!warned.isEmpty()) {
        notices.append(u"<span style='color:%1'>"_s.arg(colourName(ColourRole::WarningText))
            + tr("Warning, a strike in the %1-month window: %2.")
                  .arg(m_rules.strikeWindowMonths)
                  .arg(warned.join(u", "_s))
                  .toHtmlEscaped()
            + u"</span>"_s);
    }
    if (!ended.isEmpty()) {
        notices.append(u"<span style='color:%1'>"_s.arg(colourName(ColourRole::DangerText))
            + tr("Contract ended under the 80-point rule: %1.")
                  .arg(ended.join(u", "_s))
                  .toHtmlEscaped()
            + u"</span>"_s);
    }
    if (!reevaluate.isEmpty()) {
        notices.append(u"<span style='color:%1'>"_s.arg(colourName(ColourRole::WarningText))
            + tr("Re-evaluation due, an appeal upheld after finalizing: %1. An admin reopens "
                 "these units' month and finalizes it again.")
                  .arg(reevaluate.join(u", "_s))
                  .toHtmlEscaped()
            + u"</span>"_s);
    }
    m_notices->setText(notices.join(u"<br>"_s));
    m_notices->setVisible(!notices.isEmpty());
    m_legend->setText(
        tr("Points: timeliness out of %1, quality out of %2, service out of %3, "
           "machine room out of %4. Red: a total below %5 (a strike) or a contract "
           "ended; amber: one strike in the window, or a score still to enter. "
           "Double-click a figure for the orders, callbacks or complaints behind it.")
            .arg(formatPoints(m_rules.timelinessWeight, 0), formatPoints(m_rules.qualityWeight, 0),
                formatPoints(m_rules.serviceWeight, 0), formatPoints(m_rules.roomMaximum, 0),
                formatPoints(m_rules.strikeBelow, 1)));
}

QString EvaluationPage::summary() const
{
    return m_summary->text();
}

QString EvaluationPage::notices() const
{
    return m_notices->text();
}

void EvaluationPage::changed(const QString& message)
{
    refresh();
    emit dataChanged();
    emit statusMessage(message);
}

void EvaluationPage::onTableDoubleClicked(const QModelIndex& index)
{
    switch (index.column()) {
    case EvaluationModel::Quality:
        openEvidence({ EvidenceSource::Evaluation, EvidenceKind::Repair, false });
        break;
    case EvaluationModel::Service:
        openEvidence({ EvidenceSource::Evaluation, EvidenceKind::Callback, false });
        break;
    case EvaluationModel::Room:
        if (m_room->isEnabled())
            enterRoomScore();
        break;
    case EvaluationModel::Adjustment:
        if (m_adjust->isEnabled())
            adjustScore();
        break;
    case EvaluationModel::Strike:
    case EvaluationModel::UnitStatus:
    case EvaluationModel::StrikesInWindow:
    case EvaluationModel::RectifyBy:
        showStatusHistory();
        break;
    default:
        openEvidence({ EvidenceSource::Evaluation, EvidenceKind::Order, false });
        break;
    }
}

void EvaluationPage::enterRoomScore()
{
    const UnitEvaluation* unit = selectedUnit();
    if (!unit)
        return;
    const UnitEvaluation chosen = *unit;
    RoomScoreDialog dialog(m_session, chosen, m_rules.roomMaximum, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    const UnitEvaluation* now = selectedUnit();
    emit statusMessage(tr("Saved the machine-room score of %1 for %2; the total is now %3.")
                           .arg(chosen.unitCode, formatMonth(chosen.month),
                               now ? formatPoints(now->score.total, 1) : QString()));
}

void EvaluationPage::adjustScore()
{
    const UnitEvaluation* unit = selectedUnit();
    if (!unit)
        return;
    const UnitEvaluation chosen = *unit;
    AdjustmentDialog dialog(m_session, chosen, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    const UnitEvaluation* now = selectedUnit();
    emit statusMessage(tr("Saved the adjustment of %1 for %2; the total is now %3.")
                           .arg(chosen.unitCode, formatMonth(chosen.month),
                               now ? formatPoints(now->score.total, 1) : QString()));
}

void EvaluationPage::finalizeMonth()
{
    if (m_busy)
        return; // a second click while the first finalization runs
    const QDate month = m_month;
    FinalizeDialog confirm(m_model->evaluation(), m_rules, m_session.today(), this);
    if (confirm.exec() != QDialog::Accepted)
        return;
    std::optional<Result<MonthEvaluation>> outcome;
    const QScopedValueRollback busy(m_busy, true);
    const Status ran = runWithOwnSession(m_session, tr("Finalizing %1…").arg(formatMonth(month)),
        this, [&outcome, month](const Session& own) {
            outcome = EvaluationService(own).finalize(month);
        });
    const QString error = !ran.ok() ? ran.error() : !outcome->ok() ? outcome->error() : QString();
    if (!error.isEmpty()) {
        refresh();
        QMessageBox::warning(this, tr("Finalize %1").arg(formatMonth(month)), error);
        return;
    }
    const QStringList warnings = outcome->value().warnings;
    m_finalizeWarnings.insert(month, warnings);
    changed(tr("Finalized %1.").arg(formatMonth(month)));
    QMessageBox box(warnings.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
        tr("Finalize %1").arg(formatMonth(month)),
        tr("%1 is final: its figures are frozen.").arg(formatMonthTitle(month)), QMessageBox::Ok,
        this);
    box.setInformativeText(warnings.isEmpty()
            ? tr("No unit has a strike warning or loses its contract.")
            : warnings.join(u"\n\n"_s));
    box.exec();
}

void EvaluationPage::reopenSelected()
{
    const UnitEvaluation* unit = selectedUnit();
    if (!unit)
        return;
    const UnitEvaluation chosen = *unit;
    ReopenDialog dialog(m_session, chosen, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_finalizeWarnings.remove(chosen.month);
    changed(tr("Reopened the evaluation of %1 for %2; it is a draft again.")
                .arg(chosen.unitCode, formatMonth(chosen.month)));
}

void EvaluationPage::openEvidence(const EvidenceRequest& request)
{
    const UnitEvaluation* unit = selectedUnit();
    if (!unit)
        return;
    EvidenceDialog dialog(m_session, *unit, request, this);
    dialog.exec();
    const QList<Appeal>& filed = dialog.filedAppeals();
    if (!filed.isEmpty()) {
        emit dataChanged();
        emit statusMessage(
            tr("Filed appeal %1 against %2 %3 of %4.")
                .arg(QString::number(filed.last().id), appealItemDisplayName(filed.last().item),
                    filed.last().ref, filed.last().unitCode));
    }
}

void EvaluationPage::showStatusHistory()
{
    const UnitEvaluation* unit = selectedUnit();
    if (!unit)
        return;
    const QString code = unit->unitCode;
    StatusHistoryDialog dialog(m_session, code, this);
    dialog.exec();
    if (dialog.changedData())
        changed(tr("Recorded an assessment of %1.").arg(code));
}

Status EvaluationPage::writeReport(const QString& path, ReportWriter write)
{
    if (m_busy)
        return Error(tr("Another export or finalization is still running."));
    const QScopedValueRollback busy(m_busy, true);
    Status written = Status::success();
    const QDate month = m_month;
    const Status ran = runWithOwnSession(m_session, tr("Writing %1…").arg(path), this,
        // The save dialog has asked whether to replace an existing file: force.
        [&](const Session& own) { written = write(own, month, outputTarget(own, path, true)); });
    return ran.ok() ? written : ran;
}

Status EvaluationPage::exportCsvTo(const QString& path)
{
    return writeReport(path, exportEvaluationCsv);
}

Status EvaluationPage::exportPdfTo(const QString& path)
{
    return writeReport(path, exportEvaluationPdf);
}

void EvaluationPage::saveMonthReport(ReportKind kind, FileFormat preferred)
{
    if (m_busy) {
        QMessageBox::warning(
            this, tr("Export"), tr("Another export or finalization is still running."));
        return;
    }
    const QScopedValueRollback busy(m_busy, true);
    ReportRequest request;
    request.month = m_month;
    const bool evaluation = kind == ReportKind::Evaluation;
    const QString path = saveReportAs(this, m_session, kind, request,
        evaluation ? tr("Export the evaluation of %1").arg(formatMonth(m_month))
                   : tr("Export the indicators of %1").arg(formatMonth(m_month)),
        (evaluation ? u"evaluation-%1"_s : u"indicators-%1"_s)
            .arg(EvaluationService::monthKey(m_month)),
        preferred);
    if (path.isEmpty())
        return;
    emit statusMessage(evaluation
            ? tr("Saved the evaluation of %1 to %2.").arg(formatMonth(m_month), path)
            : tr("Saved the indicators of %1 to %2.").arg(formatMonth(m_month), path));
}

void EvaluationPage::exportCsv()
{
    saveMonthReport(ReportKind::Evaluation, FileFormat::Csv);
}

void EvaluationPage::exportPdf()
{
    saveMonthReport(ReportKind::Evaluation, FileFormat::Pdf);
}

} // namespace fd
