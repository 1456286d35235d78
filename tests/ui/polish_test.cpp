// Issue 19, as a newcomer found the desk: evidence that leads somewhere, a room score typed
// rather than given, callbacks that forgive a slip and find a customer who calls back,
// context kept across languages and users, and numbers and keys in the language on screen.
#include "dialogs/evidencedialog.h"
#include "dialogs/orderdialog.h"
#include "dialogs/roomscoredialog.h"
#include "dialogs/signindialog.h"
#include "language.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "models/callbackqueuemodel.h"
#include "models/evaluationmodel.h"
#include "models/evidencemodel.h"
#include "models/recordfilterproxy.h"
#include "models/scorebreakdownmodel.h"
#include "models/statushistorymodel.h"
#include "models/trendmodel.h"
#include "pages/callbackspage.h"
#include "pages/callpanel.h"
#include "pages/dispatchpage.h"
#include "pages/evaluationpage.h"
#include "pages/unitevaluationpanel.h"
#include "services/auditservice.h"
#include "services/callbackservice.h"
#include "services/complaintservice.h"
#include "services/evaluationservice.h"
#include "todayscallbacks.h"
#include "uitest.h"
#include "widgets/callscriptwidget.h"
#include "widgets/complaintdetails.h"
#include "widgets/reportsave.h"
#include "widgets/trendchart.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

const QDate kOctober(2026, 10, 1);

class UiPolishTest : public UiTest
{
protected:
    void TearDown() override { installLanguage(u"en"_s); }

    MonthEvaluation evaluate(const QDate& month)
    {
        Result<MonthEvaluation> evaluation = EvaluationService(m_db.session()).evaluate(month);
        EXPECT_TRUE(evaluation.ok()) << evaluation.error().toStdString();
        return evaluation.ok() ? evaluation.value() : MonthEvaluation {};
    }

    // The October unit whose complaints cost it the most: the evaluator's first stop.
    UnitEvaluation mostPenalised()
    {
        UnitEvaluation chosen;
        for (const UnitEvaluation& unit : evaluate(kOctober).units) {
            if (unit.counts.penalisedComplaints > chosen.counts.penalisedComplaints)
                chosen = unit;
        }
        return chosen;
    }

    // Another user on the same database and clock.
    std::unique_ptr<Session> sessionOf(const QString& user, Role role)
    {
        auto session = std::make_unique<Session>(
            m_db.database(), Actor { user, role }, m_db.session().zone());
        const Session* pinned = &m_db.session();
        session->setClock([pinned] { return pinned->now(); });
        return session;
    }
};

// --- The Chinese trend chart, and chart labels in the language on screen -----------------

UnitEvaluation finalMonth(const QDate& month, const Rational& total)
{
    UnitEvaluation unit;
    unit.unitCode = u"U09"_s;
    unit.month = month;
    unit.final = true;
    unit.score.total = total;
    unit.score.strike = total < Rational(80);
    return unit;
}

