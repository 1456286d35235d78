#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "reports/evaluationpdf.h"
#include "services/evaluationexport.h"
#include "services/evaluationservice.h"
#include "services/outputtarget.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace fd {

int runExportEvaluation(CliContext& context)
{
    const std::optional<QDate> month = monthOption(context);
    if (!month)
        return ExitUsage;
    const QString format = context.options.format.value_or(QString());
    if (format != u"csv"_s && format != u"pdf"_s) {
        printError(QCoreApplication::translate("fd::Cli", "--format is csv or pdf, not “%1”.")
                       .arg(format));
        return ExitUsage;
    }
    const QString out = context.options.out.value_or(QString());
    if (out.isEmpty() || QFileInfo(out).isDir()) {
        printError(
            QCoreApplication::translate("fd::Cli", "--out names the file to write, not “%1”.")
                .arg(out));
        return ExitUsage;
    }
    const OutputTarget target = outputTarget(*context.session, out, context.options.force);
    // Refused before the report is computed: a wrong name is said at once.
    if (const Status usable = OutputFile::check(target); !usable.ok()) {
        printError(usable.error());
        return ExitFailure;
    }
    const Status written = format == u"csv"_s
        ? exportEvaluationCsv(*context.session, *month, target)
        : exportEvaluationPdf(*context.session, *month, target);
    if (!written.ok()) {
        printError(written.error());
        return ExitFailure;
    }
    if (context.options.json) {
        printJson(QJsonObject { { u"month"_s, EvaluationService::monthKey(*month) },
            { u"format"_s, format }, { u"out"_s, QFileInfo(out).absoluteFilePath() } });
    } else {
        printLine(QCoreApplication::translate("fd::Cli", "The evaluation of %1 was written to %2.")
                      .arg(EvaluationService::monthKey(*month), QFileInfo(out).absoluteFilePath()));
    }
    return ExitSuccess;
}

} // namespace fd
