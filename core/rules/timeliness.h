#pragma once

#include "domain/workorder.h"
#include "rules/ruleset.h"

#include <QDateTime>
#include <QTimeZone>

namespace fd {

// SPEC §4 timeliness: the operator's "same day" rule, the event it measures, and the
// compensation credit owed when an order is late. Pure functions; instants are UTC, days
// are cut in the operator's zone.

struct TimelinessRules
{
    int cutoffMinutes = 16 * 60; // orders received before this local time are due the same day
    int dueSoonMinutes = 120;
    double creditInstallMove = 20;
    double creditRepairPerDay = 10;
    double creditRepairMax = 100;

    static TimelinessRules fromRuleSet(const RuleSet& rules);
};

// Received before the cut-off → the end (23:59:59) of that local day; at or after it →
// received + 24 h; when the customer asked for a later appointment → the end of that
// window (if one was agreed).
QDateTime orderDeadline(const TimelinessRules& rules, const QTimeZone& zone,
    const QDateTime& receivedAt, bool customerRequestedLater, const QDateTime& appointmentEnd);

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

// The credit owed for lateness measured at `measured` (or, while the event has not
// happened, at `now`): install or move a fixed amount once; repair an amount per started
// day late, capped; a removal nothing (it counts in timeliness only). Zero when on time.
double compensationCredit(const TimelinessRules& rules, OrderKind kind, const QDateTime& deadline,
    const QDateTime& measured, const QDateTime& now);

} // namespace fd
