#pragma once

#include "common/result.h"
#include "common/session.h"
#include "export/exporttable.h"
#include "files/outputfile.h"

#include <QDate>

namespace fd {

// A team's day sheet (issue 16), for the crew to take on the road: the team, its active
// technicians and the working hours, then each agreed window of the day in time order with
// the customer, the address, the phone, the deadline and the problems of SPEC §14. A report
// like the others (reports/reportpdf.h): the operator's name, page numbers and the audit
// head in every footer, set in the language's script.
Result<ExportReport> daySheetReport(
    const Session& session, const QString& teamCode, const QDate& date);
Status exportDaySheetPdf(
    const Session& session, const QString& teamCode, const QDate& date, const OutputTarget& target);

} // namespace fd
