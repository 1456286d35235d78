#include "qualityservice.h"

#include "rules/permissions.h"
#include "rules/ruleset.h"
#include "storage/auditrepository.h"
#include "storage/callbackrepository.h"
#include "storage/database.h"
#include "storage/qualityrepository.h"
#include "storage/rulerepository.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QDateTime monthStart(const QDate& month, const QTimeZone& zone)
{
    return QDateTime(QDate(month.year(), month.month(), 1), QTime(0, 0), zone);
}

QString monthKey(const QDate& month)
{
    return month.toString(u"yyyy-MM"_s);
}

// Each agent's reached calls, by agent name.
QMap<QString, QList<const MonitoredCall*>> byAgent(const QList<MonitoredCall>& calls)
{
    QMap<QString, QList<const MonitoredCall*>> agents;
    for (const MonitoredCall& call : calls)
        agents[call.agent].append(&call);
    return agents;
}

QList<qint64> sampleOf(
    const QString& agent, const QDate& month, const QList<const MonitoredCall*>& calls, int size)
{
    QList<qint64> reached;
    for (const MonitoredCall* call : calls)
        reached.append(call->taskId);
    return monthlyMonitorSample(agent, monthKey(month), reached, size);
}

} // namespace

struct QualityService::Month
{
    QDate month;
    QList<MonitoredCall> calls;
    QList<MonitorScoreRecord> scores;
    int sampleSize = kDefaultMonitorSampleSize;
};

Result<QualityService::Month> QualityService::load(const QDate& month) const
{
    Database& database = m_session.database();
    Result<RuleSet> rules = RuleRepository(database).current();
    if (!rules.ok())
        return Error(rules.error());
    const QDateTime from = monthStart(month, m_session.zone());
    const QDateTime before = from.addMonths(1);
    QualityRepository repository(database);
    Result<QList<MonitoredCall>> calls = repository.reachedCalls(from, before);
    if (!calls.ok())
        return Error(calls.error());
    Result<QList<MonitorScoreRecord>> scores = repository.scores(from, before);
    if (!scores.ok())
        return Error(scores.error());
    return Month { from.date(), calls.value(), scores.value(),
        int(rules.value().value(rule::kMonitorSampleSize)) };
}

Result<QualityReport> QualityService::report(const QDate& month) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewCallQuality));
    FD_TRY_ASSIGN(Month data, load(month));
    return figures(data);
}

