// SPEC §10 on the desktop: the appeals page lists what AppealService lists (a representative
// its own unit's only) with the item's evidence beside the chosen appeal; an appeal is filed
// from the evaluation's evidence of a counted item while the window is open; its filer may
// not decide it; an upheld appeal shows on the evaluation page as "re-evaluation due"; a
// refusal changes nothing. And the regulatory indicators' table keeps "All units" last.
#include "dialogs/appealdialog.h"
#include "dialogs/evidencedialog.h"
#include "dialogs/kpidialog.h"
#include "mainwindow.h"
#include "models/appealmodel.h"
#include "models/cellformat.h"
#include "models/evaluationmodel.h"
#include "models/evidencemodel.h"
#include "models/itemroles.h"
#include "models/recordfilterproxy.h"
#include "pages/appealspage.h"
#include "pages/evaluationpage.h"
#include "services/appealservice.h"
#include "services/evaluationservice.h"
#include "services/evidenceservice.h"
#include "services/kpiservice.h"
#include "uitest.h"
#include "widgets/complaintdetails.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

const QDate kOctober(2026, 10, 1);

// Answers the next modal dialog of type Dialog once it is shown (the action's own event
// loop runs the timer); a dialog left open fails the test instead of hanging it.
template <typename Dialog> class NextDialog
{
public:
    explicit NextDialog(std::function<void(Dialog*)> handle)
        : m_handle(std::move(handle))
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            if (auto* dialog = qobject_cast<Dialog*>(modal); dialog && !m_answered) {
                m_answered = true;
                m_handle(dialog);
                return;
            }
            if (++m_waited > 1000) {
                ADD_FAILURE() << "a dialog stayed open: " << modal->metaObject()->className();
                modal->close();
            }
        });
        m_timer.start();
    }
    bool answered() const { return m_answered; }

private:
    std::function<void(Dialog*)> m_handle;
    QTimer m_timer;
    bool m_answered = false;
    int m_waited = 0;
};

class UiAppealsTest : public UiTest
{
protected:
    QList<Appeal> appeals(const Session& session)
    {
        Result<QList<Appeal>> listed = AppealService(session).list();
        EXPECT_TRUE(listed.ok()) << listed.error().toStdString();
        return listed.ok() ? listed.value() : QList<Appeal>();
    }

    UnitEvaluation unitOf(const QString& code)
    {
        Result<MonthEvaluation> month = EvaluationService(m_db.session()).evaluate(kOctober);
        EXPECT_TRUE(month.ok());
        for (const UnitEvaluation& unit : month.value().units) {
            if (unit.unitCode == code)
                return unit;
        }
        ADD_FAILURE() << "no unit " << code.toStdString();
        return {};
    }

    // A final October unit with a late order nobody contests, and that order's number.
    std::pair<QString, QString> uncontestedLateOrder()
    {
        QSet<QString> contested;
        for (const Appeal& appeal : appeals(m_db.session()))
            contested.insert(appeal.unitCode);
        Result<MonthEvaluation> month = EvaluationService(m_db.session()).evaluate(kOctober);
        for (const UnitEvaluation& unit : month.value().units) {
            if (!unit.final || unit.reevaluationDue || contested.contains(unit.unitCode))
                continue;
            Result<QList<EvidenceDetail>> rows
                = EvidenceService(m_db.session()).evaluation(kOctober, unit.unitCode);
            for (const EvidenceDetail& detail : rows.value()) {
                if (detail.row.kind == EvidenceKind::Order && detail.row.flag == 0)
                    return { unit.unitCode, detail.orderNumber };
            }
        }
        return {};
    }

    // The shown row of the evidence dialog whose order is `number`, −1 when none.
    static int rowOfOrder(const EvidenceDialog& dialog, const QString& number)
    {
        const int column = dialog.model()->columnOf(EvidenceModel::Column::Order);
        for (int row = 0; row < dialog.proxy()->rowCount(); ++row) {
            if (dialog.proxy()->index(row, column).data().toString() == number)
                return row;
        }
        return -1;
    }
};

