#include "indicatorservice.h"

#include "rules/permissions.h"
#include "rules/scoring.h"
#include "rules/timeliness.h"
#include "services/ruleservice.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
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
    FD_TRY_ASSIGN(RuleSet rules, RuleRepository(database).current());

    QHash<qint64, Indicators> byUnit;
    FD_TRY_ASSIGN(auto counts,
        MonthEvidenceRepository(database).counts(
            from, before, now, ScoringRules::fromRuleSet(rules).repeatWindowDays));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        Indicators& unit = byUnit[it.key()];
        unit.ordersDue = it->ordersDue;
        unit.ordersOnTime = it->ordersOnTime;
        unit.removalsDue = it->removalsDue;
        unit.removalsOnTime = it->removalsOnTime;
        unit.repairs = it->repairs;
        unit.repeats = it->repeats;
    }

    FD_TRY_ASSIGN(auto activity, IndicatorRepository(database).activity(month, from, before));
    for (auto it = activity.cbegin(); it != activity.cend(); ++it) {
        Indicators& unit = byUnit[it.key()];
        unit.callbacksDue = it->callbacksDue;
        unit.callbacksDueReached = it->callbacksDueReached;
        unit.callbacksReached = it->callbacksReached;
        unit.yesAnswers = it->yesAnswers;
        unit.promoters = it->promoters;
        unit.passives = it->passives;
        unit.detractors = it->detractors;
        unit.commendations = it->commendations;
        unit.ordersCompleted = it->ordersCompleted;
        unit.complaintsByCategory = it->complaintsByCategory;
    }
    FD_TRY_ASSIGN(const TimelinessRules timeliness, timelinessRulesOf(database, rules));
    FD_TRY_ASSIGN(
        QList<LateOrder> late, IndicatorRepository(database).lateOrders(from, before, now));
    for (const LateOrder& order : late) {
        Indicators& unit = byUnit[order.unitId];
        ++unit.lateOrders;
        unit.compensation += compensationCredit(
            timeliness, m_session.zone(), order.kind, order.deadline, order.measuredAt, now);
    }
    // A missed appointment's credit counts in the month its window ended (SPEC §11).
    if (timeliness.creditMissedAppointment > 0) {
        FD_TRY_ASSIGN(QList<qint64> missed,
            IndicatorRepository(database).missedAppointments(from, before, now));
        for (qint64 unitId : missed)
            byUnit[unitId].compensation += timeliness.creditMissedAppointment;
    }

    MonthIndicators result;
    result.month = month;
    FD_TRY_ASSIGN(auto units, IndicatorRepository(database).units());
    Indicators& all = result.overall;
    const Actor& actor = m_session.actor();
    if (boundToUnit(actor))
        FD_TRY(checkUnitScope(actor, actor.unitCode));
    for (const auto& [unitId, unitCode] : units) {
        const auto found = byUnit.constFind(unitId);
        if (found == byUnit.cend())
            continue;
        // A representative's indicators are its own unit's, "overall" included (SPEC §1).
        if (boundToUnit(actor) && unitCode != actor.unitCode)
            continue;
        Indicators unit = *found;
        unit.unitCode = unitCode;
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
