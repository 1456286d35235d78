#pragma once

#include <QtGlobal>

namespace fd {

// How a day's callback queue stands.
struct CallbackCounts
{
    qint64 due = 0; // every task due that day
    qint64 toCall = 0; // pending, and a call may be made now
    qint64 toRetry = 0; // pending, waiting for its retry time
    qint64 reached = 0;
    qint64 unreachable = 0;
};

} // namespace fd
