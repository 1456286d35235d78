#pragma once

#include "common/result.h"
#include "domain/callback.h"
#include "rules/ruleset.h"

namespace fd {

// SPEC §5: what one call attempt does to a callback task. Pure; the service and the
// callbacks importer share it so that a call recorded by an agent and one read from a file
// end alike.
struct CallbackRules
{
    int maxAttempts = 3;
    int retryMinutes = 120;

    static CallbackRules fromRuleSet(const RuleSet& rules);
};

// Applies `attempt` (with `answers` when the customer was reached) to a pending task:
// reached → concluded with the answers; otherwise one more attempt, unreachable at the
// limit, else a retry time. Refuses an attempt on a concluded task, before an earlier one,
// or answers that do not fit the outcome.
Result<CallbackTask> applyCallbackAttempt(CallbackTask task, const CallbackAttempt& attempt,
    const std::optional<CallbackAnswers>& answers, const CallbackRules& rules,
    const QDateTime& lastAttemptAt = {});

} // namespace fd
