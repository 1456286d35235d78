// SPEC §17: the arithmetic of callback quality, checked against figures worked by hand.
#include "rules/callbackquality.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

// `count` reached calls of `agent` about `unit`, the first `yes` of them answering yes to
// every question.
QList<AnsweredCall> calls(const QString& agent, const QString& unit, int count, int yes)
{
    QList<AnsweredCall> made;
    for (int i = 0; i < count; ++i) {
        AnsweredCall call { agent, unit, {} };
        call.answers.yes.fill(i < yes);
        made.append(call);
    }
    return made;
}

const AgentQuestionEffect& effectOf(
    const QList<AgentQuestionEffect>& effects, const QString& agent, CallbackQuestion question)
{
    for (const AgentQuestionEffect& effect : effects) {
        if (effect.agent == agent && effect.question == question)
            return effect;
    }
    throw std::logic_error("no such effect");
}

} // namespace

TEST(CallbackQuality, TheSampleIsReproducibleAndStable)
{
    QList<qint64> reached;
    for (qint64 call = 1; call <= 20; ++call)
        reached.append(call);
    // Worked with Python's hashlib: SHA-256 of "3:ana" "7:2026-11" "<n>:<call>", the first
    // eight bytes big-endian, smallest first. The same on every machine.
    EXPECT_EQ(
        monthlyMonitorSample(u"ana"_s, u"2026-11"_s, reached, 3), (QList<qint64> { 14, 8, 16 }));
    const QList<qint64> ten = monthlyMonitorSample(u"ana"_s, u"2026-11"_s, reached, 10);
    EXPECT_EQ(ten.size(), 10);
    EXPECT_EQ(ten, monthlyMonitorSample(u"ana"_s, u"2026-11"_s, reached, 10));
    EXPECT_NE(ten, monthlyMonitorSample(u"ana"_s, u"2026-12"_s, reached, 10));
    EXPECT_NE(ten, monthlyMonitorSample(u"eva"_s, u"2026-11"_s, reached, 10));
    // A call recorded late takes a place only if its key is among the smallest; the calls
    // already drawn otherwise stay drawn.
    QList<qint64> later = reached;
    later.append(21);
    QList<qint64> again = monthlyMonitorSample(u"ana"_s, u"2026-11"_s, later, 10);
    again.removeAll(21);
    for (qint64 call : again)
        EXPECT_TRUE(ten.contains(call)) << call;
    // Fewer reached calls than the sample's size: all of them; a call listed twice once.
    EXPECT_EQ(monthlyMonitorSample(u"ana"_s, u"2026-11"_s, { 5, 5, 6 }, 10).size(), 2);
}

TEST(CallbackQuality, TheScoringFormAddsUpToOneHundred)
{
    const QList<MonitorCriterion> form = defaultMonitorForm();
    EXPECT_TRUE(monitorFormProblem(form).isEmpty());
    MonitorMarks marks { { u"greeting"_s, 10 }, { u"neutral_questions"_s, 25 },
        { u"answers_recorded"_s, 30 }, { u"courtesy"_s, 12 }, { u"closing"_s, 0 } };
    EXPECT_TRUE(monitorMarksProblem(form, marks).isEmpty());
    EXPECT_EQ(monitorScore(form, marks), 77);

    MonitorMarks over = marks;
    over[u"greeting"_s] = 11;
    EXPECT_FALSE(monitorMarksProblem(form, over).isEmpty());
    MonitorMarks missing = marks;
    missing.remove(u"closing"_s);
    EXPECT_FALSE(monitorMarksProblem(form, missing).isEmpty());
    MonitorMarks unknown = marks;
    unknown[u"tone"_s] = 1;
    EXPECT_FALSE(monitorMarksProblem(form, unknown).isEmpty());

    QList<MonitorCriterion> short99 = form;
    short99.last().weight = 14;
    EXPECT_FALSE(monitorFormProblem(short99).isEmpty());
    QList<MonitorCriterion> twice = form;
    twice[1].key = u"greeting"_s;
    EXPECT_FALSE(monitorFormProblem(twice).isEmpty());
}

