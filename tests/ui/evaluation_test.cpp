// The evaluation page (SPEC §7–§8): its table says what EvaluationService says, the trend
// holds the unit's finalized months, room scores and adjustments entered through the page
// change the draft, finalizing through the page freezes the month, reopening is an admin's,
// and the evidence dialog lists what the service counts.
#include "csv/csvreader.h"
#include "dialogs/adjustmentdialog.h"
#include "dialogs/evidencedialog.h"
#include "dialogs/finalizedialog.h"
#include "dialogs/kpidialog.h"
#include "dialogs/reopendialog.h"
#include "dialogs/roomscoredialog.h"
#include "dialogs/statushistorydialog.h"
#include "models/assessmentmodel.h"
#include "models/evaluationmodel.h"
#include "models/evidencemodel.h"
#include "models/indicatormodel.h"
#include "models/paretomodel.h"
#include "models/recordfilterproxy.h"
#include "models/scorebreakdownmodel.h"
#include "models/statushistorymodel.h"
#include "models/strikeoutlook.h"
#include "models/trendmodel.h"
#include "pages/evaluationpage.h"
#include "pages/unitevaluationpanel.h"
#include "services/evaluationservice.h"
#include "services/kpiservice.h"
#include "services/ruleservice.h"
#include "uitest.h"
#include "widgets/reportsave.h"
#include "widgets/trendchart.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

const QDate kOctober(2026, 10, 1);
const QDate kNovember(2026, 11, 1);

// Answers the modal dialogs a page action opens, in order, as a user would: each handler
// gets the next dialog of its type once it is shown. A dialog nobody answers is closed
// after a while and fails the test rather than hanging it.
class ModalAnswers
{
public:
    template <typename Dialog> void then(std::function<void(Dialog*)> handle)
    {
        m_steps.append([handle](QWidget* modal) {
            auto* dialog = qobject_cast<Dialog*>(modal);
            if (!dialog)
                return false;
            handle(dialog);
            return true;
        });
    }

    // Call before the action; the answers run from the action's own event loops.
    void start()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            if (m_next < m_steps.size() && m_steps.at(m_next)(modal)) {
                ++m_next;
                m_waited = 0;
                return;
            }
            // Another dialog (the busy one of long work) is allowed its time.
            if (++m_waited > 2000) {
                ADD_FAILURE() << "an unexpected dialog stayed open: "
                              << modal->metaObject()->className();
                modal->close();
            }
        });
        m_timer.start();
    }

    bool allAnswered() const { return m_next == m_steps.size(); }

private:
    QList<std::function<bool(QWidget*)>> m_steps;
    qsizetype m_next = 0;
    int m_waited = 0;
    QTimer m_timer;
};

class UiEvaluationTest : public UiTest
{
protected:
    MonthEvaluation evaluate(const QDate& month)
    {
        Result<MonthEvaluation> evaluation = EvaluationService(m_db.session()).evaluate(month);
        EXPECT_TRUE(evaluation.ok()) << evaluation.error().toStdString();
        return evaluation.ok() ? evaluation.value() : MonthEvaluation {};
    }

    static const UnitEvaluation* find(const MonthEvaluation& month, const QString& code)
    {
        for (const UnitEvaluation& unit : month.units) {
            if (unit.unitCode == code)
                return &unit;
        }
        return nullptr;
    }

    // An active unit of the demo that scored under 80 in October: the page's reddest row.
    QString struckUnit()
    {
        for (const UnitEvaluation& unit : evaluate(kOctober).units) {
            if (unit.score.strike)
                return unit.unitCode;
        }
        return {};
    }
};