QualityReport QualityService::figures(const Month& data)
{
    QualityReport report;
    report.month = data.month;

    // Scores by call, and each call's score: the mean of its supervisors' scores.
    QList<MonitorScoreEntry> entries;
    QHash<qint64, QList<int>> scoresByCall;
    QMap<QString, qint64> scoredBySupervisor;
    QHash<qint64, QString> numbers;
    for (const MonitorScoreRecord& score : data.scores) {
        entries.append({ score.taskId, score.supervisor, score.score });
        scoresByCall[score.taskId].append(score.score);
        ++scoredBySupervisor[score.supervisor];
        numbers.insert(score.taskId, score.orderNumber);
    }
    const Calibration calibration = calibrate(entries);
    report.calibratedCalls = calibration.calls;
    report.meanSpread = calibration.meanSpread;
    for (qint64 call : calibration.flagged)
        report.flaggedCalls.append(numbers.value(call));
    for (auto it = scoredBySupervisor.cbegin(); it != scoredBySupervisor.cend(); ++it) {
        SupervisorQuality supervisor { it.key(), it.value(), std::nullopt };
        if (calibration.supervisorDeviation.contains(it.key()))
            supervisor.deviation = calibration.supervisorDeviation.value(it.key());
        report.supervisors.append(supervisor);
    }

    QList<AnsweredCall> answered;
    for (const MonitoredCall& call : data.calls)
        answered.append({ call.agent, call.unitCode, call.answers });
    report.effects = agentEffects(answered);
    QSet<QString> flaggedAgents;
    QHash<QString, QList<CallbackQuestion>> flaggedQuestions;
    for (const AgentQuestionEffect& effect : std::as_const(report.effects)) {
        if (effect.flagged) {
            flaggedAgents.insert(effect.agent);
            flaggedQuestions[effect.agent].append(effect.question);
        }
    }

    QList<AgentConsistency> consistency;
    const auto agents = byAgent(data.calls);
    for (auto agent = agents.cbegin(); agent != agents.cend(); ++agent) {
        AgentQuality quality;
        quality.agent = agent.key();
        quality.reached = agent.value().size();
        const QList<qint64> sample
            = sampleOf(agent.key(), data.month, agent.value(), data.sampleSize);
        quality.sampled = sample.size();
        Rational monitorSum;
        qint64 yes = 0, satisfaction = 0;
        for (const MonitoredCall* call : agent.value()) {
            for (bool answer : call->answers.yes)
                yes += answer ? 1 : 0;
            satisfaction += call->answers.satisfaction;
            quality.commendations += call->answers.commendation ? 1 : 0;
        }
        // Only the drawn calls count: a score of another call (the sample changed since)
        // stays recorded but is not the agent's monitoring.
        for (qint64 call : sample) {
            const QList<int> scores = scoresByCall.value(call);
            if (scores.isEmpty())
                continue;
            ++quality.scored;
            int sum = 0;
            for (int score : scores)
                sum += score;
            monitorSum = monitorSum + Rational(sum, Rational::Integer(scores.size()));
        }
        if (quality.scored > 0)
            quality.monitorAverage = monitorSum / Rational(quality.scored);
        quality.yesRate
            = Rational(yes * 100, Rational::Integer(quality.reached) * kCallbackQuestionCount);
        quality.satisfactionAverage = Rational(satisfaction, quality.reached);
        quality.flagged = flaggedQuestions.value(agent.key());
        report.agents.append(quality);
        if (quality.monitorAverage)
            consistency.append({ int(quality.scored), quality.monitorAverage->toDouble(),
                quality.satisfactionAverage->toDouble() });
        for (const MonitoredCall* call : agent.value()) {
            if (call->answers.commendation)
                ++report.commendationsByUnit[call->unitCode];
            if (flaggedAgents.contains(agent.key()))
                ++report.callsByFlaggedAgentsByUnit[call->unitCode];
        }
    }
    report.correlation = monitorSatisfactionCorrelation(consistency);
    return report;
}

Result<QList<SampledCall>> QualityService::sample(const QDate& month) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewCallQuality));
    Result<Month> loaded = load(month);
    if (!loaded.ok())
        return Error(loaded.error());
    const Month& data = loaded.value();
    QHash<qint64, QStringList> scoredBy;
    QHash<qint64, QString> recordings; // the first reference a supervisor gave
    for (const MonitorScoreRecord& score : data.scores) {
        scoredBy[score.taskId].append(score.supervisor);
        if (!recordings.contains(score.taskId) && !score.recording.isEmpty())
            recordings.insert(score.taskId, score.recording);
    }
    QList<SampledCall> sampled;
    const auto agents = byAgent(data.calls);
    for (auto agent = agents.cbegin(); agent != agents.cend(); ++agent) {
        QHash<qint64, const MonitoredCall*> byTask;
        for (const MonitoredCall* call : agent.value())
            byTask.insert(call->taskId, call);
        for (qint64 task : sampleOf(agent.key(), data.month, agent.value(), data.sampleSize))
            sampled.append({ *byTask.value(task), scoredBy.value(task), recordings.value(task) });
    }
    return sampled;
}