TEST_F(UiAppealsTest, PageListsTheDemosAppealsWithTheEvidenceBeside)
{
    AppealsPage page(m_db.session());
    const auto tester = checkModel(page.model());
    const auto proxyTester = checkModel(page.proxy());
    const auto evidenceTester = checkModel(page.evidenceModel());
    page.resize(1100, 700);
    page.show();
    page.refresh();
    EXPECT_TRUE(page.loadError().isEmpty()) << page.loadError().toStdString();
    const QList<Appeal> expected = appeals(m_db.session());
    ASSERT_EQ(expected.size(), 3) << "the demo files three appeals against October";
    ASSERT_EQ(page.model()->rowCount(), expected.size());
    for (const Appeal& appeal : expected) {
        ASSERT_TRUE(page.selectAppeal(appeal.id));
        EXPECT_TRUE(page.evidenceError().isEmpty()) << page.evidenceError().toStdString();
        EXPECT_TRUE(page.groundsText().contains(appeal.grounds));
        EXPECT_TRUE(page.headingText().contains(appeal.ref));
        // The contested item's own record, beside it.
        ASSERT_GE(page.evidenceModel()->rowCount(), 1) << appeal.ref.toStdString();
        EXPECT_EQ(page.evidenceModel()->detail(0).row.refId, appeal.refId);
        if (appeal.item == AppealItem::Complaint) {
            EXPECT_TRUE(page.complaintDetails()->isVisible());
            EXPECT_TRUE(page.complaintDetails()->toPlainText().contains(appeal.ref));
        } else {
            EXPECT_TRUE(page.historyTable()->isVisible());
            EXPECT_GT(page.historyTable()->rowCount(), 0);
        }
        if (appeal.item == AppealItem::Repeat) {
            EXPECT_TRUE(page.pairText().contains(u"came back after: order"_s))
                << page.pairText().toStdString();
        }
        if (appeal.status != AppealStatus::Open) {
            EXPECT_TRUE(page.decisionText().contains(appeal.reason));
        }
    }
    // The demo's upheld appeal leaves its unit's October due for re-evaluation.
    for (const Appeal& appeal : expected) {
        if (appeal.status == AppealStatus::Upheld) {
            EXPECT_TRUE(unitOf(appeal.unitCode).reevaluationDue) << appeal.unitCode.toStdString();
        }
    }
    // The status filter.
    page.setStatusFilter(AppealsPage::OpenOnly);
    EXPECT_EQ(page.proxy()->rowCount(), 1);
    page.setStatusFilter(AppealsPage::UpheldOnly);
    ASSERT_EQ(page.proxy()->rowCount(), 1);
    EXPECT_EQ(page.proxy()->index(0, AppealModel::Status).data().toString(), u"Upheld"_s);
    page.setStatusFilter(AppealsPage::AllStatuses);
    EXPECT_EQ(page.proxy()->rowCount(), 3);
    // The month filter: none in September.
    page.setMonth(kOctober.addMonths(-1));
    EXPECT_EQ(page.model()->rowCount(), 0);
    page.setMonth(kOctober);
    EXPECT_EQ(page.model()->rowCount(), 3);
}