TEST_F(UiPolishTest, TheChineseTrendAxisIsNotElidedFrom40To100)
{
    for (const char* language : { "zh_CN", "es", "en" }) {
        ASSERT_TRUE(installLanguage(QString::fromLatin1(language)));
        TrendModel model;
        TrendChart chart(&model);
        chart.resize(520, 300); // the chart's share of the evaluation page at 1280×800
        chart.show();
        chart.setStrikeLine(Rational(80));
        QList<UnitEvaluation> finalized;
        const QList<Rational> totals { Rational(915, 10), Rational(91), Rational(626, 10),
            Rational(425, 10), Rational(88) };
        for (int i = 0; i < totals.size(); ++i)
            finalized.append(
                finalMonth(kOctober.addMonths(i - int(totals.size()) + 1), totals.at(i)));
        model.setTrend(kOctober, 12, finalized, std::nullopt);
        QApplication::processEvents();
        EXPECT_LE(chart.pointsAxis()->min(), 40.0) << language;
        // Qt Charts cuts a vertical axis's label to "…" when it is taller than the room
        // between two ticks: so it did on the evaluation page, where the chart is shorter
        // than here (about 215 pixels), in Chinese, with a tick every ten points.
        for (const int height : { 300, 215 }) {
            chart.resize(520, height);
            QApplication::processEvents();
            const QValueAxis* axis = chart.pointsAxis();
            const double betweenTicks = chart.chart()->plotArea().height() * axis->tickInterval()
                / (axis->max() - axis->min());
            // A label item is its line's height plus Qt Charts' text margin, 2 pixels a side.
            EXPECT_GE(betweenTicks, QFontMetricsF(axis->labelsFont()).height() + 4)
                << language << " at a height of " << height;
        }
        chart.resize(520, 300);
        QApplication::processEvents();
        const QStringList problems = layoutProblems(&chart);
        EXPECT_TRUE(problems.isEmpty()) << language << ": " << problems.join(u'\n').toStdString();
        // The totals' labels say what the table says, in the language's own decimals.
        const QStringList labels = chart.pointLabels();
        ASSERT_EQ(labels.size(), totals.size());
        EXPECT_EQ(labels.at(1), QLocale().toString(91.0, 'f', 1)) << "91.0, never 91";
        EXPECT_EQ(labels.at(2), QLocale().toString(62.6, 'f', 1));
        if (QByteArray(language) == "es") {
            EXPECT_EQ(labels.at(2), u"62,6"_s);
        }
    }
}

// --- Evidence ------------------------------------------------------------------------------

TEST_F(UiPolishTest, EvidenceRowsOpenTheOrderTheCallAndTheComplaintWithTheirHistory)
{
    const UnitEvaluation unit = mostPenalised();
    ASSERT_GT(unit.counts.penalisedComplaints, 0) << "the demo has complaints that cost points";
    EvidenceDialog dialog(
        m_db.session(), unit, { EvidenceSource::Evaluation, EvidenceKind::Order, false });

    dialog.showKind(EvidenceKind::Order);
    ASSERT_GT(dialog.proxy()->rowCount(), 0);
    std::unique_ptr<QDialog> order = dialog.recordDialog(0);
    auto* form = qobject_cast<OrderDialog*>(order.get());
    ASSERT_NE(form, nullptr);
    EXPECT_EQ(form->order().number,
        dialog.model()
            ->detail(dialog.proxy()->mapToSource(dialog.proxy()->index(0, 0)).row())
            .orderNumber);
    EXPECT_EQ(form->actions()->currentWidget(), form->history()) << "opened on its history";
    EXPECT_GT(form->history()->rowCount(), 0);

    dialog.showKind(EvidenceKind::Callback);
    ASSERT_GT(dialog.proxy()->rowCount(), 0);
    std::unique_ptr<QDialog> call = dialog.recordDialog(0);
    ASSERT_NE(call, nullptr);
    auto* panel = call->findChild<CallPanel*>();
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(panel->task().has_value());
    EXPECT_FALSE(panel->customerText().isEmpty());
    EXPECT_FALSE(panel->attemptsText().isEmpty()) << "the calls made";

    dialog.showKind(EvidenceKind::Complaint);
    dialog.setOnlyAgainst(true);
    ASSERT_GT(dialog.proxy()->rowCount(), 0);
    std::unique_ptr<QDialog> complaint = dialog.recordDialog(0);
    ASSERT_NE(complaint, nullptr);
    auto* details = complaint->findChild<ComplaintDetails*>();
    ASSERT_NE(details, nullptr);
    EXPECT_FALSE(details->toPlainText().isEmpty());
    const QStringList history = details->historyLines();
    EXPECT_FALSE(history.isEmpty()) << "its verdict, with who and when";
    // The demo's verdicts came in a file: said so, with the day the verdict was given, and
    // never as a change from nothing ("Verdict: → Verified").
    const QString lines = history.join(u'\n');
    EXPECT_FALSE(lines.contains(u": → "_s)) << lines.toStdString();
    EXPECT_TRUE(lines.contains(u"Imported from a file: "_s)) << lines.toStdString();
    EXPECT_TRUE(lines.contains(u", given 20"_s)) << lines.toStdString();
}

