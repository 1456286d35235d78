// The dispatch board (issue 3): lanes and filters show what the board service selects, the
// keyboard assigns an order, and the order form walks an order through its life cycle with
// the refusals of SPEC §4.
#include "dialogs/assigndialog.h"
#include "dialogs/neworderdialog.h"
#include "dialogs/orderdialog.h"
#include "models/boardmodel.h"
#include "pages/dispatchpage.h"
#include "rules/ruleset.h"
#include "services/boardservice.h"
#include "services/orderservice.h"
#include "services/ruleservice.h"
#include "uitest.h"
#include "widgets/boardfilterbar.h"
#include "widgets/palette.h"
#include "widgets/teamdayview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

using Lane = DispatchPage::Lane;

class UiDispatchTest : public UiTest
{
protected:
    BoardCounts serviceCounts(const BoardQuery& query = {})
    {
        Result<BoardCounts> counts = BoardService(m_db.session()).counts(query);
        EXPECT_TRUE(counts.ok()) << counts.error().toStdString();
        return counts.ok() ? counts.value() : BoardCounts();
    }

    // The first open order in `status`, as the board lists them.
    WorkOrder firstOrder(OrderStatus status)
    {
        BoardQuery query;
        query.status = status;
        Result<QList<WorkOrder>> page = BoardService(m_db.session()).page(query, std::nullopt, 1);
        EXPECT_TRUE(page.ok() && !page.value().isEmpty()) << "the demo has an order in that status";
        return page.ok() && !page.value().isEmpty() ? page.value().first() : WorkOrder();
    }

    WorkOrder stored(const QString& number)
    {
        Result<std::optional<WorkOrder>> found = OrderService(m_db.session()).find(number);
        EXPECT_TRUE(found.ok() && found.value());
        return found.ok() && found.value() ? *found.value() : WorkOrder();
    }
};

// Runs `act` on the modal dialog of type T once it is up (a dialog's exec() blocks the test).
template <typename T> void whenModal(std::function<void(T*)> act)
{
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, act] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start();
}

int expectedRows(qint64 count)
{
    return int(qMin<qint64>(count, BoardModel::kPageSize));
}

} // namespace

TEST_F(UiDispatchTest, BoardAndLanesShowWhatTheServiceSelects)
{
    DispatchPage page(m_db.session());
    auto boardChecker = checkModel(page.model());
    auto laneChecker = checkModel(page.laneModel());
    page.show();
    page.refresh();
    const BoardCounts counts = serviceCounts();
    ASSERT_GT(counts.unassigned, 0) << "the demo has orders nobody has taken";
    ASSERT_GT(counts.overdue, 0);
    EXPECT_EQ(page.counts().overdue, counts.overdue);
    EXPECT_EQ(page.counts().dueSoon, counts.dueSoon);
    EXPECT_EQ(page.counts().unassigned, counts.unassigned);
    EXPECT_EQ(page.counts().matching, counts.matching);
    EXPECT_TRUE(page.laneButton(Lane::Overdue)->text().contains(QString::number(counts.overdue)));
    EXPECT_TRUE(
        page.laneButton(Lane::Unassigned)->text().contains(QString::number(counts.unassigned)));
    EXPECT_EQ(page.model()->rowCount(), expectedRows(counts.matching));
    EXPECT_EQ(page.laneModel()->rowCount(), expectedRows(counts.unassigned));
    for (int row = 0; row < page.laneModel()->rowCount(); ++row)
        EXPECT_TRUE(page.laneModel()->order(row).teamCode.isEmpty()) << row;
    // The earliest deadline first, and the board's colours are the service's.
    const BoardService board(m_db.session());
    for (int row = 1; row < page.model()->rowCount(); ++row)
        EXPECT_LE(page.model()->order(row - 1).deadline, page.model()->order(row).deadline) << row;
    const WorkOrder& first = page.model()->order(0);
    const QString sla = page.model()->data(page.model()->index(0, BoardModel::Sla)).toString();
    if (board.stuckOnSite(first))
        EXPECT_EQ(sla, u"Stuck on site"_s);
    else
        EXPECT_EQ(sla, BoardModel::slaText(board.timelinessOf(first)));
}

