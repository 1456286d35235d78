// SPEC §4 work-order life cycle: every transition, every refusal, conflicts.
#include "services/areaservice.h"
#include "services/equipmentservice.h"
#include "services/orderservice.h"
#include "services/teamservice.h"
#include "services/technicianservice.h"
#include "services/unitservice.h"
#include "storage/auditrepository.h"
#include "storage/orderrepository.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kLima("America/Lima");

QDateTime lima(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), kLima);
}

class OrderLifeCycle : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.setNow(lima(20, 18).toUTC());
        test::seedSmallOrganisation(db.session());
        ASSERT_TRUE(TechnicianService(db.session())
                        .save({ { u"P1"_s, u"T1"_s, u"María Quispe"_s, u""_s, u""_s, true, true },
                            { u"P2"_s, u"T1"_s, u"José Huamán"_s, u""_s, u""_s, true, false } })
                        .ok());
        Unit candidate;
        candidate.code = u"U2"_s;
        candidate.name = u"华南光网"_s;
        ASSERT_TRUE(
            UnitService(db.session()).save({ candidate }, UnitService::Origin::Edited).ok());
        ASSERT_TRUE(
            AreaService(db.session()).save({ { u"A3"_s, u"天河区"_s, u"U2"_s, 900, true } }).ok());
        ASSERT_TRUE(TeamService(db.session())
                        .save({ { u"T2"_s, u"U2"_s, u"第一班"_s, { u"A3"_s }, true } })
                        .ok());
    }

    WorkOrder draft(const QString& number, OrderKind kind = OrderKind::Install,
        const QDateTime& received = lima(20, 10))
    {
        WorkOrder order;
        order.number = number;
        order.kind = kind;
        order.account = u"ACC-"_s + number;
        order.customer = u"Rosa Mamani"_s;
        order.phone = u"+51 987 000 111"_s;
        order.address = u"Av. Larco 123, Miraflores"_s;
        order.areaCode = u"A1"_s;
        order.receivedAt = received.toUTC();
        return order;
    }

    WorkOrder created(const QString& number, OrderKind kind = OrderKind::Install)
    {
        Result<OrderChange> change = OrderService(db.session()).create(draft(number, kind));
        EXPECT_TRUE(change.ok()) << change.error().toStdString();
        return change.ok() ? change.value().order : WorkOrder();
    }

    WorkOrder onSite(const QString& number, OrderKind kind = OrderKind::Install)
    {
        OrderService orders(db.session());
        WorkOrder order = created(number, kind);
        order = orders.assign(number, order.version, u"T1"_s, u"P1"_s).value().order;
        order
            = orders
                  .schedule(number, order.version, lima(20, 11), lima(20, 14), lima(20, 16), false)
                  .value()
                  .order;
        Result<OrderChange> arrived = orders.recordArrival(number, order.version, lima(20, 14, 30));
        EXPECT_TRUE(arrived.ok()) << arrived.error().toStdString();
        return arrived.value().order;
    }

    CompletionReport goodCompletion() const
    {
        CompletionReport report;
        report.completedAt = lima(20, 15, 45);
        report.checklist = { true, true, true, true, true, u"Rosa Mamani"_s, {} };
        report.rxPowerDbm = -19.4;
        return report;
    }

    test::TestDatabase db;
};

} // namespace

TEST_F(OrderLifeCycle, CreateBelongsToTheAreasUnitWithItsDeadline)
{
    const WorkOrder order = created(u"WO-1"_s);
    EXPECT_EQ(order.status, OrderStatus::New);
    EXPECT_EQ(order.unitCode, u"U1"_s);
    EXPECT_EQ(order.deadline, lima(20, 23, 59).addSecs(59).toUTC());
    EXPECT_EQ(order.version, 1);
    const QList<OrderEvent> events = OrderService(db.session()).history(u"WO-1"_s).value();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.first().action, u"create"_s);
    EXPECT_EQ(events.first().actor, u"tester"_s);
    EXPECT_FALSE(events.first().fromStatus.has_value());
}

