#pragma once

#include "rules/rational.h"
#include "rules/ruleset.h"

#include <QDate>
#include <QList>
#include <optional>

namespace fd {

// SPEC §7: a unit's score for one month, from the counts behind it. Pure and exact (see
// Rational); the evaluation service gathers the counts.

struct ScoringRules
{
    Rational timelinessWeight { 30 };
    Rational qualityWeight { 25 };
    Rational serviceWeight { 30 };
    Rational roomMaximum { 15 };
    Rational penaltyPoints { 2 };
    Rational strikeBelow { 80 };
    int repeatWindowDays = 30;
    int strikeWindowMonths = 12;
    int strikesToTerminate = 2;
    int rectifyDays = 30;

    static ScoringRules fromRuleSet(const RuleSet& rules);
};

// What the month's evidence counts to.
struct MonthCounts
{
    qint64 ordersDue
        = 0; // deadline in the month, not cancelled, not exempt, deadline passed or met
    qint64 ordersOnTime = 0;
    qint64 removalsDue = 0; // of the orders due, the removals (SPEC §4: counted in timeliness)
    qint64 removalsOnTime = 0;
    qint64 repairs = 0; // repair orders received in the month, not cancelled
    qint64 repeats = 0;
    qint64 callbacksReached = 0; // reached in the month
    qint64 yesAnswers = 0; // over those callbacks' six questions
    qint64 penalisedComplaints = 0; // staff-caused, verified in the month
    std::optional<Rational> room; // entered by an evaluator; none yet in a draft
    Rational adjustment; // manual, ± (with a reason, kept elsewhere)
};

struct MonthScore
{
    Rational onTimeRate; // 1 when no order is due
    Rational repeatRate; // 0 when there is no repair
    Rational yesRate; // 1 when nobody was reached
    Rational penalties;
    Rational timeliness;
    Rational quality;
    Rational service; // after penalties, not below 0
    Rational room;
    Rational adjustment;
    Rational total; // clamped to 0–100, rounded half up to one decimal
    bool strike = false;
    bool roomMissing = false;
};

MonthScore scoreMonth(const ScoringRules& rules, const MonthCounts& counts);

// The month's three rates (SPEC §7), the one place they are worked out: scoreMonth and a
// finalized month read back from storage both take them from here.
struct MonthRates
{
    Rational onTime; // 1 when no order is due
    Rational repeat; // 0 when there is no repair
    Rational yes; // over every question of every callback reached; 1 when nobody was reached
};
MonthRates monthRates(const MonthCounts& counts);

// A unit's contract standing under the 80-point rule, from its strikes in the window
// (SPEC §7): clear, warned (a strike or more, short of the limit), or terminated.
enum class ContractStanding
{
    Clear,
    Warned,
    Terminated
};
ContractStanding contractStanding(int strikes, const ScoringRules& rules);

// A finalized month of a unit, for the 80-point rule.
struct FinalizedMonth
{
    QDate month; // its first day
    bool strike = false;
};

// Strikes among `finalized` within the window of months ending with `month`, ignoring
// months that ended before `lastReinstatement` (invalid: never reinstated).
int strikesInWindow(const QList<FinalizedMonth>& finalized, const QDate& month,
    const QDate& lastReinstatement, int windowMonths);

} // namespace fd