// The dialog's export writes the unit's evidence (the report of SPEC §13, main's export):
// every order the dialog lists as counted is in the file.
TEST_F(UiPolishTest, EvidenceIsExportable)
{
    const UnitEvaluation unit = mostPenalised();
    EvidenceDialog dialog(
        m_db.session(), unit, { EvidenceSource::Evaluation, EvidenceKind::Order, false });
    ASSERT_GT(dialog.proxy()->rowCount(), 0);
    ASSERT_NE(dialog.exportButton(), nullptr);
    EXPECT_TRUE(dialog.exportButton()->isEnabled()) << "the dialog offers the export";
    EXPECT_FALSE(dialog.exportButton()->toolTip().isEmpty());
    ReportRequest request;
    request.month = unit.month;
    request.unitCode = unit.unitCode;
    QTemporaryDir folder;
    const QString path = folder.filePath(u"evidence.csv"_s);
    ASSERT_TRUE(writeReportFile(
        m_db.session(), ReportKind::Evidence, request, FileFormat::Csv, false, path, &dialog)
                    .ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (int row = 0; row < dialog.model()->rowCount(); ++row) {
        const QString number = dialog.model()->detail(row).orderNumber;
        ASSERT_FALSE(number.isEmpty());
        EXPECT_TRUE(text.contains(number)) << number.toStdString();
    }
}

// --- Demo data that looks like an operator's month --------------------------------------

// October of the demo, as the pages show it: complaints of several kinds, and satisfaction
// scores across the scale, promoters neither all nor none. (Late complaints are still most
// of the small test demo's October: its late orders draw them.)
TEST_F(UiPolishTest, TheDemoMonthSpreadsItsComplaintsAndSatisfaction)
{
    const QTimeZone& zone = m_db.session().zone();
    ComplaintFilter october;
    october.receivedFrom = QDateTime(kOctober, QTime(0, 0), zone);
    october.receivedBefore = QDateTime(kOctober.addMonths(1), QTime(0, 0), zone);
    const Result<QList<Complaint>> complaints = ComplaintService(m_db.session()).list(october);
    ASSERT_TRUE(complaints.ok()) << complaints.error().toStdString();
    ASSERT_GE(complaints.value().size(), 10);
    QHash<int, int> perCategory;
    for (const Complaint& complaint : complaints.value())
        ++perCategory[int(complaint.category)];
    EXPECT_GE(perCategory.size(), 4) << "complaints of several kinds";
    QHash<int, int> perScore;
    int reached = 0;
    int promoters = 0;
    const CallbackService callbacks(m_db.session());
    for (QDate day = kOctober; day < kOctober.addMonths(1); day = day.addDays(1)) {
        const Result<QList<CallbackTask>> tasks = callbacks.queue(day);
        ASSERT_TRUE(tasks.ok()) << tasks.error().toStdString();
        for (const CallbackTask& task : tasks.value()) {
            if (!task.answers)
                continue;
            ++reached;
            ++perScore[task.answers->satisfaction];
            if (satisfactionBand(task.answers->satisfaction) == SatisfactionBand::Promoter)
                ++promoters;
        }
    }
    ASSERT_GE(reached, 50);
    EXPECT_GE(perScore.size(), 6) << "satisfaction across the scale";
    EXPECT_GE(promoters * 10, reached * 2) << promoters << " promoters of " << reached;
    EXPECT_LE(promoters * 10, reached * 9) << promoters << " promoters of " << reached;
}

TEST_F(UiPolishTest, TheServiceScoreShowsItsSumAndOpensTheComplaints)
{
    ASSERT_TRUE(installLanguage(u"en"_s)); // as the program starts: English's plural forms
    UnitEvaluation unit;
    unit.unitCode = u"U05"_s;
    unit.month = kOctober;
    unit.counts.callbacksReached = 100;
    unit.counts.yesAnswers = 496;
    unit.counts.penalisedComplaints = 12;
    unit.score.yesRate = Rational(2477, 3000); // 30 × 2477/3000 = 24.77
    unit.score.penalties = Rational(24);
    unit.score.service = Rational(77, 100);
    ScoreBreakdownModel model;
    model.setUnit(unit, ScoringRules {});
    const QString counted
        = model.index(ScoreBreakdownModel::Service, ScoreBreakdownModel::CountedFrom)
              .data()
              .toString();
    EXPECT_TRUE(counted.contains(u"24.77 − 24.00 = 0.77"_s)) << counted.toStdString();
    EXPECT_EQ(model.drillDownOf(ScoreBreakdownModel::Service), EvidenceKind::Complaint);
    EXPECT_TRUE(counted.contains(u"12 staff-caused complaints −24.00 points"_s));
    unit.counts.penalisedComplaints = 1; // one complaint, never "1 complaints"
    unit.score.penalties = Rational(2);
    model.setUnit(unit, ScoringRules {});
    EXPECT_TRUE(model.index(ScoreBreakdownModel::Service, ScoreBreakdownModel::CountedFrom)
                    .data()
                    .toString()
                    .contains(u"; 1 staff-caused complaint −2.00 points"_s));
    unit.counts.penalisedComplaints = 0;
    model.setUnit(unit, ScoringRules {});
    EXPECT_EQ(model.drillDownOf(ScoreBreakdownModel::Service), EvidenceKind::Callback);

    // On the page: a double-click on the service row of a penalised unit opens the evidence
    // on its complaints (the dialog is modal: it is read and closed from a timer).
    EvaluationPage page(m_db.session());
    page.refresh();
    ASSERT_TRUE(page.selectUnit(mostPenalised().unitCode));
    bool opened = false;
    EvidenceKind shown = EvidenceKind::Order;
    QTimer closer;
    closer.setInterval(20);
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto* dialog = qobject_cast<EvidenceDialog*>(QApplication::activeModalWidget())) {
            opened = true;
            shown = EvidenceKind(dialog->kindCombo()->currentData().toInt());
            dialog->reject();
        }
    });
    closer.start();
    QTableView* view = page.panel()->breakdownView();
    emit view->doubleClicked(view->model()->index(ScoreBreakdownModel::Service, 0));
    closer.stop();
    EXPECT_TRUE(opened);
    EXPECT_EQ(shown, EvidenceKind::Complaint);
}