TEST_F(OrderLifeCycle, CreateRefusals)
{
    OrderService orders(db.session());
    created(u"WO-1"_s);
    EXPECT_FALSE(orders.create(draft(u"WO-1"_s)).ok()) << "duplicate number";
    EXPECT_FALSE(orders.create(draft(u"WO-2"_s, OrderKind::Install, lima(21, 9))).ok())
        << "received in the future";
    WorkOrder badPhone = draft(u"WO-3"_s);
    badPhone.phone = u"llamar luego"_s;
    EXPECT_FALSE(orders.create(badPhone).ok());
    WorkOrder noCustomer = draft(u"WO-4"_s);
    noCustomer.customer.clear();
    EXPECT_FALSE(orders.create(noCustomer).ok());
    WorkOrder unknownArea = draft(u"WO-5"_s);
    unknownArea.areaCode = u"A9"_s;
    EXPECT_FALSE(orders.create(unknownArea).ok());
    ASSERT_TRUE(AreaService(db.session()).setActive(u"A2"_s, false).ok());
    WorkOrder inactiveArea = draft(u"WO-6"_s);
    inactiveArea.areaCode = u"A2"_s;
    EXPECT_FALSE(orders.create(inactiveArea).ok());
    EXPECT_FALSE(orders.find(u"WO-2"_s).value().has_value());
}

TEST_F(OrderLifeCycle, OnlyDispatchersCreateAndAssign)
{
    for (Role role : { Role::CallbackAgent, Role::Evaluator }) {
        std::unique_ptr<Session> session = db.sessionAs(role);
        EXPECT_FALSE(OrderService(*session).create(draft(u"WO-9"_s)).ok());
    }
    std::unique_ptr<Session> dispatcher = db.sessionAs(Role::Dispatcher);
    ASSERT_TRUE(OrderService(*dispatcher).create(draft(u"WO-9"_s)).ok());
    std::unique_ptr<Session> agent = db.sessionAs(Role::CallbackAgent);
    EXPECT_FALSE(OrderService(*agent).assign(u"WO-9"_s, 1, u"T1"_s, {}).ok());
    EXPECT_TRUE(OrderService(*agent).find(u"WO-9"_s).ok()) << "everyone may look";
}

TEST_F(OrderLifeCycle, AssignWarnsAboutAShortUnitAndATeamOutsideTheArea)
{
    const WorkOrder order = created(u"WO-1"_s);
    Result<OrderChange> assigned
        = OrderService(db.session()).assign(u"WO-1"_s, order.version, u"T1"_s, u"P1"_s);
    ASSERT_TRUE(assigned.ok()) << assigned.error().toStdString();
    EXPECT_EQ(assigned.value().order.status, OrderStatus::Assigned);
    EXPECT_EQ(assigned.value().order.teamCode, u"T1"_s);
    EXPECT_EQ(assigned.value().order.technicianName, u"María Quispe"_s);
    ASSERT_EQ(assigned.value().warnings.size(), 1)
        << "U1 has no splicers, vehicles or enough technicians";
    EXPECT_TRUE(assigned.value().warnings.first().contains(u"allocation rules"_s));
    EXPECT_TRUE(assigned.value().warnings.first().contains(u"Fusion splicers short by 3"_s))
        << assigned.value().warnings.first().toStdString();
    const QList<AuditEntry> audit
        = AuditRepository(db.database()).list(u"order"_s, u"WO-1"_s).value();
    ASSERT_EQ(audit.size(), 1);
    EXPECT_EQ(audit.first().after, u"T1/P1"_s);
}

TEST_F(OrderLifeCycle, AssignRefusals)
{
    OrderService orders(db.session());
    const WorkOrder order = created(u"WO-1"_s);
    Result<OrderChange> candidate = orders.assign(u"WO-1"_s, order.version, u"T2"_s, {});
    ASSERT_FALSE(candidate.ok());
    EXPECT_TRUE(candidate.error().contains(u"cannot be given new orders"_s))
        << candidate.error().toStdString();
    EXPECT_FALSE(orders.assign(u"WO-1"_s, order.version, u"T1"_s, u"P2"_s).ok())
        << "inactive technician";
    EXPECT_FALSE(orders.assign(u"WO-1"_s, order.version, u"T9"_s, {}).ok());
    ASSERT_TRUE(UnitService(db.session())
                    .changeStatus(u"U1"_s, UnitStatus::Terminated, u"two strikes"_s)
                    .ok());
    EXPECT_FALSE(orders.assign(u"WO-1"_s, order.version, u"T1"_s, {}).ok())
        << "a terminated unit gets no new orders";
    EXPECT_EQ(orders.find(u"WO-1"_s).value()->status, OrderStatus::New);
}

