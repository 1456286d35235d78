#include "clioptions.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

std::optional<QString> parseCliOptions(const QStringList& arguments, CliOptions& options)
{
    struct ValueOption
    {
        QString name;
        std::optional<QString>* target;
    };
    std::optional<QString> database;
    std::optional<QString> timeZone;
    const ValueOption valued[] = {
        { u"--db"_s, &database },
        { u"--timezone"_s, &timeZone },
        { u"--seed"_s, &options.seed },
        { u"--orders"_s, &options.orders },
        { u"--growth"_s, &options.growth },
        { u"--date"_s, &options.date },
        { u"--month"_s, &options.month },
        { u"--format"_s, &options.format },
        { u"--out"_s, &options.out },
        { u"--user"_s, &options.user },
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--"_s) {
            options.words += arguments.mid(i + 1);
            break;
        }
        if (!argument.startsWith(u"--"_s)) {
            options.words.append(argument);
            continue;
        }
        const qsizetype equals = argument.indexOf(u'=');
        const QString name = equals < 0 ? argument : argument.left(equals);
        if (name == u"--json"_s || name == u"--finalize"_s || name == u"--help"_s
            || name == u"--version"_s) {
            if (equals >= 0)
                return QCoreApplication::translate("fd::Cli", "The option %1 takes no value.")
                    .arg(name);
            (name == u"--json"_s              ? options.json
                    : name == u"--finalize"_s ? options.finalize
                    : name == u"--help"_s     ? options.help
                                              : options.version)
                = true;
            continue;
        }
        bool known = false;
        for (const ValueOption& option : valued) {
            if (option.name != name)
                continue;
            known = true;
            if (equals >= 0) {
                *option.target = argument.mid(equals + 1);
            } else if (i + 1 < arguments.size()) {
                *option.target = arguments.at(++i);
            } else {
                return QCoreApplication::translate("fd::Cli", "The option %1 needs a value.")
                    .arg(name);
            }
        }
        if (!known)
            return QCoreApplication::translate(
                "fd::Cli", "Unknown option %1. Run “fiberdesk-cli --help” for the list.")
                .arg(name);
    }
    options.database = database.value_or(QString());
    options.timeZone = timeZone.value_or(QString());
    return std::nullopt;
}

QString cliUsage()
{
    return QCoreApplication::translate("fd::Cli",
        "Usage: fiberdesk-cli [--db PATH|postgresql://user@host:port/dbname] [--json] [--timezone "
        "ZONE] "
        "COMMAND\n"
        "\n"
        "Commands:\n"
        "  init                          create or upgrade the database\n"
        "  demo [--seed N] [--orders N]  fill an empty database with a realistic demo operator and N\n"
        "                                work orders (default 20000)\n"
        "  import KIND FILE              import a CSV file; KIND is units, areas, teams, "
        "technicians,\n"
        "                                equipment, assessments, orders, callbacks or complaints\n"
        "                                (all or nothing)\n"
        "  compliance [--growth PCT]     staff, tools and vehicles each unit has against what its\n"
        "                                subscribers require; PCT projects subscriber growth\n"
        "  units                         each unit's contract status, strikes and rectification "
        "deadline\n"
        "  callbacks generate --date D   create the callback queue due on day D (orders completed the\n"
        "                                day before); running it again creates nothing\n"
        "  bulletin --date D             each unit's day: orders received, completed, overdue, callbacks\n"
        "                                done, complaints received and verified\n"
        "  evaluate --month M [--finalize]\n"
        "                                the month's scores (YYYY-MM); --finalize freezes them and applies\n"
        "                                the 80-point rule\n"
        "  export evaluation --month M --format csv|pdf --out FILE\n"
        "                                the month's evaluation as a CSV file or a PDF for the units\n"
        "\n"
        "Options:\n"
        "  --db PATH      the database (default: the desktop program's, %1)\n"
        "  --json         machine-readable output on standard output\n"
        "  --timezone Z   the operator's time zone for this run (IANA name, e.g. America/Lima)\n"
        "  --help         this text\n"
        "  --version      the program's version\n"
        "\n"
        "Exit status: 0 on success, 1 when the command failed, 2 for a usage error.\n"
        "The command line acts as the local administrator of the database it opens.");
}

} // namespace fd