TEST_F(UiEvaluationTest, PageOpensOnTheLastEndedMonthAndItsModelsPassTheTester)
{
    EvaluationPage page(m_db.session());
    const auto tableTester = checkModel(page.model());
    const auto proxyTester = checkModel(page.proxy());
    const auto breakdownTester = checkModel(page.panel()->breakdownModel());
    const auto trendTester = checkModel(page.panel()->trendModel());
    const auto indicatorTester = checkModel(page.panel()->indicatorModel());
    const auto paretoTester = checkModel(page.panel()->paretoModel());
    page.resize(1100, 760);
    page.show();
    page.refresh();
    EXPECT_EQ(page.month(), kOctober) << "the clock is in November: October is the last ended";
    EXPECT_TRUE(page.loadError().isEmpty()) << page.loadError().toStdString();
    ASSERT_GT(page.model()->rowCount(), 0);
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        ASSERT_TRUE(page.selectUnit(page.model()->unit(row).unitCode));
        EXPECT_EQ(page.panel()->breakdownModel()->rowCount(), ScoreBreakdownModel::RowCount);
        EXPECT_EQ(page.panel()->indicatorModel()->rowCount(), IndicatorModel::RowCount);
    }
    page.setMonth(kNovember);
    EXPECT_EQ(page.month(), kNovember);
    EXPECT_TRUE(page.summary().contains(u"draft"_s)) << page.summary().toStdString();
    EXPECT_TRUE(page.notices().contains(u"has not ended"_s)) << page.notices().toStdString();
}

TEST_F(UiEvaluationTest, TimelinessSaysHowManyOfItsOrdersWereRemovals)
{
    EvaluationPage page(m_db.session());
    page.refresh();
    ASSERT_GT(page.model()->rowCount(), 0);
    int withRemovals = 0;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const UnitEvaluation unit = page.model()->unit(row);
        ASSERT_TRUE(page.selectUnit(unit.unitCode));
        const QString countedFrom
            = page.panel()
                  ->breakdownModel()
                  ->index(ScoreBreakdownModel::Timeliness, ScoreBreakdownModel::CountedFrom)
                  .data()
                  .toString();
        if (unit.counts.removalsDue == 0)
            continue;
        ++withRemovals;
        EXPECT_TRUE(countedFrom.contains(
            u"removals on time %1 of %2"_s.arg(QLocale().toString(unit.counts.removalsOnTime),
                QLocale().toString(unit.counts.removalsDue))))
            << countedFrom.toStdString();
        EXPECT_GT(unit.counts.ordersDue, unit.counts.removalsDue) << "removals among the others";
    }
    EXPECT_GT(withRemovals, 0) << "the demo's units have removals due in October";
}

TEST_F(UiEvaluationTest, TableShowsTheServicesScoresAndMarksStrikes)
{
    EvaluationPage page(m_db.session());
    page.refresh();
    const MonthEvaluation expected = evaluate(kOctober);
    const EvaluationModel* model = page.model();
    ASSERT_EQ(model->rowCount(), expected.units.size());
    bool sawStrike = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const UnitEvaluation& shown = model->unit(row);
        const UnitEvaluation* service = find(expected, shown.unitCode);
        ASSERT_NE(service, nullptr) << shown.unitCode.toStdString();
        EXPECT_TRUE(shown.score.total == service->score.total) << shown.unitCode.toStdString();
        EXPECT_EQ(model->index(row, EvaluationModel::Total).data().toString(),
            service->score.total.toString(1));
        EXPECT_EQ(model->index(row, EvaluationModel::Timeliness).data().toString(),
            service->score.timeliness.toString(2));
        EXPECT_EQ(model->index(row, EvaluationModel::Service).data().toString(),
            service->score.service.toString(2));
        EXPECT_EQ(
            model->index(row, EvaluationModel::StrikesInWindow).data().toInt(), service->strikes);
        const QVariant background
            = model->index(row, EvaluationModel::Total).data(Qt::BackgroundRole);
        EXPECT_EQ(background.isValid(), service->score.strike) << shown.unitCode.toStdString();
        sawStrike = sawStrike || service->score.strike;
    }
    EXPECT_TRUE(sawStrike) << "the demo has a unit under 80";
    EXPECT_TRUE(page.summary().contains(struckUnit())) << page.summary().toStdString();
}

