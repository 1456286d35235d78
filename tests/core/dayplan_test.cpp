// The day plan (SPEC §15): every proposal checked against every constraint by a checker that
// shares nothing with the planner, on hand-built, random and over-full days; then the
// service over a database (accepting records ordinary events, a stale plan is refused).
#include "rules/dayplan.h"

#include <QHash>
#include <QSet>
#include <gtest/gtest.h>
#include <random>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kLima("America/Lima");
const QDate kDay(2026, 11, 20); // a Friday

QDateTime at(int hour, int minute = 0, int dayOffset = 0)
{
    return QDateTime(kDay.addDays(dayOffset), QTime(hour, minute), kLima).toUTC();
}

WorkOrder unbooked(const QString& number, const QString& area, QDateTime deadline,
    OrderKind kind = OrderKind::Repair, const QString& team = {})
{
    WorkOrder order;
    order.number = number;
    order.kind = kind;
    order.areaCode = area;
    order.deadline = deadline;
    order.receivedAt = deadline.addDays(-1);
    order.teamCode = team;
    order.status = team.isEmpty() ? OrderStatus::New : OrderStatus::Assigned;
    return order;
}

WorkOrder agreed(const QString& number, const QString& team, QDateTime start, QDateTime end)
{
    WorkOrder order = unbooked(number, u"A1"_s, at(23, 59, 1));
    order.teamCode = team;
    order.appointmentStart = start;
    order.appointmentEnd = end;
    order.status = OrderStatus::Scheduled;
    return order;
}

PlanInput dayWith(QList<ScheduleTeam> teams, QList<WorkOrder> orders, QList<WorkOrder> booked = {})
{
    PlanInput input;
    input.date = kDay;
    input.zone = kLima;
    input.teams = std::move(teams);
    input.unbooked = std::move(orders);
    input.booked = std::move(booked);
    return input;
}

// Every constraint of SPEC §15, checked from the proposals alone. Returns what is wrong.
QStringList violations(const PlanInput& input, const DayPlan& plan)
{
    QStringList wrong;
    QHash<QString, ScheduleTeam> teams;
    for (const ScheduleTeam& team : input.teams)
        teams.insert(team.code, team);
    QHash<QString, WorkOrder> orders;
    for (const WorkOrder& order : input.unbooked)
        orders.insert(order.number, order);
    QSet<QString> seen;
    struct Held
    {
        QDateTime from, until;
        bool proposed;
    };
    QHash<QString, QList<Held>> held;
    const qint64 travel = qint64(input.settings.travelMinutes) * 60;
    for (const WorkOrder& order : input.booked) {
        held[order.teamCode].append(
            { order.appointmentStart, order.appointmentEnd.addSecs(travel), false });
    }
    const QDateTime opens(input.date, input.settings.hours.start, input.zone);
    const QDateTime closes(input.date, input.settings.hours.end, input.zone);
    for (const PlanProposal& proposal : plan.proposals) {
        const QString what = proposal.number + u": "_s;
        if (!orders.contains(proposal.number)) {
            wrong.append(what + u"not an order to place"_s);
            continue;
        }
        if (seen.contains(proposal.number))
            wrong.append(what + u"proposed twice"_s);
        seen.insert(proposal.number);
        const WorkOrder& order = orders.value(proposal.number);
        const ScheduleTeam team = teams.value(proposal.team);
        if (!order.teamCode.isEmpty() && order.teamCode != proposal.team)
            wrong.append(what + u"moved from the team a dispatcher chose"_s);
        if (order.teamCode.isEmpty() && !team.areaCodes.contains(order.areaCode))
            wrong.append(what + u"area not covered"_s);
        if (!team.unitActive)
            wrong.append(what + u"unit not active"_s);
        if (proposal.start < opens || proposal.end > closes)
            wrong.append(what + u"outside working hours"_s);
        if (input.notBefore.isValid() && proposal.start < input.notBefore)
            wrong.append(what + u"starts before the plan was made"_s);
        if (proposal.start.secsTo(proposal.end) != qint64(input.settings.minutes(order.kind)) * 60)
            wrong.append(what + u"not the kind's duration"_s);
        held[proposal.team].append({ proposal.start, proposal.end.addSecs(travel), true });
    }
    for (const UnplacedOrder& unplaced : plan.unplaced) {
        if (seen.contains(unplaced.number))
            wrong.append(unplaced.number + u": proposed and unplaced"_s);
        seen.insert(unplaced.number);
    }
    if (seen.size() != orders.size())
        wrong.append(u"not every order is either proposed or unplaced"_s);
    // At the start of every job, the jobs held (each with its travel after it) may not
    // outnumber the team's technicians where one of them is proposed: then they can be
    // dealt out to its technicians with the buffer between each one's jobs.
    for (auto team = held.constBegin(); team != held.constEnd(); ++team) {
        const int technicians = teams.value(team.key()).technicians;
        for (const Held& moment : team.value()) {
            int atOnce = 0;
            bool proposed = false;
            for (const Held& other : team.value()) {
                if (other.from <= moment.from && moment.from < other.until) {
                    ++atOnce;
                    proposed = proposed || other.proposed;
                }
            }
            if (proposed && atOnce > technicians) {
                wrong.append(u"%1 holds %2 jobs at %3 with %4 technicians"_s.arg(team.key())
                                 .arg(atOnce)
                                 .arg(moment.from.toString(Qt::ISODate))
                                 .arg(technicians));
            }
        }
    }
    return wrong;
}

