#include "indicatorservice.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "rules/permissions.h"
#include "rules/scoring.h"
#include "rules/timeliness.h"
#include "storage/database.h"
#include "storage/monthevidencerepository.h"
#include "storage/rulerepository.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fd {

Rational Indicators::onTimeRate() const
{
    return ordersDue == 0 ? Rational(1) : Rational(ordersOnTime, ordersDue);
}
Rational Indicators::repeatRate() const
{
    return repairs == 0 ? Rational(0) : Rational(repeats, repairs);
}
Rational Indicators::reachRate() const
{
    return callbacksDue == 0 ? Rational(1) : Rational(callbacksDueReached, callbacksDue);
}

Rational Indicators::yesRate(CallbackQuestion question) const
{
    return callbacksReached == 0 ? Rational(1)
                                 : Rational(yesAnswers[size_t(question)], callbacksReached);
}

Rational Indicators::netPromoterScore() const
{
    const qint64 answered = promoters + passives + detractors;
    return answered == 0 ? Rational(0) : Rational(100 * (promoters - detractors), answered);
}

qint64 Indicators::complaints() const
{
    qint64 total = 0;
    for (qint64 count : complaintsByCategory)
        total += count;
    return total;
}

Rational Indicators::complaintsPerThousandOrders() const
{
    return ordersCompleted == 0 ? Rational(0) : Rational(1000 * complaints(), ordersCompleted);
}

QList<std::pair<ComplaintCategory, qint64>> Indicators::pareto() const
{
    QList<std::pair<ComplaintCategory, qint64>> ranked;
    for (auto it = complaintsByCategory.cbegin(); it != complaintsByCategory.cend(); ++it) {
        if (it.value() > 0)
            ranked.append({ it.key(), it.value() });
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : int(a.first) < int(b.first);
    });
    return ranked;
}

