// Issue 7: several desks on one database, each with its own connection (on PostgreSQL, the
// way a provincial operator's dispatchers and agents work). A change saved at one desk is
// seen at the other at once; a save made from an older reading is refused as a conflict and
// overwrites nothing.
#include "services/callbackservice.h"
#include "services/orderservice.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

class Desks : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::seedSmallOrganisation(db.session());
        Result<std::unique_ptr<Database>> opened = Database::open(db.location());
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        other = std::move(opened).value();
        second = std::make_unique<Session>(
            *other, Actor { u"luis"_s, Role::Dispatcher }, db.session().zone());
        second->setClock([this] { return db.session().now(); });
        WorkOrder order;
        order.number = u"WO-77"_s;
        order.kind = OrderKind::Repair;
        order.account = u"AC-77"_s;
        order.customer = u"Rosa Mamani"_s;
        order.areaCode = u"A1"_s;
        order.receivedAt = db.session().now().addSecs(-4 * 3600);
        ASSERT_TRUE(OrderService(db.session()).create(order).ok());
    }

    WorkOrder read(const Session& session)
    {
        Result<std::optional<WorkOrder>> found = OrderService(session).find(u"WO-77"_s);
        EXPECT_TRUE(found.ok() && found.value());
        return found.ok() && found.value() ? *found.value() : WorkOrder();
    }

    test::TestDatabase db; // the first desk
    std::unique_ptr<Database> other; // the second desk's own connection
    std::unique_ptr<Session> second;
};

} // namespace

TEST_F(Desks, TheSecondSaveOfTheSameOrderIsAConflictAndOverwritesNothing)
{
    const WorkOrder seenFirst = read(db.session());
    const WorkOrder seenSecond = read(*second);
    ASSERT_EQ(seenFirst.version, seenSecond.version);

    // The first desk assigns; the second, still looking at the order as it was, cancels it.
    Result<OrderChange> assigned
        = OrderService(db.session()).assign(u"WO-77"_s, seenFirst.version, u"T1"_s, {});
    ASSERT_TRUE(assigned.ok()) << assigned.error().toStdString();
    Result<OrderChange> cancelled
        = OrderService(*second).cancel(u"WO-77"_s, seenSecond.version, u"duplicate"_s);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_TRUE(cancelled.error().contains(u"after you opened it"_s))
        << cancelled.error().toStdString();
    EXPECT_TRUE(cancelled.error().contains(u"tester"_s)) << "it says who saved first";

    const WorkOrder stored = read(*second);
    EXPECT_EQ(stored.status, OrderStatus::Assigned) << "the first save stands";
    EXPECT_EQ(stored.teamCode, u"T1"_s);
    EXPECT_EQ(stored.version, assigned.value().order.version);

    // Reloaded, the second desk's change goes through.
    EXPECT_TRUE(OrderService(*second).cancel(u"WO-77"_s, stored.version, u"duplicate"_s).ok());
    EXPECT_EQ(read(db.session()).status, OrderStatus::Cancelled);
}

TEST_F(Desks, ACallRecordedAtOneDeskIsSeenAtTheOther)
{
    const QDateTime now = db.session().now();
    OrderService orders(db.session());
    WorkOrder order = read(db.session());
    order = orders.assign(order.number, order.version, u"T1"_s, {}).value().order;
    order = orders
                .schedule(order.number, order.version, now.addSecs(-7200), now.addSecs(-5400),
                    now.addSecs(-3600), false)
                .value()
                .order;
    order = orders.recordArrival(order.number, order.version, now.addSecs(-5000)).value().order;
    CompletionReport report;
    report.completedAt = now.addSecs(-3000);
    report.checklist.tested = true;
    report.checklist.signedBy = u"Rosa Mamani"_s;
    report.rxPowerDbm = -18.0;
    Result<OrderChange> completed = orders.complete(order.number, order.version, report);
    ASSERT_TRUE(completed.ok()) << completed.error().toStdString();

    const QDate tomorrow = db.session().today().addDays(1);
    ASSERT_EQ(CallbackService(db.session()).generate(tomorrow).value().created, 1);
    std::unique_ptr<Session> agent = db.sessionAs(Role::CallbackAgent);
    std::unique_ptr<Session> otherAgent = std::make_unique<Session>(
        *other, Actor { u"li"_s, Role::CallbackAgent }, db.session().zone());
    otherAgent->setClock([this] { return db.session().now(); });

    const CallbackTask task = *CallbackService(*agent).nextCall(tomorrow).value();
    ASSERT_TRUE(CallbackService(*otherAgent)
                    .recordAttempt(task.id, task.version, now, CallbackOutcome::NoAnswer)
                    .ok());
    // The first desk, without reopening anything, sees the attempt and the new version…
    const CallbackTask seen = *CallbackService(*agent).find(task.id).value();
    EXPECT_EQ(seen.attempts, 1);
    EXPECT_GT(seen.version, task.version);
    EXPECT_EQ(CallbackService(*agent).attempts(task.id).value().size(), 1);
    // … and its own save from the older reading is refused, not doubled.
    EXPECT_FALSE(CallbackService(*agent)
                     .recordAttempt(task.id, task.version, now, CallbackOutcome::Busy)
                     .ok());
    EXPECT_EQ(CallbackService(*otherAgent).attempts(task.id).value().size(), 1);
}
