#include "callbackimporter.h"

#include "rules/bounds.h"
#include "rules/callbackrules.h"
#include "rules/permissions.h"
#include "services/import/importlimits.h"
#include "storage/callbackrepository.h"
#include "storage/database.h"
#include "storage/orderrepository.h"
#include "storage/rulerepository.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

struct CallRow
{
    int line = 0;
    QString orderNumber;
    CallbackAttempt attempt;
    std::optional<CallbackAnswers> answers;
};

// The answer columns, in the order of CallbackQuestion.
const QStringList& answerColumns()
{
    static const QStringList columns = { u"on_time"_s, u"appointment"_s, u"uniform"_s,
        u"standard_service"_s, u"tested"_s, u"site_cleaned"_s };
    return columns;
}

constexpr int kMaxAgentName = 64;

CallRow readCall(const CsvRecord& record, const CsvColumns& columns, QList<CsvProblem>& problems,
    const QTimeZone& zone, const QDateTime& now, const QString& agent)
{
    static QStringList outcomeKeys;
    if (outcomeKeys.isEmpty()) {
        for (CallbackOutcome outcome : allCallbackOutcomes())
            outcomeKeys.append(callbackOutcomeKey(outcome));
    }
    const CsvRow row(record, columns, problems);
    CallRow call;
    call.line = record.line;
    call.orderNumber = row.identifier(u"order_number"_s);
    if (call.orderNumber.isEmpty())
        row.complain(
            u"order_number"_s, QCoreApplication::translate("fd::Checks", "must not be empty"));
    call.attempt.at = row.instant(u"attempted_at"_s, zone);
    if (call.attempt.at.isValid() && call.attempt.at > now)
        row.complain(
            u"attempted_at"_s, QCoreApplication::translate("fd::Checks", "is in the future"));
    call.attempt.outcome = row.choice<CallbackOutcome>(
        u"outcome"_s, callbackOutcomeFromKey, outcomeKeys, CallbackOutcome::NoAnswer);
    call.attempt.agent = agent;
    if (const QString named = row.text(u"agent"_s).trimmed(); !named.isEmpty()) {
        if (const QString problem = textCharacterProblem(named); !problem.isEmpty())
            row.complain(u"agent"_s, problem);
        else if (named.size() > kMaxAgentName)
            row.complain(u"agent"_s,
                QCoreApplication::translate("fd::Checks", "is longer than %1 characters")
                    .arg(kMaxAgentName));
        else
            call.attempt.agent = named;
    }
    const QStringList answerFields
        = answerColumns() + QStringList { u"satisfaction"_s, u"commendation"_s, u"comment"_s };
    if (call.attempt.outcome != CallbackOutcome::Reached) {
        // An answer of "no" (or a satisfaction of 0) where no one was reached agrees with
        // the call (SPEC §13): nothing was answered.
        for (const QString& field : answerFields) {
            const bool neutral = field == u"satisfaction"_s
                ? row.text(field).isEmpty() || row.text(field) == u"0"_s
                : field == u"comment"_s ? row.text(field).isEmpty()
                                        : row.emptyOrNo(field);
            if (!neutral) {
                row.complain(field,
                    QCoreApplication::translate("fd::CallbackImporter",
                        "is filled in, but the call did not reach the customer"));
            }
        }
        return call;
    }
    CallbackAnswers answers;
    for (int i = 0; i < kCallbackQuestionCount; ++i)
        answers.yes[size_t(i)] = row.yesNo(answerColumns().at(i));
    const qint64 satisfaction = row.integer(u"satisfaction"_s);
    if (satisfaction < 0 || satisfaction > 10)
        row.complain(u"satisfaction"_s,
            QCoreApplication::translate("fd::CallbackImporter", "must be a score from 0 to 10"));
    answers.satisfaction = int(qBound(qint64(0), satisfaction, qint64(10)));
    answers.commendation = row.optionalYesNo(u"commendation"_s).value_or(false);
    answers.comment = row.text(u"comment"_s);
    if (const QString problem = textCharacterProblem(answers.comment, true); !problem.isEmpty())
        row.complain(u"comment"_s, problem);
    call.answers = answers;
    return call;
}

} // namespace