TEST(CallbackQuality, CalibrationSpreadsAndDeviations)
{
    // Call 1: 80 and 95 (spread 15, flagged; mean 87.5). Call 2: 70, 72 and 74 (spread 4;
    // mean 72). Call 3: one supervisor only, not a calibration.
    const QList<MonitorScoreEntry> scores { { 1, u"s1"_s, 80 }, { 1, u"s2"_s, 95 },
        { 2, u"s1"_s, 70 }, { 2, u"s2"_s, 72 }, { 2, u"s3"_s, 74 }, { 3, u"s1"_s, 50 } };
    const Calibration calibration = calibrate(scores);
    EXPECT_EQ(calibration.calls, 2);
    ASSERT_TRUE(calibration.meanSpread.has_value());
    EXPECT_EQ(*calibration.meanSpread, Rational(19, 2)); // (15 + 4) / 2
    EXPECT_EQ(calibration.flagged, (QList<qint64> { 1 }));
    // s1: |80 − 87.5| and |70 − 72| → (7.5 + 2) / 2; s2: (7.5 + 0) / 2; s3: 2.
    EXPECT_EQ(calibration.supervisorDeviation.value(u"s1"_s), Rational(19, 4));
    EXPECT_EQ(calibration.supervisorDeviation.value(u"s2"_s), Rational(15, 4));
    EXPECT_EQ(calibration.supervisorDeviation.value(u"s3"_s), Rational(2));

    // A spread of exactly 10 is not flagged; none scored twice: no mean spread.
    EXPECT_TRUE(calibrate({ { 4, u"s1"_s, 60 }, { 4, u"s2"_s, 70 } }).flagged.isEmpty());
    EXPECT_FALSE(calibrate({ { 5, u"s1"_s, 60 } }).meanSpread.has_value());
}

TEST(CallbackQuality, TheAgentEffectIsAPooledTwoProportionZTest)
{
    // Ana: 25 yes of 40 on U1; Eva: 15 of 50 on U1. p1 = .625, p2 = .3, p = 40/90:
    // z = .325 / √(.4444 · .5556 · (1/40 + 1/50)) = 3.0832 (worked by hand).
    QList<AnsweredCall> month = calls(u"ana"_s, u"U1"_s, 40, 25) + calls(u"eva"_s, u"U1"_s, 50, 15);
    // Leo calls about another unit only: not among Ana's "others".
    month += calls(u"leo"_s, u"U2"_s, 60, 60);
    const QList<AgentQuestionEffect> effects = agentEffects(month);
    EXPECT_EQ(effects.size(), 3 * kCallbackQuestionCount);
    const AgentQuestionEffect& ana = effectOf(effects, u"ana"_s, CallbackQuestion::Tested);
    EXPECT_EQ(ana.agentYes, 25);
    EXPECT_EQ(ana.agentCalls, 40);
    EXPECT_EQ(ana.othersYes, 15);
    EXPECT_EQ(ana.othersCalls, 50);
    ASSERT_TRUE(ana.z.has_value());
    EXPECT_NEAR(*ana.z, 3.08322, 1e-5);
    EXPECT_TRUE(ana.flagged);
    const AgentQuestionEffect& eva = effectOf(effects, u"eva"_s, CallbackQuestion::Tested);
    EXPECT_NEAR(*eva.z, -3.08322, 1e-5); // the same test from the other side
    EXPECT_TRUE(eva.flagged);
    // Leo's units have no other agent: nothing to compare with.
    const AgentQuestionEffect& leo = effectOf(effects, u"leo"_s, CallbackQuestion::OnTime);
    EXPECT_EQ(leo.othersCalls, 0);
    EXPECT_FALSE(leo.z.has_value());
    EXPECT_FALSE(leo.flagged);
}