// --- The machine-room score ----------------------------------------------------------------

TEST_F(UiPolishTest, TheRoomScoreIsEmptyUntilTyped)
{
    EvaluationPage page(m_db.session());
    page.setMonth(m_db.session().today());
    ASSERT_NE(page.selectedUnit(), nullptr);
    const UnitEvaluation unit = *page.selectedUnit();
    ASSERT_TRUE(unit.score.roomMissing);
    RoomScoreDialog dialog(m_db.session(), unit, Rational(15));
    EXPECT_TRUE(dialog.pointsEdit()->text().isEmpty()) << "no score is given for the evaluator";
    dialog.accept(); // Enter at once
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(dialog.error(), u"Type the machine-room points, from 0 to 15."_s);
    for (const UnitEvaluation& stored : evaluate(unit.month).units) {
        if (stored.unitCode == unit.unitCode) {
            EXPECT_TRUE(stored.score.roomMissing) << "nothing was saved";
        }
    }
    ASSERT_TRUE(installLanguage(u"es"_s));
    dialog.pointsEdit()->setText(u"12,5"_s);
    ASSERT_TRUE(dialog.typedPoints().has_value());
    EXPECT_DOUBLE_EQ(*dialog.typedPoints(), 12.5);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.error().toStdString();
}

// --- Callbacks ---------------------------------------------------------------------------------