TEST_F(UiDispatchTest, LaneButtonsFilterTheBoard)
{
    DispatchPage page(m_db.session());
    auto checker = checkModel(page.model());
    page.show();
    page.refresh();
    const BoardService board(m_db.session());
    const BoardCounts counts = serviceCounts();

    page.setLane(Lane::Overdue, true);
    EXPECT_EQ(page.model()->rowCount(), expectedRows(counts.overdue));
    for (int row = 0; row < page.model()->rowCount(); ++row)
        EXPECT_EQ(board.timelinessOf(page.model()->order(row)), Timeliness::Overdue) << row;
    EXPECT_EQ(page.counts().dueSoon, counts.dueSoon) << "the other lanes keep their counts";
    EXPECT_EQ(page.counts().matching, counts.overdue);

    page.setLane(Lane::Overdue, false);
    page.setLane(Lane::Unassigned, true);
    EXPECT_EQ(page.model()->rowCount(), expectedRows(counts.unassigned));
    for (int row = 0; row < page.model()->rowCount(); ++row)
        EXPECT_TRUE(page.model()->order(row).teamCode.isEmpty()) << row;

    page.setLane(Lane::Unassigned, false);
    page.setLane(Lane::DueSoon, true);
    EXPECT_EQ(page.model()->rowCount(), expectedRows(counts.dueSoon));
    for (int row = 0; row < page.model()->rowCount(); ++row)
        EXPECT_EQ(board.timelinessOf(page.model()->order(row)), Timeliness::DueSoon) << row;
}

TEST_F(UiDispatchTest, FiltersAndSearch)
{
    DispatchPage page(m_db.session());
    auto checker = checkModel(page.model());
    page.show();
    page.refresh();
    BoardFilterBar* filters = page.filters();

    filters->kindCombo()->setCurrentIndex(filters->kindCombo()->findData(u"repair"_s));
    ASSERT_GT(page.model()->rowCount(), 0);
    for (int row = 0; row < page.model()->rowCount(); ++row)
        EXPECT_EQ(page.model()->order(row).kind, OrderKind::Repair) << row;
    filters->kindCombo()->setCurrentIndex(0);

    const WorkOrder wanted = firstOrder(OrderStatus::Scheduled);
    filters->teamCombo()->setCurrentIndex(filters->teamCombo()->findData(wanted.teamCode));
    ASSERT_GT(page.model()->rowCount(), 0);
    for (int row = 0; row < page.model()->rowCount(); ++row)
        EXPECT_EQ(page.model()->order(row).teamCode, wanted.teamCode) << row;
    filters->teamCombo()->setCurrentIndex(0);

    // Every order ever received, searched by its number: exactly that order.
    filters->setScope(BoardQuery::Scope::All);
    filters->setSearchText(wanted.number);
    ASSERT_EQ(page.model()->rowCount(), 1);
    EXPECT_EQ(page.model()->order(0).number, wanted.number);
    // … by the customer's phone, its last digits.
    filters->setSearchText(wanted.phone.right(6));
    EXPECT_NE(page.model()->rowOf(wanted.number), -1);

    // Two letters over millions of orders are refused with the service's reason.
    filters->setSearchText(u"Ma"_s);
    EXPECT_EQ(page.model()->rowCount(), 0);
    EXPECT_TRUE(page.bannerText().contains(u"at least 3 characters"_s))
        << page.bannerText().toStdString();
}

