#pragma once

#include "rules/scoring.h"
#include "services/evaluationservice.h"

namespace fd {

// What a unit's month means for the 80-point rule as far as it is known. A final month,
// or a draft with its machine-room score, is a strike or not. A draft still without the
// score (0 points until entered) may be either: the outlook says whether the score can
// still change it, and how many points the unit needs to stay clear of a strike. Worked
// out with the scoring rule itself (scoreMonth), never by repeating its arithmetic.
struct StrikeOutlook
{
    enum Kind
    {
        NoStrike,
        Strike,
        DependsOnRoom // a strike unless the machine-room score reaches `roomNeeded`
    };
    Kind kind = NoStrike;
    bool settled = true; // false while the machine-room score is still to enter
    Rational roomNeeded; // DependsOnRoom: the least score (in hundredths) without a strike
};

StrikeOutlook strikeOutlook(const UnitEvaluation& unit, const ScoringRules& rules);

} // namespace fd
