// The dispatch board's queries: lanes, filters, search, keyset paging.
#include "domain/orderpaging.h"
#include "private/sql.h"
#include "services/boardservice.h"
#include "services/import/importservice.h"
#include "services/teamservice.h"
#include "services/technicianservice.h"
#include "storage/orderrepository.h"
#include "support/testdatabase.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

class Board : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // 15:00 in Lima on the 20th.
        db.setNow(QDateTime(QDate(2026, 11, 20), QTime(15, 0), QTimeZone("America/Lima")).toUTC());
        test::seedSmallOrganisation(db.session());
        ASSERT_TRUE(TechnicianService(db.session())
                        .save({ { u"P1"_s, u"T1"_s, u"María Quispe"_s, u""_s, u""_s, true, true } })
                        .ok());
        QByteArray file = importColumns(ImportKind::Orders).join(u',').toUtf8() + "\n";
        // Open: new and due tonight, assigned and overdue (received yesterday at 10:00),
        // a scheduled one received after the cut-off (due tomorrow 17:00), one due in 90 minutes.
        file += "WO-NEW,install,AC-100,Rosa Mamani,+51 987 111 "
                "222,,A1,2026-11-20T09:00:00,,,,,,,,,new,,,,,,,,\n";
        file += "WO-LATE,repair,AC-200,José Huamán,+51 955 333 "
                "444,,A1,2026-11-19T10:00:00,T1,P1,,,,,,,assigned,,,,,,,,\n";
        file += "WO-TMRW,repair,AC-300,王秀英,138 1234 "
                "5678,,A2,2026-11-19T17:00:00,T1,,2026-11-19T17:30:00,"
                "2026-11-20T16:00:00,2026-11-20T18:00:00,no,,,scheduled,,,,,,,,\n";
        file += "WO-SOON,install,AC-400,Ana "
                "Flores,,,A2,2026-11-19T16:30:00,T1,,,,,,,,assigned,,,,,,,,\n";
        // Closed.
        for (int i = 0; i < 30; ++i) {
            file += "WO-OLD-" + QByteArray::number(i) + ",repair,AC-9" + QByteArray::number(i)
                + ",Luis "
                  "Rojas,,,A1,2026-11-10T08:00:00,T1,P1,2026-11-10T08:10:00,2026-11-10T09:00:00,"
                  "2026-11-10T11:00:00,no,2026-11-10T09:10:00,2026-11-10T10:00:00,completed,yes,"
                  "yes,yes,yes,yes,"
                  "Luis Rojas,-20,\n";
        }
        file += "WO-GONE,install,AC-500,Eva "
                "Ríos,,,A1,2026-11-10T08:00:00,,,,,,,,,cancelled,,,,,,,,\n";
        ASSERT_TRUE(test::imported(db.session(), ImportKind::Orders, file, u"o.csv"_s));
    }

    QStringList numbers(const BoardQuery& query)
    {
        QStringList found;
        std::optional<OrderCursor> after;
        while (true) {
            Result<QList<WorkOrder>> page = BoardService(db.session()).page(query, after, 7);
            EXPECT_TRUE(page.ok()) << page.error().toStdString();
            if (!page.ok() || page.value().isEmpty())
                break;
            for (const WorkOrder& order : page.value())
                found.append(order.number);
            after = OrderRepository::cursorAfter(page.value().last(), query.sort);
        }
        return found;
    }

    test::TestDatabase db;
};

} // namespace