TEST_F(UiDispatchTest, ScrollingReadsTheNextPage)
{
    DispatchPage page(m_db.session());
    auto checker = checkModel(page.model());
    page.show();
    page.filters()->setScope(BoardQuery::Scope::All);
    page.refresh();
    ASSERT_EQ(page.model()->rowCount(), BoardModel::kPageSize);
    ASSERT_TRUE(page.model()->canFetchMore({}));
    page.model()->fetchMore({});
    EXPECT_EQ(page.model()->rowCount(), 2 * BoardModel::kPageSize);
    QSet<QString> numbers;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        numbers.insert(page.model()->order(row).number);
    EXPECT_EQ(numbers.size(), 2 * BoardModel::kPageSize) << "pages do not overlap";
}

TEST_F(UiDispatchTest, KeyboardAssignsAnOrderFromTheLane)
{
    DispatchPage page(m_db.session());
    page.show();
    QApplication::setActiveWindow(&page);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    page.refresh();
    ASSERT_GT(page.laneModel()->rowCount(), 0);
    // The first order whose area a team of an active unit covers.
    QString number;
    for (int row = 0; row < page.laneModel()->rowCount() && number.isEmpty(); ++row) {
        const WorkOrder& order = page.laneModel()->order(row);
        for (const TeamProposal& team :
            OrderService(m_db.session()).proposeTeams(order.number).value()) {
            if (team.unitActive && team.coversArea) {
                number = order.number;
                break;
            }
        }
    }
    ASSERT_FALSE(number.isEmpty());
    page.laneView()->setFocus();
    page.laneView()->setCurrentIndex(page.laneModel()->index(page.laneModel()->rowOf(number), 0));

    QString proposed;
    whenModal<AssignDialog>([&proposed](AssignDialog* dialog) {
        proposed = dialog->teams()->currentItem()->data(0, Qt::UserRole).toString();
        QTest::keyClick(dialog->teams(), Qt::Key_Return); // the proposed team, as it is
    });
    QTest::keyClick(page.laneView(), Qt::Key_A);

    const WorkOrder assigned = stored(number);
    EXPECT_EQ(assigned.status, OrderStatus::Assigned);
    EXPECT_EQ(assigned.teamCode, proposed);
    EXPECT_EQ(page.laneModel()->rowOf(number), -1) << "it left the unassigned lane";
    EXPECT_EQ(page.counts().unassigned, serviceCounts().unassigned);
}

TEST_F(UiDispatchTest, AssignDialogProposesCoveringTeamsAndRefusesInactiveUnits)
{
    const WorkOrder order = firstOrder(OrderStatus::New);
    AssignDialog dialog(m_db.session(), order);
    const QList<TeamProposal> proposals
        = OrderService(m_db.session()).proposeTeams(order.number).value();
    ASSERT_EQ(dialog.teams()->topLevelItemCount(), proposals.size());
    for (int row = 0; row < proposals.size(); ++row) {
        const QTreeWidgetItem* item = dialog.teams()->topLevelItem(row);
        EXPECT_EQ(item->data(0, Qt::UserRole).toString(), proposals.at(row).teamCode);
        EXPECT_EQ(bool(item->flags() & Qt::ItemIsEnabled), proposals.at(row).unitActive) << row;
    }
    // Covering teams come first.
    bool seenOther = false;
    for (const TeamProposal& proposal : proposals) {
        EXPECT_FALSE(seenOther && proposal.coversArea) << proposal.teamCode.toStdString();
        seenOther = seenOther || !proposal.coversArea;
    }

    // A team of a unit that is not active cannot be chosen.
    bool foundInactive = false;
    for (int row = 0; row < proposals.size() && !foundInactive; ++row) {
        if (proposals.at(row).unitActive)
            continue;
        foundInactive = true;
        QTreeWidgetItem* inactive = dialog.teams()->topLevelItem(row);
        dialog.teams()->setCurrentItem(inactive);
        EXPECT_NE(dialog.teams()->currentItem(), inactive) << "it cannot be chosen";
        // Nor past the dialog: the service refuses it with the reason.
        Result<OrderChange> refused
            = OrderService(m_db.session())
                  .assign(order.number, order.version, proposals.at(row).teamCode, {});
        EXPECT_FALSE(refused.ok());
        EXPECT_EQ(stored(order.number).status, OrderStatus::New) << "nothing was written";
    }
    EXPECT_TRUE(foundInactive) << "the demo has a terminated unit whose teams are listed";
}

