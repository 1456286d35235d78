#pragma once

#include "common/batch.h"
#include "common/session.h"
#include "csv/csvrow.h"
#include "services/import/importprogress.h"

namespace fd {

// The orders file of SPEC §9, the operator's CRM export. Orders are matched by number: a
// new number is created, a known one updated, an unchanged one left alone. A file that
// would move an order back (an older export over newer work) is refused.
//
// A month of a large operator is hundreds of thousands of rows, and a benchmark millions:
// the file is read in chunks and written inside one transaction as it goes. The first
// problem stops the writing (the rest of the file is still checked, to report more
// problems at once) and the transaction is rolled back, so a refused file leaves nothing.
class OrderImporter
{
public:
    explicit OrderImporter(const Session& session)
        : m_session(session)
    { }

    // Fills `problems` (line, column, reason) or `generalError` and returns false when the
    // file is refused. `totalBytes` (the file's size) scales the progress.
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
