#include "callbackrepository.h"

#include "private/preparedstatement.h"
#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

const QString kSelect
    = u"SELECT c.id, o.number, c.due_on, c.status, c.attempts, c.next_attempt_at, c.concluded_at, "
      "c.on_time, c.appointment, c.uniform, c.standard_service, c.tested, c.site_cleaned, "
      "c.satisfaction, "
      "c.commendation, c.comment, c.version, o.customer, o.phone, o.address, u.code, "
      "COALESCE(t.code, ''), "
      "COALESCE(p.name, ''), o.kind, o.completed_at "
      "FROM callback_tasks c JOIN orders o ON o.id = c.order_id JOIN units u ON u.id = o.unit_id "
      "LEFT JOIN teams t ON t.id = o.team_id LEFT JOIN technicians p ON p.id = o.technician_id"_s;

// Pending tasks that may be called now: never tried, or their retry time has come.
const QString kCallableNow
    = u"c.status = 'pending' AND (c.next_attempt_at IS NULL OR c.next_attempt_at <= ?)"_s;

CallbackTask taskFromRow(const QSqlQuery& row)
{
    CallbackTask task;
    task.id = row.value(0).toLongLong();
    task.orderNumber = row.value(1).toString();
    task.dueOn = dateFromSql(row.value(2));
    task.status = callbackStatusFromKey(row.value(3).toString()).value_or(CallbackStatus::Pending);
    task.attempts = row.value(4).toInt();
    task.nextAttemptAt = instantFromSql(row.value(5));
    task.concludedAt = instantFromSql(row.value(6));
    if (task.status == CallbackStatus::Reached) {
        CallbackAnswers answers;
        for (int i = 0; i < kCallbackQuestionCount; ++i)
            answers.yes[size_t(i)] = row.value(7 + i).toInt() != 0;
        answers.satisfaction = row.value(13).toInt();
        answers.commendation = row.value(14).toInt() != 0;
        answers.comment = row.value(15).toString();
        task.answers = answers;
    }
    task.version = row.value(16).toInt();
    task.customer = row.value(17).toString();
    task.phone = row.value(18).toString();
    task.address = row.value(19).toString();
    task.unitCode = row.value(20).toString();
    task.teamCode = row.value(21).toString();
    task.technicianName = row.value(22).toString();
    task.orderKind = row.value(23).toString();
    task.completedAt = instantFromSql(row.value(24));
    return task;
}

// Binds a list of values as "?, ?, ..." in batches small enough for both engines.
template <typename Value, typename Run> Status inBatches(const QList<Value>& values, Run run)
{
    constexpr qsizetype kBatch = 500;
    for (qsizetype start = 0; start < values.size(); start += kBatch) {
        QStringList marks;
        QVariantList bound;
        for (const Value& value : values.mid(start, kBatch)) {
            marks.append(u"?"_s);
            bound.append(QVariant::fromValue(value));
        }
        FD_TRY(run(marks.join(u", "_s), bound));
    }
    return Status::success();
}

} // namespace

CallbackRepository::CallbackRepository(Database& database)
    : m_database(database)
{ }
CallbackRepository::~CallbackRepository() = default;

Result<QHash<QString, CallbackTask>> CallbackRepository::findManyByOrder(
    const QStringList& orderNumbers) const
{
    QHash<QString, CallbackTask> found;
    FD_TRY(inBatches(orderNumbers, [&](const QString& marks, const QVariantList& values) -> Status {
        FD_TRY_ASSIGN(
            QList<CallbackTask> tasks, select(u"o.number IN ("_s + marks + u')', values, {}, 0));
        for (const CallbackTask& task : tasks)
            found.insert(task.orderNumber, task);
        return Status::success();
    }));
    return found;
}

Result<QHash<qint64, QList<CallbackAttempt>>> CallbackRepository::attemptsOf(
    const QList<qint64>& taskIds) const
{
    QHash<qint64, QList<CallbackAttempt>> found;
    FD_TRY(inBatches(taskIds, [&](const QString& marks, const QVariantList& values) -> Status {
        FD_TRY_ASSIGN(QSqlQuery query,
            runSql(m_database,
                u"SELECT task_id, attempted_at, outcome, agent FROM callback_attempts WHERE task_id IN ("_s
                    + marks + u") ORDER BY task_id, attempted_at, id"_s,
                values));
        while (query.next()) {
            found[query.value(0).toLongLong()].append({ instantFromSql(query.value(1)),
                callbackOutcomeFromKey(query.value(2).toString())
                    .value_or(CallbackOutcome::NoAnswer),
                query.value(3).toString() });
        }
        return Status::success();
    }));
    return found;
}

