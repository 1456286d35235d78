#include "qualityrepository.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// The reaching call is the last reached attempt of the task (a corrected call adds none).
const QString kReachedCalls
    = u"SELECT c.id, o.number, u.code, a.agent, c.concluded_at, c.on_time, c.appointment, "
      "c.uniform, c.standard_service, c.tested, c.site_cleaned, c.satisfaction, c.commendation "
      "FROM callback_tasks c JOIN orders o ON o.id = c.order_id JOIN units u ON u.id = o.unit_id "
      "JOIN callback_attempts a ON a.id = (SELECT MAX(r.id) FROM callback_attempts r "
      "WHERE r.task_id = c.id AND r.outcome = 'reached') "
      "WHERE c.status = 'reached' AND "_s;

MonitoredCall callFrom(const QSqlQuery& row)
{
    MonitoredCall call;
    call.taskId = row.value(0).toLongLong();
    call.orderNumber = row.value(1).toString();
    call.unitCode = row.value(2).toString();
    call.agent = row.value(3).toString();
    call.concludedAt = instantFromSql(row.value(4));
    for (int question = 0; question < kCallbackQuestionCount; ++question)
        call.answers.yes[question] = row.value(5 + question).toInt() != 0;
    call.answers.satisfaction = row.value(11).toInt();
    call.answers.commendation = row.value(12).toInt() != 0;
    return call;
}

} // namespace

Result<QList<MonitoredCall>> QualityRepository::reachedCalls(
    const QDateTime& from, const QDateTime& before) const
{
    Result<QSqlQuery> query = runSql(m_database,
        kReachedCalls + u"c.concluded_at >= ? AND c.concluded_at < ? ORDER BY c.id"_s,
        { instantToSql(from), instantToSql(before) });
    if (!query.ok())
        return Error(query.error());
    QList<MonitoredCall> calls;
    while (query.value().next())
        calls.append(callFrom(query.value()));
    return calls;
}

Result<std::optional<MonitoredCall>> QualityRepository::reachedCall(qint64 taskId) const
{
    Result<QSqlQuery> query = runSql(m_database, kReachedCalls + u"c.id = ?"_s, { taskId });
    if (!query.ok())
        return Error(query.error());
    if (!query.value().next())
        return std::optional<MonitoredCall>();
    return std::optional<MonitoredCall>(callFrom(query.value()));
}

Result<QList<qint64>> QualityRepository::reachedTasksOf(
    const QString& agent, const QDateTime& from, const QDateTime& before) const
{
    Result<QSqlQuery> query = runSql(m_database,
        u"SELECT c.id FROM callback_tasks c JOIN callback_attempts a ON a.id = (SELECT MAX(r.id) "
        "FROM callback_attempts r WHERE r.task_id = c.id AND r.outcome = 'reached') "
        "WHERE c.status = 'reached' AND c.concluded_at >= ? AND c.concluded_at < ? "
        "AND a.agent = ? ORDER BY c.id"_s,
        { instantToSql(from), instantToSql(before), agent });
    if (!query.ok())
        return Error(query.error());
    QList<qint64> tasks;
    while (query.value().next())
        tasks.append(query.value().value(0).toLongLong());
    return tasks;
}

Result<QList<MonitorScoreRecord>> QualityRepository::scores(
    const QDateTime& from, const QDateTime& before) const
{
    Result<QSqlQuery> query = runSql(m_database,
        u"SELECT m.task_id, o.number, m.supervisor, m.scored_at, m.rules_version, m.marks, "
        "m.score, m.recording FROM monitor_scores m "
        "JOIN callback_tasks c ON c.id = m.task_id JOIN orders o ON o.id = c.order_id "
        "WHERE c.concluded_at >= ? AND c.concluded_at < ? ORDER BY m.task_id, m.id"_s,
        { instantToSql(from), instantToSql(before) });
    if (!query.ok())
        return Error(query.error());
    QList<MonitorScoreRecord> scores;
    while (query.value().next()) {
        const QSqlQuery& row = query.value();
        scores.append({ row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
            instantFromSql(row.value(3)), row.value(4).toInt(),
            marksFromText(row.value(5).toString()), row.value(6).toInt(),
            row.value(7).toString() });
    }
    return scores;
}

Result<bool> QualityRepository::addScore(const MonitorScoreRecord& score)
{
    Result<QVariant> already = scalar(m_database,
        u"SELECT COUNT(*) FROM monitor_scores WHERE task_id = ? AND supervisor = ?"_s,
        { score.taskId, score.supervisor });
    if (!already.ok())
        return Error(already.error());
    if (already.value().toLongLong() > 0)
        return false;
    QStringList order = score.marks.keys();
    order.sort();
    FD_TRY(execSql(m_database,
        u"INSERT INTO monitor_scores (task_id, supervisor, scored_at, rules_version, marks, "
        "score, recording) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        { score.taskId, score.supervisor, instantToSql(score.scoredAt), score.rulesVersion,
            marksText(order, score.marks), score.score, score.recording }));
    return true;
}

QString QualityRepository::marksText(const QList<QString>& order, const QHash<QString, int>& marks)
{
    QStringList parts;
    for (const QString& key : order)
        parts.append(key + u'=' + QString::number(marks.value(key)));
    return parts.join(u';');
}

QHash<QString, int> QualityRepository::marksFromText(const QString& text)
{
    QHash<QString, int> marks;
    for (const QString& part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals > 0)
            marks.insert(part.left(equals), part.mid(equals + 1).toInt());
    }
    return marks;
}

} // namespace fd