TEST_F(OrderLifeCycle, TechnicianMustBeInTheTeam)
{
    ASSERT_TRUE(UnitService(db.session())
                    .save({ [] {
                        Unit u;
                        u.code = u"U3"_s;
                        u.name = u"Tres"_s;
                        return u;
                    }() },
                        UnitService::Origin::Edited)
                    .ok());
    const WorkOrder order = created(u"WO-1"_s);
    ASSERT_TRUE(TeamService(db.session())
                    .save({ { u"T3"_s, u"U1"_s, u"Cuadrilla 3"_s, { u"A1"_s }, true } })
                    .ok());
    Result<OrderChange> refused
        = OrderService(db.session()).assign(u"WO-1"_s, order.version, u"T3"_s, u"P1"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(u"T1"_s));
}

TEST_F(OrderLifeCycle, AStaleVersionIsAConflictAndOverwritesNothing)
{
    OrderService orders(db.session());
    const WorkOrder seen = created(u"WO-1"_s);
    ASSERT_TRUE(orders.assign(u"WO-1"_s, seen.version, u"T1"_s, u"P1"_s).ok());
    Result<OrderChange> stale = orders.cancel(u"WO-1"_s, seen.version, u"duplicate"_s);
    ASSERT_FALSE(stale.ok());
    EXPECT_TRUE(stale.error().contains(u"was changed by tester"_s)) << stale.error().toStdString();
    const WorkOrder now = *orders.find(u"WO-1"_s).value();
    EXPECT_EQ(now.status, OrderStatus::Assigned);
    EXPECT_EQ(now.version, seen.version + 1);
}

TEST_F(OrderLifeCycle, ScheduleRules)
{
    OrderService orders(db.session());
    WorkOrder order = created(u"WO-1"_s);
    EXPECT_FALSE(
        orders.schedule(u"WO-1"_s, order.version, lima(20, 11), lima(20, 14), lima(20, 16), false)
            .ok())
        << "an unassigned order has nobody to send";
    order = orders.assign(u"WO-1"_s, order.version, u"T1"_s, {}).value().order;
    EXPECT_FALSE(
        orders.schedule(u"WO-1"_s, order.version, lima(20, 11), lima(20, 16), lima(20, 14), false)
            .ok());
    EXPECT_FALSE(
        orders.schedule(u"WO-1"_s, order.version, lima(20, 19), lima(21, 9), lima(21, 11), false)
            .ok())
        << "contacted in the future";
    EXPECT_FALSE(
        orders.schedule(u"WO-1"_s, order.version, lima(20, 9), lima(21, 9), lima(21, 11), false)
            .ok())
        << "contacted before it was received";
    Result<OrderChange> later
        = orders.schedule(u"WO-1"_s, order.version, lima(20, 11), lima(23, 9), lima(23, 12), true);
    ASSERT_TRUE(later.ok()) << later.error().toStdString();
    EXPECT_EQ(later.value().order.status, OrderStatus::Scheduled);
    EXPECT_EQ(later.value().order.deadline, lima(23, 12).toUTC())
        << "the customer asked for a later window";
    Result<OrderChange> sooner = orders.schedule(
        u"WO-1"_s, later.value().order.version, lima(20, 12), lima(20, 17), lima(20, 19), false);
    ASSERT_TRUE(sooner.ok());
    EXPECT_EQ(sooner.value().order.deadline, lima(20, 23, 59).addSecs(59).toUTC())
        << "rescheduled on our side";
}

TEST_F(OrderLifeCycle, ArrivalRules)
{
    OrderService orders(db.session());
    WorkOrder order = created(u"WO-1"_s);
    EXPECT_FALSE(orders.recordArrival(u"WO-1"_s, order.version, lima(20, 12)).ok());
    order = orders.assign(u"WO-1"_s, order.version, u"T1"_s, {}).value().order;
    EXPECT_FALSE(orders.recordArrival(u"WO-1"_s, order.version, lima(20, 9)).ok())
        << "before receipt";
    EXPECT_FALSE(orders.recordArrival(u"WO-1"_s, order.version, lima(20, 19)).ok())
        << "in the future";
    Result<OrderChange> arrived = orders.recordArrival(u"WO-1"_s, order.version, lima(20, 12));
    ASSERT_TRUE(arrived.ok());
    EXPECT_EQ(arrived.value().order.status, OrderStatus::OnSite);
    EXPECT_EQ(arrived.value().order.measuredAt, lima(20, 12).toUTC())
        << "an install is measured at arrival";
    EXPECT_FALSE(arrived.value().order.appointmentAgreedBeforeVisit())
        << "nobody called the customer first";
}