Result<qint64> CallbackRepository::insertTask(
    qint64 orderId, const QDate& dueOn, const QDateTime& now)
{
    if (!m_insertTask) {
        m_insertTask = std::make_unique<PreparedStatement>(m_database,
            u"INSERT INTO callback_tasks (order_id, due_on, status, created_at) VALUES (?, ?, 'pending', ?)"_s
                + insertReturningId(m_database));
    }
    FD_TRY(m_insertTask->run({ orderId, dateToSql(dueOn), now.toSecsSinceEpoch() }));
    return m_insertTask->insertedId();
}

Result<QList<CallbackTask>> CallbackRepository::select(const QString& where,
    const QVariantList& values, const QString& order, int limit, int offset) const
{
    QString sql = kSelect + u" WHERE "_s + where;
    if (!order.isEmpty())
        sql += u" ORDER BY "_s + order;
    if (limit > 0)
        sql += u" LIMIT "_s + QString::number(limit);
    if (limit > 0 && offset > 0)
        sql += u" OFFSET "_s + QString::number(offset);
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, sql, values));
    QList<CallbackTask> tasks;
    while (query.next())
        tasks.append(taskFromRow(query));
    return tasks;
}

QString CallbackRepository::generateStatement()
{
    // One statement, one index range: a day's completions among millions of orders. The
    // status is tested on an expression, which no index serves: on `status = 'completed'`
    // SQLite would choose the (status, deadline) index and read nearly every order there is
    // (all but the open and cancelled ones) instead of the day's range of completion times.
    return u"INSERT INTO callback_tasks (order_id, due_on, status, created_at) "
           "SELECT o.id, ?, 'pending', ? FROM orders o "
           "WHERE o.completed_at >= ? AND o.completed_at < ? AND o.status || '' = 'completed' "
           "ON CONFLICT (order_id) DO NOTHING"_s;
}

Result<qint64> CallbackRepository::generate(
    const QDate& dueOn, const QDateTime& from, const QDateTime& before, const QDateTime& now)
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database, generateStatement(),
            { dateToSql(dueOn), now.toSecsSinceEpoch(), from.toSecsSinceEpoch(),
                before.toSecsSinceEpoch() }));
    return qint64(query.numRowsAffected());
}

Result<qint64> CallbackRepository::total(const QDate& dueOn) const
{
    FD_TRY_ASSIGN(QVariant count,
        scalar(m_database, u"SELECT COUNT(*) FROM callback_tasks WHERE due_on = ?"_s,
            { dateToSql(dueOn) }));
    return count.toLongLong();
}

Result<CallbackCounts> CallbackRepository::counts(const QDate& dueOn, const QDateTime& now) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT c.status, CASE WHEN c.next_attempt_at IS NULL OR c.next_attempt_at <= ? THEN "
            u"1 "
            u"ELSE 0 END, COUNT(*) "
            "FROM callback_tasks c WHERE c.due_on = ? GROUP BY 1, 2"_s,
            { now.toSecsSinceEpoch(), dateToSql(dueOn) }));
    CallbackCounts counts;
    while (query.next()) {
        const QString status = query.value(0).toString();
        const bool callable = query.value(1).toInt() != 0;
        const qint64 count = query.value(2).toLongLong();
        counts.due += count;
        if (status == u"reached"_s)
            counts.reached += count;
        else if (status == u"unreachable"_s)
            counts.unreachable += count;
        else if (callable)
            counts.toCall += count;
        else
            counts.toRetry += count;
    }
    return counts;
}

Result<QList<CallbackTask>> CallbackRepository::tasks(
    const QDate& dueOn, const QDateTime& now, int offset, int limit, const QString& search) const
{
    QString where = u"c.due_on = ?"_s;
    QVariantList values { dateToSql(dueOn) };
    const QString text = search.trimmed().toLower();
    if (!text.isEmpty()) {
        // LIKE with its wildcards escaped: both engines have it, unlike instr or strpos.
        where += u" AND (lower(o.customer) LIKE ? ESCAPE '!' OR lower(o.phone) LIKE ? ESCAPE '!'"
                 " OR lower(o.number) LIKE ? ESCAPE '!' OR lower(o.account) LIKE ? ESCAPE '!')"_s;
        QString pattern = text;
        pattern.replace(u'!', u"!!"_s).replace(u'%', u"!%"_s).replace(u'_', u"!_"_s);
        pattern = u'%' + pattern + u'%';
        values << pattern << pattern << pattern << pattern;
    }
    values << now.toSecsSinceEpoch();
    return select(where, values,
        u"CASE WHEN "_s + kCallableNow
            + u" THEN 0 WHEN c.status = 'pending' THEN 1 ELSE 2 END, "
              "COALESCE(c.next_attempt_at, 0), o.completed_at, c.id"_s,
        limit, offset);
}