class UiPolishCallbacksTest : public UiPolishTest
{
protected:
    void SetUp() override
    {
        UiPolishTest::SetUp();
        ASSERT_TRUE(prepareTodaysCallbacks(m_db.session()).startsWith(u"Today's callback queue"_s));
    }

    std::unique_ptr<CallbacksPage> openPage()
    {
        auto page = std::make_unique<CallbacksPage>(m_db.session());
        page->resize(1100, 720);
        page->show();
        page->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(page.get()));
        page->refresh();
        page->panel()->focusScript();
        return page;
    }

    CallbackTask stored(qint64 id)
    {
        Result<std::optional<CallbackTask>> found = CallbackService(m_db.session()).find(id);
        EXPECT_TRUE(found.ok() && found.value());
        return found.ok() && found.value() ? *found.value() : CallbackTask {};
    }
};

TEST_F(UiPolishCallbacksTest, TheMissingAnswerErrorGoesOnceAnswered)
{
    auto page = openPage();
    CallScriptWidget* script = page->panel()->script();
    QTest::keyClick(script, Qt::Key_Return);
    EXPECT_EQ(page->panel()->errorText(), u"Answer question 1 (On time) before saving."_s);
    QTest::keyClicks(script, u"yy"_s);
    EXPECT_EQ(page->panel()->errorText(), u"Answer question 3 (Uniform) before saving."_s)
        << "it names what is still missing";
    QTest::keyClicks(script, u"yyyy"_s);
    QTest::keyClick(script, Qt::Key_8);
    EXPECT_TRUE(page->panel()->errorText().isEmpty()) << "every question is answered";
}

TEST_F(UiPolishCallbacksTest, TheComplaintCategoryIsAChoiceAndTheCallShowsItsComplaint)
{
    auto page = openPage();
    CallPanel* panel = page->panel();
    const CallbackTask first = *panel->task();
    QTest::keyClicks(panel->script(), u"yyyyyy"_s);
    QTest::keyClick(panel->script(), Qt::Key_2);
    QTest::keyClick(panel->script(), Qt::Key_K);
    EXPECT_TRUE(panel->complaintCategoryCombo()->hasFocus()) << "K goes to the category";
    EXPECT_FALSE(panel->complaintCategoryCombo()->currentData().isValid()) << "no default";
    panel->complaintDescriptionEdit()->setText(u"Dejaron restos de cable"_s);
    EXPECT_FALSE(panel->record(CallbackOutcome::Reached));
    EXPECT_EQ(panel->errorText(), u"Choose the complaint's category before saving."_s);
    EXPECT_EQ(stored(first.id).status, CallbackStatus::Pending) << "nothing was recorded";

    panel->complaintCategoryCombo()->setCurrentIndex(
        panel->complaintCategoryCombo()->findData(int(ComplaintCategory::UntidySite)));
    ASSERT_TRUE(panel->record(CallbackOutcome::Reached)) << panel->errorText().toStdString();
    const CallbackTask done = stored(first.id);
    ASSERT_EQ(done.status, CallbackStatus::Reached);
    panel->showTask(done);
    EXPECT_TRUE(panel->registeredText().contains(
        complaintCategoryDisplayName(ComplaintCategory::UntidySite)))
        << panel->registeredText().toStdString();
    EXPECT_TRUE(panel->registeredText().contains(u"Dejaron restos de cable"_s));
}