TEST(CallbackQuality, AZOfExactlyThreeIsFlaggedAndThirtyCallsAreNeeded)
{
    // 20 of 30 against 20 of 60: z = 3 exactly (2n·d² = 9·s·(2n − s) holds in integers).
    const QList<AgentQuestionEffect> tie
        = agentEffects(calls(u"ana"_s, u"U1"_s, 30, 20) + calls(u"eva"_s, u"U1"_s, 60, 20));
    const AgentQuestionEffect& ana = effectOf(tie, u"ana"_s, CallbackQuestion::OnTime);
    EXPECT_NEAR(*ana.z, 3.0, 1e-12);
    EXPECT_TRUE(ana.flagged);

    // 20 of 29 against 20 of 60: z = 3.17, but 29 calls are too few to judge.
    const QList<AgentQuestionEffect> few
        = agentEffects(calls(u"ana"_s, u"U1"_s, 29, 20) + calls(u"eva"_s, u"U1"_s, 60, 20));
    const AgentQuestionEffect& fewAna = effectOf(few, u"ana"_s, CallbackQuestion::OnTime);
    EXPECT_NEAR(*fewAna.z, 3.16726, 1e-5);
    EXPECT_FALSE(fewAna.flagged);
    // Eva has 60 calls, but her "others" (Ana) only 29.
    EXPECT_FALSE(effectOf(few, u"eva"_s, CallbackQuestion::OnTime).flagged);

    // Everyone answered yes: no spread, no test.
    const QList<AgentQuestionEffect> all
        = agentEffects(calls(u"ana"_s, u"U1"_s, 40, 40) + calls(u"eva"_s, u"U1"_s, 40, 40));
    EXPECT_FALSE(effectOf(all, u"ana"_s, CallbackQuestion::OnTime).z.has_value());
}

TEST(CallbackQuality, ConsistencyIsPearsonOverAgentsWithFiveScoredCalls)
{
    // (1, 2), (2, 1), (3, 3): deviations (−1, 0), (0, −1), (1, 1); r = 1 / √(2 · 2) = 0.5.
    QList<AgentConsistency> agents { { 5, 1, 2 }, { 6, 2, 1 }, { 9, 3, 3 } };
    ASSERT_TRUE(monitorSatisfactionCorrelation(agents).has_value());
    EXPECT_NEAR(*monitorSatisfactionCorrelation(agents), 0.5, 1e-12);
    // An agent with four scored calls does not count.
    agents.append({ 4, 100, -50 });
    EXPECT_NEAR(*monitorSatisfactionCorrelation(agents), 0.5, 1e-12);
    // One agent, or a figure that does not vary: no correlation.
    EXPECT_FALSE(monitorSatisfactionCorrelation({ { 5, 80, 9 } }).has_value());
    EXPECT_FALSE(monitorSatisfactionCorrelation({ { 5, 80, 9 }, { 5, 80, 7 } }).has_value());
}

TEST(CallbackQuality, TheFormIsReadFromTheRules)
{
    RuleSet rules = RuleSet::defaults();
    const QList<MonitorCriterion> form = monitorForm(rules);
    const QList<MonitorCriterion> spec = defaultMonitorForm();
    ASSERT_EQ(form.size(), spec.size());
    for (qsizetype i = 0; i < form.size(); ++i) {
        EXPECT_EQ(form.at(i).key, spec.at(i).key);
        EXPECT_EQ(form.at(i).weight, spec.at(i).weight);
    }
    // A version that weighs courtesy at 0 drops it; the form then adds up to 85 and is refused.
    ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kMonitorCourtesy), 0).ok());
    EXPECT_EQ(monitorForm(rules).size(), spec.size() - 1);
    EXPECT_FALSE(monitorFormProblem(monitorForm(rules)).isEmpty());
}
