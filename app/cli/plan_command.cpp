// SPEC §15 on the command line: the day plan, and accepting it.
#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "services/planservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QJsonValue planInstantJson(const QDateTime& instant, const QTimeZone& zone)
{
    return instant.isValid() ? QJsonValue(instant.toTimeZone(zone).toString(Qt::ISODate))
                             : QJsonValue(QJsonValue::Null);
}

// Credits in the currency's units, to the cent.
double credits(const PlanCost& cost)
{
    return double(cost.creditCents) / 100.0;
}

QJsonObject planJson(const PlanOutcome& outcome, const QTimeZone& zone)
{
    QJsonArray proposals;
    for (const PlanProposal& proposal : outcome.plan.proposals) {
        proposals.append(QJsonObject { { u"number"_s, proposal.number },
            { u"team"_s, proposal.team }, { u"start"_s, planInstantJson(proposal.start, zone) },
            { u"end"_s, planInstantJson(proposal.end, zone) },
            { u"reason"_s, planReasonKey(proposal.reason) } });
    }
    return QJsonObject { { u"date"_s, outcome.plan.date.toString(Qt::ISODate) },
        { u"orders"_s, outcome.plan.orders }, { u"proposed"_s, int(outcome.plan.proposals.size()) },
        { u"unplaced"_s, int(outcome.plan.unplaced.size()) },
        { u"late_baseline"_s, outcome.baseline.cost.late },
        { u"late_plan"_s, outcome.plan.cost.late },
        { u"credits_baseline"_s, credits(outcome.baseline.cost) },
        { u"credits_plan"_s, credits(outcome.plan.cost) }, { u"proposals"_s, proposals } };
}

void printPlan(const PlanOutcome& outcome, const QTimeZone& zone)
{
    const DayPlan& plan = outcome.plan;
    printLine(QCoreApplication::translate(
        "fd::Cli", "Day plan for %1: %2 of %n order(s) proposed, %3 unplaced", nullptr, plan.orders)
                  .arg(plan.date.toString(Qt::ISODate))
                  .arg(plan.proposals.size())
                  .arg(plan.unplaced.size()));
    printLine(QCoreApplication::translate("fd::Cli",
        "Late: %1 in the plan, %2 in the baseline. Credits at risk: %3 in the plan, %4 in the "
        "baseline.")
                  .arg(plan.cost.late)
                  .arg(outcome.baseline.cost.late)
                  .arg(QString::number(credits(plan.cost), 'f', 2),
                      QString::number(credits(outcome.baseline.cost), 'f', 2)));
    QList<QStringList> rows;
    for (const PlanProposal& proposal : plan.proposals) {
        rows.append({ proposal.team, proposal.number,
            proposal.start.toTimeZone(zone).toString(u"HH:mm"_s) + u"–"_s
                + proposal.end.toTimeZone(zone).toString(u"HH:mm"_s),
            planReasonText(proposal.reason) });
    }
    for (const UnplacedOrder& unplaced : plan.unplaced) {
        rows.append({ QString(), unplaced.number, QString(), unplacedReasonText(unplaced.reason) });
    }
    printTable({ QCoreApplication::translate("fd::Cli", "Team"),
                   QCoreApplication::translate("fd::Cli", "Order"),
                   QCoreApplication::translate("fd::Cli", "Window"),
                   QCoreApplication::translate("fd::Cli", "Why") },
        rows);
}

// The proposals --accept names: "all", or order numbers separated by commas, each of which
// must be proposed.
std::optional<QList<PlanProposal>> acceptedProposals(const CliContext& context, const DayPlan& plan)
{
    const QString accept = context.options.accept->trimmed();
    if (accept == u"all"_s)
        return plan.proposals;
    QSet<QString> numbers;
    for (const QString& number : accept.split(u',', Qt::SkipEmptyParts))
        numbers.insert(number.trimmed());
    if (numbers.isEmpty()) {
        printError(QCoreApplication::translate(
            "fd::Cli", "--accept takes “all” or order numbers separated by commas."));
        return std::nullopt;
    }
    QList<PlanProposal> accepted;
    for (const PlanProposal& proposal : plan.proposals) {
        if (numbers.remove(proposal.number))
            accepted.append(proposal);
    }
    if (!numbers.isEmpty()) {
        QStringList missing(numbers.begin(), numbers.end());
        missing.sort();
        printError(QCoreApplication::translate(
            "fd::Cli", "The plan proposes nothing for %1; nothing was booked.")
                       .arg(missing.join(u", "_s)));
        return std::nullopt;
    }
    return accepted;
}

} // namespace

int runPlan(CliContext& context)
{
    const std::optional<QDate> date = dateOption(context);
    if (!date)
        return ExitUsage;
    PlanService service(*context.session);
    Result<PlanOutcome> outcome = service.propose(*date);
    if (!outcome.ok()) {
        printError(outcome.error());
        return ExitFailure;
    }
    if (context.options.accept) {
        const std::optional<QList<PlanProposal>> accepted
            = acceptedProposals(context, outcome.value().plan);
        if (!accepted)
            return ExitUsage;
        Result<QList<PlanBooked>> booked = service.accept(*accepted, outcome.value().versions);
        if (!booked.ok()) {
            printError(booked.error());
            return ExitFailure;
        }
        if (!context.options.json) {
            printLine(QCoreApplication::translate(
                "fd::Cli", "Booked %n proposal(s).", nullptr, int(booked.value().size())));
            return ExitSuccess;
        }
    }
    const QTimeZone& zone = context.session->zone();
    if (context.options.json)
        printJson(planJson(outcome.value(), zone));
    else
        printPlan(outcome.value(), zone);
    return ExitSuccess;
}

} // namespace fd
