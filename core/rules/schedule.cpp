#include "schedule.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QString scheduleProblemKey(ScheduleProblem problem)
{
    switch (problem) {
    case ScheduleProblem::Overlap:
        return u"overlap"_s;
    case ScheduleProblem::AfterDeadline:
        return u"after_deadline"_s;
    case ScheduleProblem::OutsideHours:
        return u"outside_hours"_s;
    case ScheduleProblem::AreaNotCovered:
        return u"area_not_covered"_s;
    case ScheduleProblem::UnitNotActive:
        return u"unit_not_active"_s;
    }
    return QString();
}

QString scheduleProblemText(ScheduleProblem problem)
{
    switch (problem) {
    case ScheduleProblem::Overlap:
        return QCoreApplication::translate(
            "fd::Schedule", "More jobs at once than the team has active technicians");
    case ScheduleProblem::AfterDeadline:
        return QCoreApplication::translate("fd::Schedule", "The window ends after the deadline");
    case ScheduleProblem::OutsideHours:
        return QCoreApplication::translate("fd::Schedule", "Outside working hours");
    case ScheduleProblem::AreaNotCovered:
        return QCoreApplication::translate("fd::Schedule", "The team does not cover the area");
    case ScheduleProblem::UnitNotActive:
        return QCoreApplication::translate("fd::Schedule", "The team's unit is not active");
    }
    return QString();
}

namespace {

struct Window
{
    QDateTime start;
    QDateTime end;
};

// The most windows open at one moment of `window`, itself included. The most is reached at
// the start of one of them (its own, or a later one's that begins inside it).
int mostAtOnce(const Window& window, const QList<Window>& others)
{
    QList<QDateTime> moments { window.start };
    for (const Window& other : others) {
        if (other.start > window.start && other.start < window.end)
            moments.append(other.start);
    }
    int most = 0;
    for (const QDateTime& moment : moments) {
        int open = 1; // the window itself
        for (const Window& other : others) {
            if (other.start <= moment && moment < other.end)
                ++open;
        }
        most = std::max(most, open);
    }
    return most;
}

bool outsideHours(
    const QDateTime& start, const QDateTime& end, const WorkingHours& hours, const QTimeZone& zone)
{
    const QDateTime localStart = start.toTimeZone(zone);
    const QDateTime opens(localStart.date(), hours.start, zone);
    const QDateTime closes(localStart.date(), hours.end, zone);
    return start < opens || end > closes;
}

QList<ScheduleProblem> problemsOf(const ScheduleTeam& team, const WorkOrder& order,
    const Window& window, const QList<Window>& others, const WorkingHours& hours,
    const QTimeZone& zone)
{
    QList<ScheduleProblem> problems;
    if (mostAtOnce(window, others) > team.technicians)
        problems.append(ScheduleProblem::Overlap);
    if (order.deadline.isValid() && window.end > order.deadline)
        problems.append(ScheduleProblem::AfterDeadline);
    if (outsideHours(window.start, window.end, hours, zone))
        problems.append(ScheduleProblem::OutsideHours);
    if (!team.areaCodes.contains(order.areaCode))
        problems.append(ScheduleProblem::AreaNotCovered);
    if (!team.unitActive)
        problems.append(ScheduleProblem::UnitNotActive);
    return problems;
}

bool hasWindow(const WorkOrder& order)
{
    return order.appointmentStart.isValid() && order.appointmentEnd.isValid();
}

} // namespace

TeamDay teamDay(const ScheduleTeam& team, const QList<WorkOrder>& orders, const WorkingHours& hours,
    const QTimeZone& zone)
{
    QList<WorkOrder> booked;
    for (const WorkOrder& order : orders) {
        if (hasWindow(order))
            booked.append(order);
    }
    std::sort(booked.begin(), booked.end(), [](const WorkOrder& a, const WorkOrder& b) {
        return a.appointmentStart != b.appointmentStart ? a.appointmentStart < b.appointmentStart
                                                        : a.number < b.number;
    });
    TeamDay day;
    day.team = team.code;
    day.name = team.name;
    day.unitCode = team.unitCode;
    day.areaCodes = team.areaCodes;
    day.technicians = team.technicians;
    for (qsizetype i = 0; i < booked.size(); ++i) {
        const WorkOrder& order = booked.at(i);
        const Window window { order.appointmentStart, order.appointmentEnd };
        QList<Window> others;
        for (qsizetype j = 0; j < booked.size(); ++j) {
            if (j != i)
                others.append({ booked.at(j).appointmentStart, booked.at(j).appointmentEnd });
        }
        ScheduledOrder scheduled;
        scheduled.number = order.number;
        scheduled.start = window.start;
        scheduled.end = window.end;
        scheduled.status = order.status;
        scheduled.problems = problemsOf(team, order, window, others, hours, zone);
        scheduled.order = order;
        day.bookedMinutes += std::max<qint64>(0, window.start.secsTo(window.end) / 60);
        day.orders.append(scheduled);
    }
    return day;
}

Booking bookingOf(const WorkOrder& order)
{
    Booking booking;
    booking.teamCode = order.teamCode;
    booking.technicianCode = order.technicianCode;
    if (hasWindow(order)) {
        booking.start = order.appointmentStart;
        booking.end = order.appointmentEnd;
    }
    booking.contactedAt = order.contactedAt;
    return booking;
}

QList<ScheduleProblem> bookingProblems(const ScheduleTeam& team, const WorkOrder& order,
    const QDateTime& start, const QDateTime& end, const QList<WorkOrder>& others,
    const WorkingHours& hours, const QTimeZone& zone)
{
    QList<Window> windows;
    for (const WorkOrder& other : others) {
        if (hasWindow(other) && other.number != order.number)
            windows.append({ other.appointmentStart, other.appointmentEnd });
    }
    return problemsOf(team, order, { start, end }, windows, hours, zone);
}

} // namespace fd