TEST_F(UiEvaluationTest, TrendHoldsTheUnitsFinalizedMonths)
{
    EvaluationPage page(m_db.session());
    page.resize(1100, 760);
    page.show();
    page.refresh();
    const QString code = struckUnit();
    ASSERT_FALSE(code.isEmpty());
    ASSERT_TRUE(page.selectUnit(code));
    Result<QList<UnitEvaluation>> finalized
        = EvaluationService(m_db.session()).finalizedMonths(code);
    ASSERT_TRUE(finalized.ok());
    ASSERT_FALSE(finalized.value().isEmpty());

    const QLineSeries* line = page.panel()->trendChart()->totalsSeries();
    const QList<QPointF> points = line->points();
    ASSERT_EQ(points.size(), finalized.value().size()) << "every finalized month is in the window";
    const TrendModel* trend = page.panel()->trendModel();
    for (const UnitEvaluation& month : finalized.value()) {
        const double x = (month.month.year() - trend->firstMonth().year()) * 12
            + month.month.month() - trend->firstMonth().month();
        const bool found = std::any_of(points.cbegin(), points.cend(), [&](const QPointF& point) {
            return point.x() == x && point.y() == month.score.total.toDouble();
        });
        EXPECT_TRUE(found) << month.month.toString(Qt::ISODate).toStdString();
    }
    // The strike line crosses the whole window at the rule's value.
    const QList<QPointF> strikeLine = page.panel()->trendChart()->strikeLineSeries()->points();
    ASSERT_EQ(strikeLine.size(), 2);
    EXPECT_EQ(strikeLine.first().y(), 80.0);
    EXPECT_LT(strikeLine.first().x(), 0);
    EXPECT_GT(strikeLine.last().x(), 11);
}

TEST_F(UiEvaluationTest, RoomScoreAndAdjustmentThroughThePageChangeTheDraftTotal)
{
    EvaluationPage page(m_db.session());
    page.setMonth(kNovember);
    ASSERT_TRUE(page.selectUnit(u"U01"_s));
    const UnitEvaluation before = *page.selectedUnit();
    ASSERT_FALSE(before.final);
    ASSERT_TRUE(before.score.roomMissing) << "the demo inspects ended months only";
    ASSERT_TRUE(page.roomButton()->isEnabled());

    ModalAnswers room;
    room.then<RoomScoreDialog>([](RoomScoreDialog* dialog) {
        dialog->pointsEdit()->setText(u"12.5"_s);
        dialog->noteEdit()->setPlainText(u"Cables labelled, one rack untidy"_s);
        dialog->accept();
    });
    room.start();
    page.enterRoomScore();
    EXPECT_TRUE(room.allAnswered());
    const UnitEvaluation* afterRoom = page.selectedUnit();
    ASSERT_NE(afterRoom, nullptr);
    EXPECT_TRUE(afterRoom->score.room == Rational(25, 2));
    EXPECT_TRUE(before.score.total + Rational(25, 2) == afterRoom->score.total)
        << afterRoom->score.total.toString(1).toStdString();
    EXPECT_TRUE(find(evaluate(kNovember), u"U01"_s)->score.total == afterRoom->score.total);

    // An adjustment without a reason is refused by the service, in the dialog; with one it
    // goes through.
    const Rational withRoom = afterRoom->score.total;
    QString refusal;
    ModalAnswers adjustment;
    adjustment.then<AdjustmentDialog>([&refusal](AdjustmentDialog* dialog) {
        dialog->pointsEdit()->setValue(-3.5);
        dialog->reasonEdit()->clear();
        dialog->accept();
        refusal = dialog->error();
        dialog->reasonEdit()->setPlainText(u"Two customers left without the service tested"_s);
        dialog->accept();
    });
    adjustment.start();
    page.adjustScore();
    EXPECT_TRUE(adjustment.allAnswered());
    EXPECT_EQ(refusal, u"An adjustment needs a reason."_s);
    const UnitEvaluation* adjusted = page.selectedUnit();
    ASSERT_NE(adjusted, nullptr);
    EXPECT_TRUE(adjusted->score.adjustment == Rational(-7, 2));
    EXPECT_TRUE(withRoom - Rational(7, 2) == adjusted->score.total)
        << adjusted->score.total.toString(1).toStdString();
    EXPECT_EQ(page.model()->index(page.selectedRow(), EvaluationModel::Total).data().toString(),
        find(evaluate(kNovember), u"U01"_s)->score.total.toString(1));
}

