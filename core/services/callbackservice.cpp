#include "callbackservice.h"

#include "rules/callbackrules.h"
#include "rules/permissions.h"
#include "rules/ruleset.h"
#include "services/complaintservice.h"
#include "services/readback.h"
#include "storage/auditrepository.h"
#include "storage/callbackrepository.h"
#include "storage/database.h"
#include "storage/rulerepository.h"

#include <QCoreApplication>

namespace fd {

namespace {

QString changedMeanwhile(const QString& orderNumber)
{
    return QCoreApplication::translate("fd::CallbackService",
        "The callback of order %1 was recorded by someone else meanwhile; it has been "
        "reloaded.")
        .arg(orderNumber);
}

// The callback as the agent last saw it: refused if it is gone or if someone saved it since
// (its version moved on), so that no agent's answers silently overwrite another's.
Result<CallbackTask> taskAtVersion(CallbackRepository& repository, qint64 taskId, int version)
{
    FD_TRY_ASSIGN(std::optional<CallbackTask> found, repository.find(taskId));
    if (!found)
        return Error(QCoreApplication::translate("fd::CallbackService", "There is no callback %1.")
                         .arg(taskId));
    if (found->version != version)
        return Error(changedMeanwhile(found->orderNumber));
    return *found;
}

} // namespace

Result<CallbackQueueOutcome> CallbackService::generate(const QDate& dueOn)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewCallbacks));
    if (!dueOn.isValid())
        return Error(QCoreApplication::translate(
            "fd::CallbackService", "Name the day the callbacks are due."));
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    // Day D in the operator's zone: from its midnight to the next (23 or 25 hours when the
    // clocks change).
    const QDate completedOn = dueOn.addDays(-1);
    const QDateTime from(completedOn, QTime(0, 0), m_session.zone());
    const QDateTime before(dueOn, QTime(0, 0), m_session.zone());
    CallbackRepository repository(database);
    FD_TRY_ASSIGN(
        qint64 created, repository.generate(dueOn, from.toUTC(), before.toUTC(), m_session.now()));
    FD_TRY_ASSIGN(qint64 total, repository.total(dueOn));
    FD_TRY(transaction.commit());
    return CallbackQueueOutcome { dueOn, created, total };
}

Result<CallbackCounts> CallbackService::counts(const QDate& dueOn) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewCallbacks));
    return CallbackRepository(m_session.database()).counts(dueOn, m_session.now());
}

Result<QList<CallbackTask>> CallbackService::queue(
    const QDate& dueOn, int offset, int limit, const QString& search) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewCallbacks));
    return CallbackRepository(m_session.database())
        .tasks(dueOn, m_session.now(), offset, limit, search);
}

Result<std::optional<CallbackTask>> CallbackService::nextCall(const QDate& dueOn) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewCallbacks));
    return CallbackRepository(m_session.database()).next(dueOn, m_session.now());
}

Result<std::optional<CallbackTask>> CallbackService::find(qint64 taskId) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewCallbacks));
    return CallbackRepository(m_session.database()).find(taskId);
}

Result<QList<CallbackAttempt>> CallbackService::attempts(qint64 taskId) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewCallbacks));
    return CallbackRepository(m_session.database()).attempts(taskId);
}