TEST_F(Board, OpenOrdersByDeadlineWithLanes)
{
    BoardQuery open;
    // Deadlines: WO-LATE yesterday 23:59:59, WO-SOON today 16:30 (received after the
    // cut-off), WO-TMRW today 17:00 (likewise), WO-NEW tonight 23:59:59.
    EXPECT_EQ(
        numbers(open), QStringList({ u"WO-LATE"_s, u"WO-SOON"_s, u"WO-TMRW"_s, u"WO-NEW"_s }));
    const BoardCounts counts = BoardService(db.session()).counts(open).value();
    EXPECT_EQ(counts.matching, 4);
    EXPECT_EQ(counts.unassigned, 1);
    EXPECT_EQ(counts.overdue, 1);
    EXPECT_EQ(counts.dueSoon, 2) << "16:30 and 17:00 are within two hours of 15:00";

    BoardService board(db.session());
    const QList<WorkOrder> page = board.page(open, std::nullopt, 10).value();
    EXPECT_EQ(board.timelinessOf(page.at(0)), Timeliness::Overdue);
    EXPECT_EQ(board.timelinessOf(page.at(1)), Timeliness::DueSoon);
    EXPECT_EQ(board.timelinessOf(page.at(2)), Timeliness::DueSoon);
    EXPECT_EQ(board.timelinessOf(page.at(3)), Timeliness::OnTrack);
    EXPECT_DOUBLE_EQ(board.creditOf(page.at(0)), 10.0) << "an open repair one started day late";
}

// The lanes follow the board's filters and each stops at its cap (a capped count a lane).
TEST_F(Board, LaneCountsFollowTheFiltersAndStopAtTheirCap)
{
    BoardService board(db.session());
    auto lanes = [&](const BoardQuery& query, qint64 cap) {
        Result<BoardCounts> counts = board.counts(query, cap);
        EXPECT_TRUE(counts.ok()) << counts.error().toStdString();
        const BoardCounts c = counts.ok() ? counts.value() : BoardCounts();
        return QList<qint64> { c.matching, c.unassigned, c.overdue, c.dueSoon, c.stuckOnSite };
    };
    BoardQuery open;
    EXPECT_EQ(lanes(open, 10000), QList<qint64>({ 4, 1, 1, 2, 0 }));
    EXPECT_EQ(lanes(open, 2), QList<qint64>({ 2, 1, 1, 2, 0 }));
    EXPECT_EQ(lanes(open, 1), QList<qint64>({ 1, 1, 1, 1, 0 }));
    BoardQuery team = open;
    team.teamCode = u"T1"_s;
    EXPECT_EQ(lanes(team, 10000), QList<qint64>({ 3, 0, 1, 2, 0 }));
    BoardQuery search = open;
    search.search = u"flores"_s;
    EXPECT_EQ(lanes(search, 10000), QList<qint64>({ 1, 0, 0, 1, 0 }));
    BoardQuery all = open;
    all.scope = BoardQuery::Scope::All;
    EXPECT_EQ(lanes(all, 10000), QList<qint64>({ 35, 1, 1, 2, 0 }));
    EXPECT_EQ(lanes(all, 3), QList<qint64>({ 3, 1, 1, 2, 0 }));
}

TEST_F(Board, Filters)
{
    BoardQuery overdue;
    overdue.overdue = true;
    EXPECT_EQ(numbers(overdue), QStringList({ u"WO-LATE"_s }));
    BoardQuery today;
    today.dueToday = true;
    EXPECT_EQ(numbers(today), QStringList({ u"WO-SOON"_s, u"WO-TMRW"_s, u"WO-NEW"_s }))
        << "WO-LATE was due yesterday";
    BoardQuery soon;
    soon.dueSoon = true;
    EXPECT_EQ(numbers(soon), QStringList({ u"WO-SOON"_s, u"WO-TMRW"_s }))
        << "the due-soon lane, as a filter";
    EXPECT_EQ(BoardService(db.session()).matching(soon).value(), 2);
    EXPECT_EQ(BoardService(db.session()).matching(soon, 1).value(), 1) << "counts stop at the cap";
    BoardQuery unassigned;
    unassigned.unassignedOnly = true;
    EXPECT_EQ(numbers(unassigned), QStringList({ u"WO-NEW"_s }));
    BoardQuery repairs;
    repairs.kind = OrderKind::Repair;
    EXPECT_EQ(numbers(repairs), QStringList({ u"WO-LATE"_s, u"WO-TMRW"_s }));
    BoardQuery area;
    area.areaCode = u"A2"_s;
    EXPECT_EQ(numbers(area), QStringList({ u"WO-SOON"_s, u"WO-TMRW"_s }));
    BoardQuery cancelled;
    cancelled.scope = BoardQuery::Scope::Cancelled;
    EXPECT_EQ(numbers(cancelled), QStringList({ u"WO-GONE"_s }));
    BoardQuery completed;
    completed.scope = BoardQuery::Scope::Completed;
    EXPECT_EQ(numbers(completed).size(), 30);
}

