#pragma once

#include "common/batch.h"
#include "common/session.h"
#include "csv/csvrow.h"
#include "services/import/importprogress.h"

namespace fd {

// The callbacks file of SPEC §9: one row per call attempt, answers on reached rows only.
// Each attempt goes through the same rule as an agent's call (limit, retries, answers);
// a task is created for an order that has none (due the day after its completion). An
// attempt already on record is left alone, so a file can be imported twice. The rows of
// one order must come in the order the calls were made. Read in chunks, one transaction.
class CallbackImporter
{
public:
    explicit CallbackImporter(const Session& session)
        : m_session(session)
    { }

    bool run(CsvReader& reader, const CsvColumns& columns, qint64 totalBytes,
        QList<CsvProblem>& problems, SaveSummary& summary, const ImportProgress& progress,
        QString& generalError);
    qsizetype rows() const { return m_rows; }
    // Problems are kept up to `most`; those beyond are only counted (uncounted()).
    void setMostKept(qsizetype most) { m_mostKept = most; }
    qsizetype uncounted() const { return m_uncounted; }

private:
    const Session& m_session;
    qsizetype m_rows = 0;
    qsizetype m_mostKept = 10000;
    qsizetype m_uncounted = 0;
};

} // namespace fd