Result<std::optional<CallbackTask>> CallbackRepository::next(
    const QDate& dueOn, const QDateTime& now) const
{
    FD_TRY_ASSIGN(QList<CallbackTask> found,
        select(u"c.due_on = ? AND "_s + kCallableNow, { dateToSql(dueOn), now.toSecsSinceEpoch() },
            u"c.attempts, COALESCE(c.next_attempt_at, 0), o.completed_at, c.id"_s, 1));
    if (found.isEmpty())
        return std::optional<CallbackTask>();
    return std::optional<CallbackTask>(found.first());
}

Result<std::optional<CallbackTask>> CallbackRepository::find(qint64 id) const
{
    FD_TRY_ASSIGN(QList<CallbackTask> found, select(u"c.id = ?"_s, { id }, {}, 1));
    if (found.isEmpty())
        return std::optional<CallbackTask>();
    return std::optional<CallbackTask>(found.first());
}

Result<std::optional<CallbackTask>> CallbackRepository::findByOrder(
    const QString& orderNumber) const
{
    FD_TRY_ASSIGN(QList<CallbackTask> found, select(u"o.number = ?"_s, { orderNumber }, {}, 1));
    if (found.isEmpty())
        return std::optional<CallbackTask>();
    return std::optional<CallbackTask>(found.first());
}

Result<QList<CallbackAttempt>> CallbackRepository::attempts(qint64 taskId) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT attempted_at, outcome, agent FROM callback_attempts WHERE task_id = ? ORDER BY attempted_at, id"_s,
            { taskId }));
    QList<CallbackAttempt> attempts;
    while (query.next()) {
        attempts.append({ instantFromSql(query.value(0)),
            callbackOutcomeFromKey(query.value(1).toString()).value_or(CallbackOutcome::NoAnswer),
            query.value(2).toString() });
    }
    return attempts;
}

Result<qint64> CallbackRepository::ensure(
    const QString& orderNumber, const QDate& dueOn, const QDateTime& now)
{
    FD_TRY(execSql(m_database,
        u"INSERT INTO callback_tasks (order_id, due_on, status, created_at) "
        "SELECT id, ?, 'pending', ? FROM orders WHERE number = ? ON CONFLICT (order_id) DO NOTHING"_s,
        { dateToSql(dueOn), now.toSecsSinceEpoch(), orderNumber }));
    FD_TRY_ASSIGN(QVariant id,
        scalar(m_database,
            u"SELECT c.id FROM callback_tasks c JOIN orders o ON o.id = c.order_id WHERE o.number = ?"_s,
            { orderNumber }));
    return id.toLongLong();
}

Result<bool> CallbackRepository::update(const CallbackTask& task)
{
    QVariantList values { callbackStatusKey(task.status), task.attempts,
        instantToSql(task.nextAttemptAt), instantToSql(task.concludedAt) };
    const bool answered = task.answers.has_value();
    for (int i = 0; i < kCallbackQuestionCount; ++i)
        values.append(answered ? QVariant(task.answers->yes[size_t(i)] ? 1 : 0) : QVariant());
    values << (answered ? QVariant(task.answers->satisfaction) : QVariant())
           << (answered ? QVariant(task.answers->commendation ? 1 : 0) : QVariant())
           << (answered ? task.answers->comment : QString()) << task.id << task.version;
    if (!m_update) {
        m_update = std::make_unique<PreparedStatement>(m_database,
            u"UPDATE callback_tasks SET status = ?, attempts = ?, next_attempt_at = ?, "
            u"concluded_at = ?, "
            "on_time = ?, appointment = ?, uniform = ?, standard_service = ?, tested = ?, "
            "site_cleaned = ?, "
            "satisfaction = ?, commendation = ?, comment = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    }
    FD_TRY(m_update->run(values));
    return m_update->changedRows() == 1;
}

Status CallbackRepository::appendAttempt(qint64 taskId, const CallbackAttempt& attempt)
{
    if (!m_insertAttempt) {
        m_insertAttempt = std::make_unique<PreparedStatement>(m_database,
            u"INSERT INTO callback_attempts (task_id, attempted_at, outcome, agent) VALUES (?, ?, ?, ?)"_s);
    }
    return m_insertAttempt->run(
        { taskId, instantToSql(attempt.at), callbackOutcomeKey(attempt.outcome), attempt.agent });
}

} // namespace fd
