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
        { u"--role"_s, &options.role },
        { u"--display-name"_s, &options.displayName },
        { u"--keep-days"_s, &options.keepDays },
        { u"--folder"_s, &options.folder },
        { u"--unit"_s, &options.unit },
        { u"--status"_s, &options.status },
        { u"--separator"_s, &options.separator },
        { u"--anchor"_s, &options.anchor },
        { u"--runtime-role"_s, &options.runtimeRole },
        { u"--encoding"_s, &options.encoding },
        { u"--marks"_s, &options.marks },
        { u"--recording"_s, &options.recording },
        { u"--limit"_s, &options.limit },
        { u"--team"_s, &options.team },
        { u"--accept"_s, &options.accept },
        { u"--item"_s, &options.item },
        { u"--ref"_s, &options.ref },
        { u"--grounds"_s, &options.grounds },
        { u"--reason"_s, &options.reason },
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
            || name == u"--version"_s || name == u"--force"_s || name == u"--uphold"_s
            || name == u"--dismiss"_s) {
            if (equals >= 0)
                return QCoreApplication::translate("fd::Cli", "The option %1 takes no value.")
                    .arg(name);
            (name == u"--json"_s              ? options.json
                    : name == u"--finalize"_s ? options.finalize
                    : name == u"--force"_s    ? options.force
                    : name == u"--uphold"_s   ? options.uphold
                    : name == u"--dismiss"_s  ? options.dismiss
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
    // Each line is its own message, so that a new command adds one line to translate.
    struct Line
    {
        const char* synopsis;
        const char* description;
    };
    static const Line commands[] = {
        { "init [--runtime-role ROLE]",
            QT_TRANSLATE_NOOP("fd::Cli",
                "create or upgrade the database; on PostgreSQL, run as the owner, ROLE is "
                "the role FiberDesk will run as: it gets every table but may only read and "
                "insert into the audit tables") },
        { "demo [--seed N] [--orders N]",
            QT_TRANSLATE_NOOP("fd::Cli",
                "fill an empty database with a realistic demo operator and N work orders "
                "(default 20000)") },
        { "import KIND FILE [--encoding NAME]",
            QT_TRANSLATE_NOOP("fd::Cli",
                "import a CSV file, all or nothing; KIND is units, areas, teams, technicians, "
                "equipment, assessments, orders, callbacks, complaints, room_scores or holidays; "
                "NAME is "
                "the file's encoding when it is not UTF-8 (GB18030, windows-1252); commas or "
                "semicolons; a file of units, areas, teams or technicians may have only some "
                "columns besides code, and changes only those") },
        { "compliance [--growth PCT]",
            QT_TRANSLATE_NOOP("fd::Cli",
                "staff, tools and vehicles each unit has against what its subscribers "
                "require; PCT projects subscriber growth") },
        { "units",
            QT_TRANSLATE_NOOP(
                "fd::Cli", "each unit's contract status, strikes and rectification deadline") },
        { "callbacks generate --date D",
            QT_TRANSLATE_NOOP("fd::Cli",
                "create the callback queue due on day D (orders completed the day before); "
                "running it again creates nothing") },
        { "bulletin --date D",
            QT_TRANSLATE_NOOP("fd::Cli",
                "each unit's day: orders received, completed, overdue, callbacks done, "
                "complaints received and verified") },
        { "evaluate --month M [--finalize]",
            QT_TRANSLATE_NOOP("fd::Cli",
                "the month's scores (YYYY-MM); --finalize freezes them and applies the "
                "80-point rule") },
        { "export KIND --out FILE [--format csv|xlsx] [--separator ';'] [--force]",
            QT_TRANSLATE_NOOP("fd::Cli",
                "write every row of an import kind in its import format (importing the file "
                "changes nothing); orders take --month M, --unit U and --status S,S…") },
        { "export REPORT --out FILE --format csv|xlsx|pdf [--force]",
            QT_TRANSLATE_NOOP("fd::Cli",
                "a report: evaluation, evidence or indicators (--month M [--unit U]), "
                "quality (--month M), bulletin (--date D) or compliance ([--growth PCT]); an "
                "existing FILE is "
                "replaced only with --force, never the database or a device") },
        { "audit verify [--anchor HEAD]",
            QT_TRANSLATE_NOOP("fd::Cli",
                "check the audit log's hash chain and the sealed months and statuses: exit 1 "
                "and name the entry, unit and month changed or deleted outside FiberDesk; "
                "HEAD (as a report or backup prints it) must still be in the log") },
        { "audit head",
            QT_TRANSLATE_NOOP("fd::Cli",
                "the audit log's head now: its entries and the newest entry's hash, "
                "ENTRIES:HASH, as reports and backups carry it") },
        { "users list",
            QT_TRANSLATE_NOOP(
                "fd::Cli", "the users who may sign in, with their roles (admins only)") },
        { "users add NAME --role ROLE [--unit CODE] [--display-name TEXT]",
            QT_TRANSLATE_NOOP("fd::Cli",
                "a new user (dispatcher, callback_agent, callback_supervisor, evaluator, "
                "admin, or unit_representative of the unit CODE); the "
                "password from FIBERDESK_NEW_PASSWORD or asked for") },
        { "backup FILE",
            QT_TRANSLATE_NOOP("fd::Cli",
                "a consistent copy of the database in FILE, also while others write to it") },
        { "restore FILE",
            QT_TRANSLATE_NOOP("fd::Cli",
                "replace the database with the backup FILE (checked first; the database as "
                "it was is kept beside it)") },
        { "kpi --month M [--unit U]",
            QT_TRANSLATE_NOOP("fd::Cli",
                "the regulatory indicators of month M per unit and for all units: supply and "
                "fault repair times (percentiles, % met by the deadline), faults per 100 "
                "subscribers, missed appointments, complaint resolution times, credits") },
        { "appeals file --unit U --month M --item KIND --ref REF --grounds TEXT",
            QT_TRANSLATE_NOOP("fd::Cli",
                "contest an item counted against unit U in month M: KIND is late_order or "
                "repeat (REF an order number) or complaint (REF a complaint id)") },
        { "appeals decide ID --uphold|--dismiss --reason TEXT",
            QT_TRANSLATE_NOOP("fd::Cli",
                "decide an open appeal (an evaluator other than the one who filed it)") },
        { "appeals list [--month M]",
            QT_TRANSLATE_NOOP("fd::Cli", "the appeals, all or of month M") },
        { "quality --month M",
            QT_TRANSLATE_NOOP("fd::Cli",
                "the callback calls' quality in month M: each agent's monitor average, yes "
                "rate, flagged questions and thanks, the supervisors' calibration, and how "
                "monitor scores and satisfaction agree") },
        { "quality sample --month M",
            QT_TRANSLATE_NOOP("fd::Cli",
                "the calls drawn for monitoring in month M, each agent's, and who scored "
                "them") },
        { "quality score ORDER --marks CRITERION=POINTS,… [--recording REF]",
            QT_TRANSLATE_NOOP("fd::Cli",
                "score the sampled call of ORDER on the monitoring form (greeting, "
                "neutral_questions, answers_recorded, courtesy, closing); REF is the "
                "recording's reference in the telephony system (callback supervisors)") },
        { "orders search TEXT [--limit N]",
            QT_TRANSLATE_NOOP("fd::Cli",
                "orders whose number, account, customer, address or phone holds TEXT anywhere "
                "(no matter case, accents or full/half width; digits also inside phone and "
                "order numbers), earliest deadline first, at most N (default 50); one or two "
                "characters search the open orders only") },
        { "schedule --date D [--team T]",
            QT_TRANSLATE_NOOP("fd::Cli",
                "each team's day D (or team T's): its technicians, booked minutes and agreed "
                "windows, each with its problems: overlap, after_deadline, outside_hours, "
                "area_not_covered, unit_not_active") },
        { "schedule --date D --team T --out FILE [--force]",
            QT_TRANSLATE_NOOP("fd::Cli",
                "team T's day sheet for day D as a PDF, for the crew to take on the road") },
        { "plan --date D [--accept all|ORDER,…]",
            QT_TRANSLATE_NOOP("fd::Cli",
                "propose a team and a window for every open order due by the end of D + 1 "
                "that has no agreed window, least credits at risk first, then fewest late "
                "orders and least lateness, beside the baseline (earliest deadline first to "
                "the least-loaded covering team); --accept books all proposals or those "
                "named, as ordinary assignments and appointments") },
        { "rules",
            QT_TRANSLATE_NOOP("fd::Cli",
                "the rules in force: their version, the service-level policy (same_day or "
                "working_days) and the preset it matches, every value and the holidays") },
        { "rules preset NAME",
            QT_TRANSLATE_NOOP("fd::Cli",
                "fill in a service-level preset, cn-same-day (the same-day rule) or "
                "uk-auto-comp (working days, credits per calendar day late and for a missed "
                "appointment), as a new rules version; amounts can then be changed with "
                "rules set") },
        { "rules set KEY VALUE",
            QT_TRANSLATE_NOOP("fd::Cli",
                "change one rule (its key as “rules” lists it) as a new rules version") },
        { "backups [--keep-days N] [--folder DIR]",
            QT_TRANSLATE_NOOP("fd::Cli",
                "the automatic daily backups: where they go, how many days they are kept "
                "(0: none), and those there are") },
    };
    static const Line options[] = {
        { "--db PATH",
            QT_TRANSLATE_NOOP("fd::Cli",
                "the database: a file or postgresql://user@host:port/dbname "
                "(default: the desktop program's, %1)") },
        { "--json", QT_TRANSLATE_NOOP("fd::Cli", "machine-readable output on standard output") },
        { "--timezone ZONE",
            QT_TRANSLATE_NOOP("fd::Cli",
                "the operator's time zone for this run (IANA name, e.g. "
                "America/Lima)") },
        { "--user NAME",
            QT_TRANSLATE_NOOP("fd::Cli",
                "act as this user; the password from FIBERDESK_PASSWORD or "
                "asked for (without it: the local administrator of a database "
                "file)") },
        { "--help", QT_TRANSLATE_NOOP("fd::Cli", "this text") },
        { "--version", QT_TRANSLATE_NOOP("fd::Cli", "the program's version") },
    };
    QString text = QCoreApplication::translate("fd::Cli", "Usage: fiberdesk-cli [OPTIONS] COMMAND")
        + u"\n\n"_s;
    text += QCoreApplication::translate("fd::Cli", "Commands:") + u'\n';
    for (const Line& line : commands) {
        text += u"  "_s + QString::fromLatin1(line.synopsis) + u"\n      "_s
            + QCoreApplication::translate("fd::Cli", line.description) + u'\n';
    }
    text += u'\n' + QCoreApplication::translate("fd::Cli", "Options:") + u'\n';
    for (const Line& line : options) {
        text += u"  "_s + QString::fromLatin1(line.synopsis) + u"\n      "_s
            + QCoreApplication::translate("fd::Cli", line.description) + u'\n';
    }
    text += u'\n'
        + QCoreApplication::translate("fd::Cli",
            "Exit status: 0 on success, 1 when the command failed, 2 for a usage "
            "error. Without --user the command line acts as the local "
            "administrator of the database file it opens.");
    return text;
}

} // namespace fd