TEST_F(UiPolishCallbacksTest, TheQueueFindsACustomerWhoCallsBack)
{
    auto page = openPage();
    const int all = page->model()->rowCount();
    ASSERT_GT(all, 1);
    const CallbackTask wanted = page->model()->task(all - 1);
    page->searchEdit()->setText(wanted.customer.toLower()); // as typed, in any case
    ASSERT_GE(page->model()->rowCount(), 1);
    EXPECT_LT(page->model()->rowCount(), all);
    for (int row = 0; row < page->model()->rowCount(); ++row)
        EXPECT_TRUE(
            page->model()->task(row).customer.contains(wanted.customer, Qt::CaseInsensitive));
    page->searchEdit()->setText(wanted.phone);
    ASSERT_GE(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->task(0).phone, wanted.phone);
    page->searchEdit()->setText(u"100%_no such customer"_s);
    EXPECT_EQ(page->model()->rowCount(), 0) << "wildcards are letters";
    page->searchEdit()->clear();
    EXPECT_EQ(page->model()->rowCount(), all);
}

TEST_F(UiPolishCallbacksTest, ASavedCallIsCorrectedWithinTheGracePeriodAndAudited)
{
    auto page = openPage();
    CallPanel* panel = page->panel();
    const CallbackTask first = *panel->task();
    QTest::keyClicks(panel->script(), u"yyyyyy"_s);
    QTest::keyClick(panel->script(), Qt::Key_9);
    ASSERT_TRUE(panel->record(CallbackOutcome::Reached));
    panel->showTask(stored(first.id));
    ASSERT_FALSE(panel->correctButton()->isHidden()) << "offered right after the call";

    panel->startCorrection();
    EXPECT_TRUE(panel->correcting());
    panel->script()->setAnswer(CallbackQuestion::Uniform, false);
    panel->script()->setSatisfaction(6);
    ASSERT_TRUE(panel->record(CallbackOutcome::Reached)) << panel->errorText().toStdString();
    const CallbackTask corrected = stored(first.id);
    EXPECT_FALSE(corrected.answers->yes[size_t(CallbackQuestion::Uniform)]);
    EXPECT_EQ(corrected.answers->satisfaction, 6);
    EXPECT_EQ(corrected.attempts, first.attempts + 1) << "a correction is no new call";
    AuditFilter filter;
    filter.entity = u"callback"_s;
    filter.entityKey = QString::number(first.id);
    Result<QList<AuditEntry>> audit = AuditService(m_db.session()).search(filter);
    ASSERT_TRUE(audit.ok()) << audit.error().toStdString();
    bool found = false;
    for (const AuditEntry& entry : audit.value()) {
        if (entry.action == u"callback.correction"_s
            && entry.entityKey == QString::number(first.id)) {
            found = true;
            EXPECT_EQ(entry.before, u"yyyyyy 9"_s);
            EXPECT_EQ(entry.after, u"yynyyy 6"_s);
        }
    }
    EXPECT_TRUE(found) << "the correction is in the audit log";

    // Past the grace period (30 minutes by default) the call stands as saved.
    m_db.setNow(m_db.session().now().addSecs(31 * 60));
    panel->showTask(stored(first.id));
    EXPECT_TRUE(panel->correctButton()->isHidden());
    CallbackAnswers answers = *corrected.answers;
    answers.satisfaction = 10;
    Result<CallbackTask> late
        = CallbackService(m_db.session()).correctAnswers(first.id, corrected.version, answers);
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.error().contains(u"the time to correct it ended"_s))
        << late.error().toStdString();
}

// --- Context kept --------------------------------------------------------------------------

TEST_F(UiPolishTest, ALanguageSwitchKeepsTheEvaluationsMonthAndUnit)
{
    MainWindow window(m_db.session());
    window.showPage(MainWindow::Evaluation);
    auto* page = qobject_cast<EvaluationPage*>(window.page(MainWindow::Evaluation));
    ASSERT_NE(page, nullptr);
    const QDate september(2026, 9, 1);
    page->setMonth(september);
    ASSERT_GT(page->model()->rowCount(), 1);
    const QString unit = page->model()->unit(page->model()->rowCount() - 1).unitCode;
    ASSERT_TRUE(page->selectUnit(unit));
    ASSERT_TRUE(window.switchLanguage(u"es"_s));
    page = qobject_cast<EvaluationPage*>(window.page(MainWindow::Evaluation));
    EXPECT_EQ(page->month(), september);
    ASSERT_NE(page->selectedUnit(), nullptr);
    EXPECT_EQ(page->selectedUnit()->unitCode, unit);
    ASSERT_TRUE(window.switchLanguage(u"en"_s));
}

