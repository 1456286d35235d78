#pragma once

#include "common/batch.h"
#include "common/session.h"
#include "csv/csvrow.h"

namespace fd {

// The complaints file of SPEC §9. A row matching a complaint already on record (same unit,
// order, time received, category and description) updates its verdict when the file's is
// newer, else is left alone; other rows are new complaints. Imported verdicts are written
// to the audit log like any other. All or nothing.
class ComplaintImporter
{
public:
    explicit ComplaintImporter(const Session& session)
        : m_session(session)
    { }

    bool run(const CsvDocument& document, const CsvColumns& columns, QList<CsvProblem>& problems,
        SaveSummary& summary, QString& generalError);

private:
    const Session& m_session;
};

} // namespace fd