TEST_F(UiEvaluationTest, ADraftWithoutItsRoomScoreSaysWhetherTheScoreCanStillAvoidAStrike)
{
    EvaluationPage page(m_db.session());
    page.setMonth(kNovember);
    const ScoringRules rules
        = ScoringRules::fromRuleSet(RuleService(m_db.session()).current().value());
    bool sawOpen = false;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const UnitEvaluation& unit = page.model()->unit(row);
        ASSERT_TRUE(unit.score.roomMissing) << unit.unitCode.toStdString();
        MonthCounts none = unit.counts;
        none.room = Rational(0);
        MonthCounts full = unit.counts;
        full.room = rules.roomMaximum;
        const bool strikeAnyway = scoreMonth(rules, full).strike;
        const bool clearAnyway = !scoreMonth(rules, none).strike;
        const QString shown = page.model()->index(row, EvaluationModel::Strike).data().toString();
        EXPECT_EQ(shown,
            strikeAnyway      ? u"Yes"_s
                : clearAnyway ? u"No"_s
                              : u"?"_s)
            << unit.unitCode.toStdString();
        if (strikeAnyway || clearAnyway)
            continue;
        // The points it needs are the least that keep it clear, to the hundredth: one
        // hundredth less is still a strike, through the service as an evaluator enters it.
        sawOpen = true;
        const StrikeOutlook outlook = strikeOutlook(unit, rules);
        ASSERT_EQ(outlook.kind, StrikeOutlook::DependsOnRoom);
        EvaluationService service(m_db.session());
        ASSERT_TRUE(
            service
                .setRoomScore(kNovember, unit.unitCode, outlook.roomNeeded - Rational(1, 100), {})
                .ok());
        EXPECT_TRUE(find(evaluate(kNovember), unit.unitCode)->score.strike)
            << unit.unitCode.toStdString();
        ASSERT_TRUE(service.setRoomScore(kNovember, unit.unitCode, outlook.roomNeeded, {}).ok());
        EXPECT_FALSE(find(evaluate(kNovember), unit.unitCode)->score.strike)
            << unit.unitCode.toStdString();
        break;
    }
    EXPECT_TRUE(sawOpen) << "the demo's November drafts include a unit the room score decides";
}

TEST_F(UiEvaluationTest, FinalizingThroughThePageFreezesTheMonth)
{
    m_db.setNow(QDateTime(QDate(2026, 12, 2), QTime(15, 0), Qt::UTC)); // November has ended
    for (const UnitEvaluation& unit : evaluate(kNovember).units) {
        ASSERT_TRUE(EvaluationService(m_db.session())
                        .setRoomScore(kNovember, unit.unitCode, Rational(12), u"Inspected"_s)
                        .ok());
    }
    EvaluationPage page(m_db.session());
    page.refresh();
    ASSERT_EQ(page.month(), kNovember);
    ASSERT_TRUE(page.finalizeButton()->isEnabled())
        << page.finalizeButton()->toolTip().toStdString();
    const MonthEvaluation drafts = evaluate(kNovember);

    QString asked;
    QString told;
    ModalAnswers answers;
    answers.then<FinalizeDialog>([&asked](FinalizeDialog* dialog) {
        asked = dialog->consequences();
        dialog->accept();
    });
    answers.then<QMessageBox>([&told](QMessageBox* box) {
        told = box->text() + box->informativeText();
        box->accept();
    });
    answers.start();
    page.finalizeMonth();
    EXPECT_TRUE(answers.allAnswered());
    EXPECT_TRUE(asked.contains(u"80-point rule"_s)) << asked.toStdString();
    EXPECT_TRUE(told.contains(u"is final"_s)) << told.toStdString();

    const MonthEvaluation finals = evaluate(kNovember);
    ASSERT_EQ(page.model()->rowCount(), finals.units.size());
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const UnitEvaluation& unit = page.model()->unit(row);
        EXPECT_TRUE(unit.final) << unit.unitCode.toStdString();
        EXPECT_EQ(page.model()->index(row, EvaluationModel::State).data().toString(), u"Final"_s);
        EXPECT_TRUE(unit.score.total == find(drafts, unit.unitCode)->score.total);
    }
    EXPECT_FALSE(page.finalizeButton()->isEnabled());
    ASSERT_TRUE(page.selectUnit(u"U01"_s));
    EXPECT_FALSE(page.roomButton()->isEnabled());

    // Frozen: a later change to the data does not move the figures.
    const Status refused
        = EvaluationService(m_db.session()).setRoomScore(kNovember, u"U01"_s, Rational(1), {});
    EXPECT_FALSE(refused.ok());
    page.refresh();
    EXPECT_TRUE(page.selectedUnit()->score.total == find(drafts, u"U01"_s)->score.total);
}