Result<QList<MonitoredCall>> QualityService::callsByFlaggedAgents(
    const QDate& month, const QString& unitCode) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewCallQuality));
    // One read of the month: the flags and the calls come from the same rows.
    FD_TRY_ASSIGN(Month data, load(month));
    QSet<QString> flagged;
    for (const AgentQuality& agent : figures(data).agents) {
        if (!agent.flagged.isEmpty())
            flagged.insert(agent.agent);
    }
    QList<MonitoredCall> calls;
    for (const MonitoredCall& call : std::as_const(data.calls)) {
        if (call.unitCode == unitCode && flagged.contains(call.agent))
            calls.append(call);
    }
    return calls;
}

Result<QList<MonitorCriterion>> QualityService::form() const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewCallQuality));
    Result<RuleSet> rules = RuleRepository(m_session.database()).current();
    if (!rules.ok())
        return Error(rules.error());
    return monitorForm(rules.value());
}

Result<MonitorScoreRecord> QualityService::score(
    const QString& orderNumber, const MonitorMarks& marks, const QString& recording)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::MonitorCalls));
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());

    Result<std::optional<CallbackTask>> task
        = CallbackRepository(database).findByOrder(orderNumber);
    if (!task.ok())
        return Error(task.error());
    QualityRepository repository(database);
    Result<std::optional<MonitoredCall>> call = task.value()
        ? repository.reachedCall(task.value()->id)
        : Result<std::optional<MonitoredCall>>(std::optional<MonitoredCall>());
    if (!call.ok())
        return Error(call.error());
    if (!call.value())
        return Error(QCoreApplication::translate("fd::Quality",
            "Order %1 has no callback call that reached the customer; only a reached call is "
            "scored.")
                         .arg(orderNumber));
    const MonitoredCall& reached = *call.value();
    const QDate day = reached.concludedAt.toTimeZone(m_session.zone()).date();
    const QDate month(day.year(), day.month(), 1);

    Result<RuleSet> rules = RuleRepository(database).current();
    if (!rules.ok())
        return Error(rules.error());
    const QDateTime from = monthStart(month, m_session.zone());
    Result<QList<qint64>> agentCalls
        = repository.reachedTasksOf(reached.agent, from, from.addMonths(1));
    if (!agentCalls.ok())
        return Error(agentCalls.error());
    const int sampleSize = int(rules.value().value(rule::kMonitorSampleSize));
    if (!monthlyMonitorSample(reached.agent, monthKey(month), agentCalls.value(), sampleSize)
             .contains(reached.taskId))
        return Error(QCoreApplication::translate("fd::Quality",
            "The call of order %1 is not in %2's sample for %3; supervisors score the sampled "
            "calls.")
                         .arg(orderNumber, reached.agent, monthKey(month)));

    const QList<MonitorCriterion> form = monitorForm(rules.value());
    if (const QString problem = monitorFormProblem(form); !problem.isEmpty())
        return Error(QCoreApplication::translate("fd::Quality",
            "The rules' scoring form cannot be used: %1. An evaluator changes it in Settings.")
                         .arg(problem));
    if (const QString problem = monitorMarksProblem(form, marks); !problem.isEmpty())
        return Error(QCoreApplication::translate("fd::Quality", "The score was not saved: %1.")
                         .arg(problem));

    MonitorScoreRecord record { reached.taskId, orderNumber, m_session.actor().user,
        m_session.now(), rules.value().version(), marks, monitorScore(form, marks),
        recording.trimmed() };
    Result<bool> added = repository.addScore(record);
    if (!added.ok())
        return Error(added.error());
    if (!added.value())
        return Error(QCoreApplication::translate("fd::Quality",
            "You have already scored the call of order %1; a score is not changed once given.")
                         .arg(orderNumber));
    QStringList order;
    for (const MonitorCriterion& criterion : form)
        order.append(criterion.key);
    FD_TRY(AuditRepository(database).append({ 0, record.scoredAt, record.supervisor,
        u"callback.monitor"_s, u"callback"_s, orderNumber, QString(),
        u"score=%1; %2; recording=%3"_s.arg(QString::number(record.score),
            QualityRepository::marksText(order, marks), record.recording) }));
    FD_TRY(transaction.commit());
    return record;
}

} // namespace fd
