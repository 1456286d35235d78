#pragma once

#include "domain/callback.h"
#include "rules/rational.h"
#include "rules/ruleset.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace fd {

// SPEC §17: the callback calls held to a standard. Pure arithmetic on one month's calls;
// where the calls and scores come from is the service's business.

// ---- Monitoring: the monthly sample ------------------------------------------------------

inline constexpr int kDefaultMonitorSampleSize = 10;

// The calls a supervisor listens to this month: `size` of the agent's reached calls, drawn
// at random but reproducibly. Each call gets a key from a keyed hash of (agent, month, call)
// and the smallest keys are taken, so the sample is the same on every machine and every
// run, and a call recorded late does not reshuffle the calls already drawn (it joins the
// sample only when its key is among the smallest). Returned in ascending key order.
QList<qint64> monthlyMonitorSample(
    const QString& agent, const QString& month, const QList<qint64>& reachedCalls, int size);

// ---- Monitoring: the scoring form ---------------------------------------------------------

// One criterion of the form: the points it is worth. The form's weights add up to 100.
struct MonitorCriterion
{
    QString key;
    int weight = 0;
};

// The criterion's name as the form shows it ("Greeting and identification"), and what the
// supervisor listens for under it; the key itself for a criterion the program does not know.
QString monitorCriterionName(const QString& key);
QString monitorCriterionHint(const QString& key);

// SPEC §17's default form: greeting and identification 10, the six questions asked
// neutrally 30, answers recorded as given 30, courtesy 15, closing and complaint handling 15.
QList<MonitorCriterion> defaultMonitorForm();
// The form of a version of the rules: the same criteria, the weights it holds (a criterion
// weighted 0 is left out).
QList<MonitorCriterion> monitorForm(const RuleSet& rules);

// Why a form cannot be used (weights not positive or not adding up to 100, keys empty or
// repeated), or empty when it can.
QString monitorFormProblem(const QList<MonitorCriterion>& form);

// A supervisor's marks for one call: points per criterion key, each 0…the criterion's weight.
using MonitorMarks = QHash<QString, int>;

// Why the marks do not fit the form (a criterion missing or unknown, points out of range),
// or empty when they do.
QString monitorMarksProblem(const QList<MonitorCriterion>& form, const MonitorMarks& marks);

// The call's monitor score 0–100: the sum of the marks (the marks must fit the form).
int monitorScore(const QList<MonitorCriterion>& form, const MonitorMarks& marks);

// ---- Calibration --------------------------------------------------------------------------

inline constexpr int kCalibrationSpreadLimit = 10; // a spread above this is flagged

struct MonitorScoreEntry
{
    qint64 call = 0;
    QString supervisor;
    int score = 0; // 0–100
};

struct Calibration
{
    int calls = 0; // calls scored by two supervisors or more
    std::optional<Rational> meanSpread; // of those calls' spreads (max − min)
    QList<qint64> flagged; // those whose spread exceeds kCalibrationSpreadLimit, ascending
    // Each supervisor's mean absolute deviation from the means of the calls they scored
    // that others scored too.
    QHash<QString, Rational> supervisorDeviation;
};

Calibration calibrate(const QList<MonitorScoreEntry>& scores);

// ---- The agent effect -----------------------------------------------------------------------

inline constexpr int kAgentEffectMinimumCalls = 30; // on each side
inline constexpr int kAgentEffectZ = 3; // flagged when |z| ≥ this

// One reached call's answers, for the agent effect.
struct AnsweredCall
{
    QString agent;
    QString unitCode;
    CallbackAnswers answers;
};

struct AgentQuestionEffect
{
    QString agent;
    CallbackQuestion question = CallbackQuestion::OnTime;
    int agentYes = 0, agentCalls = 0; // the agent's reached calls
    int othersYes = 0, othersCalls = 0; // the other agents' reached calls on the same units
    std::optional<double> z; // none when the pooled rate is 0 or 1 (no spread to test)
    bool flagged = false;
};

// Per agent and question: the agent's yes-rate against the other agents' on calls about the
// units the agent called about (two-proportion z-test, pooled). Flagged when |z| ≥ 3 with at
// least 30 calls on each side; the comparison with 3 is exact (in fractions), so a z of
// exactly 3 is flagged on every machine. Sorted by agent, then question.
QList<AgentQuestionEffect> agentEffects(const QList<AnsweredCall>& calls);

// ---- Consistency -----------------------------------------------------------------------------

inline constexpr int kCorrelationMinimumScoredCalls = 5;

struct AgentConsistency
{
    int scoredCalls = 0;
    double monitorAverage = 0; // of the agent's scored calls
    double satisfactionAverage = 0; // of the agent's reached calls
};

// Pearson correlation of the agents' monitor averages and satisfaction averages, over the
// agents with at least 5 scored calls; none with fewer than two such agents or when either
// figure does not vary.
std::optional<double> monitorSatisfactionCorrelation(const QList<AgentConsistency>& agents);

} // namespace fd
