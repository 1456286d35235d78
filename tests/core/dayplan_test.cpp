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
