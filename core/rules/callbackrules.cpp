#include "callbackrules.h"

#include "rules/bounds.h"

#include <QCoreApplication>

namespace fd {

CallbackRules CallbackRules::fromRuleSet(const RuleSet& rules)
{
    return { int(rules.whole(rule::kCallbackMaxAttempts)),
        int(rules.whole(rule::kCallbackRetryMinutes)) };
}

Result<CallbackTask> applyCallbackAttempt(CallbackTask task, const CallbackAttempt& attempt,
    const std::optional<CallbackAnswers>& answers, const CallbackRules& rules,
    const QDateTime& lastAttemptAt)
{
    const bool reached = attempt.outcome == CallbackOutcome::Reached;
    if (reached && !answers)
        return Error(QCoreApplication::translate(
            "fd::CallbackService", "Record the customer's answers to the six questions."));
    if (!reached && answers) {
        return Error(QCoreApplication::translate("fd::CallbackService",
            "Answers and complaints are recorded only when the customer was reached."));
    }
    if (answers && (answers->satisfaction < 0 || answers->satisfaction > 10))
        return Error(QCoreApplication::translate(
            "fd::CallbackService", "Satisfaction is a score from 0 to 10."));
    if (const QString problem = earliestProblem(attempt.at); !problem.isEmpty())
        return Error(
            QCoreApplication::translate("fd::CallbackService", "The call's time %1.").arg(problem));
    if (answers) {
        if (const QString problem = textCharacterProblem(answers->comment, true);
            !problem.isEmpty())
            return Error(
                QCoreApplication::translate("fd::CallbackService", "The comment %1.").arg(problem));
    }
    if (task.status != CallbackStatus::Pending) {
        return Error(QCoreApplication::translate(
            "fd::CallbackService", "The callback of order %1 is already %2.")
                         .arg(task.orderNumber, callbackStatusDisplayName(task.status).toLower()));
    }
    if (task.completedAt.isValid() && attempt.at < task.completedAt)
        return Error(QCoreApplication::translate(
            "fd::CallbackService", "A call cannot come before the order was completed."));
    if (lastAttemptAt.isValid() && attempt.at < lastAttemptAt)
        return Error(QCoreApplication::translate(
            "fd::CallbackService", "A call cannot come before the previous call."));

    ++task.attempts;
    if (reached) {
        task.status = CallbackStatus::Reached;
        task.concludedAt = attempt.at;
        task.nextAttemptAt = QDateTime();
        task.answers = answers;
        task.answers->comment = task.answers->comment.trimmed();
    } else if (task.attempts >= rules.maxAttempts) {
        task.status = CallbackStatus::Unreachable;
        task.concludedAt = attempt.at;
        task.nextAttemptAt = QDateTime();
    } else {
        task.nextAttemptAt = attempt.at.addSecs(qint64(rules.retryMinutes) * 60);
    }
    return task;
}

} // namespace fd