QHash<QString, PlanProposal> byNumber(const DayPlan& plan)
{
    QHash<QString, PlanProposal> proposals;
    for (const PlanProposal& proposal : plan.proposals)
        proposals.insert(proposal.number, proposal);
    return proposals;
}

} // namespace

TEST(DayPlan, ATeamCoveringTwoAreasIsLeftForTheOrderOnlyItCanTake)
{
    // T1 covers A1 and A2, T2 only A1; one technician each. X (A1) and Y (A2) must both end
    // by 10:00. The baseline gives X to T1 (equally loaded, first) and Y is late behind it;
    // the plan sends X to T2.
    const PlanInput input
        = dayWith({ { u"T1"_s, 1, true, { u"A1"_s, u"A2"_s } }, { u"T2"_s, 1, true, { u"A1"_s } } },
            { unbooked(u"X"_s, u"A1"_s, at(10)), unbooked(u"Y"_s, u"A2"_s, at(10)) });
    const DayPlan baseline = baselinePlan(input);
    EXPECT_EQ(baseline.cost.late, 1);
    const DayPlan plan = proposePlan(input);
    EXPECT_TRUE(violations(input, plan).isEmpty())
        << violations(input, plan).join(u'\n').toStdString();
    EXPECT_EQ(plan.cost.late, 0);
    const QHash<QString, PlanProposal> proposals = byNumber(plan);
    EXPECT_EQ(proposals.value(u"X"_s).team, u"T2"_s);
    EXPECT_EQ(proposals.value(u"Y"_s).team, u"T1"_s);
    EXPECT_EQ(proposals.value(u"Y"_s).start, at(8));
    EXPECT_EQ(proposals.value(u"Y"_s).end, at(9, 30)); // a repair: 90 minutes
    EXPECT_EQ(proposals.value(u"Y"_s).reason, PlanReason::OnTime);
}

TEST(DayPlan, CreditsAtRiskComeBeforeTheCountOfLateOrders)
{
    // One technician, room for one job before 10:00. An install late owes 20 at once; a
    // repair one day late owes 10. Two late repairs beat one late install.
    PlanInput input = dayWith({ { u"T1"_s, 1, true, { u"A1"_s } } },
        { unbooked(u"INSTALL"_s, u"A1"_s, at(10), OrderKind::Install),
            unbooked(u"REPAIR"_s, u"A1"_s, at(9, 30)) });
    const DayPlan plan = proposePlan(input);
    EXPECT_TRUE(violations(input, plan).isEmpty());
    EXPECT_EQ(byNumber(plan).value(u"INSTALL"_s).start, at(8));
    EXPECT_FALSE(byNumber(plan).value(u"INSTALL"_s).late);
    EXPECT_TRUE(byNumber(plan).value(u"REPAIR"_s).late);
    EXPECT_EQ(plan.cost.creditCents, 1000);
    // The baseline takes the earlier deadline first: the install is late and owes 20.
    EXPECT_EQ(baselinePlan(input).cost.creditCents, 2000);
}