TEST_F(UiDispatchTest, OrderFormWalksAnOrderToCompletionWithTheChecklistRules)
{
    const WorkOrder order = firstOrder(OrderStatus::Assigned);
    OrderDialog dialog(m_db.session(), order.number);
    ASSERT_TRUE(dialog.agreeAppointment()) << dialog.message().toStdString();
    EXPECT_EQ(stored(order.number).status, OrderStatus::Scheduled);
    ASSERT_TRUE(dialog.recordArrival()) << dialog.message().toStdString();
    EXPECT_EQ(stored(order.number).status, OrderStatus::OnSite);

    // Item 5 (tested and demonstrated) is required.
    for (int item = 2; item <= 6; ++item)
        dialog.checklistBox(item)->setChecked(item != 5);
    dialog.signerEdit()->setText(u"Rosa Mamani"_s);
    EXPECT_FALSE(dialog.complete());
    EXPECT_FALSE(dialog.message().isEmpty());
    EXPECT_EQ(stored(order.number).status, OrderStatus::OnSite);
    EXPECT_TRUE(dialog.checklistBox(2)->isChecked()) << "a refusal keeps what was typed";
    EXPECT_EQ(dialog.signerEdit()->text(), u"Rosa Mamani"_s);

    // A reading outside −27 … −8 dBm is not a passed test.
    dialog.checklistBox(5)->setChecked(true);
    dialog.powerEdit()->setValue(-29.5);
    EXPECT_FALSE(dialog.complete());
    EXPECT_EQ(stored(order.number).status, OrderStatus::OnSite);

    // Item 7: a signature (or the reason for none) is required.
    dialog.powerEdit()->setValue(-19.4);
    dialog.signerEdit()->clear();
    EXPECT_FALSE(dialog.complete());

    dialog.signerEdit()->setText(u"Rosa Mamani"_s);
    ASSERT_TRUE(dialog.complete()) << dialog.message().toStdString();
    const WorkOrder completed = stored(order.number);
    EXPECT_EQ(completed.status, OrderStatus::Completed);
    EXPECT_EQ(completed.checklist.signedBy, u"Rosa Mamani"_s);
    EXPECT_TRUE(completed.checklist.tested);
    ASSERT_TRUE(completed.rxPowerDbm.has_value());
    EXPECT_DOUBLE_EQ(*completed.rxPowerDbm, -19.4);
    EXPECT_TRUE(dialog.changed());
}

TEST_F(UiDispatchTest, RemovalFormHasNoTestAndAsksForTheOnt)
{
    BoardQuery query;
    query.status = OrderStatus::Assigned;
    query.kind = OrderKind::Removal;
    Result<QList<WorkOrder>> page = BoardService(m_db.session()).page(query, std::nullopt, 1);
    ASSERT_TRUE(page.ok() && !page.value().isEmpty()) << "the demo has removals to do";
    const QString number = page.value().first().number;
    OrderDialog dialog(m_db.session(), number);
    ASSERT_TRUE(dialog.agreeAppointment()) << dialog.message().toStdString();
    ASSERT_TRUE(dialog.recordArrival()) << dialog.message().toStdString();
    dialog.show();
    dialog.actions()->setCurrentIndex(0);
    EXPECT_FALSE(dialog.checklistBox(5)->isVisible()) << "item 5: nothing to test";
    EXPECT_EQ(dialog.powerEdit(), nullptr) << "no FTTH reading";
    ASSERT_NE(dialog.ontButton(true), nullptr);
    EXPECT_FALSE(dialog.ontButton(true)->isChecked());
    EXPECT_FALSE(dialog.ontButton(false)->isChecked()) << "neither answer is assumed";

    dialog.signerEdit()->setText(u"Rosa Mamani"_s);
    EXPECT_FALSE(dialog.complete()) << "whether the ONT was collected is required";
    EXPECT_FALSE(dialog.message().isEmpty());
    EXPECT_EQ(stored(number).status, OrderStatus::OnSite);

    dialog.ontButton(false)->setChecked(true);
    ASSERT_TRUE(dialog.complete()) << dialog.message().toStdString();
    const WorkOrder completed = stored(number);
    EXPECT_EQ(completed.status, OrderStatus::Completed);
    EXPECT_EQ(completed.ontCollected, std::optional<bool>(false));
    EXPECT_FALSE(completed.rxPowerDbm.has_value());
    EXPECT_EQ(completed.measuredAt, completed.completedAt) << "measured at completion";
}

