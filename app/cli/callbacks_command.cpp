#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "services/bulletinservice.h"
#include "services/callbackservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace fd {

std::optional<QDate> dateOption(const CliContext& context)
{
    const QString text = context.options.date.value_or(QString());
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !date.isValid()) {
        printError(
            QCoreApplication::translate("fd::Cli", "--date takes a day as YYYY-MM-DD, not “%1”.")
                .arg(text));
        return std::nullopt;
    }
    return date;
}

int runCallbacksGenerate(CliContext& context)
{
    const std::optional<QDate> date = dateOption(context);
    if (!date)
        return ExitUsage;
    Result<CallbackQueueOutcome> queue = CallbackService(*context.session).generate(*date);
    if (!queue.ok()) {
        printError(queue.error());
        return ExitFailure;
    }
    if (context.options.json) {
        printJson(QJsonObject { { u"date"_s, date->toString(Qt::ISODate) },
            { u"created"_s, queue.value().created }, { u"total"_s, queue.value().total } });
    } else {
        printLine(QCoreApplication::translate(
            "fd::Cli", "Callbacks due on %1: %2 created now, %3 in all.")
                      .arg(date->toString(Qt::ISODate), QString::number(queue.value().created),
                          QString::number(queue.value().total)));
    }
    return ExitSuccess;
}

int runBulletin(CliContext& context)
{
    const std::optional<QDate> date = dateOption(context);
    if (!date)
        return ExitUsage;
    Result<Bulletin> bulletin = BulletinService(*context.session).daily(*date);
    if (!bulletin.ok()) {
        printError(bulletin.error());
        return ExitFailure;
    }
    if (context.options.json) {
        QJsonArray units;
        for (const BulletinLine& line : bulletin.value().units) {
            units.append(QJsonObject { { u"unit"_s, line.unitCode },
                { u"received"_s, line.received }, { u"completed"_s, line.completed },
                { u"overdue"_s, line.overdue }, { u"callbacks_done"_s, line.callbacksDone },
                { u"complaints_received"_s, line.complaintsReceived },
                { u"complaints_verified"_s, line.complaintsVerified } });
        }
        printJson(
            QJsonObject { { u"date"_s, date->toString(Qt::ISODate) }, { u"units"_s, units } });
        return ExitSuccess;
    }
    printLine(QCoreApplication::translate("fd::Cli", "Daily bulletin for %1")
                  .arg(date->toString(Qt::ISODate)));
    QList<QStringList> rows;
    for (const BulletinLine& line : bulletin.value().units) {
        rows.append({ line.unitCode, line.unitName, QString::number(line.received),
            QString::number(line.completed), QString::number(line.overdue),
            QString::number(line.callbacksDone), QString::number(line.complaintsReceived),
            QString::number(line.complaintsVerified) });
    }
    printTable({ QCoreApplication::translate("fd::Cli", "unit"),
                   QCoreApplication::translate("fd::Cli", "name"),
                   QCoreApplication::translate("fd::Cli", "received"),
                   QCoreApplication::translate("fd::Cli", "completed"),
                   QCoreApplication::translate("fd::Cli", "overdue"),
                   QCoreApplication::translate("fd::Cli", "callbacks done"),
                   QCoreApplication::translate("fd::Cli", "complaints"),
                   QCoreApplication::translate("fd::Cli", "verified") },
        rows);
    return ExitSuccess;
}

} // namespace fd