TEST(DayPlan, AgreedWindowsStayAndHoldTheirTechnicians)
{
    // One technician booked 08:00–12:00: a new job starts after 12:30 (the travel buffer).
    const PlanInput input = dayWith({ { u"T1"_s, 1, true, { u"A1"_s } } },
        { unbooked(u"NEW"_s, u"A1"_s, at(23, 59)) }, { agreed(u"OLD"_s, u"T1"_s, at(8), at(12)) });
    const DayPlan plan = proposePlan(input);
    ASSERT_EQ(plan.proposals.size(), 1);
    EXPECT_EQ(plan.proposals.first().number, u"NEW"_s);
    EXPECT_EQ(plan.proposals.first().start, at(12, 30));
    EXPECT_TRUE(violations(input, plan).isEmpty());
}

TEST(DayPlan, ATerminatedUnitGetsNothingAndAnAssignedTeamIsKept)
{
    const PlanInput input
        = dayWith({ { u"GONE"_s, 3, false, { u"A1"_s } }, { u"T1"_s, 1, true, { u"A2"_s } },
                      { u"T2"_s, 1, true, { u"A2"_s } } },
            { unbooked(u"ORPHAN"_s, u"A1"_s, at(23, 59)),
                unbooked(u"KEPT"_s, u"A2"_s, at(23, 59), OrderKind::Repair, u"T2"_s),
                unbooked(u"STUCK"_s, u"A2"_s, at(23, 59), OrderKind::Repair, u"GONE"_s) });
    const DayPlan plan = proposePlan(input);
    EXPECT_TRUE(violations(input, plan).isEmpty());
    EXPECT_EQ(byNumber(plan).value(u"KEPT"_s).team, u"T2"_s);
    ASSERT_EQ(plan.unplaced.size(), 2);
    EXPECT_EQ(plan.unplaced[0].number, u"ORPHAN"_s);
    EXPECT_EQ(plan.unplaced[0].reason, UnplacedReason::NoCoveringTeam);
    EXPECT_EQ(plan.unplaced[1].number, u"STUCK"_s);
    EXPECT_EQ(plan.unplaced[1].reason, UnplacedReason::AssignedTeamCannotTakeIt);
}

TEST(DayPlan, NothingStartsBeforeThePlanIsMadeAndOverdueOrdersSaySo)
{
    PlanInput input = dayWith({ { u"T1"_s, 1, true, { u"A1"_s } } },
        { unbooked(u"OLD"_s, u"A1"_s, at(23, 59, -1)),
            unbooked(u"DUE"_s, u"A1"_s, at(23, 59, 1)) });
    input.notBefore = at(13, 7);
    const DayPlan plan = proposePlan(input);
    EXPECT_TRUE(violations(input, plan).isEmpty());
    const QHash<QString, PlanProposal> proposals = byNumber(plan);
    EXPECT_EQ(proposals.value(u"OLD"_s).start, at(13, 15)); // the next quarter hour
    EXPECT_EQ(proposals.value(u"OLD"_s).reason, PlanReason::Overdue);
    EXPECT_EQ(proposals.value(u"DUE"_s).reason, PlanReason::AheadOfDeadline);
}