Result<MonthIndicators> IndicatorService::month(const QDate& requested) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewEvaluations));
    Database& database = m_session.database();
    const QDate month(requested.year(), requested.month(), 1);
    const QDateTime from(month, QTime(0, 0), m_session.zone());
    const QDateTime before(month.addMonths(1), QTime(0, 0), m_session.zone());
    const QDateTime now = m_session.now();
    Result<RuleSet> rules = RuleRepository(database).current();
    if (!rules.ok())
        return Error(rules.error());

    QHash<qint64, Indicators> byUnit;
    Result<QHash<qint64, MonthCounts>> counts = MonthEvidenceRepository(database).counts(
        from, before, now, ScoringRules::fromRuleSet(rules.value()).repeatWindowDays);
    if (!counts.ok())
        return Error(counts.error());
    for (auto it = counts.value().cbegin(); it != counts.value().cend(); ++it) {
        Indicators& unit = byUnit[it.key()];
        unit.ordersDue = it->ordersDue;
        unit.ordersOnTime = it->ordersOnTime;
        unit.removalsDue = it->removalsDue;
        unit.removalsOnTime = it->removalsOnTime;
        unit.repairs = it->repairs;
        unit.repeats = it->repeats;
    }

    const qint64 start = from.toSecsSinceEpoch();
    const qint64 end = before.toSecsSinceEpoch();
    // (unit id, then the figures) rows, applied to that unit's indicators.
    auto collect = [&](const QString& sql, const QVariantList& values, auto apply) -> Status {
        Result<QSqlQuery> query = runSql(database, sql, values);
        if (!query.ok())
            return Error(query.error());
        while (query.value().next())
            apply(byUnit[query.value().value(0).toLongLong()], query.value());
        return Status::success();
    };
    FD_TRY(collect(
        u"SELECT o.unit_id, COUNT(*), SUM(CASE WHEN c.status = 'reached' THEN 1 ELSE 0 END) "
        "FROM callback_tasks c JOIN orders o ON o.id = c.order_id WHERE c.due_on >= ? AND c.due_on "
        "< ? "
        "GROUP BY o.unit_id"_s,
        { dateToSql(month), dateToSql(month.addMonths(1)) },
        [](Indicators& unit, const QSqlQuery& row) {
            unit.callbacksDue = row.value(1).toLongLong();
            unit.callbacksDueReached = row.value(2).toLongLong();
        }));
    FD_TRY(collect(
        u"SELECT o.unit_id, COUNT(*), SUM(c.on_time), SUM(c.appointment), SUM(c.uniform), "
        "SUM(c.standard_service), SUM(c.tested), SUM(c.site_cleaned), "
        "SUM(CASE WHEN c.satisfaction >= 9 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN c.satisfaction BETWEEN 7 AND 8 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN c.satisfaction <= 6 THEN 1 ELSE 0 END), SUM(c.commendation) "
        "FROM callback_tasks c JOIN orders o ON o.id = c.order_id "
        "WHERE c.concluded_at >= ? AND c.concluded_at < ? AND c.status = 'reached' GROUP BY o.unit_id"_s,
        { start, end }, [](Indicators& unit, const QSqlQuery& row) {
            unit.callbacksReached = row.value(1).toLongLong();
            for (int i = 0; i < kCallbackQuestionCount; ++i)
                unit.yesAnswers[size_t(i)] = row.value(2 + i).toLongLong();
            unit.promoters = row.value(8).toLongLong();
            unit.passives = row.value(9).toLongLong();
            unit.detractors = row.value(10).toLongLong();
            unit.commendations = row.value(11).toLongLong();
        }));
    FD_TRY(collect(
        u"SELECT unit_id, COUNT(*) FROM orders WHERE completed_at >= ? AND completed_at < ? "
        "AND status = 'completed' GROUP BY unit_id"_s,
        { start, end }, [](Indicators& unit, const QSqlQuery& row) {
            unit.ordersCompleted = row.value(1).toLongLong();
        }));
    FD_TRY(collect(u"SELECT unit_id, category, COUNT(*) FROM complaints WHERE received_at >= ? AND "
                   u"received_at < ? "
                   "GROUP BY unit_id, category"_s,
        { start, end }, [](Indicators& unit, const QSqlQuery& row) {
            if (const auto category = complaintCategoryFromKey(row.value(1).toString()))
                unit.complaintsByCategory[*category] += row.value(2).toLongLong();
        }));
    const TimelinessRules timeliness = TimelinessRules::fromRuleSet(rules.value());
    FD_TRY(collect(u"SELECT unit_id, kind, deadline_at, measured_at FROM orders "
                   "WHERE status IN ('new', 'assigned', 'scheduled', 'on_site', 'completed') "
                   "AND kind <> 'removal' "
                   "AND deadline_at >= ? AND deadline_at < ? AND exempt_reason IS NULL "
                   "AND ((measured_at IS NULL AND deadline_at < ?) OR measured_at > deadline_at)"_s,
        { start, end, now.toSecsSinceEpoch() }, [&](Indicators& unit, const QSqlQuery& row) {
            ++unit.lateOrders;
            unit.compensation += compensationCredit(timeliness,
                orderKindFromKey(row.value(1).toString()).value_or(OrderKind::Install),
                instantFromSql(row.value(2)), instantFromSql(row.value(3)), now);
        }));

    MonthIndicators result;
    result.month = month;
    Result<QSqlQuery> units = runSql(database, u"SELECT id, code FROM units ORDER BY code"_s);
    if (!units.ok())
        return Error(units.error());
    Indicators& all = result.overall;
    while (units.value().next()) {
        const auto found = byUnit.constFind(units.value().value(0).toLongLong());
        if (found == byUnit.cend())
            continue;
        Indicators unit = *found;
        unit.unitCode = units.value().value(1).toString();
        result.units.append(unit);
        all.ordersDue += unit.ordersDue;
        all.ordersOnTime += unit.ordersOnTime;
        all.removalsDue += unit.removalsDue;
        all.removalsOnTime += unit.removalsOnTime;
        all.repairs += unit.repairs;
        all.repeats += unit.repeats;
        all.callbacksDue += unit.callbacksDue;
        all.callbacksDueReached += unit.callbacksDueReached;
        all.callbacksReached += unit.callbacksReached;
        for (int i = 0; i < kCallbackQuestionCount; ++i)
            all.yesAnswers[size_t(i)] += unit.yesAnswers[size_t(i)];
        all.promoters += unit.promoters;
        all.passives += unit.passives;
        all.detractors += unit.detractors;
        all.commendations += unit.commendations;
        all.ordersCompleted += unit.ordersCompleted;
        for (auto it = unit.complaintsByCategory.cbegin(); it != unit.complaintsByCategory.cend();
             ++it)
            all.complaintsByCategory[it.key()] += it.value();
        all.lateOrders += unit.lateOrders;
        all.compensation += unit.compensation;
    }
    return result;
}

} // namespace fd
