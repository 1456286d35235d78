#include "kpirepository.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// The columns KpiOrder reads, in the order orderRow() takes them.
const QString kOrderColumns
    = u"SELECT unit_id, id, number, kind, status, received_at, deadline_at, measured_at, "
      "appointment_end, arrived_at, customer_requested_later, exempt_reason FROM orders "_s;

KpiOrder orderRow(const QSqlQuery& row)
{
    KpiOrder result;
    result.unitId = row.value(0).toLongLong();
    WorkOrder& order = result.order;
    order.id = row.value(1).toLongLong();
    order.number = row.value(2).toString();
    order.kind = orderKindFromKey(row.value(3).toString()).value_or(OrderKind::Install);
    order.status = orderStatusFromKey(row.value(4).toString()).value_or(OrderStatus::New);
    order.receivedAt = instantFromSql(row.value(5));
    order.deadline = instantFromSql(row.value(6));
    order.measuredAt = instantFromSql(row.value(7));
    order.appointmentEnd = instantFromSql(row.value(8));
    order.arrivedAt = instantFromSql(row.value(9));
    order.customerRequestedLater = row.value(10).toInt() != 0;
    if (!row.value(11).isNull())
        order.exemptReason = exemptReasonFromKey(row.value(11).toString());
    return result;
}

Result<QList<KpiOrder>> orders(
    const Database& database, const QString& where, const QVariantList& values)
{
    FD_TRY_ASSIGN(
        QSqlQuery query, runSql(database, kOrderColumns + where + u" ORDER BY id"_s, values));
    QList<KpiOrder> rows;
    while (query.next())
        rows.append(orderRow(query));
    return rows;
}

} // namespace

Result<QList<KpiCompletedOrder>> KpiRepository::completed(
    const QDateTime& from, const QDateTime& before) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT unit_id, kind, completed_at - received_at, "
            "CASE WHEN measured_at IS NOT NULL AND measured_at <= deadline_at THEN 1 ELSE 0 END "
            "FROM orders WHERE status = 'completed' AND kind IN ('install','repair') "
            "AND completed_at >= ? AND completed_at < ? ORDER BY id"_s,
            { from.toSecsSinceEpoch(), before.toSecsSinceEpoch() }));
    QList<KpiCompletedOrder> rows;
    while (query.next()) {
        rows.append({ query.value(0).toLongLong(),
            orderKindFromKey(query.value(1).toString()).value_or(OrderKind::Install),
            query.value(2).toLongLong(), query.value(3).toInt() != 0 });
    }
    return rows;
}

Result<QHash<qint64, qint64>> KpiRepository::repairsReceived(
    const QDateTime& from, const QDateTime& before) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT unit_id, COUNT(*) FROM orders WHERE kind = 'repair' AND status <> 'cancelled' "
            "AND received_at >= ? AND received_at < ? GROUP BY unit_id"_s,
            { from.toSecsSinceEpoch(), before.toSecsSinceEpoch() }));
    QHash<qint64, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return counts;
}

Result<QHash<qint64, qint64>> KpiRepository::subscribers() const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT unit_id, SUM(subscribers) FROM areas WHERE unit_id IS NOT NULL AND active = 1 "
            "GROUP BY unit_id"_s));
    QHash<qint64, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return counts;
}

Result<QList<KpiOrder>> KpiRepository::windowsEnded(
    const QDateTime& from, const QDateTime& before) const
{
    return orders(m_database,
        u"WHERE status <> 'cancelled' AND appointment_end >= ? AND appointment_end < ?"_s,
        { from.toSecsSinceEpoch(), before.toSecsSinceEpoch() });
}

Result<QList<KpiOrder>> KpiRepository::creditCandidates(
    const QDateTime& from, const QDateTime& before) const
{
    const qint64 start = from.toSecsSinceEpoch();
    const qint64 end = before.toSecsSinceEpoch();
    return orders(m_database,
        u"WHERE status <> 'cancelled' AND kind <> 'removal' AND ((deadline_at >= ? AND "
        "deadline_at < ?) OR (appointment_end >= ? AND appointment_end < ?))"_s,
        { start, end, start, end });
}

Result<QList<KpiResolvedComplaint>> KpiRepository::resolvedComplaints(
    const QDateTime& from, const QDateTime& before) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT unit_id, resolved_at - received_at FROM complaints WHERE status = 'resolved' "
            "AND resolved_at >= ? AND resolved_at < ? ORDER BY id"_s,
            { from.toSecsSinceEpoch(), before.toSecsSinceEpoch() }));
    QList<KpiResolvedComplaint> rows;
    while (query.next())
        rows.append({ query.value(0).toLongLong(), query.value(1).toLongLong() });
    return rows;
}

Result<QList<std::pair<qint64, QString>>> KpiRepository::units() const
{
    FD_TRY_ASSIGN(
        QSqlQuery query, runSql(m_database, u"SELECT id, code FROM units ORDER BY code"_s));
    QList<std::pair<qint64, QString>> units;
    while (query.next())
        units.append({ query.value(0).toLongLong(), query.value(1).toString() });
    return units;
}

} // namespace fd
