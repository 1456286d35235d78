#include "indicatorrepository.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// Runs `sql` and hands each (unit id, figures…) row to `apply`.
template <typename Apply>
Status collect(
    const Database& database, const QString& sql, const QVariantList& values, Apply apply)
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(database, sql, values));
    while (query.next())
        apply(query.value(0).toLongLong(), query);
    return Status::success();
}

} // namespace

Result<QHash<qint64, UnitMonthActivity>> IndicatorRepository::activity(
    const QDate& month, const QDateTime& from, const QDateTime& before) const
{
    const qint64 start = from.toSecsSinceEpoch();
    const qint64 end = before.toSecsSinceEpoch();
    QHash<qint64, UnitMonthActivity> byUnit;
    FD_TRY(collect(m_database,
        u"SELECT o.unit_id, COUNT(*), SUM(CASE WHEN c.status = 'reached' THEN 1 ELSE 0 END) "
        "FROM callback_tasks c JOIN orders o ON o.id = c.order_id WHERE c.due_on >= ? AND c.due_on "
        "< ? "
        "GROUP BY o.unit_id"_s,
        { dateToSql(month), dateToSql(month.addMonths(1)) },
        [&](qint64 unitId, const QSqlQuery& row) {
            UnitMonthActivity& unit = byUnit[unitId];
            unit.callbacksDue = row.value(1).toLongLong();
            unit.callbacksDueReached = row.value(2).toLongLong();
        }));
    FD_TRY(collect(m_database,
        u"SELECT o.unit_id, COUNT(*), SUM(c.on_time), SUM(c.appointment), SUM(c.uniform), "
        "SUM(c.standard_service), SUM(c.tested), SUM(c.site_cleaned), "
        "SUM(CASE WHEN c.satisfaction >= 9 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN c.satisfaction BETWEEN 7 AND 8 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN c.satisfaction <= 6 THEN 1 ELSE 0 END), SUM(c.commendation) "
        "FROM callback_tasks c JOIN orders o ON o.id = c.order_id "
        "WHERE c.concluded_at >= ? AND c.concluded_at < ? AND c.status = 'reached' GROUP BY o.unit_id"_s,
        { start, end }, [&](qint64 unitId, const QSqlQuery& row) {
            UnitMonthActivity& unit = byUnit[unitId];
            unit.callbacksReached = row.value(1).toLongLong();
            for (int i = 0; i < kCallbackQuestionCount; ++i)
                unit.yesAnswers[size_t(i)] = row.value(2 + i).toLongLong();
            const int after = 2 + kCallbackQuestionCount;
            unit.promoters = row.value(after).toLongLong();
            unit.passives = row.value(after + 1).toLongLong();
            unit.detractors = row.value(after + 2).toLongLong();
            unit.commendations = row.value(after + 3).toLongLong();
        }));
    FD_TRY(collect(m_database,
        u"SELECT unit_id, COUNT(*) FROM orders WHERE completed_at >= ? AND completed_at < ? "
        "AND status = 'completed' GROUP BY unit_id"_s,
        { start, end }, [&](qint64 unitId, const QSqlQuery& row) {
            byUnit[unitId].ordersCompleted = row.value(1).toLongLong();
        }));
    FD_TRY(collect(m_database,
        u"SELECT unit_id, category, COUNT(*) FROM complaints WHERE received_at >= ? AND "
        u"received_at < ? "
        "GROUP BY unit_id, category"_s,
        { start, end }, [&](qint64 unitId, const QSqlQuery& row) {
            UnitMonthActivity& unit = byUnit[unitId];
            if (const auto category = complaintCategoryFromKey(row.value(1).toString()))
                unit.complaintsByCategory[*category] += row.value(2).toLongLong();
        }));
    return byUnit;
}

Result<QList<LateOrder>> IndicatorRepository::lateOrders(
    const QDateTime& from, const QDateTime& before, const QDateTime& now) const
{
    QList<LateOrder> late;
    FD_TRY(collect(m_database,
        u"SELECT unit_id, kind, deadline_at, measured_at FROM orders WHERE "_s
            + statusInList(u"status"_s, countingOrderStatuses())
            + u" AND kind <> 'removal' "
              "AND deadline_at >= ? AND deadline_at < ? AND exempt_reason IS NULL "
              "AND ((measured_at IS NULL AND deadline_at < ?) OR measured_at > deadline_at)"_s,
        { from.toSecsSinceEpoch(), before.toSecsSinceEpoch(), now.toSecsSinceEpoch() },
        [&](qint64 unitId, const QSqlQuery& row) {
            late.append(
                { unitId, orderKindFromKey(row.value(1).toString()).value_or(OrderKind::Install),
                    instantFromSql(row.value(2)), instantFromSql(row.value(3)) });
        }));
    return late;
}

Result<QList<qint64>> IndicatorRepository::missedAppointments(
    const QDateTime& from, const QDateTime& before, const QDateTime& now) const
{
    QList<qint64> missed;
    FD_TRY(collect(m_database,
        u"SELECT unit_id FROM orders WHERE "_s + statusInList(u"status"_s, countingOrderStatuses())
            + u" AND kind <> 'removal' AND customer_requested_later = 0 "
              "AND exempt_reason IS NULL AND appointment_end >= ? AND appointment_end < ? "
              "AND ((arrived_at IS NULL AND appointment_end < ?) OR arrived_at > appointment_end)"_s,
        { from.toSecsSinceEpoch(), before.toSecsSinceEpoch(), now.toSecsSinceEpoch() },
        [&](qint64 unitId, const QSqlQuery&) { missed.append(unitId); }));
    return missed;
}

Result<QList<std::pair<qint64, QString>>> IndicatorRepository::units() const
{
    FD_TRY_ASSIGN(
        QSqlQuery query, runSql(m_database, u"SELECT id, code FROM units ORDER BY code"_s));
    QList<std::pair<qint64, QString>> units;
    while (query.next())
        units.append({ query.value(0).toLongLong(), query.value(1).toString() });
    return units;
}

} // namespace fd
