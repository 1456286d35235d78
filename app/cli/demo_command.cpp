#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "services/demo/demoservice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace fd {

int runDemo(CliContext& context)
{
    quint32 seed = 1;
    if (context.options.seed) {
        bool ok = false;
        seed = context.options.seed->toUInt(&ok);
        if (!ok) {
            printError(QCoreApplication::translate(
                "fd::Cli", "--seed takes a whole number from 0 to 4294967295."));
            return ExitUsage;
        }
    }
    qint64 orders = DemoService::kDefaultOrders;
    if (context.options.orders) {
        bool ok = false;
        orders = context.options.orders->toLongLong(&ok);
        if (!ok || orders < 0 || orders > 100000000) {
            printError(QCoreApplication::translate(
                "fd::Cli", "--orders takes a whole number from 0 to 100000000."));
            return ExitUsage;
        }
    }
    Result<DemoSummary> summary = DemoService(*context.session).generate(seed, orders);
    if (!summary.ok()) {
        printError(summary.error());
        return ExitFailure;
    }
    const DemoSummary& done = summary.value();
    if (context.options.json) {
        printJson(QJsonObject { { u"seed"_s, qint64(seed) }, { u"units"_s, done.units },
            { u"areas"_s, done.areas }, { u"teams"_s, done.teams },
            { u"technicians"_s, done.technicians }, { u"subscribers"_s, done.subscribers },
            { u"orders"_s, done.orders } });
    } else {
        printLine(QCoreApplication::translate("fd::Cli",
            "Demo operator written to %1 (seed %2): %3 units, %4 service areas with %5 "
            "subscribers, %6 teams, "
            "%7 technicians, %8 work orders.")
                      .arg(context.database->location().displayName(), QString::number(seed),
                          QString::number(done.units), QString::number(done.areas),
                          QLocale().toString(done.subscribers), QString::number(done.teams),
                          QString::number(done.technicians), QLocale().toString(done.orders)));
    }
    return ExitSuccess;
}

} // namespace fd