TEST_F(Board, SearchByNumberAccountNameOrPhone)
{
    BoardQuery query;
    query.search = u"WO-S"_s;
    EXPECT_EQ(numbers(query), QStringList({ u"WO-SOON"_s }));
    query.search = u"AC-2"_s;
    EXPECT_EQ(numbers(query), QStringList({ u"WO-LATE"_s }));
    query.search = u"rosa"_s;
    EXPECT_EQ(numbers(query), QStringList({ u"WO-NEW"_s })) << "names in any letter case";
    query.search = u"王秀"_s;
    EXPECT_EQ(numbers(query), QStringList({ u"WO-TMRW"_s }));
    query.search = u"955333444"_s;
    EXPECT_EQ(numbers(query), QStringList({ u"WO-LATE"_s }))
        << "the local number, without the country code";
    query.search = u"333 444"_s;
    EXPECT_EQ(numbers(query), QStringList({ u"WO-LATE"_s }))
        << "its last digits, whatever the spacing";
    query.search = u"+51 955"_s;
    EXPECT_EQ(numbers(query), QStringList({ u"WO-LATE"_s }))
        << "digits anywhere in the phone, the country code too (SPEC §14)";
    query.search = u"jose huaman"_s;
    EXPECT_EQ(numbers(query), QStringList({ u"WO-LATE"_s })) << "without accents";
}

TEST_F(Board, ShortSearchesOfAllOrdersAreRefused)
{
    BoardQuery all;
    all.scope = BoardQuery::Scope::All;
    all.search = u"Lu"_s;
    EXPECT_FALSE(BoardService(db.session()).page(all, std::nullopt, 10).ok());
    EXPECT_FALSE(BoardService(db.session()).counts(all).ok());
    all.search = u"Lui"_s;
    EXPECT_EQ(numbers(all).size(), 30);
    BoardQuery open;
    open.search = u"秀"_s;
    EXPECT_EQ(numbers(open), QStringList({ u"WO-TMRW"_s }))
        << "open work may be searched with any text";
}

TEST_F(Board, KeysetPagesNeitherRepeatNorSkip)
{
    for (OrderSort sort : { OrderSort::Deadline, OrderSort::Received, OrderSort::Number }) {
        BoardQuery all;
        all.scope = BoardQuery::Scope::All;
        all.sort = sort;
        const QStringList found = numbers(all);
        EXPECT_EQ(found.size(), 35);
        EXPECT_EQ(QSet<QString>(found.begin(), found.end()).size(), 35);
    }
}

TEST_F(Board, NewestFirst)
{
    BoardQuery completed;
    completed.scope = BoardQuery::Scope::Completed;
    completed.sort = OrderSort::Number;
    completed.descending = true;
    const QStringList found = numbers(completed);
    ASSERT_EQ(found.size(), 30);
    QStringList sorted = found;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    EXPECT_EQ(found, sorted);
}

TEST_F(Board, TeamDay)
{
    const QList<WorkOrder> day
        = BoardService(db.session()).teamDay(u"T1"_s, QDate(2026, 11, 20)).value();
    ASSERT_EQ(day.size(), 1);
    EXPECT_EQ(day.first().number, u"WO-TMRW"_s);
}

