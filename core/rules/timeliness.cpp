#include "timeliness.h"

#include "rules/orderflow.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// Ten years of days: a calendar whose holidays leave no working day in that long is taken
// as broken, and the search stops there instead of running on.
constexpr int kLongestSearch = 3660;

int weekdayBit(const QDate& day)
{
    return 1 << (day.dayOfWeek() - 1); // Monday = 1 … Sunday = 64
}

// The last second of a local day. Built from the next local midnight so that a day of 23
// or 25 hours (daylight saving) ends where the operator's clocks say it does.
QDateTime endOfDay(const QDate& day, const QTimeZone& zone)
{
    const QDateTime nextMidnight(day.addDays(1), QTime(0, 0), zone);
    return nextMidnight.addSecs(-1).toUTC();
}

} // namespace

QString deadlinePolicyKey(DeadlinePolicy policy)
{
    return policy == DeadlinePolicy::WorkingDays ? u"working_days"_s : u"same_day"_s;
}

std::optional<DeadlinePolicy> deadlinePolicyFromKey(const QString& key)
{
    if (key == u"same_day"_s)
        return DeadlinePolicy::SameDay;
    if (key == u"working_days"_s)
        return DeadlinePolicy::WorkingDays;
    return std::nullopt;
}

QString deadlinePolicyDisplayName(DeadlinePolicy policy)
{
    return policy == DeadlinePolicy::WorkingDays
        ? QCoreApplication::translate("fd::Rules", "Working days")
        : QCoreApplication::translate("fd::Rules", "Same day");
}

WorkingCalendar::WorkingCalendar(int weekdays, QSet<QDate> holidays)
    : m_weekdays(weekdays & 127)
    , m_holidays(std::move(holidays))
{ }

bool WorkingCalendar::isWorkingDay(const QDate& day) const
{
    return day.isValid() && (m_weekdays & weekdayBit(day)) != 0 && !m_holidays.contains(day);
}

QDate WorkingCalendar::nextWorkingDay(const QDate& day) const
{
    QDate next = day.addDays(1);
    for (int i = 0; i < kLongestSearch && !isWorkingDay(next); ++i)
        next = next.addDays(1);
    return next;
}

QDate WorkingCalendar::addWorkingDays(const QDate& day0, int count) const
{
    QDate day = day0;
    for (int i = 0; i < count; ++i)
        day = nextWorkingDay(day);
    return day;
}

TimelinessRules TimelinessRules::fromRuleSet(const RuleSet& rules, const QSet<QDate>& holidays)
{
    TimelinessRules result;
    result.policy
        = rules.whole(rule::kPolicy) == 1 ? DeadlinePolicy::WorkingDays : DeadlinePolicy::SameDay;
    result.cutoffMinutes = int(rules.whole(rule::kCutoffMinutes));
    result.dueSoonMinutes = int(rules.whole(rule::kDueSoonMinutes));
    result.stuckOnSiteMinutes = int(rules.whole(rule::kStuckOnSiteMinutes));
    result.installDays = int(rules.whole(rule::kInstallDays));
    result.repairDays = int(rules.whole(rule::kRepairDays));
    result.removalDays = int(rules.whole(rule::kRemovalDays));
    result.calendar = WorkingCalendar(int(rules.whole(rule::kWorkingWeekdays)), holidays);
    result.creditInstallOnce = rules.value(rule::kCreditInstallMove);
    result.creditInstallPerDay = rules.value(rule::kCreditInstallPerDay);
    result.creditInstallMax = rules.value(rule::kCreditInstallMax);
    result.creditRepairPerDay = rules.value(rule::kCreditRepairPerDay);
    result.creditRepairMax = rules.value(rule::kCreditRepairMax);
    result.creditMissedAppointment = rules.value(rule::kCreditMissedAppointment);
    return result;
}

