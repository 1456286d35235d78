#pragma once

#include "common/result.h"
#include "common/session.h"

class QIODevice;

namespace fd {

// The calls and complaints that follow the demo's completed orders: every order completed
// before yesterday was called back the day after (most reached at once, some after
// retries, a few unreachable), answered after its unit's habits; some customers
// complained, by callback or the hotline, and most complaints have a verdict. Orders
// completed yesterday are left for today's queue. The same seed writes the same files.
class DemoCallbackWriter
{
public:
    DemoCallbackWriter(const Session& session, quint32 seed)
        : m_session(session)
        , m_seed(seed)
    { }

    // The callbacks file and the complaints file of SPEC §9.
    Status write(QIODevice& callbacks, QIODevice& complaints);

private:
    const Session& m_session;
    quint32 m_seed;
};

} // namespace fd
