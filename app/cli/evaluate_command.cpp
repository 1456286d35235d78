#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "services/evaluationservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// Category points to the cent, the total to the tenth it is defined at (SPEC §7).
QJsonValue points(const Rational& value, int decimals = 2)
{
    return value.toString(decimals).toDouble();
}

} // namespace

std::optional<QDate> monthOption(const CliContext& context)
{
    const std::optional<QDate> month
        = EvaluationService::parseMonth(context.options.month.value_or(QString()));
    if (!month) {
        printError(
            QCoreApplication::translate("fd::Cli", "--month takes a month as YYYY-MM, not “%1”.")
                .arg(context.options.month.value_or(QString())));
    }
    return month;
}

int runEvaluate(CliContext& context)
{
    const std::optional<QDate> month = monthOption(context);
    if (!month)
        return ExitUsage;
    EvaluationService evaluations(*context.session);
    Result<MonthEvaluation> result
        = context.options.finalize ? evaluations.finalize(*month) : evaluations.evaluate(*month);
    if (!result.ok()) {
        printError(result.error());
        return ExitFailure;
    }
    if (context.options.json) {
        QJsonArray units;
        for (const UnitEvaluation& unit : result.value().units) {
            units.append(QJsonObject { { u"unit"_s, unit.unitCode },
                { u"timeliness"_s, points(unit.score.timeliness) },
                { u"quality"_s, points(unit.score.quality) },
                { u"service"_s, points(unit.score.service) },
                { u"room"_s,
                    unit.score.roomMissing ? QJsonValue(QJsonValue::Null)
                                           : points(unit.score.room) },
                { u"adjustment"_s, points(unit.score.adjustment) },
                { u"total"_s, points(unit.score.total, 1) }, { u"strike"_s, unit.score.strike },
                { u"status"_s, unitStatusKey(unit.unitStatus) } });
        }
        printJson(units);
        return ExitSuccess;
    }
    QList<QStringList> rows;
    for (const UnitEvaluation& unit : result.value().units) {
        rows.append({ unit.unitCode, unit.score.timeliness.toString(2),
            unit.score.quality.toString(2), unit.score.service.toString(2),
            unit.score.roomMissing ? u"—"_s : unit.score.room.toString(2),
            unit.score.adjustment.toString(2), unit.score.total.toString(1),
            unit.score.strike ? QCoreApplication::translate("fd::Cli", "strike") : QString(),
            unit.final ? QCoreApplication::translate("fd::Cli", "final")
                       : QCoreApplication::translate("fd::Cli", "draft"),
            unitStatusDisplayName(unit.unitStatus) });
    }
    printLine(QCoreApplication::translate("fd::Cli", "Evaluation of %1")
                  .arg(EvaluationService::monthKey(*month)));
    printTable({ QCoreApplication::translate("fd::Cli", "unit"),
                   QCoreApplication::translate("fd::Cli", "timeliness"),
                   QCoreApplication::translate("fd::Cli", "quality"),
                   QCoreApplication::translate("fd::Cli", "service"),
                   QCoreApplication::translate("fd::Cli", "room"),
                   QCoreApplication::translate("fd::Cli", "adjustment"),
                   QCoreApplication::translate("fd::Cli", "total"), QString(),
                   QCoreApplication::translate("fd::Cli", "evaluation"),
                   QCoreApplication::translate("fd::Cli", "unit status") },
        rows);
    for (const QString& warning : result.value().warnings)
        printLine(warning);
    return ExitSuccess;
}

} // namespace fd
