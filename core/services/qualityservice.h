#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/quality.h"
#include "rules/callbackquality.h"
#include "rules/rational.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace fd {

// SPEC §17, one agent's month.
struct AgentQuality
{
    QString agent;
    qint64 reached = 0; // calls that reached the customer
    qint64 sampled = 0; // of those, drawn for monitoring
    qint64 scored = 0; // of those, scored by at least one supervisor
    // Each scored call's score (the mean of its supervisors' scores), averaged; 0–100.
    std::optional<Rational> monitorAverage;
    // Yes answers among all the answers of the reached calls, in per cent.
    std::optional<Rational> yesRate;
    std::optional<Rational> satisfactionAverage; // 0–10, of the reached calls
    QList<CallbackQuestion> flagged; // questions where the agent effect is flagged
    qint64 commendations = 0;
};

struct SupervisorQuality
{
    QString supervisor;
    qint64 scored = 0;
    // Mean absolute deviation from the means of the calls others scored too.
    std::optional<Rational> deviation;
};

struct QualityReport
{
    QDate month;
    QList<AgentQuality> agents; // by name
    qint64 calibratedCalls = 0; // scored by two supervisors or more
    std::optional<Rational> meanSpread;
    QStringList flaggedCalls; // order numbers of the calls whose spread exceeds 10 points
    QList<SupervisorQuality> supervisors; // by name
    std::optional<double> correlation; // monitor average against satisfaction, by agent
    QList<AgentQuestionEffect> effects; // every agent and question
    QHash<QString, qint64> commendationsByUnit;
    // Per unit: its reached calls made by an agent flagged on any question this month.
    QHash<QString, qint64> callsByFlaggedAgentsByUnit;
};

// A call drawn for monitoring, and who has scored it.
struct SampledCall
{
    MonitoredCall call;
    QStringList scoredBy;
    // The telephony system's reference of the recording, as the first supervisor who scored
    // the call gave it; empty while nobody has.
    QString recording;
};

class QualityService
{
public:
    explicit QualityService(const Session& session)
        : m_session(session)
    { }

    Result<QualityReport> report(const QDate& month) const;
    // Every agent's sample of the month, by agent, then draw.
    Result<QList<SampledCall>> sample(const QDate& month) const;
    // The month's reached calls of `unitCode` made by agents flagged that month (the
    // evaluation page's drill-down).
    Result<QList<MonitoredCall>> callsByFlaggedAgents(
        const QDate& month, const QString& unitCode) const;
    // The signed-in supervisor scores a sampled call on the current rules' form.
    Result<MonitorScoreRecord> score(
        const QString& orderNumber, const MonitorMarks& marks, const QString& recording);
    // The current rules' form, for the scoring dialog.
    Result<QList<MonitorCriterion>> form() const;

private:
    struct Month;
    Result<Month> load(const QDate& month) const;
    // The month's figures from its calls and scores, without reading anything.
    static QualityReport figures(const Month& data);

    const Session& m_session;
};

} // namespace fd
