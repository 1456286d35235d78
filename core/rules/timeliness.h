#pragma once

#include "domain/workorder.h"
#include "rules/ruleset.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

namespace fd {

// SPEC §4 and §11: the service-level policy in force (the deadline of an order, the event it
// measures) and the credits owed to the customer. Pure functions; instants are UTC, days are
// cut in the operator's zone. Every deadline of FiberDesk is computed by orderDeadline().

enum class DeadlinePolicy
{
    SameDay = 0, // SPEC §4: the end of the day of receipt, or 24 h after the cut-off
    WorkingDays = 1, // SPEC §11: N working days after day 0
};

QString deadlinePolicyKey(DeadlinePolicy policy); // "same_day", "working_days"
std::optional<DeadlinePolicy> deadlinePolicyFromKey(const QString& key);
QString deadlinePolicyDisplayName(DeadlinePolicy policy);

// The operator's working days: the weekdays chosen (a mask, Monday = 1, Tuesday = 2, …,
// Sunday = 64) minus the holidays of its calendar.
class WorkingCalendar
{
public:
    static constexpr int kMondayToFriday = 1 | 2 | 4 | 8 | 16;

    WorkingCalendar() = default;
    WorkingCalendar(int weekdays, QSet<QDate> holidays);

    int weekdays() const { return m_weekdays; }
    const QSet<QDate>& holidays() const { return m_holidays; }
    bool isWorkingDay(const QDate& day) const;
    // The first working day after `day` (not `day` itself).
    QDate nextWorkingDay(const QDate& day) const;
    // The working day that lies `count` working days after `day0` (count 0: day0 itself).
    QDate addWorkingDays(const QDate& day0, int count) const;

private:
    int m_weekdays = kMondayToFriday;
    QSet<QDate> m_holidays;
};

struct TimelinessRules
{
    DeadlinePolicy policy = DeadlinePolicy::SameDay;
    int cutoffMinutes = 16 * 60; // orders received before this local time count that day
    int dueSoonMinutes = 120;
    int stuckOnSiteMinutes = 240; // on site longer than this: stuck (issue 16)
    // working_days: the working days after day 0 each kind has.
    int installDays = 2; // installs and moves
    int repairDays = 2;
    int removalDays = 3;
    WorkingCalendar calendar;
    // Credits (SPEC §11): an install or move owes `installOnce` once and `installPerDay` per
    // day late (at most `installMax`); a repair `repairPerDay` per day late (at most
    // `repairMax`); a missed appointment `missedAppointment` once. A removal owes nothing.
    double creditInstallOnce = 20;
    double creditInstallPerDay = 0;
    double creditInstallMax = 0;
    double creditRepairPerDay = 10;
    double creditRepairMax = 100;
    double creditMissedAppointment = 0;

    // The calendar's holidays are not rules: the service that loads the rules adds them.
    static TimelinessRules fromRuleSet(const RuleSet& rules, const QSet<QDate>& holidays = {});
};

// The deadline of an order under the policy in force:
// - a later window the customer asked for → the end of that window (if one was agreed);
// - same_day: received before the cut-off → the end (23:59:59) of that local day; at or
//   after it → received + 24 h;
// - working_days: day 0 is the day of receipt if it is a working day and the order came
//   before the cut-off, else the next working day; the deadline is 23:59:59 of the working
//   day that lies install_days (install, move), repair_days or removal_days working days
//   after day 0.
QDateTime orderDeadline(const TimelinessRules& rules, const QTimeZone& zone, OrderKind kind,
    const QDateTime& receivedAt, bool customerRequestedLater, const QDateTime& appointmentEnd);
QDateTime orderDeadline(
    const TimelinessRules& rules, const QTimeZone& zone, const WorkOrder& order);

// What timeliness measures: the first arrival for an install or a move, completion for a
// repair or a removal. Invalid while it has not happened.
QDateTime measuredEvent(OrderKind kind, const QDateTime& arrivedAt, const QDateTime& completedAt);

enum class Timeliness
{
    OnTrack, // not yet happened, deadline more than "due soon" away
    DueSoon, // not yet happened, deadline within "due soon"
    Overdue, // not yet happened, deadline passed
    OnTime, // happened at or before the deadline
    Late, // happened after the deadline
};

Timeliness timeliness(
    const QDateTime& deadline, const QDateTime& measured, const QDateTime& now, int dueSoonMinutes);

// The days an event at `until` is late for `deadline`: same_day counts started 24-hour
// periods; working_days counts calendar days in the operator's zone (at least 1 once late).
qint64 daysLate(const TimelinessRules& rules, const QTimeZone& zone, const QDateTime& deadline,
    const QDateTime& until);

// The credit owed for lateness measured at `measured` (or, while the event has not
// happened, at `now`): install or move once and per day late (capped), repair per day late
// (capped), removal nothing. Zero when on time.
double compensationCredit(const TimelinessRules& rules, const QTimeZone& zone, OrderKind kind,
    const QDateTime& deadline, const QDateTime& measured, const QDateTime& now);

// A missed appointment (SPEC §11): a window was agreed, the order is not cancelled and was
// not rearranged at the customer's request, and the technician arrived after the window
// ended or (the window over by `now`) has not arrived.
bool missedAppointment(const WorkOrder& order, const QDateTime& now);

// Everything the customer is owed for an order by `now`: the lateness credit and the
// missed-appointment credit. Nothing for a cancelled or exempt order, nor for a removal.
double orderCredit(const TimelinessRules& rules, const QTimeZone& zone, const WorkOrder& order,
    const QDateTime& now);

} // namespace fd
