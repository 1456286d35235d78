#pragma once

#include "common/session.h"

#include <QString>

namespace fd {

// SPEC §5 on the desktop: today's callback queue (operator's zone) is there before the first
// agent needs it. Generating it is idempotent, so the program does it on every start.
// Returns the line the status bar shows: how many calls are due, or why the queue could not
// be made.
QString prepareTodaysCallbacks(const Session& session);

} // namespace fd