TEST_F(UiEvaluationTest, ReopeningIsRefusedToAnEvaluatorAndAllowedToAnAdminWithAReason)
{
    const std::unique_ptr<Session> evaluator = m_db.sessionAs(Role::Evaluator);
    EvaluationPage evaluatorPage(*evaluator);
    evaluatorPage.refresh();
    ASSERT_TRUE(evaluatorPage.selectUnit(u"U01"_s));
    ASSERT_TRUE(evaluatorPage.selectedUnit()->final);
    EXPECT_FALSE(evaluatorPage.reopenButton()->isEnabled());
    EXPECT_TRUE(evaluatorPage.finalizeButton()->toolTip().isEmpty()
        || !evaluatorPage.finalizeButton()->isEnabled());
    // The service refuses it too, and the dialog says so as the service does.
    ReopenDialog refusedDialog(*evaluator, *evaluatorPage.selectedUnit());
    refusedDialog.reasonEdit()->setPlainText(u"Recount the callbacks"_s);
    refusedDialog.accept();
    EXPECT_TRUE(refusedDialog.error().contains(u"may not"_s))
        << refusedDialog.error().toStdString();
    EXPECT_TRUE(find(evaluate(kOctober), u"U01"_s)->final);

    EvaluationPage adminPage(m_db.session());
    adminPage.refresh();
    ASSERT_TRUE(adminPage.selectUnit(u"U01"_s));
    ASSERT_TRUE(adminPage.reopenButton()->isEnabled());
    QString withoutReason;
    ModalAnswers answers;
    answers.then<ReopenDialog>([&withoutReason](ReopenDialog* dialog) {
        dialog->accept();
        withoutReason = dialog->error();
        dialog->reasonEdit()->setPlainText(u"Callback answers of 12 October were recorded twice"_s);
        dialog->accept();
    });
    answers.start();
    adminPage.reopenSelected();
    EXPECT_TRUE(answers.allAnswered());
    EXPECT_EQ(withoutReason, u"Give a reason for reopening a finalized evaluation."_s);
    EXPECT_FALSE(find(evaluate(kOctober), u"U01"_s)->final);
    ASSERT_NE(adminPage.selectedUnit(), nullptr);
    EXPECT_FALSE(adminPage.selectedUnit()->final);
    EXPECT_EQ(
        adminPage.model()->index(adminPage.selectedRow(), EvaluationModel::State).data().toString(),
        u"Draft"_s);
}

TEST_F(UiEvaluationTest, EvidenceDialogListsTheRowsTheServiceCounts)
{
    EvaluationPage page(m_db.session());
    page.refresh();
    const QString code = struckUnit();
    ASSERT_TRUE(page.selectUnit(code));
    Result<QList<EvidenceRow>> expected
        = EvaluationService(m_db.session()).evidence(kOctober, code);
    ASSERT_TRUE(expected.ok());
    ASSERT_FALSE(expected.value().isEmpty());

    ModalAnswers answers;
    answers.then<EvidenceDialog>([&](EvidenceDialog* dialog) {
        const auto tester = checkModel(dialog->model());
        EXPECT_TRUE(dialog->loadError().isEmpty()) << dialog->loadError().toStdString();
        const QList<EvidenceDetail>& rows = dialog->allRows();
        ASSERT_EQ(rows.size(), expected.value().size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            EXPECT_EQ(rows.at(i).row.kind, expected.value().at(i).kind);
            EXPECT_EQ(rows.at(i).row.refId, expected.value().at(i).refId);
            EXPECT_EQ(rows.at(i).row.flag, expected.value().at(i).flag);
        }
        for (EvidenceKind kind : { EvidenceKind::Order, EvidenceKind::Repair,
                 EvidenceKind::Callback, EvidenceKind::Complaint }) {
            qsizetype ofKind = 0;
            qsizetype against = 0;
            for (const EvidenceRow& row : expected.value()) {
                ofKind += row.kind == kind ? 1 : 0;
                against
                    += row.kind == kind && countsAgainst(EvidenceSource::Evaluation, row) ? 1 : 0;
            }
            dialog->showKind(kind);
            dialog->setOnlyAgainst(false);
            EXPECT_EQ(dialog->proxy()->rowCount(), ofKind) << evidenceKindKey(kind).toStdString();
            dialog->setOnlyAgainst(true);
            EXPECT_EQ(dialog->proxy()->rowCount(), against) << evidenceKindKey(kind).toStdString();
        }
        // A late order of the unit, by number, as the board shows it.
        dialog->showKind(EvidenceKind::Order);
        ASSERT_GT(dialog->model()->rowCount(), 0);
        EXPECT_TRUE(dialog->model()->detail(0).orderNumber.startsWith(u"WO-"_s));
        EXPECT_TRUE(dialog->model()
                        ->index(0, dialog->model()->columnOf(EvidenceModel::Column::Result))
                        .data()
                        .toString()
                        .startsWith(u"Late"_s));
        dialog->reject();
    });
    answers.start();
    // Double-clicking the unit's timeliness opens the orders due.
    const QModelIndex timeliness = page.proxy()->mapFromSource(
        page.model()->index(page.selectedRow(), EvaluationModel::Timeliness));
    emit page.view()->doubleClicked(timeliness);
    EXPECT_TRUE(answers.allAnswered());
}