TEST(DayPlan, AFullDayLeavesTheRestUnplacedWithItsReason)
{
    // One technician, 12 hours: repairs of 90 minutes plus 30 of travel fit six times.
    QList<WorkOrder> orders;
    for (int index = 0; index < 9; ++index)
        orders.append(unbooked(u"R%1"_s.arg(index), u"A1"_s, at(23, 59)));
    const PlanInput input = dayWith({ { u"T1"_s, 1, true, { u"A1"_s } } }, orders);
    const DayPlan plan = proposePlan(input);
    EXPECT_TRUE(violations(input, plan).isEmpty());
    EXPECT_EQ(plan.proposals.size(), 6);
    ASSERT_EQ(plan.unplaced.size(), 3);
    for (const UnplacedOrder& unplaced : plan.unplaced)
        EXPECT_EQ(unplaced.reason, UnplacedReason::NoRoom);
    // Each left unplaced counts as done at tomorrow's close: a day late, 10 owed.
    EXPECT_EQ(plan.cost.late, 3);
    EXPECT_EQ(plan.cost.creditCents, 3000);
}

TEST(DayPlan, RandomDaysAreFeasibleAndNeverWorseThanTheBaseline)
{
    std::mt19937 random(20261203);
    int overFull = 0;
    int better = 0;
    for (int round = 0; round < 60; ++round) {
        QList<ScheduleTeam> teams;
        const int teamCount = 1 + int(random() % 6);
        for (int index = 0; index < teamCount; ++index) {
            QStringList areas;
            for (int area = 0; area < 4; ++area) {
                if (random() % 2)
                    areas.append(u"A%1"_s.arg(area));
            }
            teams.append({ u"T%1"_s.arg(index), int(random() % 4), random() % 8 != 0, areas });
        }
        QList<WorkOrder> orders;
        QList<WorkOrder> booked;
        const int orderCount = int(random() % 60);
        for (int index = 0; index < orderCount; ++index) {
            // Deadlines from yesterday to the end of tomorrow, on the quarter hour.
            const QDateTime deadline = at(0, 0, -1).addSecs(qint64(random() % (3 * 96)) * 900);
            const OrderKind kind = OrderKind(random() % 4);
            const QString team = random() % 6 == 0 ? u"T%1"_s.arg(random() % teamCount) : QString();
            orders.append(unbooked(u"O%1"_s.arg(index, 3, 10, QChar(u'0')),
                u"A%1"_s.arg(random() % 5), deadline, kind, team));
        }
        for (int index = 0; index < int(random() % 8); ++index) {
            const QDateTime start = at(7).addSecs(qint64(random() % 50) * 900);
            booked.append(agreed(u"B%1"_s.arg(index), u"T%1"_s.arg(random() % teamCount), start,
                start.addSecs(qint64(1 + random() % 12) * 900)));
        }
        PlanInput input = dayWith(teams, orders, booked);
        if (round % 3 == 0)
            input.notBefore = at(8).addSecs(qint64(random() % 48) * 900 + 420);
        const DayPlan baseline = baselinePlan(input);
        const DayPlan plan = proposePlan(input);
        EXPECT_TRUE(violations(input, baseline).isEmpty())
            << "round " << round << ": " << violations(input, baseline).join(u'\n').toStdString();
        EXPECT_TRUE(violations(input, plan).isEmpty())
            << "round " << round << ": " << violations(input, plan).join(u'\n').toStdString();
        EXPECT_FALSE(baseline.cost < plan.cost) << "round " << round;
        EXPECT_EQ(plan.orders, orderCount);
        // The same input always gives the same plan.
        const DayPlan again = proposePlan(input);
        EXPECT_TRUE(again.cost == plan.cost);
        overFull += plan.unplaced.isEmpty() ? 0 : 1;
        better += plan.cost < baseline.cost ? 1 : 0;
    }
    // The random days include days with more work than room, and days the plan improves.
    EXPECT_GT(overFull, 10);
    EXPECT_GT(better, 5);
}

TEST(DayPlan, EveryPlacementCostsWhatTheCreditRulesSay)
{
    PlanInput input = dayWith({}, {});
    const WorkOrder install = unbooked(u"I"_s, u"A1"_s, at(10), OrderKind::Install);
    PlanCost onTime = placementCost(input, install, at(10));
    EXPECT_EQ(onTime.late, 0);
    EXPECT_EQ(onTime.creditCents, 0);
    PlanCost late = placementCost(input, install, at(10, 1));
    EXPECT_EQ(late.late, 1);
    EXPECT_EQ(late.latenessMinutes, 1);
    EXPECT_EQ(late.creditCents, 2000); // install_once 20
    PlanCost unplaced = placementCost(input, install, QDateTime());
    EXPECT_EQ(unplaced.unplaced, 1);
    EXPECT_EQ(unplaced.latenessMinutes, 10 * 60 + 24 * 60); // tomorrow 20:00
}