QDateTime orderDeadline(const TimelinessRules& rules, const QTimeZone& zone, OrderKind kind,
    const QDateTime& receivedAt, bool customerRequestedLater, const QDateTime& appointmentEnd)
{
    if (!receivedAt.isValid())
        return {};
    if (customerRequestedLater && appointmentEnd.isValid())
        return appointmentEnd.toUTC();
    const QDateTime local = receivedAt.toTimeZone(zone);
    const int minuteOfDay = local.time().hour() * 60 + local.time().minute();
    const bool beforeCutoff = minuteOfDay < rules.cutoffMinutes;
    if (rules.policy == DeadlinePolicy::WorkingDays) {
        const QDate received = local.date();
        const QDate day0 = rules.calendar.isWorkingDay(received) && beforeCutoff
            ? received
            : rules.calendar.nextWorkingDay(received);
        int days = rules.installDays;
        if (kind == OrderKind::Repair)
            days = rules.repairDays;
        else if (kind == OrderKind::Removal)
            days = rules.removalDays;
        return endOfDay(rules.calendar.addWorkingDays(day0, days), zone);
    }
    if (beforeCutoff)
        return endOfDay(local.date(), zone);
    return receivedAt.toUTC().addSecs(24 * 60 * 60);
}

QDateTime orderDeadline(const TimelinessRules& rules, const QTimeZone& zone, const WorkOrder& order)
{
    return orderDeadline(rules, zone, order.kind, order.receivedAt, order.customerRequestedLater,
        order.appointmentEnd);
}

QDateTime measuredEvent(OrderKind kind, const QDateTime& arrivedAt, const QDateTime& completedAt)
{
    switch (kind) {
    case OrderKind::Install:
    case OrderKind::Move:
        return arrivedAt;
    case OrderKind::Repair:
    case OrderKind::Removal:
        return completedAt;
    }
    return arrivedAt;
}

Timeliness timeliness(
    const QDateTime& deadline, const QDateTime& measured, const QDateTime& now, int dueSoonMinutes)
{
    if (measured.isValid())
        return measured <= deadline ? Timeliness::OnTime : Timeliness::Late;
    if (now > deadline)
        return Timeliness::Overdue;
    if (now.secsTo(deadline) <= qint64(dueSoonMinutes) * 60)
        return Timeliness::DueSoon;
    return Timeliness::OnTrack;
}

qint64 daysLate(const TimelinessRules& rules, const QTimeZone& zone, const QDateTime& deadline,
    const QDateTime& until)
{
    if (!deadline.isValid() || !until.isValid() || until <= deadline)
        return 0;
    if (rules.policy == DeadlinePolicy::WorkingDays) {
        const qint64 calendarDays
            = deadline.toTimeZone(zone).date().daysTo(until.toTimeZone(zone).date());
        return qMax<qint64>(1, calendarDays);
    }
    const qint64 secondsLate = deadline.secsTo(until);
    return (secondsLate + 86399) / 86400;
}

double compensationCredit(const TimelinessRules& rules, const QTimeZone& zone, OrderKind kind,
    const QDateTime& deadline, const QDateTime& measured, const QDateTime& now)
{
    const QDateTime until = measured.isValid() ? measured : now;
    const qint64 days = daysLate(rules, zone, deadline, until);
    if (days == 0)
        return 0;
    switch (kind) {
    case OrderKind::Install:
    case OrderKind::Move:
        return rules.creditInstallOnce
            + qMin(rules.creditInstallMax, rules.creditInstallPerDay * double(days));
    case OrderKind::Removal:
        return 0; // the customer is leaving: a late disconnection owes no credit
    case OrderKind::Repair:
        break;
    }
    return qMin(rules.creditRepairMax, rules.creditRepairPerDay * double(days));
}

bool missedAppointment(const WorkOrder& order, const QDateTime& now)
{
    if (!order.appointmentEnd.isValid() || order.status == OrderStatus::Cancelled
        || order.customerRequestedLater)
        return false;
    if (order.arrivedAt.isValid())
        return order.arrivedAt > order.appointmentEnd;
    return now.isValid() && now > order.appointmentEnd;
}

double orderCredit(const TimelinessRules& rules, const QTimeZone& zone, const WorkOrder& order,
    const QDateTime& now)
{
    if (order.exemptReason || !countsTowardTimeliness(order.status) || isRemoval(order.kind))
        return 0;
    double credit
        = compensationCredit(rules, zone, order.kind, order.deadline, order.measuredAt, now);
    if (missedAppointment(order, now))
        credit += rules.creditMissedAppointment;
    return credit;
}

} // namespace fd