TEST_F(UiEvaluationTest, StatusHistoryShowsTheTerminationAndItsMonth)
{
    QString terminated;
    for (const UnitEvaluation& unit : evaluate(kOctober).units) {
        if (unit.unitStatus == UnitStatus::Terminated)
            terminated = unit.unitCode;
    }
    ASSERT_FALSE(terminated.isEmpty()) << "the demo ends a contract under the 80-point rule";
    StatusHistoryDialog dialog(m_db.session(), terminated);
    const auto tester = checkModel(dialog.historyModel());
    ASSERT_GT(dialog.historyModel()->rowCount(), 0);
    EXPECT_EQ(dialog.historyModel()->change(0).status, UnitStatus::Terminated);
    EXPECT_FALSE(dialog.historyModel()->change(0).evaluationMonth.isEmpty());
    EXPECT_TRUE(dialog.summary().contains(u"rectify by"_s)) << dialog.summary().toStdString();
    EXPECT_GT(dialog.assessmentModel()->rowCount(), 0);
    EXPECT_TRUE(dialog.assessButton()->isEnabled());
    const std::unique_ptr<Session> dispatcher = m_db.sessionAs(Role::Dispatcher);
    StatusHistoryDialog readOnly(*dispatcher, terminated);
    EXPECT_FALSE(readOnly.assessButton()->isEnabled());
}

TEST_F(UiEvaluationTest, ExportsWriteTheMonthsCsvAndPdf)
{
    EvaluationPage page(m_db.session());
    page.refresh();
    QTemporaryDir folder;
    const QString csv = folder.filePath(u"october.csv"_s);
    const QString pdf = folder.filePath(u"october.pdf"_s);
    const Status csvWritten = page.exportCsvTo(csv);
    ASSERT_TRUE(csvWritten.ok()) << csvWritten.error().toStdString();
    const Status pdfWritten = page.exportPdfTo(pdf);
    ASSERT_TRUE(pdfWritten.ok()) << pdfWritten.error().toStdString();
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().split('\n');
    EXPECT_GE(lines.size(), page.model()->rowCount() + 1);
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5).startsWith("%PDF"));
    // A file that cannot be written is refused with the reason.
    EXPECT_FALSE(page.exportCsvTo(folder.filePath(u"no/such/folder/x.csv"_s)).ok());
}