TEST_F(UiDispatchTest, OrderFormReloadsWhenSomeoneElseSavedFirst)
{
    const WorkOrder order = firstOrder(OrderStatus::Assigned);
    OrderDialog dialog(m_db.session(), order.number);
    // Another dispatcher agrees the appointment first.
    const QDateTime now = m_db.session().now();
    ASSERT_TRUE(OrderService(m_db.session())
                    .schedule(order.number, order.version, now, now.addSecs(3600),
                        now.addSecs(3 * 3600), false)
                    .ok());
    EXPECT_FALSE(dialog.recordArrival());
    EXPECT_TRUE(dialog.message().contains(u"after you opened it"_s))
        << dialog.message().toStdString();
    EXPECT_EQ(dialog.order().version, stored(order.number).version)
        << "the form shows the order as it now is";
    EXPECT_EQ(stored(order.number).status, OrderStatus::Scheduled) << "nothing was overwritten";
    ASSERT_TRUE(dialog.recordArrival()) << "the next try starts from the saved order";
}

TEST_F(UiDispatchTest, NewOrderGoesToTheUnassignedLane)
{
    NewOrderDialog refused(m_db.session());
    refused.accept();
    EXPECT_FALSE(refused.error().isEmpty()) << "an order needs a number";

    NewOrderDialog dialog(m_db.session());
    EXPECT_NE(dialog.kindCombo()->findData(u"removal"_s), -1) << "a removal can be created";
    dialog.numberEdit()->setText(u"WO-TEST-0001"_s);
    dialog.accountEdit()->setText(u"ACC-778899"_s);
    dialog.customerEdit()->setText(u"Lucía Fernández"_s);
    dialog.accept();
    ASSERT_TRUE(dialog.error().isEmpty()) << dialog.error().toStdString();
    EXPECT_EQ(stored(u"WO-TEST-0001"_s).status, OrderStatus::New);

    DispatchPage page(m_db.session());
    page.show();
    page.refresh();
    page.filters()->setSearchText(u"WO-TEST"_s);
    EXPECT_NE(page.laneModel()->rowOf(u"WO-TEST-0001"_s), -1);
}

TEST_F(UiDispatchTest, TeamDayListsTheTeamsAppointments)
{
    const WorkOrder scheduled = firstOrder(OrderStatus::Scheduled);
    const QDate day = scheduled.appointmentStart.toTimeZone(m_db.session().zone()).date();
    TeamDayView view(m_db.session());
    view.showTeam(scheduled.teamCode, day);
    const QList<WorkOrder> expected
        = BoardService(m_db.session()).teamDay(scheduled.teamCode, day).value();
    ASSERT_FALSE(expected.isEmpty());
    ASSERT_EQ(view.table()->rowCount(), expected.size());
    for (int row = 0; row < expected.size(); ++row)
        EXPECT_EQ(view.table()->item(row, 1)->text(), expected.at(row).number);
}

