#include "kpiservice.h"

#include "rules/kpi.h"
#include "rules/permissions.h"
#include "rules/timeliness.h"
#include "services/ruleservice.h"
#include "storage/database.h"
#include "storage/kpirepository.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// The values behind one row before they become percentiles and percentages.
struct KpiValues
{
    QList<qint64> supply, repair, complaints; // seconds
    qint64 supplyMet = 0;
    qint64 repairMet = 0;
    qint64 faults = 0;
    qint64 subscribers = 0;
    qint64 appointments = 0;
    qint64 missed = 0;
    qint64 credits = 0;
    double creditAmount = 0;

    void add(const KpiValues& other)
    {
        supply += other.supply;
        repair += other.repair;
        complaints += other.complaints;
        supplyMet += other.supplyMet;
        repairMet += other.repairMet;
        faults += other.faults;
        subscribers += other.subscribers;
        appointments += other.appointments;
        missed += other.missed;
        credits += other.credits;
        creditAmount += other.creditAmount;
    }
};

KpiRow rowOf(const QString& unit, const KpiValues& values)
{
    KpiRow row;
    row.unit = unit;
    row.supplyCount = values.supply.size();
    row.supplyP50 = percentileHours(values.supply, 50);
    row.supplyP95 = percentileHours(values.supply, 95);
    row.supplyMetPct = percentOneDecimal(values.supplyMet, row.supplyCount);
    row.repairCount = values.repair.size();
    row.repairP80 = percentileHours(values.repair, 80);
    row.repairP95 = percentileHours(values.repair, 95);
    row.repairMetPct = percentOneDecimal(values.repairMet, row.repairCount);
    row.faultsReceived = values.faults;
    row.subscribers = values.subscribers;
    // Two decimals: a month's faults per 100 households is mostly well under one.
    if (values.subscribers > 0)
        row.faultRatePer100 = Rational(100 * values.faults, values.subscribers).roundedHalfUp(2);
    row.appointments = values.appointments;
    row.missedAppointments = values.missed;
    row.missedPct = percentOneDecimal(values.missed, values.appointments);
    row.complaintCount = values.complaints.size();
    row.complaintP80 = percentileHours(values.complaints, 80);
    row.complaintP95 = percentileHours(values.complaints, 95);
    row.creditCount = values.credits;
    row.creditAmount = values.creditAmount;
    return row;
}

} // namespace

QString KpiService::allUnits()
{
    return u"all"_s;
}

Result<QList<KpiRow>> KpiService::month(const QDate& requested, const QString& asked) const
{
    const Actor& actor = m_session.actor();
    FD_TRY(checkAllowed(actor, Action::ViewEvaluations));
    // A representative's indicators are its own unit's (SPEC §1), asked for or not.
    const QString unitCode = boundToUnit(actor) && asked.isEmpty() ? actor.unitCode : asked;
    FD_TRY(checkUnitScope(actor, unitCode));
    Database& database = m_session.database();
    const QDate month(requested.year(), requested.month(), 1);
    const QDateTime from(month, QTime(0, 0), m_session.zone());
    const QDateTime before(month.addMonths(1), QTime(0, 0), m_session.zone());
    const QDateTime now = m_session.now();
    const KpiRepository repository(database);
    FD_TRY_ASSIGN(const auto units, repository.units());
    if (!unitCode.isEmpty()) {
        const bool known = std::any_of(units.cbegin(), units.cend(),
            [&](const auto& unit) { return unit.second == unitCode; });
        if (!known)
            return Error(QCoreApplication::translate("fd::KpiService", "There is no unit “%1”.")
                             .arg(unitCode));
    }
    FD_TRY_ASSIGN(const TimelinessRules rules, timelinessRulesInForce(database));

    QHash<qint64, KpiValues> byUnit;
    FD_TRY_ASSIGN(const auto completed, repository.completed(from, before));
    for (const KpiCompletedOrder& order : completed) {
        KpiValues& unit = byUnit[order.unitId];
        if (order.kind == OrderKind::Repair) {
            unit.repair.append(order.seconds);
            unit.repairMet += order.met ? 1 : 0;
        } else {
            unit.supply.append(order.seconds);
            unit.supplyMet += order.met ? 1 : 0;
        }
    }
    FD_TRY_ASSIGN(const auto faults, repository.repairsReceived(from, before));
    for (auto it = faults.cbegin(); it != faults.cend(); ++it)
        byUnit[it.key()].faults = it.value();
    FD_TRY_ASSIGN(const auto subscribers, repository.subscribers());
    for (auto it = subscribers.cbegin(); it != subscribers.cend(); ++it)
        byUnit[it.key()].subscribers = it.value();
    // A window that has not ended yet by now is not in the population.
    FD_TRY_ASSIGN(const auto windows, repository.windowsEnded(from, qMin(before, now)));
    for (const KpiOrder& row : windows) {
        KpiValues& unit = byUnit[row.unitId];
        ++unit.appointments;
        // SPEC §11: an order rearranged at the customer's request has no missed appointment.
        if (missedAppointment(row.order, now))
            ++unit.missed;
    }
    FD_TRY_ASSIGN(const auto complaints, repository.resolvedComplaints(from, before));
    for (const KpiResolvedComplaint& complaint : complaints)
        byUnit[complaint.unitId].complaints.append(complaint.seconds);
    // A lateness credit becomes due in the month of the deadline it missed; a missed
    // appointment's in the month its window ended (as the indicators of SPEC §8 count them).
    FD_TRY_ASSIGN(const auto candidates, repository.creditCandidates(from, before));
    for (const KpiOrder& row : candidates) {
        const WorkOrder& order = row.order;
        if (order.exemptReason || isRemoval(order.kind))
            continue;
        double amount = 0;
        if (order.deadline >= from && order.deadline < before)
            amount += compensationCredit(
                rules, m_session.zone(), order.kind, order.deadline, order.measuredAt, now);
        if (order.appointmentEnd.isValid() && order.appointmentEnd >= from
            && order.appointmentEnd < before && missedAppointment(order, now))
            amount += rules.creditMissedAppointment;
        if (amount > 0) {
            KpiValues& unit = byUnit[row.unitId];
            ++unit.credits;
            unit.creditAmount += amount;
        }
    }

    QList<KpiRow> rows;
    KpiValues all;
    for (const auto& [unitId, code] : units) {
        const KpiValues values = byUnit.value(unitId);
        all.add(values);
        if (unitCode.isEmpty() || unitCode == code)
            rows.append(rowOf(code, values));
    }
    if (unitCode.isEmpty())
        rows.append(rowOf(allUnits(), all));
    return rows;
}

} // namespace fd