// SPEC §13: the month's evaluation as an Excel workbook, read back (tests/support/
// xlsxtable.py, python3's zipfile and the sheet's XML) and shown as a table: every cell
// as the CSV export has it, numbers and dates typed, the header frozen. With
// FIBERDESK_SCREENSHOT_DIR set, the table is saved there as xlsx-evaluation.png.
TEST_F(UiEvaluationTest, TheEvaluationWorkbookReadsBackAsATable)
{
    EvaluationPage page(m_db.session());
    page.refresh();
    ReportRequest request;
    request.month = page.month();
    QTemporaryDir folder;
    const QString book = folder.filePath(u"evaluation.xlsx"_s);
    const QString csv = folder.filePath(u"evaluation.csv"_s);
    ASSERT_TRUE(writeReportFile(
        m_db.session(), ReportKind::Evaluation, request, FileFormat::Xlsx, false, book, nullptr)
                    .ok());
    ASSERT_TRUE(writeReportFile(
        m_db.session(), ReportKind::Evaluation, request, FileFormat::Csv, false, csv, nullptr)
                    .ok());
    QProcess python;
    python.start(u"python3"_s, { QStringLiteral(FIBERDESK_XLSX_READER), book });
    ASSERT_TRUE(python.waitForFinished(30000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    const QJsonObject sheet = QJsonDocument::fromJson(python.readAllStandardOutput())
                                  .object()
                                  .value(u"sheets"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject();
    EXPECT_TRUE(sheet.value(u"frozen_header"_s).toBool());
    const QJsonArray rows = sheet.value(u"rows"_s).toArray();

    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    CsvReader reader(&csvFile);
    QList<QStringList> expected;
    CsvRecord record;
    // The CSV's first table is the sheet; the month's appeals (SPEC §10) follow it as a
    // table of their own, with other columns, after a blank line.
    while (reader.next(record)) {
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
            [](const QString& field) { return field.isEmpty(); });
        if (blank || (!expected.isEmpty() && record.fields.size() != expected.first().size()))
            break;
        expected.append(record.fields);
    }
    ASSERT_EQ(rows.size(), expected.size());
    ASSERT_GT(rows.size(), 3);

    QTableWidget table(int(rows.size() - 1), int(expected.first().size()));
    table.setHorizontalHeaderLabels(expected.first());
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QJsonArray cells = rows.at(r).toArray();
        for (qsizetype c = 0; c < expected.first().size(); ++c) {
            const QJsonObject cell = cells.at(c).toObject();
            const QString type = cell.value(u"type"_s).toString();
            const QString want = expected.at(r).at(c);
            QString shown;
            if (type == u"number"_s) {
                const QString format = cell.value(u"format"_s).toString();
                const int decimals
                    = format.contains(u'.') ? int(format.size() - format.indexOf(u'.') - 1) : 0;
                shown = QString::number(cell.value(u"value"_s).toDouble(), 'f', decimals);
            } else if (type == u"date"_s) {
                shown = cell.value(u"value"_s).toString().left(10);
            } else if (type == u"text"_s) {
                shown = cell.value(u"value"_s).toString();
            }
            EXPECT_EQ(shown, want)
                << "row " << r << " column " << expected.first().at(c).toStdString();
            auto* item = new QTableWidgetItem(shown);
            if (type == u"number"_s)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table.setItem(int(r - 1), int(c), item);
        }
    }
    const int timeliness = int(expected.first().indexOf(u"timeliness"_s));
    EXPECT_EQ(
        rows.at(1).toArray().at(timeliness).toObject().value(u"type"_s).toString(), u"number"_s);
    const QString shots = qEnvironmentVariable("FIBERDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        table.resize(1280, 400);
        table.resizeColumnsToContents();
        table.show();
        QApplication::processEvents();
        EXPECT_TRUE(table.grab().save(QDir(shots).filePath(u"xlsx-evaluation.png"_s), "PNG"));
    }
}

} // namespace
} // namespace fd::test

namespace fd::test {

// SPEC §12 on the page: the regulatory indicators open from it, one row per unit and "all"
// last, the same figures as the service's.
TEST_F(UiEvaluationTest, RegulatoryIndicatorsOpenFromThePage)
{
    EvaluationPage page(m_db.session());
    page.refresh();
    ASSERT_NE(page.kpiButton(), nullptr);
    EXPECT_TRUE(page.kpiButton()->isEnabled());
    KpiDialog dialog(m_db.session(), kOctober, &page);
    const auto tester = checkModel(dialog.model());
    EXPECT_TRUE(dialog.error().isEmpty()) << dialog.error().toStdString();
    const QList<KpiRow> rows = KpiService(m_db.session()).month(kOctober).value();
    ASSERT_EQ(dialog.model()->rowCount(), rows.size());
    EXPECT_EQ(dialog.model()->item(rows.size() - 1, 0)->text(), u"All units"_s);
    EXPECT_EQ(dialog.model()->item(0, 0)->text(), rows.first().unit);
    EXPECT_EQ(dialog.model()->item(0, 1)->text(), QString::number(rows.first().supplyCount));
}

} // namespace fd::test
