#include "evaluationexport.h"

#include "export/tablefiles.h"
#include "services/export/reportexport.h"

namespace fd {

Status exportEvaluationCsv(const Session& session, const QDate& month, const OutputTarget& target)
{
    ReportRequest request;
    request.month = month;
    FD_TRY_ASSIGN(ExportReport report, buildReport(session, ReportKind::Evaluation, request));
    return writeTables(report.tables, FileFormat::Csv, CsvFormat(), target);
}

} // namespace fd
