// SPEC §12 on the command line: the month's regulatory indicators, per unit and for all.
#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "services/kpiservice.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QJsonValue decimal(const std::optional<Rational>& value)
{
    return value ? QJsonValue(value->toDouble()) : QJsonValue(QJsonValue::Null);
}

QString decimalText(const std::optional<Rational>& value, int decimals = 1)
{
    return value ? value->toString(decimals) : u"—"_s;
}

OrderedJson rowJson(const KpiRow& row)
{
    OrderedJson json;
    json.add(u"unit"_s, row.unit);
    json.add(u"supply"_s,
        OrderedJson()
            .add(u"count"_s, row.supplyCount)
            .add(u"p50"_s, decimal(row.supplyP50))
            .add(u"p95"_s, decimal(row.supplyP95))
            .add(u"met_pct"_s, decimal(row.supplyMetPct)));
    json.add(u"repair"_s,
        OrderedJson()
            .add(u"count"_s, row.repairCount)
            .add(u"p80"_s, decimal(row.repairP80))
            .add(u"p95"_s, decimal(row.repairP95))
            .add(u"met_pct"_s, decimal(row.repairMetPct)));
    json.add(u"fault_rate_per_100"_s, decimal(row.faultRatePer100));
    json.add(u"missed_appointments"_s,
        OrderedJson()
            .add(u"count"_s, row.missedAppointments)
            .add(u"pct"_s, decimal(row.missedPct)));
    json.add(u"complaint_resolution"_s,
        OrderedJson()
            .add(u"count"_s, row.complaintCount)
            .add(u"p80"_s, decimal(row.complaintP80))
            .add(u"p95"_s, decimal(row.complaintP95)));
    // Credits are money: two decimals, as the amounts are set.
    json.add(u"credits"_s,
        OrderedJson()
            .add(u"count"_s, row.creditCount)
            .add(u"amount"_s, std::round(row.creditAmount * 100) / 100));
    return json;
}

} // namespace

int runKpi(CliContext& context)
{
    const std::optional<QDate> month = monthOption(context);
    if (!month)
        return ExitUsage;
    Result<QList<KpiRow>> rows
        = KpiService(*context.session).month(*month, context.options.unit.value_or(QString()));
    if (!rows.ok()) {
        printError(rows.error());
        return ExitFailure;
    }
    if (context.options.json) {
        QList<OrderedJson> list;
        for (const KpiRow& row : rows.value())
            list.append(rowJson(row));
        printOrderedJson(list);
        return ExitSuccess;
    }
    printLine(QCoreApplication::translate("fd::Cli", "Regulatory indicators for %1")
                  .arg(month->toString(u"yyyy-MM"_s)));
    QList<QStringList> table;
    for (const KpiRow& row : rows.value()) {
        table.append({ row.unit == KpiService::allUnits()
                ? QCoreApplication::translate("fd::Cli", "all units")
                : row.unit,
            QString::number(row.supplyCount), decimalText(row.supplyP50),
            decimalText(row.supplyP95), decimalText(row.supplyMetPct),
            QString::number(row.repairCount), decimalText(row.repairP80),
            decimalText(row.repairP95), decimalText(row.repairMetPct),
            decimalText(row.faultRatePer100, 2), QString::number(row.missedAppointments),
            decimalText(row.missedPct), QString::number(row.complaintCount),
            decimalText(row.complaintP80), decimalText(row.complaintP95),
            QString::number(row.creditCount), QString::number(row.creditAmount, 'f', 2) });
    }
    printTable({ QCoreApplication::translate("fd::Cli", "Unit"),
                   QCoreApplication::translate("fd::Cli", "Supplied"),
                   QCoreApplication::translate("fd::Cli", "p50 h"),
                   QCoreApplication::translate("fd::Cli", "p95 h"),
                   QCoreApplication::translate("fd::Cli", "Met %"),
                   QCoreApplication::translate("fd::Cli", "Repaired"),
                   QCoreApplication::translate("fd::Cli", "p80 h"),
                   QCoreApplication::translate("fd::Cli", "p95 h"),
                   QCoreApplication::translate("fd::Cli", "Met %"),
                   QCoreApplication::translate("fd::Cli", "Faults/100"),
                   QCoreApplication::translate("fd::Cli", "Missed"),
                   QCoreApplication::translate("fd::Cli", "Missed %"),
                   QCoreApplication::translate("fd::Cli", "Resolved"),
                   QCoreApplication::translate("fd::Cli", "p80 h"),
                   QCoreApplication::translate("fd::Cli", "p95 h"),
                   QCoreApplication::translate("fd::Cli", "Credits"),
                   QCoreApplication::translate("fd::Cli", "Amount") },
        table);
    return ExitSuccess;
}

} // namespace fd