// Open work is a few thousand orders however long the history: the board's first page must
// read them through the partial index of open orders in deadline order, 200 entries, not
// sort every open order (the plan that made five million orders slower than five thousand).
// The orders are chosen before they are joined, so no planner joins every match first.
TEST_F(Board, FirstPageReadsTheOpenOrdersIndexInDeadlineOrder)
{
    if (!db.database().isSqlite())
        GTEST_SKIP() << "SQLite's query planner";
    OrderFilter open;
    open.statuses = openOrderStatuses();
    QVariantList values;
    const QString statement = OrderRepository::pageStatement(
        open, OrderSort::Deadline, std::nullopt, 200, false, true, values);
    Result<QSqlQuery> plan = runSql(db.database(), u"EXPLAIN QUERY PLAN "_s + statement, values);
    ASSERT_TRUE(plan.ok()) << plan.error().toStdString();
    // The plan is a tree (id, parent, -, detail): the page is chosen in a subquery, and
    // only the 200 rows it returns are sorted again after the joins.
    QStringList steps;
    QHash<int, int> parents;
    QHash<int, QString> details;
    while (plan.value().next()) {
        const int id = plan.value().value(0).toInt();
        parents.insert(id, plan.value().value(1).toInt());
        details.insert(id, plan.value().value(3).toString());
        steps.append(details.value(id));
    }
    const QString described = steps.join(u" | "_s);
    const int chosen = details.key(u"MATERIALIZE o"_s, -1);
    ASSERT_NE(chosen, -1) << described.toStdString();
    QStringList inside;
    for (auto step = parents.cbegin(); step != parents.cend(); ++step) {
        if (step.value() == chosen)
            inside.append(details.value(step.key()));
    }
    EXPECT_EQ(inside, QStringList({ u"SCAN o USING INDEX orders_open_deadline"_s }))
        << described.toStdString();
}

// Issue 16: an order in an area no active team of an active unit covers waits for nobody.
TEST_F(Board, AreasNoTeamCanTakeAreKnown)
{
    Result<QSet<QString>> eligible = BoardService(db.session()).areasWithEligibleTeam();
    ASSERT_TRUE(eligible.ok()) << eligible.error().toStdString();
    EXPECT_EQ(eligible.value(), (QSet<QString> { u"A1"_s, u"A2"_s }));
    ASSERT_TRUE(TeamService(db.session())
                    .save({ { u"T1"_s, u"U1"_s, u"Cuadrilla 1"_s, { u"A1"_s }, true } })
                    .ok());
    EXPECT_EQ(
        BoardService(db.session()).areasWithEligibleTeam().value(), QSet<QString> { u"A1"_s });
    ASSERT_TRUE(TeamService(db.session())
                    .save({ { u"T1"_s, u"U1"_s, u"Cuadrilla 1"_s, { u"A1"_s }, false } })
                    .ok());
    EXPECT_TRUE(BoardService(db.session()).areasWithEligibleTeam().value().isEmpty())
        << "an inactive team takes nothing";
}

namespace {

// The order a ranked sort must give (issue 16), worked out here from each order's own
// fields: its rank and values (as the cursor keeps them), then its number.
bool sortsBefore(const WorkOrder& left, const WorkOrder& right, OrderSort sort)
{
    const QVariantList a = orderCursorAfter(left, sort).key.toList();
    const QVariantList b = orderCursorAfter(right, sort).key.toList();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const bool numeric = a.at(i).typeId() != QMetaType::QString;
        const int compared = numeric ? (a.at(i).toLongLong() < b.at(i).toLongLong()
                                     ? -1
                                     : (a.at(i).toLongLong() > b.at(i).toLongLong() ? 1 : 0))
                                     : a.at(i).toString().compare(b.at(i).toString());
        if (compared != 0)
            return compared < 0;
    }
    return left.number < right.number;
}

const QList<OrderSort> kRankedSorts = { OrderSort::Sla, OrderSort::Kind, OrderSort::Status,
    OrderSort::Customer, OrderSort::Phone, OrderSort::Area, OrderSort::Unit, OrderSort::Team,
    OrderSort::Technician, OrderSort::Appointment };

} // namespace

