// SPEC §7 scoring: every category formula, clamping, half-up rounding, the strike window.
#include "rules/scoring.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

MonthCounts perfect()
{
    MonthCounts counts;
    counts.ordersDue = 100;
    counts.ordersOnTime = 100;
    counts.repairs = 40;
    counts.callbacksReached = 50;
    counts.yesAnswers = 300;
    counts.room = Rational(15);
    return counts;
}

std::string text(const Rational& value, int decimals = 4)
{
    return value.toString(decimals).toStdString();
}

} // namespace

TEST(Rational, ExactArithmeticAndHalfUpRounding)
{
    EXPECT_EQ(Rational(7995, 100).roundedHalfUp(1), Rational(80)) << "79.95 → 80.0";
    EXPECT_EQ(Rational(7994, 100).roundedHalfUp(1), Rational(799, 10)) << "79.94 → 79.9";
    EXPECT_EQ(Rational(79949999, 1000000).roundedHalfUp(1), Rational(799, 10));
    EXPECT_EQ(Rational(-5, 100).roundedHalfUp(1), Rational(0)) << "half up goes towards +∞";
    EXPECT_EQ(Rational(1, 3) + Rational(1, 6), Rational(1, 2));
    EXPECT_EQ(Rational::fromDecimal(79.95), Rational(7995, 100))
        << "the double's error does not survive";
    EXPECT_EQ(Rational(2, 3).toString(2), u"0.67"_s);
    EXPECT_EQ(Rational(-7, 4).toString(1), u"-1.7"_s) << "−1.75 half up is −1.7";
    EXPECT_EQ(Rational(30).toString(1), u"30.0"_s);
}

TEST(Scoring, PerfectMonthIsAHundred)
{
    const MonthScore score = scoreMonth(ScoringRules(), perfect());
    EXPECT_EQ(score.timeliness, Rational(30));
    EXPECT_EQ(score.quality, Rational(25));
    EXPECT_EQ(score.service, Rational(30));
    EXPECT_EQ(score.room, Rational(15));
    EXPECT_EQ(score.total, Rational(100));
    EXPECT_FALSE(score.strike);
}

TEST(Scoring, Timeliness)
{
    MonthCounts counts = perfect();
    counts.ordersOnTime = 87;
    EXPECT_EQ(scoreMonth(ScoringRules(), counts).timeliness, Rational(261, 10))
        << "30 × 87/100 = 26.1";
    counts.ordersDue = 3;
    counts.ordersOnTime = 2;
    EXPECT_EQ(scoreMonth(ScoringRules(), counts).timeliness, Rational(20));
    counts.ordersDue = 0;
    counts.ordersOnTime = 0;
    EXPECT_EQ(scoreMonth(ScoringRules(), counts).timeliness, Rational(30))
        << "no order due: rate 1";
}

TEST(Scoring, Quality)
{
    MonthCounts counts = perfect();
    counts.repeats = 4;
    EXPECT_EQ(scoreMonth(ScoringRules(), counts).quality, Rational(45, 2))
        << "25 × (1 − 4/40) = 22.5";
    counts.repairs = 0;
    counts.repeats = 0;
    EXPECT_EQ(scoreMonth(ScoringRules(), counts).quality, Rational(25)) << "no repair: rate 1";
}

TEST(Scoring, ServiceWithPenaltiesNotBelowZero)
{
    MonthCounts counts = perfect();
    counts.yesAnswers = 270; // 270 / (6 × 50) = 0.9
    EXPECT_EQ(scoreMonth(ScoringRules(), counts).service, Rational(27));
    counts.penalisedComplaints = 3;
    EXPECT_EQ(scoreMonth(ScoringRules(), counts).service, Rational(21)) << "27 − 3 × 2";
    counts.yesAnswers = 30; // 0.1 → 3 points, minus 6
    EXPECT_EQ(scoreMonth(ScoringRules(), counts).service, Rational(0));
    counts.callbacksReached = 0;
    counts.yesAnswers = 0;
    counts.penalisedComplaints = 0;
    EXPECT_EQ(scoreMonth(ScoringRules(), counts).service, Rational(30)) << "nobody reached: rate 1";
}

