#pragma once

#include "common/result.h"
#include "common/session.h"
#include "services/import/importprogress.h"

class QIODevice;

namespace fd {

// Writes a realistic orders file (SPEC §9 columns) for the organisation in the database:
// `count` orders received over the days before today, mostly completed, some cancelled,
// the last two days still open at every stage; each unit with its own habits (how often
// it is late, how tidy its technicians are), repeat faults on the same accounts, customers
// with Spanish or Chinese names as their districts have. The same seed writes the same file.
class DemoOrderWriter
{
public:
    DemoOrderWriter(const Session& session, quint32 seed)
        : m_session(session)
        , m_seed(seed)
    { }

    // `perDay` orders a day (0: a day's work for the operator's size) ending today.
    Status write(
        QIODevice& out, qint64 count, qint64 perDay = 0, const ImportProgress& progress = {});

private:
    const Session& m_session;
    quint32 m_seed;
};

} // namespace fd
