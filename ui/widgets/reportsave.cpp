#include "reportsave.h"

#include "reports/evaluationpdf.h"
#include "reports/reportpdf.h"
#include "services/outputtarget.h"
#include "workers/sessionjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

Status writeNow(const Session& session, ReportKind kind, const ReportRequest& request,
    FileFormat format, bool semicolons, const QString& path)
{
    // The save dialog has asked whether to replace an existing file: force.
    const OutputTarget target = outputTarget(session, path, true);
    if (kind == ReportKind::Evaluation && format == FileFormat::Pdf)
        return exportEvaluationPdf(session, request.month, target);
    FD_TRY_ASSIGN(ExportReport report, buildReport(session, kind, request));
    if (format == FileFormat::Pdf)
        return exportReportPdf(session, report, target);
    CsvFormat csv;
    if (semicolons) {
        csv.separator = ';';
        csv.decimalSign = ',';
    }
    return writeTables(report.tables, format, csv, target, session.now());
}

} // namespace

Status writeReportFile(const Session& session, ReportKind kind, const ReportRequest& request,
    FileFormat format, bool semicolons, const QString& path, QWidget* parent)
{
    Status written = Status::success();
    const Status ran = runWithOwnSession(session,
        QCoreApplication::translate("fd::ReportSave", "Writing %1…").arg(path), parent,
        [&](const Session& own) {
            written = writeNow(own, kind, request, format, semicolons, path);
        });
    return ran.ok() ? written : ran;
}

QString saveReportAs(QWidget* parent, const Session& session, ReportKind kind,
    const ReportRequest& request, const QString& caption, const QString& baseName,
    FileFormat preferred)
{
    const QString pdf = QCoreApplication::translate("fd::ReportSave", "PDF document (*.pdf)");
    const QString xlsx = QCoreApplication::translate("fd::ReportSave", "Excel workbook (*.xlsx)");
    const QString csv
        = QCoreApplication::translate("fd::ReportSave", "CSV UTF-8, comma separated (*.csv)");
    const QString semicolon = QCoreApplication::translate(
        "fd::ReportSave", "CSV UTF-8, semicolon separated, decimal comma (*.csv)");
    QString selected = preferred == FileFormat::Pdf ? pdf
        : preferred == FileFormat::Xlsx             ? xlsx
                                                    : csv;
    const QString extension = fileFormatKey(preferred);
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(baseName + u'.' + extension);
    QString path = QFileDialog::getSaveFileName(parent, caption, suggested,
        QStringList { pdf, xlsx, csv, semicolon }.join(u";;"_s), &selected);
    if (path.isEmpty())
        return {};
    const FileFormat format = selected == pdf ? FileFormat::Pdf
        : selected == xlsx                    ? FileFormat::Xlsx
                                              : FileFormat::Csv;
    // The file type chosen decides the contents; the name gets its extension if it has none.
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + fileFormatKey(format);
    const Status written
        = writeReportFile(session, kind, request, format, selected == semicolon, path, parent);
    if (!written.ok()) {
        QMessageBox::warning(
            parent, QCoreApplication::translate("fd::ReportSave", "Export"), written.error());
        return {};
    }
    return path;
}

} // namespace fd