TEST_F(UiAppealsTest, AnAppealIsFiledFromTheEvidenceOfACountedItem)
{
    const auto [code, number] = uncontestedLateOrder();
    ASSERT_FALSE(number.isEmpty());
    std::unique_ptr<Session> eva = m_db.sessionAs(Actor { u"eva2"_s, Role::Evaluator });
    const UnitEvaluation unit = unitOf(code);
    EvidenceDialog dialog(*eva, unit, { EvidenceSource::Evaluation, EvidenceKind::Order, false });
    dialog.show();
    ASSERT_TRUE(dialog.appealButton()->isVisible());
    EXPECT_FALSE(dialog.appealButton()->isEnabled()) << "no row chosen";
    // An order on time did not count: nothing to appeal.
    const int flagColumn = dialog.model()->columnOf(EvidenceModel::Column::Result);
    for (int row = 0; row < dialog.proxy()->rowCount(); ++row) {
        if (dialog.proxy()->index(row, flagColumn).data().toString() == u"On time"_s) {
            dialog.view()->setCurrentIndex(dialog.proxy()->index(row, 0));
            EXPECT_FALSE(dialog.appealButton()->isEnabled());
            EXPECT_TRUE(dialog.appealButton()->toolTip().contains(u"counted against"_s));
            break;
        }
    }
    const int late = rowOfOrder(dialog, number);
    ASSERT_GE(late, 0);
    dialog.view()->setCurrentIndex(dialog.proxy()->index(late, 0));
    ASSERT_TRUE(dialog.appealButton()->isEnabled())
        << dialog.appealButton()->toolTip().toStdString();
    const qsizetype before = appeals(m_db.session()).size();
    NextDialog<AppealFileDialog> answer([&](AppealFileDialog* filing) {
        // Filled from the evidence and fixed; only the grounds are typed.
        EXPECT_EQ(filing->refEdit()->text(), number);
        EXPECT_TRUE(filing->refEdit()->isReadOnly());
        EXPECT_EQ(filing->unitCombo()->currentData().toString(), code);
        EXPECT_EQ(filing->monthCombo()->currentData().toDate(), kOctober);
        EXPECT_EQ(AppealItem(filing->itemCombo()->currentData().toInt()), AppealItem::LateOrder);
        // Grounds are required: refused, nothing filed, the dialog stays.
        filing->fileButton()->click();
        EXPECT_TRUE(filing->isVisible());
        EXPECT_FALSE(filing->error().isEmpty());
        filing->groundsEdit()->setPlainText(u"The customer asked for a later visit."_s);
        filing->fileButton()->click();
    });
    dialog.appealCurrent();
    EXPECT_TRUE(answer.answered());
    ASSERT_EQ(dialog.filedAppeals().size(), 1);
    const QList<Appeal> after = appeals(m_db.session());
    ASSERT_EQ(after.size(), before + 1);
    const Appeal& filed = dialog.filedAppeals().first();
    EXPECT_EQ(filed.unitCode, code);
    EXPECT_EQ(filed.ref, number);
    EXPECT_EQ(filed.filedBy, u"eva2"_s);
    EXPECT_EQ(filed.status, AppealStatus::Open);
    // Contested now: the button says so.
    EXPECT_FALSE(dialog.appealButton()->isEnabled());
    EXPECT_TRUE(dialog.appealButton()->toolTip().contains(u"Already contested"_s));
}

TEST_F(UiAppealsTest, OutsideTheWindowTheEvidenceSaysItsDates)
{
    const auto [code, number] = uncontestedLateOrder();
    ASSERT_FALSE(number.isEmpty());
    const UnitEvaluation unit = unitOf(code);
    // October was finalized on 20 November; ten days later the window is closed.
    m_db.setNow(QDateTime(QDate(2026, 12, 15), QTime(10, 0), Qt::UTC));
    EvidenceDialog dialog(
        m_db.session(), unit, { EvidenceSource::Evaluation, EvidenceKind::Order, true });
    const int late = rowOfOrder(dialog, number);
    ASSERT_GE(late, 0);
    dialog.view()->setCurrentIndex(dialog.proxy()->index(late, 0));
    EXPECT_FALSE(dialog.appealButton()->isEnabled());
    const QString tip = dialog.appealButton()->toolTip();
    EXPECT_TRUE(tip.contains(u"closed"_s)) << tip.toStdString();
    EXPECT_TRUE(tip.contains(formatDate(QDate(2026, 11, 1)))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(formatDate(QDate(2026, 11, 30)))) << tip.toStdString();
}

TEST_F(UiAppealsTest, TheFilerMayNotDecideItsOwnAppeal)
{
    // The demo's open appeal was filed by "evaluator".
    std::unique_ptr<Session> filer = m_db.sessionAs(Actor { u"evaluator"_s, Role::Evaluator });
    AppealsPage page(*filer);
    page.refresh();
    std::optional<Appeal> open;
    for (const Appeal& appeal : page.model()->appeals()) {
        if (appeal.status == AppealStatus::Open)
            open = appeal;
    }
    ASSERT_TRUE(open);
    ASSERT_EQ(open->filedBy, u"evaluator"_s);
    ASSERT_TRUE(page.selectAppeal(open->id));
    EXPECT_TRUE(page.fileButton()->isEnabled());
    EXPECT_FALSE(page.upholdButton()->isEnabled());
    EXPECT_FALSE(page.dismissButton()->isEnabled());
    EXPECT_TRUE(page.upholdButton()->toolTip().contains(u"You filed"_s))
        << page.upholdButton()->toolTip().toStdString();
    // Another evaluator may.
    std::unique_ptr<Session> other = m_db.sessionAs(Actor { u"eva2"_s, Role::Evaluator });
    AppealsPage second(*other);
    second.refresh();
    ASSERT_TRUE(second.selectAppeal(open->id));
    EXPECT_TRUE(second.upholdButton()->isEnabled());
    EXPECT_TRUE(second.dismissButton()->isEnabled());
    // A decided appeal cannot be decided again.
    for (const Appeal& appeal : second.model()->appeals()) {
        if (appeal.status != AppealStatus::Open) {
            ASSERT_TRUE(second.selectAppeal(appeal.id));
            EXPECT_FALSE(second.upholdButton()->isEnabled());
            EXPECT_TRUE(second.upholdButton()->toolTip().contains(u"already decided"_s));
        }
    }
}