TEST_F(OrderLifeCycle, CompletionNeedsTestSignatureAndAPowerReadingInRange)
{
    OrderService orders(db.session());
    const WorkOrder order = onSite(u"WO-1"_s, OrderKind::Repair);
    CompletionReport report = goodCompletion();
    report.checklist.tested = false;
    EXPECT_FALSE(orders.complete(u"WO-1"_s, order.version, report).ok()) << "item 5 is required";
    report = goodCompletion();
    report.checklist.signedBy.clear();
    Result<OrderChange> unsigned_ = orders.complete(u"WO-1"_s, order.version, report);
    ASSERT_FALSE(unsigned_.ok()) << "item 7 is required";
    EXPECT_TRUE(unsigned_.error().contains(u"Signed by"_s)) << unsigned_.error().toStdString();
    report = goodCompletion();
    report.rxPowerDbm.reset();
    EXPECT_FALSE(orders.complete(u"WO-1"_s, order.version, report).ok()) << "a reading is required";
    for (double outside : { -27.1, -7.9, -40.0 }) {
        report = goodCompletion();
        report.rxPowerDbm = outside;
        Result<OrderChange> refused = orders.complete(u"WO-1"_s, order.version, report);
        ASSERT_FALSE(refused.ok()) << outside;
        EXPECT_TRUE(refused.error().contains(u"outside the accepted range"_s))
            << refused.error().toStdString();
    }
    report = goodCompletion();
    report.completedAt = lima(20, 14);
    EXPECT_FALSE(orders.complete(u"WO-1"_s, order.version, report).ok()) << "before the arrival";
    EXPECT_EQ(orders.find(u"WO-1"_s).value()->status, OrderStatus::OnSite);

    report = goodCompletion();
    report.rxPowerDbm = -27.0; // the edge of the range is inside it
    report.checklist.signedBy.clear();
    report.checklist.refusalReason = u"Customer not at home, neighbour received"_s;
    Result<OrderChange> done = orders.complete(u"WO-1"_s, order.version, report);
    ASSERT_TRUE(done.ok()) << done.error().toStdString();
    EXPECT_EQ(done.value().order.status, OrderStatus::Completed);
    EXPECT_EQ(done.value().order.measuredAt, lima(20, 15, 45).toUTC())
        << "a repair is measured at completion";
    EXPECT_TRUE(done.value().order.appointmentAgreedBeforeVisit());
    EXPECT_EQ(
        done.value().order.checklist.refusalReason, u"Customer not at home, neighbour received"_s);
    EXPECT_DOUBLE_EQ(*done.value().order.rxPowerDbm, -27.0);
}

TEST_F(OrderLifeCycle, UpperEdgeOfThePowerRange)
{
    const WorkOrder order = onSite(u"WO-1"_s);
    CompletionReport report = goodCompletion();
    report.rxPowerDbm = -8.0;
    EXPECT_TRUE(OrderService(db.session()).complete(u"WO-1"_s, order.version, report).ok());
}

TEST_F(OrderLifeCycle, CancellationFromAnyOpenStateOnly)
{
    OrderService orders(db.session());
    WorkOrder order = created(u"WO-1"_s);
    EXPECT_FALSE(orders.cancel(u"WO-1"_s, order.version, u"  "_s).ok()) << "a reason is required";
    Result<OrderChange> cancelled = orders.cancel(u"WO-1"_s, order.version, u"customer withdrew"_s);
    ASSERT_TRUE(cancelled.ok());
    EXPECT_EQ(cancelled.value().order.status, OrderStatus::Cancelled);
    EXPECT_FALSE(orders.cancel(u"WO-1"_s, cancelled.value().order.version, u"again"_s).ok());
    EXPECT_FALSE(orders.assign(u"WO-1"_s, cancelled.value().order.version, u"T1"_s, {}).ok());

    const WorkOrder scheduled = onSite(u"WO-2"_s);
    EXPECT_TRUE(orders.cancel(u"WO-2"_s, scheduled.version, u"fibre cut on the street"_s).ok());

    const WorkOrder third = onSite(u"WO-3"_s);
    const WorkOrder completed
        = orders.complete(u"WO-3"_s, third.version, goodCompletion()).value().order;
    EXPECT_FALSE(orders.cancel(u"WO-3"_s, completed.version, u"too late"_s).ok())
        << "completed orders stay completed";
}

