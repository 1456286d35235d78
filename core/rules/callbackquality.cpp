#include "callbackquality.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMap>
#include <QSet>
#include <QtEndian>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

quint64 sampleKey(const QString& agent, const QString& month, qint64 call)
{
    // Length-prefixed fields, so that ("ab", "c") and ("a", "bc") never share a key.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& field : { agent, month, QString::number(call) }) {
        const QByteArray bytes = field.toUtf8();
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
    }
    return qFromBigEndian<quint64>(hash.result().constData());
}

Rational absolute(const Rational& value)
{
    return value < Rational(0) ? Rational(0) - value : value;
}

int questionCount(const QList<AnsweredCall>& calls, const QString& agent, int question,
    const QSet<QString>* units, bool agentsOwn, int& yes)
{
    int count = 0;
    yes = 0;
    for (const AnsweredCall& call : calls) {
        if ((call.agent == agent) != agentsOwn)
            continue;
        if (units && !units->contains(call.unitCode))
            continue;
        ++count;
        if (call.answers.yes.at(question))
            ++yes;
    }
    return count;
}

} // namespace

QList<qint64> monthlyMonitorSample(
    const QString& agent, const QString& month, const QList<qint64>& reachedCalls, int size)
{
    QList<std::pair<quint64, qint64>> keyed;
    keyed.reserve(reachedCalls.size());
    for (qint64 call : reachedCalls)
        keyed.append({ sampleKey(agent, month, call), call });
    std::sort(keyed.begin(), keyed.end());
    keyed.erase(std::unique(keyed.begin(), keyed.end()), keyed.end()); // a call listed twice
    QList<qint64> sample;
    for (qsizetype i = 0; i < keyed.size() && i < size; ++i)
        sample.append(keyed.at(i).second);
    return sample;
}

namespace {

struct CriterionText
{
    const char16_t* key;
    const char* name;
    const char* hint;
};

// The criteria of SPEC §17, as the scoring form names and explains them.
const CriterionText kCriterionTexts[] = {
    { u"greeting", QT_TRANSLATE_NOOP("fd::Quality", "Greeting and identification"),
        QT_TRANSLATE_NOOP("fd::Quality",
            "The agent greeted the customer, gave their name and the operator's, and checked "
            "they were speaking to the account holder.") },
    { u"neutral_questions", QT_TRANSLATE_NOOP("fd::Quality", "All six questions asked neutrally"),
        QT_TRANSLATE_NOOP("fd::Quality",
            "Every question was read as written, without suggesting an answer (no “the "
            "technician cleaned up, didn't he?”).") },
    { u"answers_recorded", QT_TRANSLATE_NOOP("fd::Quality", "Answers recorded as given"),
        QT_TRANSLATE_NOOP("fd::Quality",
            "What was recorded is what the customer said, question by question, with the "
            "satisfaction score the customer gave.") },
    { u"courtesy", QT_TRANSLATE_NOOP("fd::Quality", "Courtesy"),
        QT_TRANSLATE_NOOP(
            "fd::Quality", "Polite, patient and clear; the customer was let to finish.") },
    { u"closing", QT_TRANSLATE_NOOP("fd::Quality", "Closing and complaint handling"),
        QT_TRANSLATE_NOOP("fd::Quality",
            "A complaint was taken down and explained; the call ended with thanks and what "
            "happens next.") },
};

const CriterionText* criterionText(const QString& key)
{
    for (const CriterionText& text : kCriterionTexts) {
        if (key == QStringView(text.key))
            return &text;
    }
    return nullptr;
}

} // namespace

QString monitorCriterionName(const QString& key)
{
    const CriterionText* text = criterionText(key);
    return text ? QCoreApplication::translate("fd::Quality", text->name) : key;
}

QString monitorCriterionHint(const QString& key)
{
    const CriterionText* text = criterionText(key);
    return text ? QCoreApplication::translate("fd::Quality", text->hint) : QString();
}

