// SPEC §17 on the command line: the month's callback quality, the calls drawn for
// monitoring, and a supervisor's score of one of them.
#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "services/qualityservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// One decimal, rounded half up (SPEC §17), as a JSON number; null when there is none.
QJsonValue oneDecimal(const std::optional<Rational>& value)
{
    if (!value)
        return QJsonValue::Null;
    return value->roundedHalfUp(1).toDouble();
}

QString oneDecimalText(const std::optional<Rational>& value)
{
    return value ? value->toString(1) : u"—"_s;
}

QStringList questionKeys(const QList<CallbackQuestion>& questions)
{
    QStringList keys;
    for (CallbackQuestion question : questions)
        keys.append(callbackQuestionKey(question));
    return keys;
}

QJsonObject reportJson(const QualityReport& report)
{
    QJsonArray agents;
    for (const AgentQuality& agent : report.agents) {
        agents.append(QJsonObject { { u"agent"_s, agent.agent }, { u"reached"_s, agent.reached },
            { u"sampled"_s, agent.sampled }, { u"scored"_s, agent.scored },
            { u"monitor_avg"_s, oneDecimal(agent.monitorAverage) },
            { u"yes_rate"_s, oneDecimal(agent.yesRate) },
            { u"flagged"_s, QJsonArray::fromStringList(questionKeys(agent.flagged)) },
            { u"commendations"_s, agent.commendations } });
    }
    const QJsonObject calibration { { u"calls"_s, report.calibratedCalls },
        { u"mean_spread"_s, oneDecimal(report.meanSpread) },
        { u"flagged"_s, QJsonArray::fromStringList(report.flaggedCalls) } };
    // Three decimals: a correlation read to the thousandth is all a reader can use.
    const QJsonValue correlation = report.correlation
        ? QJsonValue(std::round(*report.correlation * 1000) / 1000)
        : QJsonValue(QJsonValue::Null);
    return { { u"month"_s, report.month.toString(u"yyyy-MM"_s) }, { u"agents"_s, agents },
        { u"calibration"_s, calibration }, { u"correlation"_s, correlation } };
}

// --marks greeting=10,neutral_questions=30,…
std::optional<MonitorMarks> marksOption(const CliContext& context)
{
    const QString text = context.options.marks.value_or(QString());
    MonitorMarks marks;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        bool whole = false;
        const int points = equals > 0 ? part.mid(equals + 1).trimmed().toInt(&whole) : 0;
        if (!whole) {
            printError(QCoreApplication::translate("fd::Cli",
                "--marks takes CRITERION=POINTS pairs separated by commas, e.g. "
                "greeting=10,courtesy=15; “%1” is not one.")
                           .arg(part));
            return std::nullopt;
        }
        marks.insert(part.left(equals).trimmed(), points);
    }
    return marks;
}

} // namespace

int runQuality(CliContext& context)
{
    const std::optional<QDate> month = monthOption(context);
    if (!month)
        return ExitUsage;
    Result<QualityReport> report = QualityService(*context.session).report(*month);
    if (!report.ok()) {
        printError(report.error());
        return ExitFailure;
    }
    const QualityReport& figures = report.value();
    if (context.options.json) {
        printJson(reportJson(figures));
        return ExitSuccess;
    }
    printLine(QCoreApplication::translate("fd::Cli", "Callback quality for %1")
                  .arg(figures.month.toString(u"yyyy-MM"_s)));
    QList<QStringList> rows;
    for (const AgentQuality& agent : figures.agents) {
        rows.append({ agent.agent, QString::number(agent.reached), QString::number(agent.sampled),
            QString::number(agent.scored), oneDecimalText(agent.monitorAverage),
            oneDecimalText(agent.yesRate), questionKeys(agent.flagged).join(u", "_s),
            QString::number(agent.commendations) });
    }
    printTable({ QCoreApplication::translate("fd::Cli", "Agent"),
                   QCoreApplication::translate("fd::Cli", "Reached"),
                   QCoreApplication::translate("fd::Cli", "Sampled"),
                   QCoreApplication::translate("fd::Cli", "Scored"),
                   QCoreApplication::translate("fd::Cli", "Monitor avg"),
                   QCoreApplication::translate("fd::Cli", "Yes %"),
                   QCoreApplication::translate("fd::Cli", "Flagged questions"),
                   QCoreApplication::translate("fd::Cli", "Thanks") },
        rows);
    printLine();
    printLine(QCoreApplication::translate("fd::Cli",
        "Calibration: %1 calls scored by several supervisors, mean spread %2, %3 flagged.")
                  .arg(QString::number(figures.calibratedCalls), oneDecimalText(figures.meanSpread),
                      QString::number(figures.flaggedCalls.size())));
    for (const SupervisorQuality& supervisor : figures.supervisors) {
        printLine(QCoreApplication::translate(
            "fd::Cli", "  %1: %2 calls scored, mean deviation from the others %3")
                      .arg(supervisor.supervisor, QString::number(supervisor.scored),
                          oneDecimalText(supervisor.deviation)));
    }
    printLine(
        QCoreApplication::translate("fd::Cli", "Monitor score against satisfaction, by agent: %1")
            .arg(figures.correlation ? QString::number(*figures.correlation, 'f', 3) : u"—"_s));
    return ExitSuccess;
}

int runQualitySample(CliContext& context)
{
    const std::optional<QDate> month = monthOption(context);
    if (!month)
        return ExitUsage;
    Result<QList<SampledCall>> sample = QualityService(*context.session).sample(*month);
    if (!sample.ok()) {
        printError(sample.error());
        return ExitFailure;
    }
    if (context.options.json) {
        QJsonArray calls;
        for (const SampledCall& sampled : sample.value()) {
            calls.append(QJsonObject { { u"agent"_s, sampled.call.agent },
                { u"order"_s, sampled.call.orderNumber }, { u"unit"_s, sampled.call.unitCode },
                { u"scored_by"_s, QJsonArray::fromStringList(sampled.scoredBy) } });
        }
        printJson(
            QJsonObject { { u"month"_s, month->toString(u"yyyy-MM"_s) }, { u"calls"_s, calls } });
        return ExitSuccess;
    }
    QList<QStringList> rows;
    for (const SampledCall& sampled : sample.value()) {
        rows.append({ sampled.call.agent, sampled.call.orderNumber, sampled.call.unitCode,
            sampled.scoredBy.join(u", "_s) });
    }
    printTable({ QCoreApplication::translate("fd::Cli", "Agent"),
                   QCoreApplication::translate("fd::Cli", "Order"),
                   QCoreApplication::translate("fd::Cli", "Unit"),
                   QCoreApplication::translate("fd::Cli", "Scored by") },
        rows);
    return ExitSuccess;
}

int runQualityScore(CliContext& context)
{
    const std::optional<MonitorMarks> marks = marksOption(context);
    if (!marks)
        return ExitUsage;
    const QString order = context.options.words.value(2);
    Result<MonitorScoreRecord> scored
        = QualityService(*context.session)
              .score(order, *marks, context.options.recording.value_or(QString()));
    if (!scored.ok()) {
        printError(scored.error());
        return ExitFailure;
    }
    if (context.options.json) {
        printJson(QJsonObject { { u"order"_s, order }, { u"score"_s, scored.value().score },
            { u"supervisor"_s, scored.value().supervisor } });
    } else {
        printLine(QCoreApplication::translate("fd::Cli", "The call of order %1 scored %2 of 100.")
                      .arg(order, QString::number(scored.value().score)));
    }
    return ExitSuccess;
}

} // namespace fd
