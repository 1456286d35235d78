#pragma once

#include "common/batch.h"
#include "common/session.h"
#include "csv/csvrow.h"
#include "services/import/importprogress.h"

namespace fd {

// The orders file of SPEC §9, the operator's CRM export. Orders are matched by number: a
// new number is created, a known one updated, an unchanged one left alone. A file that
// would move an order back (an older export over newer work) is refused. Everything is
// checked before anything is written, and the whole file is one transaction.
class OrderImporter
{
public:
    explicit OrderImporter(const Session& session) : m_session(session) { }

    // Fills `problems` (line, column, reason) and returns false when the file is refused.
    bool run(const CsvDocument& document, const CsvColumns& columns, QList<CsvProblem>& problems,
        SaveSummary& summary, const ImportProgress& progress, QString& generalError);

private:
    const Session& m_session;
};

} // namespace fd