// Every column sorts on the server, both ways, pages of 7 neither repeating nor skipping,
// ties broken by the number and missing values (no team, no technician, no window) first
// ascending and last descending, for open work (sorted whole) and all orders (index ranges).
TEST_F(Board, EveryColumnSortsBothWaysWithTiesAndMissingValues)
{
    // A second technician on another team, and an order with a window but no technician.
    ASSERT_TRUE(TechnicianService(db.session())
                    .save({ { u"P2"_s, u"T1"_s, u"Ana Soto"_s, u""_s, u""_s, true, true } })
                    .ok());
    for (BoardQuery::Scope scope :
        { BoardQuery::Scope::Open, BoardQuery::Scope::All, BoardQuery::Scope::Completed }) {
        BoardQuery every;
        every.scope = scope;
        every.sort = OrderSort::Number;
        QList<WorkOrder> orders;
        std::optional<OrderCursor> after;
        for (;;) {
            const QList<WorkOrder> page
                = BoardService(db.session()).page(every, after, 100).value();
            orders += page;
            if (page.size() < 100)
                break;
            after = OrderRepository::cursorAfter(page.last(), OrderSort::Number);
        }
        ASSERT_FALSE(orders.isEmpty());
        for (OrderSort sort : kRankedSorts) {
            for (bool descending : { false, true }) {
                QList<WorkOrder> expected = orders;
                std::stable_sort(expected.begin(), expected.end(),
                    [sort, descending](const WorkOrder& a, const WorkOrder& b) {
                        return descending ? sortsBefore(b, a, sort) : sortsBefore(a, b, sort);
                    });
                QStringList wanted;
                for (const WorkOrder& order : expected)
                    wanted.append(order.number);
                BoardQuery query = every;
                query.sort = sort;
                query.descending = descending;
                EXPECT_EQ(numbers(query), wanted) << "scope " << int(scope) << " sort " << int(sort)
                                                  << " descending " << descending;
            }
        }
    }
    // The unassigned orders (no team, no technician) lead an ascending sort by team.
    BoardQuery byTeam;
    byTeam.scope = BoardQuery::Scope::All;
    byTeam.sort = OrderSort::Team;
    const QStringList found = numbers(byTeam);
    ASSERT_GE(found.size(), 2);
    EXPECT_EQ(found.mid(0, 2), QStringList({ u"WO-GONE"_s, u"WO-NEW"_s }));
    byTeam.descending = true;
    EXPECT_EQ(numbers(byTeam).mid(found.size() - 2), QStringList({ u"WO-NEW"_s, u"WO-GONE"_s }));
}

// The filters narrow each index range (a team, a kind, a status), and a search sorts its
// matches whole.
TEST_F(Board, RankedSortsKeepTheFilters)
{
    BoardQuery query;
    query.scope = BoardQuery::Scope::All;
    query.kind = OrderKind::Install;
    query.sort = OrderSort::Customer;
    EXPECT_EQ(numbers(query), QStringList({ u"WO-SOON"_s, u"WO-GONE"_s, u"WO-NEW"_s }));
    query.kind.reset();
    query.unassignedOnly = true;
    query.sort = OrderSort::Team;
    EXPECT_EQ(numbers(query), QStringList({ u"WO-GONE"_s, u"WO-NEW"_s }));
    query.unassignedOnly = false;
    query.teamCode = u"T1"_s;
    query.sort = OrderSort::Status;
    const QStringList byStatus = numbers(query);
    ASSERT_EQ(byStatus.size(), 33);
    EXPECT_EQ(byStatus.mid(0, 3), QStringList({ u"WO-LATE"_s, u"WO-SOON"_s, u"WO-TMRW"_s }));
    query.teamCode.clear();
    query.search = u"rojas"_s;
    query.sort = OrderSort::Sla;
    EXPECT_EQ(numbers(query).size(), 30);
}