TEST_F(UiAppealsTest, UpholdingWithAReasonShowsReevaluationDueOnTheEvaluationPage)
{
    const auto [code, number] = uncontestedLateOrder();
    ASSERT_FALSE(number.isEmpty());
    std::unique_ptr<Session> eva = m_db.sessionAs(Actor { u"eva2"_s, Role::Evaluator });
    Result<Appeal> filed = AppealService(*eva).file(
        code, kOctober, AppealItem::LateOrder, number, u"The road was closed."_s);
    ASSERT_TRUE(filed.ok()) << filed.error().toStdString();
    EvaluationPage evaluation(m_db.session());
    evaluation.refresh();
    const int unitRow = evaluation.model()->rowOfUnit(code);
    ASSERT_GE(unitRow, 0);
    EXPECT_FALSE(evaluation.model()->unit(unitRow).reevaluationDue);

    // Decided the day after October was finalized.
    m_db.setNow(QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC));
    AppealsPage page(m_db.session());
    page.refresh();
    ASSERT_TRUE(page.selectAppeal(filed.value().id));
    ASSERT_TRUE(page.upholdButton()->isEnabled()) << page.upholdButton()->toolTip().toStdString();
    NextDialog<AppealDecideDialog> answer([](AppealDecideDialog* deciding) {
        // The reason is required: refused, the dialog stays.
        deciding->decideButton()->click();
        EXPECT_TRUE(deciding->isVisible());
        EXPECT_FALSE(deciding->error().isEmpty());
        deciding->reasonEdit()->setPlainText(u"The closure notice is on file."_s);
        deciding->decideButton()->click();
    });
    page.decideSelected(true);
    EXPECT_TRUE(answer.answered());
    const int row = page.model()->rowOfAppeal(filed.value().id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(page.model()->appeal(row).status, AppealStatus::Upheld);
    EXPECT_EQ(page.model()->index(row, AppealModel::Status).data().toString(), u"Upheld"_s);
    EXPECT_EQ(page.model()->index(row, AppealModel::Reason).data().toString(),
        u"The closure notice is on file."_s);
    EXPECT_FALSE(page.upholdButton()->isEnabled()) << "decided";

    evaluation.refresh();
    const int after = evaluation.model()->rowOfUnit(code);
    ASSERT_GE(after, 0);
    EXPECT_TRUE(evaluation.model()->unit(after).reevaluationDue);
    EXPECT_EQ(evaluation.model()->index(after, EvaluationModel::State).data().toString(),
        u"Re-evaluation due"_s);
    EXPECT_TRUE(evaluation.notices().contains(u"Re-evaluation due"_s));
    EXPECT_TRUE(evaluation.notices().contains(code));
    ASSERT_TRUE(evaluation.selectUnit(code));
    bool headingSays = false;
    for (const QLabel* label : evaluation.findChildren<QLabel*>())
        headingSays = headingSays || label->text().contains(u"Re-evaluation due: an appeal"_s);
    EXPECT_TRUE(headingSays);
}

