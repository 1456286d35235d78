#pragma once

#include "rules/rational.h"

#include <QString>
#include <optional>

namespace fd {

// SPEC §12: one row of the regulatory indicators of a month, for one unit or for all
// ("all"). Durations are hours rounded half up to one decimal, percentages likewise; a
// figure with no values behind it is empty (null).
struct KpiRow
{
    QString unit; // a unit's code, or "all"
    // Supply time: installs completed in the month (completed − received).
    qint64 supplyCount = 0;
    std::optional<Rational> supplyP50, supplyP95, supplyMetPct;
    // Fault repair time: repairs completed in the month.
    qint64 repairCount = 0;
    std::optional<Rational> repairP80, repairP95, repairMetPct;
    // Repairs received in the month per 100 subscribers of the unit's areas.
    qint64 faultsReceived = 0;
    qint64 subscribers = 0;
    std::optional<Rational> faultRatePer100;
    // Orders not cancelled whose agreed window ended in the month, and the missed ones.
    qint64 appointments = 0;
    qint64 missedAppointments = 0;
    std::optional<Rational> missedPct;
    // Complaints resolved in the month (resolved − received).
    qint64 complaintCount = 0;
    std::optional<Rational> complaintP80, complaintP95;
    // Orders whose credit became due in the month, and the amount.
    qint64 creditCount = 0;
    double creditAmount = 0;
};

} // namespace fd
