#pragma once

#include "domain/organisation.h"
#include "domain/workorder.h"

#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace fd {

// A team's day (SPEC §14): its orders with their agreed windows and what is wrong with each.

enum class ScheduleProblem
{
    Overlap, // more parallel jobs than the team's active technicians
    AfterDeadline, // the window ends after the order's deadline
    OutsideHours, // the window is not inside the working hours of its day
    AreaNotCovered, // the team does not cover the order's area
    UnitNotActive // the team's unit is not active (SPEC §7) and may not be given orders
};

// "overlap", "after_deadline", "outside_hours", "area_not_covered", "unit_not_active".
QString scheduleProblemKey(ScheduleProblem problem);
// The problem in the reader's language, for a page or a warning.
QString scheduleProblemText(ScheduleProblem problem);

// The working day (a setting, default 08:00–20:00 in the operator's zone).
struct WorkingHours
{
    QTime start = QTime(8, 0);
    QTime end = QTime(20, 0);
};

// What the rule needs to know of the team.
struct ScheduleTeam
{
    QString code;
    int technicians = 0; // active technicians: how many jobs may run at once
    bool unitActive = true;
    QStringList areaCodes; // the areas it covers
    QString name {};
    QString unitCode {};
    bool active = true; // an inactive team is listed only on a day it has windows
};

struct ScheduledOrder
{
    QString number;
    QDateTime start; // UTC
    QDateTime end; // UTC
    OrderStatus status = OrderStatus::Scheduled;
    QList<ScheduleProblem> problems; // in the order of the enum
    WorkOrder order; // the order as read: customer, deadline, version for a page
};

struct TeamDay
{
    QString team;
    QString name;
    QString unitCode;
    QStringList areaCodes;
    int technicians = 0;
    qint64 bookedMinutes = 0; // the windows' lengths added up
    QList<ScheduledOrder> orders; // by start, then number
};

// Who has an order and when it is agreed (SPEC §14): what "assign and book in one step"
// sets, and what an undo puts back.
struct Booking
{
    QString teamCode; // empty: nobody has the order
    QString technicianCode; // kept when the team does not change
    QDateTime start; // UTC; invalid: no agreed window
    QDateTime end; // UTC
    QDateTime contactedAt; // when the customer agreed; invalid: not contacted

    bool hasWindow() const { return start.isValid() && end.isValid(); }
    bool operator==(const Booking& other) const
    {
        return teamCode == other.teamCode && technicianCode == other.technicianCode
            && start == other.start && end == other.end;
    }
    bool operator!=(const Booking& other) const { return !(*this == other); }
};

// The booking an order has now.
Booking bookingOf(const WorkOrder& order);

// The team's day from its orders that have a window (others are left out), problems flagged.
// An order overlaps when, at some moment of its window, more of the team's windows are open
// than the team has active technicians (a team without any overlaps with its first job).
TeamDay teamDay(const ScheduleTeam& team, const QList<WorkOrder>& orders, const WorkingHours& hours,
    const QTimeZone& zone);

// The problems one booking would have beside the team's other orders (for a page that asks
// before it saves): `order` with the window start–end, `others` the team's day without it.
QList<ScheduleProblem> bookingProblems(const ScheduleTeam& team, const WorkOrder& order,
    const QDateTime& start, const QDateTime& end, const QList<WorkOrder>& others,
    const WorkingHours& hours, const QTimeZone& zone);

} // namespace fd
