#pragma once

#include "common/result.h"
#include "common/session.h"

#include <QStringList>

class QIODevice;

namespace fd {

namespace demo {
// The call centre's agents (SPEC §17). The leading agent puts the tidiness questions
// (uniform, site cleaned) so that customers say yes more often than they would to the
// others: the agent effect the quality page is there to find.
const QStringList& callAgents();
QString leadingAgent();
// The two supervisors who listen to the calls; the second scores a third of the sample
// again, for calibration.
const QStringList& callSupervisors();
} // namespace demo

// The calls and complaints that follow the demo's completed orders: every order completed
// before yesterday was called back the day after (most reached at once, some after
// retries, a few unreachable), answered after its unit's habits; some customers
// complained, by callback or the hotline, and most complaints have a verdict. Each call is
// made by one of the call centre's agents (the file's `agent` column). Orders
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