TEST_F(OrderLifeCycle, ExemptionIsAnEvaluatorsAndAudited)
{
    const WorkOrder order = created(u"WO-1"_s);
    std::unique_ptr<Session> dispatcher = db.sessionAs(Role::Dispatcher);
    EXPECT_FALSE(OrderService(*dispatcher)
                     .exempt(u"WO-1"_s, order.version, ExemptReason::ThirdParty, u"x"_s)
                     .ok());
    std::unique_ptr<Session> evaluator = db.sessionAs(Role::Evaluator);
    OrderService orders(*evaluator);
    EXPECT_FALSE(orders.exempt(u"WO-1"_s, order.version, ExemptReason::ThirdParty, u""_s).ok())
        << "a note is required";
    Result<OrderChange> exempted = orders.exempt(
        u"WO-1"_s, order.version, ExemptReason::ThirdParty, u"Municipal works closed the street"_s);
    ASSERT_TRUE(exempted.ok()) << exempted.error().toStdString();
    EXPECT_EQ(exempted.value().order.exemptReason, ExemptReason::ThirdParty);
    Result<OrderChange> cleared
        = orders.exempt(u"WO-1"_s, exempted.value().order.version, std::nullopt, {});
    ASSERT_TRUE(cleared.ok());
    EXPECT_FALSE(cleared.value().order.exemptReason.has_value());
    const QList<AuditEntry> audit
        = AuditRepository(db.database()).list(u"order"_s, u"WO-1"_s).value();
    ASSERT_EQ(audit.size(), 2);
    EXPECT_TRUE(audit.first().after.startsWith(u"third_party"_s));
    EXPECT_TRUE(audit.last().after.isEmpty());
}

TEST_F(OrderLifeCycle, EveryTransitionIsRecorded)
{
    OrderService orders(db.session());
    const WorkOrder order = onSite(u"WO-1"_s);
    ASSERT_TRUE(orders.complete(u"WO-1"_s, order.version, goodCompletion()).ok());
    const QList<OrderEvent> events = orders.history(u"WO-1"_s).value();
    QStringList actions;
    QList<OrderStatus> statuses;
    for (const OrderEvent& event : events) {
        actions.append(event.action);
        statuses.append(event.toStatus);
        EXPECT_EQ(event.actor, u"tester"_s);
        EXPECT_EQ(event.at, db.session().now());
    }
    EXPECT_EQ(actions,
        QStringList({ u"create"_s, u"assign"_s, u"schedule"_s, u"arrive"_s, u"complete"_s }));
    EXPECT_EQ(statuses,
        QList<OrderStatus>({ OrderStatus::New, OrderStatus::Assigned, OrderStatus::Scheduled,
            OrderStatus::OnSite, OrderStatus::Completed }));
    EXPECT_EQ(events.at(4).fromStatus, OrderStatus::OnSite);
}

TEST_F(OrderLifeCycle, ProposalsPutCoveringActiveTeamsFirst)
{
    created(u"WO-1"_s);
    const QList<TeamProposal> proposals
        = OrderService(db.session()).proposeTeams(u"WO-1"_s).value();
    ASSERT_EQ(proposals.size(), 2);
    EXPECT_EQ(proposals.first().teamCode, u"T1"_s);
    EXPECT_TRUE(proposals.first().coversArea);
    EXPECT_TRUE(proposals.first().unitActive);
    EXPECT_FALSE(proposals.last().unitActive) << "T2's unit is still a candidate";
}

// The importer looks its file's numbers up many at a time (on SQLite as one JSON array):
// a number holding a quote, a backslash or a control character is looked up as itself.
TEST_F(OrderLifeCycle, ManyNumbersAreLookedUpAtOnceWhateverTheyHold)
{
    created(u"WO-1"_s);
    const QString odd = u"WO-\"2\\3"_s;
    // Saved today (order numbers are free text); looked up as itself either way.
    const bool oddSaved = OrderService(db.session()).create(draft(odd)).ok();
    QStringList numbers { u"WO-1"_s, odd, u"WO-\u0001"_s, u"不存在"_s, u"[\"]"_s };
    for (int i = 0; i < 3000; ++i)
        numbers.append(u"WO-X"_s + QString::number(i));
    const Result<QHash<QString, WorkOrder>> found
        = OrderRepository(db.database()).findMany(numbers);
    ASSERT_TRUE(found.ok()) << found.error().toStdString();
    EXPECT_EQ(found.value().size(), oddSaved ? 2 : 1);
    EXPECT_EQ(found.value().value(u"WO-1"_s).number, u"WO-1"_s);
    EXPECT_EQ(found.value().contains(odd), oddSaved);
}