Result<CallbackTask> CallbackService::recordAttempt(qint64 taskId, int version, const QDateTime& at,
    CallbackOutcome outcome, const std::optional<CallbackAnswers>& answers,
    const std::optional<CallComplaint>& complaint)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::WorkCallbacks));
    if (outcome != CallbackOutcome::Reached && complaint) {
        return Error(QCoreApplication::translate("fd::CallbackService",
            "Answers and complaints are recorded only when the customer was reached."));
    }
    if (!at.isValid() || at > m_session.now())
        return Error(QCoreApplication::translate(
            "fd::CallbackService", "The call's time must be known and not in the future."));

    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    CallbackRepository repository(database);
    FD_TRY_ASSIGN(CallbackTask task, taskAtVersion(repository, taskId, version));
    FD_TRY_ASSIGN(RuleSet rules, RuleRepository(database).current());
    FD_TRY_ASSIGN(QList<CallbackAttempt> earlier, repository.attempts(task.id));
    const CallbackAttempt attempt { at.toUTC(), outcome, m_session.actor().user };
    FD_TRY_ASSIGN(CallbackTask applied,
        applyCallbackAttempt(task, attempt, answers, CallbackRules::fromRuleSet(rules),
            earlier.isEmpty() ? QDateTime() : earlier.last().at));
    task = applied;
    FD_TRY(repository.appendAttempt(task.id, attempt));
    FD_TRY_ASSIGN(bool updated, repository.update(task));
    if (!updated)
        return Error(changedMeanwhile(task.orderNumber));
    if (complaint) {
        Complaint draft;
        draft.receivedAt = at.toUTC();
        draft.source = ComplaintSource::Callback;
        draft.orderNumber = task.orderNumber;
        draft.category = complaint->category;
        draft.description = complaint->description.trimmed().isEmpty() ? task.answers->comment
                                                                       : complaint->description;
        FD_TRY_ASSIGN(Complaint registered, ComplaintService(m_session).registerComplaint(draft));
    }
    FD_TRY_ASSIGN(CallbackTask saved, readBack(repository.find(task.id)));
    FD_TRY(transaction.commit());
    return saved;
}

Result<QDateTime> CallbackService::correctableUntil(const CallbackTask& task) const
{
    if (task.status != CallbackStatus::Reached || !task.answers)
        return QDateTime();
    FD_TRY_ASSIGN(QList<CallbackAttempt> attempts,
        CallbackRepository(m_session.database()).attempts(task.id));
    if (attempts.isEmpty() || attempts.last().agent != m_session.actor().user)
        return QDateTime(); // only whoever made the call knows what was said
    FD_TRY_ASSIGN(RuleSet rules, RuleRepository(m_session.database()).current());
    return task.concludedAt.addSecs(rules.whole(rule::kCallbackCorrectionMinutes) * 60);
}

Result<CallbackTask> CallbackService::correctAnswers(
    qint64 taskId, int version, const CallbackAnswers& answers)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::WorkCallbacks));
    if (answers.satisfaction < 0 || answers.satisfaction > 10)
        return Error(QCoreApplication::translate(
            "fd::CallbackService", "Satisfaction is a score from 0 to 10."));
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    CallbackRepository repository(database);
    FD_TRY_ASSIGN(CallbackTask task, taskAtVersion(repository, taskId, version));
    if (task.status != CallbackStatus::Reached || !task.answers) {
        return Error(QCoreApplication::translate("fd::CallbackService",
            "Only a call that reached the customer can be corrected; the callback of order %1 "
            "is %2.")
                         .arg(task.orderNumber, callbackStatusDisplayName(task.status).toLower()));
    }
    FD_TRY_ASSIGN(QDateTime until, correctableUntil(task));
    if (!until.isValid()) {
        return Error(QCoreApplication::translate(
            "fd::CallbackService", "Only the agent who made the call of order %1 can correct it.")
                         .arg(task.orderNumber));
    }
    if (m_session.now() > until) {
        return Error(QCoreApplication::translate("fd::CallbackService",
            "The call of order %1 was saved at %2; the time to correct it ended at %3.")
                         .arg(task.orderNumber,
                             task.concludedAt.toTimeZone(m_session.zone()).toString(u"HH:mm"),
                             until.toTimeZone(m_session.zone()).toString(u"HH:mm")));
    }
    const QString before = callbackAnswersRecord(*task.answers);
    CallbackAnswers corrected = answers;
    corrected.comment = corrected.comment.trimmed();
    const QString after = callbackAnswersRecord(corrected);
    if (after == before)
        return task; // nothing to correct
    task.answers = corrected;
    FD_TRY_ASSIGN(bool updated, repository.update(task));
    if (!updated)
        return Error(changedMeanwhile(task.orderNumber));
    FD_TRY(AuditRepository(database).append(
        { 0, m_session.now(), m_session.actor().user, QStringLiteral("callback.correction"),
            QStringLiteral("callback"), QString::number(task.id), before, after }));
    FD_TRY_ASSIGN(CallbackTask saved, readBack(repository.find(task.id)));
    FD_TRY(transaction.commit());
    return saved;
}

} // namespace fd