TEST_F(UiAppealsTest, ARepresentativeSeesOnlyItsOwnUnitsAppeals)
{
    const QList<Appeal> all = appeals(m_db.session());
    ASSERT_GE(all.size(), 2);
    const QString mine = all.first().unitCode;
    std::unique_ptr<Session> rep
        = m_db.sessionAs(Actor { u"rep"_s, Role::UnitRepresentative, mine });
    EXPECT_TRUE(MainWindow::pageAllowed(Role::UnitRepresentative, MainWindow::Appeals));
    MainWindow window(*rep);
    EXPECT_FALSE(window.navigation()->item(MainWindow::Appeals)->isHidden());
    window.showPage(MainWindow::Appeals);
    auto* page = qobject_cast<AppealsPage*>(window.page(MainWindow::Appeals));
    ASSERT_NE(page, nullptr);
    page->refresh();
    int expected = 0;
    for (const Appeal& appeal : all)
        expected += appeal.unitCode == mine ? 1 : 0;
    ASSERT_EQ(page->model()->rowCount(), expected);
    EXPECT_LT(expected, all.size());
    for (const Appeal& appeal : page->model()->appeals())
        EXPECT_EQ(appeal.unitCode, mine);
    // It files for its unit and decides nothing.
    EXPECT_TRUE(page->fileButton()->isEnabled());
    ASSERT_TRUE(page->selectAppeal(page->model()->appeal(0).id));
    EXPECT_FALSE(page->upholdButton()->isEnabled());
    EXPECT_TRUE(page->upholdButton()->toolTip().contains(u"may not decide"_s));
    AppealFileDialog filing(*rep, std::nullopt);
    ASSERT_EQ(filing.unitCombo()->count(), 1);
    EXPECT_EQ(filing.unitCombo()->currentData().toString(), mine);
}

TEST_F(UiAppealsTest, ARefusalLeavesEverythingAsItWas)
{
    const QList<Appeal> before = appeals(m_db.session());
    // An item that did not count against the unit (an order that does not exist).
    AppealFileDialog filing(m_db.session(), std::nullopt);
    filing.show();
    filing.refEdit()->setText(u"WO-NO-SUCH"_s);
    filing.groundsEdit()->setPlainText(u"Because."_s);
    filing.fileButton()->click();
    EXPECT_TRUE(filing.isVisible());
    EXPECT_FALSE(filing.filed());
    EXPECT_TRUE(filing.error().contains(u"WO-NO-SUCH"_s)) << filing.error().toStdString();
    // The filer deciding through the dialog all the same: refused, still open.
    std::optional<Appeal> open;
    for (const Appeal& appeal : before) {
        if (appeal.status == AppealStatus::Open)
            open = appeal;
    }
    ASSERT_TRUE(open);
    std::unique_ptr<Session> filer = m_db.sessionAs(Actor { open->filedBy, Role::Evaluator });
    AppealDecideDialog deciding(*filer, *open, true);
    deciding.show();
    deciding.reasonEdit()->setPlainText(u"Mine."_s);
    deciding.decideButton()->click();
    EXPECT_TRUE(deciding.isVisible());
    EXPECT_FALSE(deciding.decided());
    EXPECT_TRUE(deciding.error().contains(u"other than its filer"_s))
        << deciding.error().toStdString();
    const QList<Appeal> after = appeals(m_db.session());
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after.at(i).status, before.at(i).status);
        EXPECT_EQ(after.at(i).reason, before.at(i).reason);
    }
}

// Issue 18: sorting the regulatory indicators by any column, either way, leaves "All
// units" last; every column header is its own.
TEST_F(UiAppealsTest, KpiAllUnitsStaysLastAndHeadersAreDistinct)
{
    KpiDialog dialog(m_db.session(), kOctober);
    const auto tester = checkModel(dialog.proxy());
    ASSERT_TRUE(dialog.error().isEmpty()) << dialog.error().toStdString();
    const int rows = dialog.proxy()->rowCount();
    ASSERT_GT(rows, 2);
    QSet<QString> headers;
    for (int column = 0; column < dialog.model()->columnCount(); ++column) {
        const QString header = dialog.model()->headerData(column, Qt::Horizontal).toString();
        EXPECT_FALSE(headers.contains(header)) << header.toStdString();
        headers.insert(header);
    }
    for (int column = 0; column < dialog.proxy()->columnCount(); ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            dialog.view()->sortByColumn(column, order);
            EXPECT_EQ(dialog.proxy()->index(rows - 1, 0).data().toString(), u"All units"_s)
                << "column " << column << " order " << order;
        }
    }
    // Numbers sort as numbers: the installs column descending is in falling order.
    dialog.view()->sortByColumn(1, Qt::DescendingOrder);
    for (int row = 1; row < rows - 1; ++row) {
        EXPECT_GE(dialog.proxy()->index(row - 1, 1).data(SortRole).toLongLong(),
            dialog.proxy()->index(row, 1).data(SortRole).toLongLong());
    }
}

} // namespace
} // namespace fd::test
