#pragma once

#include "common/result.h"
#include "common/session.h"
#include "export/exporttable.h"

#include <QDate>

namespace fd {

// The reports of SPEC §13 as tables, the same for CSV, XLSX and PDF: column names are
// the machine's (as a CSV reader wants them), `labels` the people's, in the language of
// the program. Numbers are kept as numbers with the decimals they are shown with.
enum class ReportKind
{
    Evaluation, // --month
    Evidence, // --month --unit
    Bulletin, // --date
    Compliance, // [--growth]
    Indicators, // --month
    Quality // --month: the callback calls' quality (SPEC §17)
};

QString reportKindKey(ReportKind kind);
std::optional<ReportKind> reportKindFromKey(const QString& key);
QList<ReportKind> allReportKinds();

struct ReportRequest
{
    QDate month; // first day; evaluation, evidence, indicators
    QDate date; // bulletin
    QString unitCode; // evidence (required), indicators (optional: one unit)
    qint64 growthHundredths = 0; // compliance
};

Result<ExportReport> buildReport(
    const Session& session, ReportKind kind, const ReportRequest& request);

// What a report's footer says of the audit log (SPEC §13, §16): how many entries it holds
// and its head hash in full, "Audit head 1234:3f2a…", as `audit verify --anchor` takes it. The one
// place a report reads the audit head.
Result<QString> reportAuditHead(const Session& session);

} // namespace fd
