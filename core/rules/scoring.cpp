#include "scoring.h"

#include "domain/callback.h"

namespace fd {

ScoringRules ScoringRules::fromRuleSet(const RuleSet& rules)
{
    ScoringRules result;
    result.timelinessWeight = Rational::fromDecimal(rules.value(rule::kWeightTimeliness));
    result.qualityWeight = Rational::fromDecimal(rules.value(rule::kWeightQuality));
    result.serviceWeight = Rational::fromDecimal(rules.value(rule::kWeightService));
    result.roomMaximum = Rational::fromDecimal(rules.value(rule::kWeightRoom));
    result.penaltyPoints = Rational::fromDecimal(rules.value(rule::kComplaintPenaltyPoints));
    result.strikeBelow = Rational::fromDecimal(rules.value(rule::kStrikeBelow));
    result.repeatWindowDays = int(rules.whole(rule::kRepeatWindowDays));
    result.strikeWindowMonths = int(rules.whole(rule::kStrikeWindowMonths));
    result.strikesToTerminate = int(rules.whole(rule::kStrikesToTerminate));
    result.rectifyDays = int(rules.whole(rule::kRectifyDays));
    return result;
}

MonthRates monthRates(const MonthCounts& counts)
{
    MonthRates rates;
    rates.onTime
        = counts.ordersDue == 0 ? Rational(1) : Rational(counts.ordersOnTime, counts.ordersDue);
    rates.repeat = counts.repairs == 0 ? Rational(0) : Rational(counts.repeats, counts.repairs);
    rates.yes = counts.callbacksReached == 0
        ? Rational(1)
        : Rational(counts.yesAnswers, kCallbackQuestionCount * counts.callbacksReached);
    return rates;
}

ContractStanding contractStanding(int strikes, const ScoringRules& rules)
{
    if (strikes >= rules.strikesToTerminate)
        return ContractStanding::Terminated;
    return strikes > 0 ? ContractStanding::Warned : ContractStanding::Clear;
}

MonthScore scoreMonth(const ScoringRules& rules, const MonthCounts& counts)
{
    MonthScore score;
    const MonthRates rates = monthRates(counts);
    score.onTimeRate = rates.onTime;
    score.repeatRate = rates.repeat;
    score.yesRate = rates.yes;
    score.penalties = rules.penaltyPoints * Rational(counts.penalisedComplaints);

    score.timeliness = rules.timelinessWeight * score.onTimeRate;
    score.quality = rules.qualityWeight * (Rational(1) - score.repeatRate);
    const Rational service = rules.serviceWeight * score.yesRate - score.penalties;
    score.service = service < Rational(0) ? Rational(0) : service;
    score.roomMissing = !counts.room.has_value();
    score.room = counts.room.value_or(Rational(0));
    score.adjustment = counts.adjustment;

    const Rational sum
        = score.timeliness + score.quality + score.service + score.room + score.adjustment;
    score.total = sum.clamped(Rational(0), Rational(100)).roundedHalfUp(1);
    score.strike = score.total < rules.strikeBelow;
    return score;
}

int strikesInWindow(const QList<FinalizedMonth>& finalized, const QDate& month,
    const QDate& lastReinstatement, int windowMonths)
{
    const QDate first = QDate(month.year(), month.month(), 1).addMonths(-(windowMonths - 1));
    const QDate last = QDate(month.year(), month.month(), 1);
    int strikes = 0;
    for (const FinalizedMonth& entry : finalized) {
        const QDate start(entry.month.year(), entry.month.month(), 1);
        if (!entry.strike || start < first || start > last)
            continue;
        const QDate end = start.addMonths(1).addDays(-1);
        if (lastReinstatement.isValid() && end < lastReinstatement)
            continue; // the month ended before the unit was reinstated
        ++strikes;
    }
    return strikes;
}

} // namespace fd