TEST_F(UiDispatchTest, OnlyDispatchersCreateAndAssign)
{
    std::unique_ptr<Session> agent = m_db.sessionAs(Role::CallbackAgent);
    DispatchPage page(*agent);
    page.show();
    page.refresh();
    ASSERT_GT(page.laneModel()->rowCount(), 0) << "everyone may look";
    page.laneView()->setCurrentIndex(page.laneModel()->index(0, 0));
    EXPECT_FALSE(page.assignSelected());
    const auto buttons = page.findChildren<QPushButton*>();
    for (const QPushButton* button : buttons) {
        if (button->text().startsWith(u"New order"_s) || button->text().startsWith(u"Assign"_s)) {
            EXPECT_FALSE(button->isEnabled()) << button->text().toStdString();
        }
    }
}

} // namespace fd::test

namespace fd::test {
namespace {

// The numbers of the first `rows` orders the service lists for `query`.
QStringList serviceNumbers(const Session& session, const BoardQuery& query, int rows)
{
    QStringList numbers;
    const Result<QList<WorkOrder>> page = BoardService(session).page(query, std::nullopt, rows);
    EXPECT_TRUE(page.ok()) << page.error().toStdString();
    for (const WorkOrder& order : page.ok() ? page.value() : QList<WorkOrder>())
        numbers.append(order.number);
    return numbers;
}

QStringList modelNumbers(const BoardModel* model)
{
    QStringList numbers;
    for (int row = 0; row < model->rowCount(); ++row)
        numbers.append(model->order(row).number);
    return numbers;
}

} // namespace

// Issue 16: a click on any column's header sorts the board on the server, both ways; the
// indicator stays where it was clicked and scrolling reads the next page in that order.
TEST_F(UiDispatchTest, EveryColumnSortsOnTheServer)
{
    DispatchPage page(m_db.session());
    auto checker = checkModel(page.model());
    page.show();
    page.filters()->setScope(BoardQuery::Scope::All);
    page.refresh();
    QHeaderView* header = page.view()->horizontalHeader();
    for (int column = 0; column < BoardModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            page.view()->sortByColumn(column, order);
            EXPECT_EQ(header->sortIndicatorSection(), column);
            EXPECT_EQ(page.model()->query().sort, BoardModel::sortOf(column));
            EXPECT_EQ(page.model()->query().descending, order == Qt::DescendingOrder);
            BoardQuery query = page.model()->query();
            EXPECT_EQ(modelNumbers(page.model()),
                serviceNumbers(m_db.session(), query, BoardModel::kPageSize))
                << "column " << column << " order " << int(order);
        }
    }
    // Sorted by team, unassigned first, and a second page follows the first.
    page.view()->sortByColumn(BoardModel::Team, Qt::AscendingOrder);
    ASSERT_EQ(page.model()->rowCount(), BoardModel::kPageSize);
    EXPECT_TRUE(page.model()->order(0).teamCode.isEmpty());
    page.model()->fetchMore({});
    const QStringList numbers = modelNumbers(page.model());
    EXPECT_EQ(QSet<QString>(numbers.begin(), numbers.end()).size(), 2 * BoardModel::kPageSize);
    for (int row = 1; row < page.model()->rowCount(); ++row) {
        const WorkOrder& before = page.model()->order(row - 1);
        const WorkOrder& after = page.model()->order(row);
        EXPECT_TRUE(before.teamCode < after.teamCode
            || (before.teamCode == after.teamCode && before.number < after.number))
            << row;
    }
    // The open work's lane sorts too.
    page.laneView()->sortByColumn(BoardModel::Customer, Qt::DescendingOrder);
    for (int row = 1; row < page.laneModel()->rowCount(); ++row) {
        EXPECT_GE(page.laneModel()->order(row - 1).customer, page.laneModel()->order(row).customer)
            << row;
    }
    page.resetLayout();
}

