#pragma once

#include "common/result.h"
#include "common/session.h"
#include "export/tablefiles.h"
#include "services/export/reportexport.h"

#include <QString>

class QWidget;

namespace fd {

// Writes a report to `path` in `format` (PDF, XLSX, CSV; `semicolons`: the CSV of the
// locales with a decimal comma), off the GUI thread with a session of its own. The
// evaluation's PDF is the one sent to the units (reports/evaluationpdf.h).
Status writeReportFile(const Session& session, ReportKind kind, const ReportRequest& request,
    FileFormat format, bool semicolons, const QString& path, QWidget* parent);

// The one save-dialog step of every report export in the desktop program: asks where to
// save (the file types PDF, Excel workbook, CSV and CSV with semicolons; `preferred` first
// chosen), writes there, says what went wrong in a message box. Returns the path written,
// or an empty string when the user cancelled or the writing failed.
QString saveReportAs(QWidget* parent, const Session& session, ReportKind kind,
    const ReportRequest& request, const QString& caption, const QString& baseName,
    FileFormat preferred);

} // namespace fd