TEST(Scoring, RoomIsRequiredButADraftGoesOn)
{
    MonthCounts counts = perfect();
    counts.room.reset();
    const MonthScore draft = scoreMonth(ScoringRules(), counts);
    EXPECT_TRUE(draft.roomMissing);
    EXPECT_EQ(draft.total, Rational(85));
}

TEST(Scoring, ClampedAndRoundedHalfUpToOneDecimal)
{
    MonthCounts counts = perfect();
    counts.adjustment = Rational(10);
    EXPECT_EQ(scoreMonth(ScoringRules(), counts).total, Rational(100)) << "not above 100";
    counts.adjustment = Rational(-250);
    EXPECT_EQ(scoreMonth(ScoringRules(), counts).total, Rational(0)) << "not below 0";

    counts.adjustment = Rational(-2005, 100); // 79.95
    MonthScore score = scoreMonth(ScoringRules(), counts);
    EXPECT_EQ(score.total, Rational(80)) << text(score.total);
    EXPECT_FALSE(score.strike) << "79.95 rounds to 80.0: no strike";
    counts.adjustment = Rational(-2006, 100); // 79.94
    score = scoreMonth(ScoringRules(), counts);
    EXPECT_EQ(score.total, Rational(799, 10));
    EXPECT_TRUE(score.strike) << "79.94 rounds to 79.9: a strike";

    // The same edge reached through the formulas: 30 × 1999/2000 = 29.985; the rest 49.965.
    MonthCounts fractions = perfect();
    fractions.ordersDue = 2000;
    fractions.ordersOnTime = 1999;
    fractions.room = Rational(15);
    fractions.adjustment = Rational(-20035, 1000); // 29.985 + 25 + 30 + 15 − 20.035 = 79.95
    score = scoreMonth(ScoringRules(), fractions);
    EXPECT_EQ(score.total, Rational(80)) << text(score.total);
}

TEST(Scoring, WeightsComeFromTheRules)
{
    RuleSet rules = RuleSet::defaults();
    ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kWeightTimeliness), 40).ok());
    ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kWeightService), 20).ok());
    ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kComplaintPenaltyPoints), 2.5).ok());
    MonthCounts counts = perfect();
    counts.ordersOnTime = 50;
    counts.penalisedComplaints = 2;
    const MonthScore score = scoreMonth(ScoringRules::fromRuleSet(rules), counts);
    EXPECT_EQ(score.timeliness, Rational(20));
    EXPECT_EQ(score.service, Rational(15));
}

TEST(StrikeWindow, TwelveMonthsEndingWithTheMonth)
{
    const QDate november(2026, 11, 1);
    EXPECT_EQ(
        strikesInWindow({ { QDate(2025, 12, 1), true }, { november, true } }, november, {}, 12), 2)
        << "11 months apart: both in the window";
    EXPECT_EQ(
        strikesInWindow({ { QDate(2025, 11, 1), true }, { november, true } }, november, {}, 12), 1)
        << "12 months apart: the older is out";
    EXPECT_EQ(
        strikesInWindow({ { QDate(2026, 10, 1), false }, { november, true } }, november, {}, 12),
        1);
    EXPECT_EQ(
        strikesInWindow({ { QDate(2026, 12, 1), true }, { november, true } }, november, {}, 12), 1)
        << "a later month is not in a window ending with November";
}

TEST(StrikeWindow, MonthsBeforeTheLastReinstatementAreIgnored)
{
    const QList<FinalizedMonth> months
        = { { QDate(2026, 3, 1), true }, { QDate(2026, 4, 1), true }, { QDate(2026, 9, 1), true } };
    EXPECT_EQ(strikesInWindow(months, QDate(2026, 9, 1), {}, 12), 3);
    EXPECT_EQ(strikesInWindow(months, QDate(2026, 9, 1), QDate(2026, 5, 10), 12), 1)
        << "March and April ended before the reinstatement of 10 May";
    EXPECT_EQ(strikesInWindow(months, QDate(2026, 9, 1), QDate(2026, 4, 30), 12), 2)
        << "April had not ended on 30 April";
    EXPECT_EQ(strikesInWindow(months, QDate(2026, 9, 1), QDate(2026, 5, 1), 12), 1)
        << "April ended the day before";
}
