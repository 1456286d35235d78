#include "timeliness.h"

namespace fd {

TimelinessRules TimelinessRules::fromRuleSet(const RuleSet& rules)
{
    TimelinessRules result;
    result.cutoffMinutes = int(rules.whole(rule::kCutoffMinutes));
    result.dueSoonMinutes = int(rules.whole(rule::kDueSoonMinutes));
    result.creditInstallMove = rules.value(rule::kCreditInstallMove);
    result.creditRepairPerDay = rules.value(rule::kCreditRepairPerDay);
    result.creditRepairMax = rules.value(rule::kCreditRepairMax);
    return result;
}

QDateTime orderDeadline(const TimelinessRules& rules, const QTimeZone& zone,
    const QDateTime& receivedAt, bool customerRequestedLater, const QDateTime& appointmentEnd)
{
    if (!receivedAt.isValid())
        return {};
    if (customerRequestedLater && appointmentEnd.isValid())
        return appointmentEnd.toUTC();
    const QDateTime local = receivedAt.toTimeZone(zone);
    const int minuteOfDay = local.time().hour() * 60 + local.time().minute();
    if (minuteOfDay < rules.cutoffMinutes) {
        // The last second of the local day. Built from the next local midnight so that a day
        // of 23 or 25 hours (daylight saving) ends where the operator's clocks say it does.
        const QDateTime nextMidnight(local.date().addDays(1), QTime(0, 0), zone);
        return nextMidnight.addSecs(-1).toUTC();
    }
    return receivedAt.toUTC().addSecs(24 * 60 * 60);
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

double compensationCredit(const TimelinessRules& rules, OrderKind kind, const QDateTime& deadline,
    const QDateTime& measured, const QDateTime& now)
{
    const QDateTime until = measured.isValid() ? measured : now;
    if (!deadline.isValid() || !until.isValid() || until <= deadline)
        return 0;
    switch (kind) {
    case OrderKind::Install:
    case OrderKind::Move:
        return rules.creditInstallMove;
    case OrderKind::Removal:
        return 0; // the customer is leaving: a late disconnection owes no credit
    case OrderKind::Repair:
        break;
    }
    const qint64 secondsLate = deadline.secsTo(until);
    const qint64 startedDays = (secondsLate + 86399) / 86400;
    return qMin(rules.creditRepairMax, rules.creditRepairPerDay * double(startedDays));
}

} // namespace fd