// Issue 16: the filters, lanes, sort and columns a user leaves are there on the next start,
// for that user on that database only; "Reset view" brings the defaults back.
TEST_F(UiDispatchTest, FiltersSortAndColumnsAreRememberedPerUser)
{
    const WorkOrder wanted = firstOrder(OrderStatus::Scheduled);
    {
        DispatchPage page(m_db.session());
        page.show();
        page.refresh();
        BoardFilterBar* filters = page.filters();
        filters->kindCombo()->setCurrentIndex(filters->kindCombo()->findData(u"repair"_s));
        filters->teamCombo()->setCurrentIndex(filters->teamCombo()->findData(wanted.teamCode));
        page.setLane(Lane::Overdue, true);
        page.view()->sortByColumn(BoardModel::Customer, Qt::DescendingOrder);
        QHeaderView* header = page.view()->horizontalHeader();
        header->resizeSection(BoardModel::Customer, 222);
        page.view()->setColumnHidden(BoardModel::Area, true);
        header->moveSection(header->visualIndex(BoardModel::Team), 0);
    }
    DispatchPage again(m_db.session());
    auto checker = checkModel(again.model());
    again.show();
    again.refresh();
    const BoardQuery query = again.model()->query();
    EXPECT_EQ(query.kind, OrderKind::Repair);
    EXPECT_EQ(query.teamCode, wanted.teamCode) << "chosen once the teams are listed";
    EXPECT_TRUE(query.overdue);
    EXPECT_TRUE(again.laneButton(Lane::Overdue)->isChecked());
    EXPECT_EQ(query.sort, OrderSort::Customer);
    EXPECT_TRUE(query.descending);
    QHeaderView* header = again.view()->horizontalHeader();
    EXPECT_EQ(header->sortIndicatorSection(), int(BoardModel::Customer));
    EXPECT_EQ(header->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_EQ(header->sectionSize(BoardModel::Customer), 222);
    EXPECT_TRUE(again.view()->isColumnHidden(BoardModel::Area));
    EXPECT_EQ(header->visualIndex(BoardModel::Team), 0);
    EXPECT_EQ(
        modelNumbers(again.model()), serviceNumbers(m_db.session(), query, BoardModel::kPageSize));

    // Another user of the same database starts from the defaults.
    Session other(m_db.database(), Actor { u"otro"_s, Role::Dispatcher }, m_db.session().zone());
    other.setClock([this] { return m_db.session().now(); });
    {
        DispatchPage theirs(other);
        EXPECT_FALSE(theirs.model()->query().kind.has_value());
        EXPECT_EQ(theirs.model()->query().sort, OrderSort::Deadline);
        EXPECT_FALSE(theirs.view()->isColumnHidden(BoardModel::Area));
    }

    again.resetButton()->click();
    const BoardQuery reset = again.model()->query();
    EXPECT_FALSE(reset.kind.has_value());
    EXPECT_TRUE(reset.teamCode.isEmpty());
    EXPECT_FALSE(reset.overdue);
    EXPECT_EQ(reset.sort, OrderSort::Deadline);
    EXPECT_FALSE(reset.descending);
    EXPECT_EQ(header->sortIndicatorSection(), int(BoardModel::Deadline));
    EXPECT_FALSE(again.view()->isColumnHidden(BoardModel::Area));
    EXPECT_TRUE(again.view()->isColumnHidden(BoardModel::Phone));
    EXPECT_EQ(header->visualIndex(BoardModel::Team), int(BoardModel::Team));
    DispatchPage fresh(m_db.session());
    EXPECT_FALSE(fresh.filters()->query().kind.has_value());
    EXPECT_EQ(fresh.model()->query().sort, OrderSort::Deadline);
    fresh.resetLayout();
}

// Issue 16: an order on site longer than the setting (default 4 h) is in the "stuck on
// site" lane and marked so in the SLA column, even when its arrival met the deadline.
TEST_F(UiDispatchTest, StuckOnSiteLaneFollowsTheSetting)
{
    BoardQuery onSite;
    onSite.status = OrderStatus::OnSite;
    onSite.sort = OrderSort::Number;
    const QList<WorkOrder> orders
        = BoardService(m_db.session()).page(onSite, std::nullopt, 1000).value();
    ASSERT_FALSE(orders.isEmpty()) << "the demo has orders on site";
    const QDateTime now = m_db.session().now();
    // The order on site longest: stuck once the margin is shorter than its time there.
    WorkOrder longest = orders.first();
    for (const WorkOrder& order : orders) {
        if (order.arrivedAt < longest.arrivedAt)
            longest = order;
    }
    const qint64 minutesThere = longest.arrivedAt.secsTo(now) / 60;
    ASSERT_GT(minutesThere, 2);
    auto stuckAfter = [&](qint64 minutes) {
        qint64 stuck = 0;
        for (const WorkOrder& order : orders)
            stuck += order.arrivedAt.secsTo(now) > minutes * 60 ? 1 : 0;
        return stuck;
    };

    DispatchPage page(m_db.session());
    auto checker = checkModel(page.model());
    page.show();
    page.refresh();
    EXPECT_EQ(page.counts().stuckOnSite, stuckAfter(240)) << "the default is 4 h";
    EXPECT_TRUE(page.laneButton(Lane::StuckOnSite)
                    ->text()
                    .contains(QString::number(page.counts().stuckOnSite)));

    RuleSet rules = RuleService(m_db.session()).current().value();
    ASSERT_TRUE(
        rules.set(QString::fromUtf16(rule::kStuckOnSiteMinutes), double(minutesThere - 1)).ok());
    ASSERT_TRUE(RuleService(m_db.session()).saveVersion(rules, u"stuck sooner"_s).ok());
    page.refresh();
    EXPECT_EQ(page.counts().stuckOnSite, stuckAfter(minutesThere - 1));
    page.setLane(Lane::StuckOnSite, true);
    ASSERT_EQ(page.model()->rowCount(), int(stuckAfter(minutesThere - 1)));
    const int row = page.model()->rowOf(longest.number);
    ASSERT_GE(row, 0);
    for (int each = 0; each < page.model()->rowCount(); ++each)
        EXPECT_EQ(page.model()->order(each).status, OrderStatus::OnSite);
    const QModelIndex sla = page.model()->index(row, BoardModel::Sla);
    EXPECT_EQ(sla.data().toString(), u"Stuck on site"_s);
    // The tooltip says both: how long on site, and the timeliness the cell no longer shows.
    const QString tip = sla.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(u"On site since"_s)) << tip.toStdString();
    EXPECT_TRUE(
        tip.contains(BoardModel::slaText(BoardService(m_db.session()).timelinessOf(longest))))
        << tip.toStdString();
    EXPECT_EQ(
        sla.data(Qt::BackgroundRole).value<QBrush>().color(), colour(ColourRole::DangerBackground));

    // A longer margin: the order leaves the lane and its SLA is its timeliness again.
    ASSERT_TRUE(
        rules.set(QString::fromUtf16(rule::kStuckOnSiteMinutes), double(minutesThere + 5)).ok());
    ASSERT_TRUE(RuleService(m_db.session()).saveVersion(rules, u"stuck later"_s).ok());
    page.setLane(Lane::StuckOnSite, false);
    page.refresh();
    EXPECT_EQ(page.counts().stuckOnSite, 0);
    const int again = page.model()->rowOf(longest.number);
    if (again >= 0) {
        EXPECT_EQ(page.model()->index(again, BoardModel::Sla).data().toString(),
            BoardModel::slaText(BoardService(m_db.session()).timelinessOf(longest)));
    }
    page.resetLayout();
}

} // namespace fd::test
