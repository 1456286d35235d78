#include "strikeoutlook.h"

namespace fd {

StrikeOutlook strikeOutlook(const UnitEvaluation& unit, const ScoringRules& rules)
{
    StrikeOutlook outlook;
    if (unit.final || !unit.score.roomMissing) {
        outlook.kind = unit.score.strike ? StrikeOutlook::Strike : StrikeOutlook::NoStrike;
        return outlook;
    }
    outlook.settled = false;
    auto strikeWith = [&](qint64 hundredths) {
        MonthCounts counts = unit.counts;
        counts.room = Rational(hundredths, 100);
        return scoreMonth(rules, counts).strike;
    };
    const qint64 most = qint64((rules.roomMaximum * Rational(100)).roundedHalfUp(0).toDouble());
    if (!strikeWith(0)) {
        outlook.kind = StrikeOutlook::NoStrike;
    } else if (strikeWith(most)) {
        outlook.kind = StrikeOutlook::Strike;
    } else {
        // The total grows with the room score: the least score without a strike, found by
        // halving the range of hundredths.
        qint64 low = 0; // a strike
        qint64 high = most; // none
        while (high - low > 1) {
            const qint64 middle = (low + high) / 2;
            (strikeWith(middle) ? low : high) = middle;
        }
        outlook.kind = StrikeOutlook::DependsOnRoom;
        outlook.roomNeeded = Rational(high, 100);
    }
    return outlook;
}

} // namespace fd