TEST_F(UiPolishTest, TheSignInDialogOffersTheLanguages)
{
    SignInDialog dialog(m_db.database(), u"test.db"_s);
    ASSERT_EQ(dialog.languageCombo()->count(), availableLanguages().size());
    ASSERT_TRUE(dialog.chooseLanguage(u"es"_s));
    EXPECT_EQ(dialog.windowTitle(),
        QCoreApplication::translate("fd::SignInDialog", "FiberDesk — sign in"));
    EXPECT_NE(dialog.windowTitle(), u"FiberDesk — sign in"_s) << "Spanish now";
    EXPECT_EQ(dialog.languageCode(), u"es"_s);
    ASSERT_TRUE(dialog.chooseLanguage(u"en"_s));
    EXPECT_EQ(dialog.windowTitle(), u"FiberDesk — sign in"_s);
}

TEST_F(UiPolishTest, EachUserStartsOnTheirOwnLastPage)
{
    std::unique_ptr<Session> agent = sessionOf(u"agent7"_s, Role::CallbackAgent);
    std::unique_ptr<Session> evaluator = sessionOf(u"eva"_s, Role::Evaluator);
    {
        MainWindow window(*evaluator);
        window.showPage(MainWindow::Evaluation);
    }
    {
        MainWindow window(*agent);
        window.showPage(MainWindow::Complaints);
    }
    MainWindow again(*evaluator);
    EXPECT_EQ(again.currentPage(), MainWindow::Evaluation) << "not the agent's Complaints";
    MainWindow agentAgain(*agent);
    EXPECT_EQ(agentAgain.currentPage(), MainWindow::Complaints);
}

TEST_F(UiPolishTest, CtrlDigitsFollowTheVisibleNavigation)
{
    std::unique_ptr<Session> agent = sessionOf(u"agent7"_s, Role::CallbackAgent);
    MainWindow window(*agent);
    EXPECT_EQ(window.pageShortcut(MainWindow::Callbacks), QKeySequence(Qt::CTRL | Qt::Key_1));
    EXPECT_EQ(window.pageShortcut(MainWindow::Complaints), QKeySequence(Qt::CTRL | Qt::Key_2));
    EXPECT_TRUE(window.pageShortcut(MainWindow::Dispatch).isEmpty());
    window.show();
    for (QShortcut* shortcut : window.findChildren<QShortcut*>()) {
        if (shortcut->key() == QKeySequence(Qt::CTRL | Qt::Key_2))
            emit shortcut->activated();
    }
    EXPECT_EQ(window.currentPage(), MainWindow::Complaints);
    // The admin's tenth entry, Users, is Ctrl+0; Ctrl+9 the ninth, the audit log; the
    // eleventh and last, Settings, has no digit left.
    MainWindow admin(m_db.session());
    EXPECT_EQ(admin.pageShortcut(MainWindow::Appeals), QKeySequence(Qt::CTRL | Qt::Key_6));
    EXPECT_EQ(admin.pageShortcut(MainWindow::Audit), QKeySequence(Qt::CTRL | Qt::Key_9));
    EXPECT_EQ(admin.pageShortcut(MainWindow::Users), QKeySequence(Qt::CTRL | Qt::Key_0));
    EXPECT_TRUE(admin.pageShortcut(MainWindow::Settings).isEmpty());
    // A callback supervisor's third entry is the callback quality.
    std::unique_ptr<Session> supervisor = sessionOf(u"zhou.qiang"_s, Role::CallbackSupervisor);
    MainWindow supervising(*supervisor);
    EXPECT_EQ(supervising.pageShortcut(MainWindow::Quality), QKeySequence(Qt::CTRL | Qt::Key_3));
}

