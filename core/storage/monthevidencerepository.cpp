#include "monthevidencerepository.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// The four populations of SPEC §7, less what upheld appeals took out of them (§10), as (unit, id,
// flag, removal) rows. Removals count in timeliness (measured at completion) but are neither
// repairs nor the visit a repeat fault comes back after: a disconnection fixes nothing. The status
// list names every status but cancelled so that the (status, deadline) index serves the month's
// range. A function, not a constant: the status keys are read at run time, after static start-up.
QString ordersDueStatement()
{
    return u"SELECT o.unit_id AS unit_id, o.id AS ref, "
           "CASE WHEN o.measured_at IS NOT NULL AND o.measured_at <= o.deadline_at THEN 1 ELSE 0 "
           "END AS flag, CASE WHEN o.kind = 'removal' THEN 1 ELSE 0 END AS removal "
           "FROM orders o WHERE "_s
        + statusInList(u"o.status"_s, countingOrderStatuses())
        + u" AND o.deadline_at >= ? AND o.deadline_at < ? AND o.exempt_reason IS NULL "
          "AND (o.measured_at IS NOT NULL OR o.deadline_at < ?) "
          // SPEC §10: an upheld appeal exempts the order (reason "appeal").
          "AND NOT EXISTS (SELECT 1 FROM appeals a WHERE a.order_id = o.id "
          "AND a.item = 'late_order' AND a.status = 'upheld')"_s;
}

const QString kRepairs
    = u"SELECT o.unit_id AS unit_id, o.id AS ref, CASE WHEN NOT EXISTS (SELECT 1 FROM appeals a "
      "WHERE a.order_id = o.id AND a.item = 'repeat' AND a.status = 'upheld') "
      "AND EXISTS (SELECT 1 FROM orders p WHERE "
      u"p.account = o.account "
      "AND p.unit_id = o.unit_id AND p.status = 'completed' AND p.kind <> 'removal' "
      "AND p.completed_at >= o.received_at - ? "
      "AND p.completed_at < o.received_at) THEN 1 ELSE 0 END AS flag, 0 AS removal "
      "FROM orders o WHERE o.received_at >= ? AND o.received_at < ? AND o.kind = 'repair' AND o.status <> 'cancelled'"_s;

const QString kCallbacks
    = u"SELECT o.unit_id AS unit_id, c.id AS ref, "
      "c.on_time + c.appointment + c.uniform + c.standard_service + c.tested + c.site_cleaned AS "
      "flag, 0 AS removal "
      "FROM callback_tasks c JOIN orders o ON o.id = c.order_id "
      "WHERE c.concluded_at >= ? AND c.concluded_at < ? AND c.status = 'reached'"_s;

const QString kComplaints
    = u"SELECT c.unit_id AS unit_id, c.id AS ref, 1 AS flag, 0 AS removal FROM complaints c "
      "WHERE c.verified_at >= ? AND c.verified_at < ? AND c.staff_caused = 1 "
      "AND NOT EXISTS (SELECT 1 FROM appeals a WHERE a.complaint_id = c.id "
      "AND a.status = 'upheld')"_s;

QList<MonthEvidenceRepository::Statement> populations(
    const QDateTime& from, const QDateTime& before, const QDateTime& now, int repeatWindowDays)
{
    const qint64 start = from.toSecsSinceEpoch();
    const qint64 end = before.toSecsSinceEpoch();
    return {
        { EvidenceKind::Order, ordersDueStatement(), { start, end, now.toSecsSinceEpoch() } },
        { EvidenceKind::Repair, kRepairs, { qint64(repeatWindowDays) * 86400, start, end } },
        { EvidenceKind::Callback, kCallbacks, { start, end } },
        { EvidenceKind::Complaint, kComplaints, { start, end } },
    };
}

} // namespace

void countEvidence(MonthCounts& counts, const EvidenceRow& row)
{
    switch (row.kind) {
    case EvidenceKind::Order:
        ++counts.ordersDue;
        counts.ordersOnTime += row.flag;
        if (row.removal) {
            ++counts.removalsDue;
            counts.removalsOnTime += row.flag;
        }
        break;
    case EvidenceKind::Repair:
        ++counts.repairs;
        counts.repeats += row.flag;
        break;
    case EvidenceKind::Callback:
        ++counts.callbacksReached;
        counts.yesAnswers += row.flag;
        break;
    case EvidenceKind::Complaint:
        ++counts.penalisedComplaints;
        break;
    }
}

Result<QList<EvidenceRow>> MonthEvidenceRepository::evidence(const QDateTime& from,
    const QDateTime& before, const QDateTime& now, int repeatWindowDays,
    std::optional<qint64> unitId) const
{
    QList<EvidenceRow> rows;
    for (const auto& [kind, sql, values] : populations(from, before, now, repeatWindowDays)) {
        QString statement = sql;
        QVariantList bound = values;
        if (unitId) {
            statement += kind == EvidenceKind::Complaint ? u" AND c.unit_id = ?"_s
                                                         : u" AND o.unit_id = ?"_s;
            bound.append(*unitId);
        }
        statement += u" ORDER BY 2"_s;
        FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, statement, bound));
        while (query.next()) {
            rows.append({ query.value(0).toLongLong(), kind, query.value(1).toLongLong(),
                query.value(2).toInt(), query.value(3).toInt() != 0 });
        }
    }
    return rows;
}

QList<MonthEvidenceRepository::Statement> MonthEvidenceRepository::countStatements(
    const QDateTime& from, const QDateTime& before, const QDateTime& now, int repeatWindowDays)
{
    QList<Statement> statements;
    for (const auto& [kind, sql, values] : populations(from, before, now, repeatWindowDays)) {
        // The same populations, counted where they are. A repair's rows are materialized:
        // folded into the sums, its flag (two EXISTS) was worked out once per sum that reads
        // it. The other flags are arithmetic on the row, and a materialized copy of a month's
        // orders or callbacks only added 1-2 ms on PostgreSQL.
        const bool materialized = kind == EvidenceKind::Repair;
        statements.append({ kind,
            u"WITH month_rows AS "_s + (materialized ? u"MATERIALIZED ("_s : u"("_s) + sql
                + u") SELECT unit_id, COUNT(*), SUM(flag), SUM(removal), SUM(removal * flag) "
                  "FROM month_rows GROUP BY unit_id"_s,
            values });
    }
    return statements;
}

Result<QHash<qint64, MonthCounts>> MonthEvidenceRepository::counts(const QDateTime& from,
    const QDateTime& before, const QDateTime& now, int repeatWindowDays) const
{
    QHash<qint64, MonthCounts> counts;
    for (const auto& [kind, sql, values] : countStatements(from, before, now, repeatWindowDays)) {
        FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, sql, values));
        while (query.next()) {
            MonthCounts& unit = counts[query.value(0).toLongLong()];
            const qint64 rows = query.value(1).toLongLong();
            const qint64 flags = query.value(2).toLongLong();
            switch (kind) {
            case EvidenceKind::Order:
                unit.ordersDue = rows;
                unit.ordersOnTime = flags;
                unit.removalsDue = query.value(3).toLongLong();
                unit.removalsOnTime = query.value(4).toLongLong();
                break;
            case EvidenceKind::Repair:
                unit.repairs = rows;
                unit.repeats = flags;
                break;
            case EvidenceKind::Callback:
                unit.callbacksReached = rows;
                unit.yesAnswers = flags;
                break;
            case EvidenceKind::Complaint:
                unit.penalisedComplaints = rows;
                break;
            }
        }
    }
    return counts;
}

} // namespace fd
