#pragma once

#include "common/batch.h"
#include "common/session.h"
#include "csv/csvrow.h"

namespace fd {

// The holidays file of SPEC §11 (`date,name`): each day is added to the operator's holiday
// calendar or renamed there. A bad date, an empty name or a day named twice refuses the
// whole file with its line and column; nothing is written. All or nothing.
bool importHolidays(const Session& session, const CsvDocument& document, const CsvColumns& columns,
    QList<CsvProblem>& problems, SaveSummary& summary, QString& generalError);

} // namespace fd