bool CallbackImporter::run(CsvReader& reader, const CsvColumns& columns, qint64 totalBytes,
    QList<CsvProblem>& problems, SaveSummary& summary, const ImportProgress& progress,
    QString& generalError)
{
    auto fail = [&](const QString& message) {
        generalError = message;
        return false;
    };
    const Status allowed = checkAllowed(m_session.actor(), Action::WorkCallbacks);
    if (!allowed.ok())
        return fail(allowed.error());
    Database& database = m_session.database();
    Result<RuleSet> ruleSet = RuleRepository(database).current();
    if (!ruleSet.ok())
        return fail(ruleSet.error());
    const CallbackRules rules = CallbackRules::fromRuleSet(ruleSet.value());
    const QTimeZone& zone = m_session.zone();
    const QDateTime now = m_session.now();
    const QString agent = m_session.actor().user;

    Database::BulkWriteScope bulk(database);
    Transaction transaction(database);
    if (!transaction.started().ok())
        return fail(transaction.started().error());
    CallbackRepository callbacks(database);
    OrderRepository orders(database);
    SaveSummary counts;
    constexpr qsizetype kChunk = importlimits::kChunkRecords;
    bool more = true;
    while (more) {
        if (progress && !progress(reader.bytesRead(), totalBytes))
            return fail(QCoreApplication::translate(
                "fd::OrderImporter", "The import was cancelled; nothing was written."));
        QList<CallRow> calls;
        QSet<QString> numbers;
        CsvRecord record;
        qint64 held = 0;
        while (calls.size() < kChunk && held < importlimits::kChunkBytes
            && (more = reader.next(record))) {
            held += importlimits::recordFootprint(record);
            if (!columns.fitsRecord(record, problems))
                continue;
            calls.append(readCall(record, columns, problems, zone, now, agent));
            numbers.insert(calls.last().orderNumber);
            capProblems(problems, m_mostKept, m_uncounted); // what a chunk holds is bounded
        }
        if (reader.failed()) {
            problems.append(reader.problem());
            break;
        }
        m_rows += calls.size();
        const QStringList numberList(numbers.begin(), numbers.end());
        Result<QHash<QString, WorkOrder>> known = orders.findMany(numberList);
        Result<QHash<QString, CallbackTask>> tasks = callbacks.findManyByOrder(numberList);
        if (!known.ok() || !tasks.ok())
            return fail(known.ok() ? tasks.error() : known.error());
        QList<qint64> taskIds;
        for (const CallbackTask& task : tasks.value())
            taskIds.append(task.id);
        Result<QHash<qint64, QList<CallbackAttempt>>> recorded = callbacks.attemptsOf(taskIds);
        if (!recorded.ok())
            return fail(recorded.error());

        // Play the chunk's calls onto the tasks, in file order.
        QHash<QString, CallbackTask> state = tasks.value();
        QHash<QString, QList<CallbackAttempt>> calledSoFar;
        for (auto it = state.cbegin(); it != state.cend(); ++it)
            calledSoFar.insert(it.key(), recorded.value().value(it->id));
        QHash<QString, QList<CallbackAttempt>> newAttempts;
        QSet<QString> changed;
        for (const CallRow& call : std::as_const(calls)) {
            auto complain = [&](const QString& field, const QString& message) {
                problems.append({ call.line, columns.index(field) + 1, field, message });
            };
            const auto order = known.value().constFind(call.orderNumber);
            if (order == known.value().cend()) {
                if (!call.orderNumber.isEmpty()) {
                    complain(u"order_number"_s,
                        QCoreApplication::translate(
                            "fd::CallbackImporter", "there is no order “%1”")
                            .arg(call.orderNumber));
                }
                continue;
            }
            if (order->status != OrderStatus::Completed) {
                complain(u"order_number"_s,
                    QCoreApplication::translate("fd::CallbackImporter",
                        "the order %1 is %2; only completed orders are called back")
                        .arg(call.orderNumber, orderStatusKey(order->status)));
                continue;
            }
            if (!state.contains(call.orderNumber)) {
                CallbackTask task;
                task.orderNumber = call.orderNumber;
                task.dueOn = order->completedAt.toTimeZone(zone).date().addDays(1);
                task.completedAt = order->completedAt;
                state.insert(call.orderNumber, task);
            }
            QList<CallbackAttempt>& history = calledSoFar[call.orderNumber];
            const bool onRecord = std::any_of(
                history.cbegin(), history.cend(), [&](const CallbackAttempt& earlier) {
                    return earlier.at == call.attempt.at && earlier.outcome == call.attempt.outcome;
                });
            if (onRecord) {
                ++counts.unchanged;
                continue;
            }
            CallbackTask& task = state[call.orderNumber];
            task.completedAt = order->completedAt;
            Result<CallbackTask> applied = applyCallbackAttempt(task, call.attempt, call.answers,
                rules, history.isEmpty() ? QDateTime() : history.last().at);
            if (!applied.ok()) {
                complain(u"attempted_at"_s, applied.error());
                continue;
            }
            task = applied.value();
            history.append(call.attempt);
            newAttempts[call.orderNumber].append(call.attempt);
            changed.insert(call.orderNumber);
            ++counts.created;
        }
        if (!problems.isEmpty()) {
            // Keep checking the file to its end, so that every problem is reported; write
            // nothing more.
            capProblems(problems, m_mostKept, m_uncounted);
            continue;
        }

        for (const QString& number : std::as_const(changed)) {
            CallbackTask& task = state[number];
            if (task.id == 0) {
                Result<qint64> id
                    = callbacks.insertTask(known.value().value(number).id, task.dueOn, now);
                if (!id.ok())
                    return fail(id.error());
                task.id = id.value();
            }
            for (const CallbackAttempt& attempt : newAttempts.value(number)) {
                const Status appended = callbacks.appendAttempt(task.id, attempt);
                if (!appended.ok())
                    return fail(appended.error());
            }
            Result<bool> updated = callbacks.update(task);
            if (!updated.ok())
                return fail(updated.error());
            if (!updated.value()) {
                return fail(QCoreApplication::translate("fd::CallbackService",
                    "The callback of order %1 was recorded by someone else meanwhile; it has been "
                    "reloaded.")
                                .arg(number));
            }
        }
    }
    if (!problems.isEmpty())
        return false;
    const Status committed = transaction.commit();
    if (!committed.ok())
        return fail(committed.error());
    if (progress)
        progress(totalBytes, totalBytes);
    summary = counts;
    return true;
}

} // namespace fd