TEST_F(UiPolishTest, NoKeyIsBoundTwiceOnTheBoard)
{
    for (const char* language : { "en", "es", "zh_CN" }) {
        ASSERT_TRUE(installLanguage(QString::fromLatin1(language)));
        MainWindow window(m_db.session());
        window.resize(1280, 800);
        window.show();
        window.showPage(MainWindow::Dispatch);
        QApplication::processEvents();
        QStringList twice;
        for (const QString& problem : layoutProblems(&window)) {
            if (problem.contains(u"is bound"_s))
                twice.append(problem);
        }
        EXPECT_TRUE(twice.isEmpty()) << language << ": " << twice.join(u'\n').toStdString();
    }
}

// --- Numbers and words -----------------------------------------------------------------------

TEST_F(UiPolishTest, ImportSummariesGroupTheirFigures)
{
    ImportJobResult result;
    result.ok = true;
    result.outcome.rows = 300000;
    result.outcome.summary.created = 299990;
    result.outcome.summary.updated = 10;
    const QString summary
        = MainWindow::importSummary(ImportKind::Orders, u"/tmp/orders.csv"_s, result);
    EXPECT_TRUE(summary.contains(u"300,000 rows"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"299,990 new"_s)) << summary.toStdString();
}

TEST_F(UiPolishCallbacksTest, KeyHintsAndAnswerKeysAreInTheLanguageOnScreen)
{
    ASSERT_TRUE(installLanguage(u"es"_s));
    auto page = openPage();
    const QString enter = QCoreApplication::translate("fd::CallbacksPage", "Enter");
    EXPECT_NE(enter, u"Enter"_s) << "Spanish has its own word for the key";
    EXPECT_TRUE(page->hintText().contains(u"<b>"_s + enter + u"</b>"_s))
        << page->hintText().toStdString();
    EXPECT_EQ(CallScriptWidget::yesKey(), u"S"_s) << "Sí";
    EXPECT_EQ(CallScriptWidget::noKey(), u"N"_s);
    EXPECT_TRUE(page->hintText().contains(u"S / N"_s));
    CallScriptWidget* script = page->panel()->script();
    QTest::keyClick(script, Qt::Key_S);
    QTest::keyClick(script, Qt::Key_N);
    const CallbackAnswers answers = script->answers();
    EXPECT_TRUE(answers.yes[0]) << "S answers Sí";
    EXPECT_FALSE(answers.yes[1]);
    EXPECT_EQ(script->firstMissingRow(), 2);
}

TEST_F(UiPolishTest, StatusHistoryIsSortedByTime)
{
    StatusHistoryModel model(m_db.session().zone());
    UnitStatusChange active;
    active.status = UnitStatus::Active;
    active.effectiveOn = QDate(2024, 11, 28);
    active.changedAt = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
    UnitStatusChange candidate;
    candidate.status = UnitStatus::Candidate;
    candidate.effectiveOn = QDate(2024, 10, 1);
    candidate.changedAt = QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC);
    UnitStatusChange terminated;
    terminated.status = UnitStatus::Terminated;
    terminated.effectiveOn = QDate(2026, 11, 1);
    terminated.changedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    // As stored: in the order recorded, an import's back-dated history after a later change.
    model.setHistory({ terminated, candidate, active });
    ASSERT_EQ(model.rowCount(), 3);
    const auto status
        = [&](int row) { return model.index(row, StatusHistoryModel::Status).data().toString(); };
    EXPECT_EQ(status(0), unitStatusDisplayName(UnitStatus::Terminated));
    EXPECT_EQ(status(1), unitStatusDisplayName(UnitStatus::Active));
    EXPECT_EQ(status(2), unitStatusDisplayName(UnitStatus::Candidate));
}

} // namespace
} // namespace fd::test
