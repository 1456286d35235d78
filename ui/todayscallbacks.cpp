#include "todayscallbacks.h"

#include "models/cellformat.h"
#include "services/callbackservice.h"

#include <QCoreApplication>

namespace fd {

QString prepareTodaysCallbacks(const Session& session)
{
    Result<CallbackQueueOutcome> outcome = CallbackService(session).generate(session.today());
    if (!outcome.ok()) {
        return QCoreApplication::translate(
            "fd::TodaysCallbacks", "Today's callback queue could not be prepared: %1")
            .arg(outcome.error());
    }
    const CallbackQueueOutcome& queue = outcome.value();
    if (queue.total == 0)
        return QCoreApplication::translate("fd::TodaysCallbacks", "No callbacks are due today.");
    if (queue.created == 0) {
        return QCoreApplication::translate(
            "fd::TodaysCallbacks", "Today's callback queue: %1 calls, prepared earlier.")
            .arg(formatCount(queue.total));
    }
    return QCoreApplication::translate(
        "fd::TodaysCallbacks", "Today's callback queue is ready: %1 calls, %2 of them new.")
        .arg(formatCount(queue.total), formatCount(queue.created));
}

} // namespace fd
