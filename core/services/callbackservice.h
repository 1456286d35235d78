#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/callback.h"
#include "domain/callbackcounts.h"
#include "domain/complaint.h"

#include <QHash>
#include <QList>
#include <memory>
#include <optional>

namespace fd {

struct CallbackQueueOutcome
{
    QDate date; // the day the queue is due
    qint64 created = 0;
    qint64 total = 0;
};

// A complaint the customer makes during a callback.
struct CallComplaint
{
    ComplaintCategory category = ComplaintCategory::Other;
    QString description;
};

// SPEC §5: every order completed on day D (operator's zone) gets exactly one callback due on
// D+1. Agents record each attempt; three without reaching the customer (a setting) make the
// task unreachable; no answer and busy are retried after a delay (a setting).
class CallbackService
{
public:
    explicit CallbackService(const Session& session)
        : m_session(session)
    { }

    // Creates the queue due on `dueOn`: a task for every order completed the day before that
    // has none. Running it again creates nothing. Any role may run it: the queue follows
    // from the orders, and the desktop program runs it when it starts.
    Result<CallbackQueueOutcome> generate(const QDate& dueOn);

    Result<CallbackCounts> counts(const QDate& dueOn) const;
    // The day's tasks in the order an agent works them: callable now, then waiting for a
    // retry, then concluded. `limit` tasks from `offset` (0: all), so that a view of a large
    // day reads one page at a time.
    // With `search`: only the tasks whose customer, phone, order or account contains it.
    Result<QList<CallbackTask>> queue(
        const QDate& dueOn, int offset = 0, int limit = 0, const QString& search = {}) const;
    Result<std::optional<CallbackTask>> nextCall(const QDate& dueOn) const;
    Result<std::optional<CallbackTask>> find(qint64 taskId) const;
    Result<QList<CallbackAttempt>> attempts(qint64 taskId) const;

    // One call. `answers` are required when the customer was reached and refused
    // otherwise; `complaint` only when reached (it creates a complaint linked to the order).
    Result<CallbackTask> recordAttempt(qint64 taskId, int version, const QDateTime& at,
        CallbackOutcome outcome, const std::optional<CallbackAnswers>& answers = std::nullopt,
        const std::optional<CallComplaint>& complaint = std::nullopt);

    // Corrects the answers of a call already saved as reached (a slip of the key, an answer
    // misheard): allowed to whoever made the call, within the rules' grace period after it
    // (callbacks.correction_minutes), and kept in the audit log as a correction with the
    // answers before and after. The task's status, calls and times stay as they were.
    Result<CallbackTask> correctAnswers(qint64 taskId, int version, const CallbackAnswers& answers);
    // When the call of `task` can be corrected until (invalid: it cannot be).
    Result<QDateTime> correctableUntil(const CallbackTask& task) const;

private:
    const Session& m_session;
};

} // namespace fd