QList<MonitorCriterion> defaultMonitorForm()
{
    return { { u"greeting"_s, 10 }, { u"neutral_questions"_s, 30 }, { u"answers_recorded"_s, 30 },
        { u"courtesy"_s, 15 }, { u"closing"_s, 15 } };
}

QList<MonitorCriterion> monitorForm(const RuleSet& rules)
{
    const std::pair<QString, const char16_t*> weights[] = {
        { u"greeting"_s, rule::kMonitorGreeting },
        { u"neutral_questions"_s, rule::kMonitorNeutralQuestions },
        { u"answers_recorded"_s, rule::kMonitorAnswersRecorded },
        { u"courtesy"_s, rule::kMonitorCourtesy },
        { u"closing"_s, rule::kMonitorClosing },
    };
    QList<MonitorCriterion> form;
    for (const auto& [key, rule] : weights) {
        const int weight = int(rules.value(QString::fromUtf16(rule)));
        if (weight > 0)
            form.append({ key, weight });
    }
    return form;
}

QString monitorFormProblem(const QList<MonitorCriterion>& form)
{
    QSet<QString> keys;
    int total = 0;
    for (const MonitorCriterion& criterion : form) {
        if (criterion.key.trimmed().isEmpty() || keys.contains(criterion.key))
            return QCoreApplication::translate(
                "fd::Quality", "each criterion of the scoring form needs a name of its own");
        if (criterion.weight <= 0 || criterion.weight > 100)
            return QCoreApplication::translate(
                "fd::Quality", "the criterion “%1” must be worth 1 to 100 points")
                .arg(monitorCriterionName(criterion.key));
        keys.insert(criterion.key);
        total += criterion.weight;
    }
    if (total != 100)
        return QCoreApplication::translate(
            "fd::Quality", "the criteria of the scoring form add up to %1 points, not 100")
            .arg(total);
    return {};
}

QString monitorMarksProblem(const QList<MonitorCriterion>& form, const MonitorMarks& marks)
{
    QSet<QString> known;
    for (const MonitorCriterion& criterion : form) {
        known.insert(criterion.key);
        const auto mark = marks.constFind(criterion.key);
        if (mark == marks.cend())
            return QCoreApplication::translate("fd::Quality", "the criterion “%1” has no mark")
                .arg(monitorCriterionName(criterion.key));
        if (*mark < 0 || *mark > criterion.weight)
            return QCoreApplication::translate(
                "fd::Quality", "the criterion “%1” is marked %2; it is worth 0 to %3 points")
                .arg(monitorCriterionName(criterion.key), QString::number(*mark),
                    QString::number(criterion.weight));
    }
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        if (!known.contains(it.key()))
            return QCoreApplication::translate(
                "fd::Quality", "“%1” is not a criterion of the scoring form")
                .arg(it.key());
    }
    return {};
}

int monitorScore(const QList<MonitorCriterion>& form, const MonitorMarks& marks)
{
    int score = 0;
    for (const MonitorCriterion& criterion : form)
        score += marks.value(criterion.key);
    return score;
}

Calibration calibrate(const QList<MonitorScoreEntry>& scores)
{
    // Call by call, in call order: each supervisor's score (a supervisor who scored a call
    // twice counts with the last score given).
    QMap<qint64, QMap<QString, int>> byCall;
    for (const MonitorScoreEntry& entry : scores)
        byCall[entry.call][entry.supervisor] = entry.score;

    Calibration result;
    Rational spreads;
    QHash<QString, Rational> deviationSum;
    QHash<QString, int> deviationCount;
    for (auto call = byCall.cbegin(); call != byCall.cend(); ++call) {
        const QMap<QString, int>& bySupervisor = call.value();
        if (bySupervisor.size() < 2)
            continue;
        ++result.calls;
        int low = 100, high = 0, sum = 0;
        for (int score : bySupervisor) {
            low = std::min(low, score);
            high = std::max(high, score);
            sum += score;
        }
        spreads = spreads + Rational(high - low);
        if (high - low > kCalibrationSpreadLimit)
            result.flagged.append(call.key());
        const Rational mean(sum, Rational::Integer(bySupervisor.size()));
        for (auto score = bySupervisor.cbegin(); score != bySupervisor.cend(); ++score) {
            deviationSum[score.key()]
                = deviationSum.value(score.key()) + absolute(Rational(score.value()) - mean);
            ++deviationCount[score.key()];
        }
    }
    if (result.calls > 0)
        result.meanSpread = spreads / Rational(result.calls);
    for (auto it = deviationSum.cbegin(); it != deviationSum.cend(); ++it)
        result.supervisorDeviation.insert(
            it.key(), it.value() / Rational(deviationCount.value(it.key())));
    return result;
}

