#pragma once

#include "common/result.h"
#include "common/session.h"
#include "export/exporttable.h"
#include "files/outputfile.h"

namespace fd {

// A report (services/export/reportexport.h) as a PDF: its title, then each table with its
// header repeated on every page it runs over; numbers in the language's decimal form; a
// footer on every page with the page number, who printed it and the audit head. Written
// through the safe output writer (files/outputfile.h). Needs a QGuiApplication (fonts).
Status exportReportPdf(
    const Session& session, const ExportReport& report, const OutputTarget& target);

} // namespace fd
