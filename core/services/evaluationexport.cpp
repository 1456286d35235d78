#include "evaluationexport.h"

#include "export/tablefiles.h"
#include "services/export/reportexport.h"

namespace fd {

Status exportEvaluationCsv(const Session& session, const QDate& month, const OutputTarget& target)
{
    ReportRequest request;
    request.month = month;
    Result<ExportReport> report = buildReport(session, ReportKind::Evaluation, request);
    if (!report.ok())
        return Error(report.error());
    return writeTables(report.value().tables, FileFormat::Csv, CsvFormat(), target);
}

} // namespace fd