// ---- The service over a database ---------------------------------------------------------

#include "services/import/importservice.h"
#include "services/orderservice.h"
#include "services/planservice.h"
#include "services/technicianservice.h"
#include "storage/rulerepository.h"
#include "support/testdatabase.h"

namespace {

class PlanOnADatabase : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.setNow(at(7));
        test::seedSmallOrganisation(db.session());
        ASSERT_TRUE(TechnicianService(db.session())
                        .save({ { u"P1"_s, u"T1"_s, u"María Quispe"_s, u""_s, u""_s, true, true } })
                        .ok());
        // WO-1 and WO-3: repairs received yesterday after the cut-off, due today 17:00, no
        // window. WO-2: agreed 09:00–11:00, which the plan must leave as it is.
        QByteArray file = importColumns(ImportKind::Orders).join(u',').toUtf8() + "\n";
        file += "WO-1,repair,AC-1,Rosa,,,A1,2026-11-19T17:00:00,,,,,,no,,,new,,,,,,,,\n";
        file += "WO-2,install,AC-2,Eva,,,A2,2026-11-19T17:00:00,T1,,2026-11-19T18:00:00,"
                "2026-11-20T09:00:00,2026-11-20T11:00:00,no,,,scheduled,,,,,,,,\n";
        file += "WO-3,repair,AC-3,Ana,,,A2,2026-11-19T17:30:00,,,,,,no,,,new,,,,,,,,\n";
        ASSERT_TRUE(test::imported(db.session(), ImportKind::Orders, file, u"o.csv"_s));
    }

    WorkOrder order(const QString& number)
    {
        return OrderService(db.session()).find(number).value().value();
    }

    test::TestDatabase db;
};

} // namespace

TEST_F(PlanOnADatabase, ProposesAroundTheAgreedWindowAndAcceptingRecordsOrdinaryEvents)
{
    Result<PlanOutcome> outcome = PlanService(db.session()).propose(kDay);
    ASSERT_TRUE(outcome.ok()) << outcome.error().toStdString();
    const DayPlan& plan = outcome.value().plan;
    EXPECT_EQ(plan.orders, 2) << "WO-2 has its window";
    ASSERT_EQ(plan.proposals.size(), 2);
    // One technician: 09:00–11:00 is agreed, so 08:00 has no room for 90 minutes and the
    // travel after; 11:30–13:00 and 13:30–15:00 (in either order: both end before 17:00).
    EXPECT_EQ(plan.proposals[0].start, at(11, 30));
    EXPECT_EQ(plan.proposals[1].start, at(13, 30));
    EXPECT_NE(plan.proposals[0].number, plan.proposals[1].number);
    const QString first = plan.proposals[0].number;
    EXPECT_EQ(plan.cost.late, 0);
    EXPECT_EQ(outcome.value().baseline.cost.late, 0);

    Result<QList<PlanBooked>> booked
        = PlanService(db.session()).accept(plan.proposals, outcome.value().versions);
    ASSERT_TRUE(booked.ok()) << booked.error().toStdString();
    ASSERT_EQ(booked.value().size(), 2);
    // What an undo needs: the booking before (no team, no window) and the version saved.
    EXPECT_TRUE(booked.value().first().before.teamCode.isEmpty());
    EXPECT_FALSE(booked.value().first().before.hasWindow());
    EXPECT_EQ(booked.value().first().version, order(booked.value().first().number).version);
    const WorkOrder one = order(first);
    EXPECT_EQ(one.teamCode, u"T1"_s);
    EXPECT_EQ(one.status, OrderStatus::Scheduled);
    EXPECT_EQ(one.appointmentStart, at(11, 30));
    EXPECT_EQ(one.appointmentEnd, at(13));
    QStringList actions;
    for (const OrderEvent& event : OrderService(db.session()).history(first).value())
        actions.append(event.action);
    EXPECT_TRUE(actions.contains(u"assign"_s) && actions.contains(u"schedule"_s))
        << actions.join(u',').toStdString();
    EXPECT_EQ(order(u"WO-2"_s).appointmentStart, at(9)) << "what was agreed stays";
    // Booked now: a second plan has nothing left to place.
    EXPECT_EQ(PlanService(db.session()).propose(kDay).value().plan.orders, 0);
}

