// SPEC §14 on the command line: search anywhere, and the teams' day.
#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "domain/workorder.h"
#include "files/outputfile.h"
#include "reports/daysheetpdf.h"
#include "services/boardservice.h"
#include "services/outputtarget.h"
#include "services/scheduleservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

constexpr int kDefaultSearchLimit = 50;
constexpr int kLargestSearchLimit = 10000;

// An instant in the operator's zone with its offset (ISO 8601); null when there is none.
QJsonValue instantJson(const QDateTime& instant, const QTimeZone& zone)
{
    if (!instant.isValid())
        return QJsonValue::Null;
    return instant.toTimeZone(zone).toString(Qt::ISODate);
}

QString instantText(const QDateTime& instant, const QTimeZone& zone)
{
    return instant.isValid() ? instant.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s) : u"—"_s;
}

std::optional<int> limitOption(const CliContext& context)
{
    if (!context.options.limit)
        return kDefaultSearchLimit;
    bool whole = false;
    const int limit = context.options.limit->toInt(&whole);
    if (!whole || limit < 1 || limit > kLargestSearchLimit) {
        printError(QCoreApplication::translate(
            "fd::Cli", "--limit takes a whole number from 1 to %1, not “%2”.")
                       .arg(QString::number(kLargestSearchLimit), *context.options.limit));
        return std::nullopt;
    }
    return limit;
}

QStringList problemKeys(const QList<ScheduleProblem>& problems)
{
    QStringList keys;
    for (ScheduleProblem problem : problems)
        keys.append(scheduleProblemKey(problem));
    return keys;
}

} // namespace

int runOrdersSearch(CliContext& context)
{
    const std::optional<int> limit = limitOption(context);
    if (!limit)
        return ExitUsage;
    const QString text = context.options.words.value(2);
    Result<QList<WorkOrder>> found = BoardService(*context.session).search(text, *limit);
    if (!found.ok()) {
        printError(found.error());
        return ExitFailure;
    }
    const QTimeZone& zone = context.session->zone();
    if (context.options.json) {
        QJsonArray orders;
        for (const WorkOrder& order : found.value()) {
            orders.append(QJsonObject { { u"number"_s, order.number },
                { u"customer"_s, order.customer }, { u"status"_s, orderStatusKey(order.status) },
                { u"deadline"_s, instantJson(order.deadline, zone) },
                { u"team"_s,
                    order.teamCode.isEmpty() ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(order.teamCode) } });
        }
        printJson(orders);
        return ExitSuccess;
    }
    if (found.value().isEmpty()) {
        printLine(QCoreApplication::translate("fd::Cli", "No order matches “%1”.").arg(text));
        return ExitSuccess;
    }
    QList<QStringList> rows;
    for (const WorkOrder& order : found.value()) {
        rows.append({ order.number, order.customer, orderStatusKey(order.status),
            instantText(order.deadline, zone), order.teamCode });
    }
    printTable({ QCoreApplication::translate("fd::Cli", "Order"),
                   QCoreApplication::translate("fd::Cli", "Customer"),
                   QCoreApplication::translate("fd::Cli", "Status"),
                   QCoreApplication::translate("fd::Cli", "Deadline"),
                   QCoreApplication::translate("fd::Cli", "Team") },
        rows);
    return ExitSuccess;
}

int runSchedule(CliContext& context)
{
    const std::optional<QDate> date = dateOption(context);
    if (!date)
        return ExitUsage;
    if (context.options.out) {
        // The team's day sheet (issue 16), the PDF the desktop's schedule saves.
        if (!context.options.team) {
            printError(QCoreApplication::translate(
                "fd::Cli", "A day sheet is one team's: give --team with --out."));
            return ExitUsage;
        }
        const OutputTarget target
            = outputTarget(*context.session, *context.options.out, context.options.force);
        Status written = OutputFile::check(target);
        if (written.ok())
            written = exportDaySheetPdf(*context.session, *context.options.team, *date, target);
        if (!written.ok()) {
            printError(written.error());
            return ExitFailure;
        }
        printLine(QCoreApplication::translate("fd::Cli", "Wrote the day sheet of %1 to %2.")
                      .arg(*context.options.team, *context.options.out));
        return ExitSuccess;
    }
    Result<QList<TeamDay>> days
        = ScheduleService(*context.session).day(*date, context.options.team.value_or(QString()));
    if (!days.ok()) {
        printError(days.error());
        return ExitFailure;
    }
    const QTimeZone& zone = context.session->zone();
    if (context.options.json) {
        QJsonArray teams;
        for (const TeamDay& day : days.value()) {
            QJsonArray orders;
            for (const ScheduledOrder& order : day.orders) {
                orders.append(QJsonObject { { u"number"_s, order.number },
                    { u"start"_s, instantJson(order.start, zone) },
                    { u"end"_s, instantJson(order.end, zone) },
                    { u"status"_s, orderStatusKey(order.status) },
                    { u"problems"_s, QJsonArray::fromStringList(problemKeys(order.problems)) } });
            }
            teams.append(
                QJsonObject { { u"team"_s, day.team }, { u"technicians"_s, day.technicians },
                    { u"booked_minutes"_s, day.bookedMinutes }, { u"orders"_s, orders } });
        }
        printJson(teams);
        return ExitSuccess;
    }
    QList<QStringList> rows;
    for (const TeamDay& day : days.value()) {
        for (const ScheduledOrder& order : day.orders) {
            QStringList problems;
            for (ScheduleProblem problem : order.problems)
                problems.append(scheduleProblemText(problem));
            rows.append({ day.team, order.number,
                order.start.toTimeZone(zone).toString(u"HH:mm"_s) + u"–"_s
                    + order.end.toTimeZone(zone).toString(u"HH:mm"_s),
                orderStatusKey(order.status), problems.join(u"; "_s) });
        }
    }
    printLine(QCoreApplication::translate(
        "fd::Cli", "Schedule for %1: %n team(s)", nullptr, int(days.value().size()))
                  .arg(date->toString(Qt::ISODate)));
    printTable({ QCoreApplication::translate("fd::Cli", "Team"),
                   QCoreApplication::translate("fd::Cli", "Order"),
                   QCoreApplication::translate("fd::Cli", "Window"),
                   QCoreApplication::translate("fd::Cli", "Status"),
                   QCoreApplication::translate("fd::Cli", "Problems") },
        rows);
    return ExitSuccess;
}

} // namespace fd
