#pragma once

#include "common/result.h"
#include "domain/quality.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace fd {

class Database;

// SPEC §17: the reached calls a month's quality figures are made of, and the monitor
// scores supervisors give them. A month's calls are those concluded (reached) in it, as in
// the evaluation.
class QualityRepository
{
public:
    explicit QualityRepository(Database& database)
        : m_database(database)
    { }

    // The calls reached within [from, before), with the agent of the reaching call, by task.
    Result<QList<MonitoredCall>> reachedCalls(const QDateTime& from, const QDateTime& before) const;
    Result<std::optional<MonitoredCall>> reachedCall(qint64 taskId) const;
    // The tasks of the calls `agent` reached within [from, before) (what its sample is drawn
    // from), without reading the others' calls.
    Result<QList<qint64>> reachedTasksOf(
        const QString& agent, const QDateTime& from, const QDateTime& before) const;
    // The scores given to the calls reached within [from, before).
    Result<QList<MonitorScoreRecord>> scores(const QDateTime& from, const QDateTime& before) const;
    // Adds a score; false when the supervisor has scored the call already (nothing written).
    Result<bool> addScore(const MonitorScoreRecord& score);

    // The marks as stored: "greeting=10;neutral_questions=30;…" in the form's order.
    static QString marksText(const QList<QString>& order, const QHash<QString, int>& marks);
    static QHash<QString, int> marksFromText(const QString& text);

private:
    Database& m_database;
};

} // namespace fd