TEST_F(PlanOnADatabase, AStalePlanOrAWrongRoleBooksNothing)
{
    const PlanOutcome outcome = PlanService(db.session()).propose(kDay).value();
    ASSERT_EQ(outcome.plan.proposals.size(), 2);
    // Someone assigns WO-3 meanwhile: the plan saw an older version of it.
    const WorkOrder three = order(u"WO-3"_s);
    ASSERT_TRUE(OrderService(db.session()).assign(u"WO-3"_s, three.version, u"T1"_s, {}).ok());
    Result<QList<PlanBooked>> stale
        = PlanService(db.session()).accept(outcome.plan.proposals, outcome.versions);
    ASSERT_FALSE(stale.ok());
    EXPECT_TRUE(stale.error().contains(u"WO-3"_s)) << stale.error().toStdString();
    EXPECT_EQ(order(u"WO-1"_s).status, OrderStatus::New) << "all or none";
    EXPECT_FALSE(order(u"WO-1"_s).appointmentStart.isValid());

    const std::unique_ptr<Session> agent = db.sessionAs(Role::CallbackAgent);
    Result<QList<PlanBooked>> refused
        = PlanService(*agent).accept(outcome.plan.proposals, outcome.versions);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(order(u"WO-1"_s).status, OrderStatus::New);
}

TEST_F(PlanOnADatabase, DurationsAndTravelAreSettingsAndNonsenseIsRefusedByName)
{
    SettingsRepository settings(db.database());
    ASSERT_TRUE(settings.setValue(QString::fromLatin1(PlanService::kRepairSetting), u"60"_s).ok());
    ASSERT_TRUE(settings.setValue(QString::fromLatin1(PlanService::kTravelSetting), u"0"_s).ok());
    const DayPlan plan = PlanService(db.session()).propose(kDay).value().plan;
    ASSERT_EQ(plan.proposals.size(), 2);
    // An hour each and no travel: one fits before the agreed 09:00, one right after 11:00.
    EXPECT_EQ(plan.proposals[0].start, at(8));
    EXPECT_EQ(plan.proposals[0].end, at(9));
    EXPECT_EQ(plan.proposals[1].start, at(11)) << "no travel after the agreed window";

    ASSERT_TRUE(settings.setValue(QString::fromLatin1(PlanService::kTravelSetting), u"-5"_s).ok());
    Result<PlanOutcome> bad = PlanService(db.session()).propose(kDay);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().contains(u"plan_travel_minutes"_s) && bad.error().contains(u"-5"_s))
        << bad.error().toStdString();
    EXPECT_FALSE(PlanService(db.session()).propose(QDate()).ok());
    ASSERT_TRUE(settings.setValue(QString::fromLatin1(PlanService::kTravelSetting), u"30"_s).ok());
    db.setNow(at(20, 1));
    Result<PlanOutcome> over = PlanService(db.session()).propose(kDay);
    ASSERT_FALSE(over.ok()) << "the day's working hours are over";
    EXPECT_TRUE(over.error().contains(u"over"_s)) << over.error().toStdString();
}

