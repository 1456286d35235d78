#pragma once

#include "domain/workorder.h"
#include "rules/schedule.h"
#include "rules/timeliness.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace fd {

// SPEC §15, the day plan: a team and a window for every open order due by the end of D + 1
// that has no agreed window, never touching what a dispatcher already agreed (an order
// already assigned keeps its team: only a window is proposed for it).
//
// The model: each team's working day on D is cut into steps (15 min); a job holds one of the
// team's technicians from its start to its end plus the travel buffer. At no step may more
// jobs be held than the team has active technicians; the agreed windows of the day hold
// theirs first. (Jobs that each hold one technician and never exceed the team's count at
// once can always be dealt out to its technicians, so the buffer lies between the jobs of
// every one of them.)
//
// What a placement costs is the order's own: the credit owed if the job ends at the window's
// end, whether it is late, and by how many minutes (the window's end, not its start: a
// window that ends after the deadline is what the schedule flags, SPEC §14). An order left
// unplaced is counted as done at the close of the next day's working hours.

struct PlanSettings
{
    WorkingHours hours;
    int installMinutes = 120;
    int moveMinutes = 90;
    int repairMinutes = 90;
    int removalMinutes = 60;
    int travelMinutes = 30;
    int stepMinutes = 15; // windows start on the quarter hour

    int minutes(OrderKind kind) const;
};

// What the plan needs to know of a team (ScheduleTeam) and of its day: the windows agreed.
struct PlanInput
{
    QDate date;
    QTimeZone zone;
    TimelinessRules rules;
    PlanSettings settings;
    QList<ScheduleTeam> teams;
    QList<WorkOrder> unbooked; // open, due by the end of D + 1, no agreed window
    QList<WorkOrder> booked; // the day's agreed windows, kept as they are
    // No window starts before this (the moment the plan is made, on the day itself); invalid:
    // the whole working day is open (a replayed day).
    QDateTime notBefore;
};

// Why a proposal is where it is (SPEC §15: each proposal says why).
enum class PlanReason
{
    OnTime, // ends before its deadline
    Overdue, // already past its deadline: the earliest end any covering team can give
    NoRoomInTime, // no covering team has room before the deadline: the least late window
    AheadOfDeadline // due tomorrow, placed in room today
};
QString planReasonKey(PlanReason reason); // "on_time", "overdue", "no_room_in_time", "ahead"
QString planReasonText(PlanReason reason);

// Why an order could not be placed.
enum class UnplacedReason
{
    NoCoveringTeam, // no team of an active unit with technicians covers the area
    NoRoom, // covering teams exist, but their day is full
    AssignedTeamCannotTakeIt, // a dispatcher chose a team that has no one to send today
    NoTimeLeft // what is left of the working day is shorter than the job
};
// "no_covering_team", "no_room", "assigned_team_unavailable", "no_time_left"
QString unplacedReasonKey(UnplacedReason reason);
QString unplacedReasonText(UnplacedReason reason);

struct PlanProposal
{
    QString number;
    QString customer; // to tell proposals apart on a schedule
    QString team;
    QDateTime start; // UTC
    QDateTime end; // UTC
    PlanReason reason = PlanReason::OnTime;
    double credit = 0; // owed if the job ends at `end`
    bool late = false;
};

struct UnplacedOrder
{
    QString number;
    UnplacedReason reason = UnplacedReason::NoRoom;
};

// The three figures the plan minimises, in this order, then two tie-breaks: fewer orders left
// unplaced, earlier ends. Credits are counted in cents so that sums compare exactly.
struct PlanCost
{
    qint64 creditCents = 0;
    int late = 0;
    qint64 latenessMinutes = 0;
    int unplaced = 0;
    qint64 endMinutes = 0;

    PlanCost& operator+=(const PlanCost& other);
    PlanCost& operator-=(const PlanCost& other);
    friend bool operator<(const PlanCost& a, const PlanCost& b);
    friend bool operator==(const PlanCost& a, const PlanCost& b);
};

struct DayPlan
{
    QDate date;
    int orders = 0; // the orders to place
    QList<PlanProposal> proposals; // by team, then start, then number
    QList<UnplacedOrder> unplaced; // by number
    PlanCost cost; // of the plan, unplaced orders included
};

// The baseline of SPEC §15: earliest deadline first, each order to the least-loaded covering
// team that has room, at its earliest window there.
DayPlan baselinePlan(const PlanInput& input);

// The proposal: the baseline's construction made cost-aware, then improved by removing and
// re-inserting groups of orders (large-neighbourhood search) for `iterations` rounds with a
// fixed seed, so the same input always gives the same plan. Never worse than the baseline.
DayPlan proposePlan(const PlanInput& input, int iterations = -1);

// What placing `order` to end at `end` costs (for the exact solver and the tests); an
// invalid `end` prices it unplaced.
PlanCost placementCost(const PlanInput& input, const WorkOrder& order, const QDateTime& end);

} // namespace fd