QList<AgentQuestionEffect> agentEffects(const QList<AnsweredCall>& calls)
{
    QMap<QString, QSet<QString>> unitsByAgent; // sorted by agent
    for (const AnsweredCall& call : calls)
        unitsByAgent[call.agent].insert(call.unitCode);

    QList<AgentQuestionEffect> effects;
    for (auto agent = unitsByAgent.cbegin(); agent != unitsByAgent.cend(); ++agent) {
        for (int question = 0; question < kCallbackQuestionCount; ++question) {
            AgentQuestionEffect effect;
            effect.agent = agent.key();
            effect.question = CallbackQuestion(question);
            effect.agentCalls
                = questionCount(calls, agent.key(), question, nullptr, true, effect.agentYes);
            effect.othersCalls = questionCount(
                calls, agent.key(), question, &agent.value(), false, effect.othersYes);
            const int n1 = effect.agentCalls, n2 = effect.othersCalls;
            const int pooledYes = effect.agentYes + effect.othersYes;
            if (n1 > 0 && n2 > 0 && pooledYes > 0 && pooledYes < n1 + n2) {
                // z² = (p1 − p2)² / (p(1 − p)(1/n1 + 1/n2)), compared with 9 in fractions.
                const Rational p1(effect.agentYes, n1), p2(effect.othersYes, n2);
                const Rational p(pooledYes, n1 + n2);
                const Rational difference = p1 - p2;
                const Rational variance
                    = p * (Rational(1) - p) * (Rational(1, n1) + Rational(1, n2));
                const Rational zSquared = difference * difference / variance;
                const double z = std::sqrt(zSquared.toDouble());
                effect.z = difference < Rational(0) ? -z : z;
                effect.flagged = n1 >= kAgentEffectMinimumCalls && n2 >= kAgentEffectMinimumCalls
                    && zSquared >= Rational(kAgentEffectZ * kAgentEffectZ);
            }
            effects.append(effect);
        }
    }
    return effects;
}

std::optional<double> monitorSatisfactionCorrelation(const QList<AgentConsistency>& agents)
{
    QList<const AgentConsistency*> counted;
    for (const AgentConsistency& agent : agents) {
        if (agent.scoredCalls >= kCorrelationMinimumScoredCalls)
            counted.append(&agent);
    }
    if (counted.size() < 2)
        return std::nullopt;
    double meanX = 0, meanY = 0;
    for (const AgentConsistency* agent : counted) {
        meanX += agent->monitorAverage;
        meanY += agent->satisfactionAverage;
    }
    meanX /= double(counted.size());
    meanY /= double(counted.size());
    double covariance = 0, varianceX = 0, varianceY = 0;
    for (const AgentConsistency* agent : counted) {
        const double dx = agent->monitorAverage - meanX, dy = agent->satisfactionAverage - meanY;
        covariance += dx * dy;
        varianceX += dx * dx;
        varianceY += dy * dy;
    }
    if (varianceX <= 0 || varianceY <= 0)
        return std::nullopt;
    return covariance / std::sqrt(varianceX * varianceY);
}

} // namespace fd
