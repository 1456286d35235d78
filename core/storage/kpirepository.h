#pragma once

#include "common/result.h"
#include "domain/workorder.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace fd {

class Database;

// A completed order of SPEC §12's supply or repair population.
struct KpiCompletedOrder
{
    qint64 unitId = 0;
    OrderKind kind = OrderKind::Install;
    qint64 seconds = 0; // completed − received
    bool met = false; // its measured event at or before its deadline
};

// A resolved complaint: resolved − received.
struct KpiResolvedComplaint
{
    qint64 unitId = 0;
    qint64 seconds = 0;
};

// An order as the credit and missed-appointment rules of SPEC §11 read it (its id, unit id
// and the fields timeliness.h looks at).
struct KpiOrder
{
    qint64 unitId = 0;
    WorkOrder order;
};

// The rows behind the regulatory indicators of SPEC §12. [from, before) is the month in UTC.
class KpiRepository
{
public:
    explicit KpiRepository(const Database& database)
        : m_database(database)
    { }

    // Installs and repairs completed in the month.
    Result<QList<KpiCompletedOrder>> completed(
        const QDateTime& from, const QDateTime& before) const;
    // Repairs received in the month, not cancelled, by unit id.
    Result<QHash<qint64, qint64>> repairsReceived(
        const QDateTime& from, const QDateTime& before) const;
    // The subscribers of each unit's areas, by unit id.
    Result<QHash<qint64, qint64>> subscribers() const;
    // Orders not cancelled whose agreed window ended in [from, before).
    Result<QList<KpiOrder>> windowsEnded(const QDateTime& from, const QDateTime& before) const;
    // Orders not cancelled whose deadline or agreed window's end falls in [from, before):
    // those a credit can become due for in the month.
    Result<QList<KpiOrder>> creditCandidates(const QDateTime& from, const QDateTime& before) const;
    // Complaints resolved in the month.
    Result<QList<KpiResolvedComplaint>> resolvedComplaints(
        const QDateTime& from, const QDateTime& before) const;
    // (id, code) of every unit, by code.
    Result<QList<std::pair<qint64, QString>>> units() const;

private:
    const Database& m_database;
};

} // namespace fd
