#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "export/tablefiles.h"
#include "reports/evaluationpdf.h"
#include "reports/reportpdf.h"
#include "rules/allocation.h"
#include "services/evaluationservice.h"
#include "services/export/dataexport.h"
#include "services/export/reportexport.h"
#include "services/outputtarget.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QStringList kindKeys()
{
    QStringList keys;
    for (ImportKind kind : allImportKinds())
        keys.append(importKindKey(kind));
    for (ReportKind kind : allReportKinds())
        keys.append(reportKindKey(kind));
    return keys;
}

// --status new,assigned: the order statuses to take.
std::optional<QList<OrderStatus>> statusesOption(const QString& text)
{
    QList<OrderStatus> statuses;
    for (const QString& key : text.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<OrderStatus> status = orderStatusFromKey(key.trimmed());
        if (!status)
            return std::nullopt;
        statuses.append(*status);
    }
    return statuses;
}

} // namespace

int runExport(CliContext& context)
{
    const CliOptions& options = context.options;
    const QString what = options.words.at(1);
    const std::optional<ImportKind> kind = importKindFromKey(what);
    const std::optional<ReportKind> report = reportKindFromKey(what);
    if (!kind && !report) {
        printError(QCoreApplication::translate("fd::Cli", "Cannot export “%1”; the kinds are %2.")
                       .arg(what, kindKeys().join(u", "_s)));
        return ExitUsage;
    }
    const QString formatKey = options.format.value_or(u"csv"_s);
    const std::optional<FileFormat> format = fileFormatFromKey(formatKey);
    if (!format || (kind && *format == FileFormat::Pdf)) {
        printError((kind
                ? QCoreApplication::translate("fd::Cli", "--format is csv or xlsx, not “%1”.")
                : QCoreApplication::translate("fd::Cli", "--format is csv, xlsx or pdf, not “%1”."))
                       .arg(formatKey));
        return ExitUsage;
    }
    CsvFormat csv;
    if (options.separator) {
        if (*options.separator != u","_s && *options.separator != u";"_s) {
            printError(
                QCoreApplication::translate("fd::Cli", "--separator is “,” or “;”, not “%1”.")
                    .arg(*options.separator));
            return ExitUsage;
        }
        csv.separator = options.separator->at(0).toLatin1();
        if (*format != FileFormat::Csv) {
            printError(
                QCoreApplication::translate("fd::Cli", "--separator is for CSV files only."));
            return ExitUsage;
        }
    }
    const QString out = options.out.value_or(QString());
    if (out.isEmpty() || QFileInfo(out).isDir()) {
        printError(
            QCoreApplication::translate("fd::Cli", "--out names the file to write, not “%1”.")
                .arg(out));
        return ExitUsage;
    }
    // Which options the kind takes: anything else given is a mistake, not ignored.
    QStringList takes;
    if (kind == ImportKind::Orders)
        takes = { u"--month"_s, u"--unit"_s, u"--status"_s };
    else if (report == ReportKind::Evaluation || report == ReportKind::Quality)
        takes = { u"--month"_s };
    else if (report == ReportKind::Evidence || report == ReportKind::Indicators)
        takes = { u"--month"_s, u"--unit"_s };
    else if (report == ReportKind::Bulletin)
        takes = { u"--date"_s };
    else if (report == ReportKind::Compliance)
        takes = { u"--growth"_s };
    const std::pair<QString, bool> given[] = { { u"--month"_s, options.month.has_value() },
        { u"--unit"_s, options.unit.has_value() }, { u"--status"_s, options.status.has_value() },
        { u"--date"_s, options.date.has_value() }, { u"--growth"_s, options.growth.has_value() } };
    for (const auto& [name, present] : given) {
        if (present && !takes.contains(name)) {
            printError(QCoreApplication::translate("fd::Cli", "“export %1” does not take %2.")
                           .arg(what, name));
            return ExitUsage;
        }
    }

    const OutputTarget target = outputTarget(*context.session, out, context.options.force);
    // Checked once the options are known good and before the rows are read or the report
    // computed: a wrong name is said at once, and a mistaken option first.
    const auto refusedTarget = [&] {
        const Status usable = OutputFile::check(target);
        if (!usable.ok())
            printError(usable.error());
        return !usable.ok();
    };
    Status written;
    if (kind) {
        ExportFilter filter;
        if (options.month) {
            filter.month = monthOption(context);
            if (!filter.month)
                return ExitUsage;
        }
        filter.unitCode = options.unit.value_or(QString());
        if (options.status) {
            const std::optional<QList<OrderStatus>> statuses = statusesOption(*options.status);
            if (!statuses) {
                QStringList keys;
                for (OrderStatus status : allOrderStatuses())
                    keys.append(orderStatusKey(status));
                printError(QCoreApplication::translate(
                    "fd::Cli", "--status takes order statuses separated by commas (%1), not “%2”.")
                               .arg(keys.join(u", "_s), *options.status));
                return ExitUsage;
            }
            filter.statuses = *statuses;
        }
        if (refusedTarget())
            return ExitFailure;
        Result<ExportTable> table = DataExport(*context.session).table(*kind, filter);
        if (!table.ok()) {
            printError(table.error());
            return ExitFailure;
        }
        written = writeTables({ table.value() }, *format, csv, target, context.session->now());
    } else {
        ReportRequest request;
        if (report == ReportKind::Evaluation || report == ReportKind::Evidence
            || report == ReportKind::Indicators || report == ReportKind::Quality) {
            const std::optional<QDate> month = monthOption(context);
            if (!month)
                return ExitUsage;
            request.month = *month;
        }
        if (report == ReportKind::Bulletin) {
            const std::optional<QDate> date = dateOption(context);
            if (!date)
                return ExitUsage;
            request.date = *date;
        }
        if (report == ReportKind::Evidence && !options.unit) {
            printError(
                QCoreApplication::translate("fd::Cli", "“export evidence” needs --unit CODE."));
            return ExitUsage;
        }
        request.unitCode = options.unit.value_or(QString());
        if (options.growth) {
            const std::optional<qint64> growth = parseGrowthPercent(*options.growth);
            if (!growth) {
                printError(QCoreApplication::translate("fd::Cli",
                    "--growth takes a percentage such as 12.5 or -3 (at most two "
                    "decimals, not below -100)."));
                return ExitUsage;
            }
            request.growthHundredths = *growth;
        }
        if (refusedTarget())
            return ExitFailure;
        if (report == ReportKind::Evaluation && *format == FileFormat::Pdf) {
            written = exportEvaluationPdf(*context.session, request.month, target);
        } else {
            Result<ExportReport> built = buildReport(*context.session, *report, request);
            if (!built.ok()) {
                printError(built.error());
                return ExitFailure;
            }
            // A report for a spreadsheet that uses ';' between columns uses the decimal comma.
            if (csv.separator == ';')
                csv.decimalSign = ',';
            written = *format == FileFormat::Pdf
                ? exportReportPdf(*context.session, built.value(), target)
                : writeTables(built.value().tables, *format, csv, target, context.session->now());
        }
    }
    if (!written.ok()) {
        printError(written.error());
        return ExitFailure;
    }
    const QString path = QFileInfo(out).absoluteFilePath();
    if (options.json) {
        printJson(
            QJsonObject { { u"export"_s, what }, { u"format"_s, formatKey }, { u"out"_s, path } });
    } else {
        printLine(
            QCoreApplication::translate("fd::Cli", "“%1” was written to %2.").arg(what, path));
    }
    return ExitSuccess;
}

} // namespace fd