TEST_F(PlanOnADatabase, TheDayToPlanIsTomorrowOnceTodayHasNoRoomForAJob)
{
    db.setNow(at(7));
    EXPECT_EQ(PlanService(db.session()).dayToPlan().value(), kDay);
    db.setNow(at(19)); // a removal (60 min) still fits before 20:00
    EXPECT_EQ(PlanService(db.session()).dayToPlan().value(), kDay);
    db.setNow(at(19, 1));
    EXPECT_EQ(PlanService(db.session()).dayToPlan().value(), kDay.addDays(1));
    // At 19:30 nothing fits: the orders left are unplaced for want of time, not of room.
    db.setNow(at(19, 30));
    const DayPlan plan = PlanService(db.session()).propose(kDay).value().plan;
    ASSERT_EQ(plan.unplaced.size(), 2);
    EXPECT_EQ(plan.unplaced[0].reason, UnplacedReason::NoTimeLeft);
}

// ---- Demo days --------------------------------------------------------------------------

#include "services/demo/demoservice.h"
#include "services/ruleservice.h"
#include "services/scheduleservice.h"
#include "storage/orderrepository.h"

// The demo operator's last ten days replayed (the orders open on each morning, their teams
// and windows taken away, plus the windows agreed that day kept), as staffed and with half
// of every team away: every proposal passes the checker, and the plan is never worse than
// the baseline.
TEST(DayPlanOnDemoDays, EveryProposalIsFeasibleAsStaffedAndShortStaffed)
{
    test::TestDatabase db;
    ASSERT_TRUE(DemoService(db.session()).generate(7, 3000).ok());
    const QList<WorkOrder> all = OrderRepository(db.database())
                                     .page({}, OrderSort::Deadline, std::nullopt, 100000)
                                     .value();
    const QList<ScheduleTeam> staffed = ScheduleService(db.session()).teams().value();
    QList<ScheduleTeam> halved = staffed;
    for (ScheduleTeam& team : halved)
        team.technicians /= 2;
    const TimelinessRules rules = timelinessRulesInForce(db.database()).value();
    const QTimeZone zone = db.session().zone();
    int unplaced = 0;
    qsizetype agreed = 0;
    for (const QList<ScheduleTeam>& teams : { staffed, halved }) {
        for (int back = 10; back >= 1; --back) {
            PlanInput input;
            input.date = db.session().today().addDays(-back);
            input.zone = zone;
            input.rules = rules;
            input.teams = teams;
            const QDateTime morning = QDateTime(input.date, QTime(8, 0), zone).toUTC();
            const QDateTime dayEnd = QDateTime(input.date.addDays(1), QTime(0, 0), zone).toUTC();
            const QDateTime dueBefore = QDateTime(input.date.addDays(2), QTime(0, 0), zone).toUTC();
            for (WorkOrder order : all) {
                if (order.status == OrderStatus::Cancelled)
                    continue;
                // Windows agreed for the day stay (those booked before its morning).
                if (order.appointmentStart.isValid() && order.appointmentStart >= morning
                    && order.appointmentStart < dayEnd && order.contactedAt.isValid()
                    && order.contactedAt < morning) {
                    input.booked.append(order);
                    continue;
                }
                if (order.receivedAt >= morning || order.deadline >= dueBefore)
                    continue;
                if (order.measuredAt.isValid() && order.measuredAt < morning)
                    continue;
                order.teamCode.clear();
                order.appointmentStart = order.appointmentEnd = QDateTime();
                input.unbooked.append(order);
            }
            agreed += input.booked.size();
            const DayPlan baseline = baselinePlan(input);
            const DayPlan plan = proposePlan(input);
            const QString day = input.date.toString(Qt::ISODate);
            EXPECT_TRUE(violations(input, plan).isEmpty())
                << day.toStdString() << ": " << violations(input, plan).join(u'\n').toStdString();
            EXPECT_TRUE(violations(input, baseline).isEmpty()) << day.toStdString();
            EXPECT_FALSE(baseline.cost < plan.cost) << day.toStdString();
            EXPECT_GT(plan.orders, 0) << day.toStdString();
            unplaced += int(plan.unplaced.size());
        }
    }
    EXPECT_GT(unplaced, 0) << "short-staffed days have more work than room";
    EXPECT_GT(agreed, 0) << "days with windows agreed before the morning, kept";
}
