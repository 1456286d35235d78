#include "clicommands.h"

#include "cli/clioutput.h"
#include "cli/clisignin.h"
#include "common/defaultlocation.h"
#include "csv/csvdecoder.h"
#include "rules/allocation.h"
#include "services/complianceservice.h"
#include "services/import/importservice.h"
#include "services/ruleservice.h"
#include "services/runtimeroleservice.h"
#include "services/standingservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

int fail(const QString& message, int code = ExitFailure)
{
    printError(message);
    return code;
}

// Refuses options a command does not take, so that a typo is not silently ignored.
std::optional<QString> unexpectedOption(const CliOptions& options, const QStringList& allowed)
{
    const std::pair<QString, bool> given[] = {
        { u"--seed"_s, options.seed.has_value() },
        { u"--orders"_s, options.orders.has_value() },
        { u"--growth"_s, options.growth.has_value() },
        { u"--date"_s, options.date.has_value() },
        { u"--month"_s, options.month.has_value() },
        { u"--format"_s, options.format.has_value() },
        { u"--out"_s, options.out.has_value() },
        { u"--finalize"_s, options.finalize },
        { u"--force"_s, options.force },
        { u"--role"_s, options.role.has_value() },
        { u"--display-name"_s, options.displayName.has_value() },
        { u"--keep-days"_s, options.keepDays.has_value() },
        { u"--folder"_s, options.folder.has_value() },
        { u"--unit"_s, options.unit.has_value() },
        { u"--status"_s, options.status.has_value() },
        { u"--separator"_s, options.separator.has_value() },
        { u"--anchor"_s, options.anchor.has_value() },
        { u"--runtime-role"_s, options.runtimeRole.has_value() },
        { u"--encoding"_s, options.encoding.has_value() },
        { u"--marks"_s, options.marks.has_value() },
        { u"--recording"_s, options.recording.has_value() },
        { u"--limit"_s, options.limit.has_value() },
        { u"--team"_s, options.team.has_value() },
        { u"--item"_s, options.item.has_value() },
        { u"--ref"_s, options.ref.has_value() },
        { u"--grounds"_s, options.grounds.has_value() },
        { u"--reason"_s, options.reason.has_value() },
        { u"--uphold"_s, options.uphold },
        { u"--dismiss"_s, options.dismiss },
    };
    for (const auto& [name, present] : given) {
        if (present && !allowed.contains(name))
            return QCoreApplication::translate("fd::Cli", "The command “%1” does not take %2.")
                .arg(options.words.value(0), name);
    }
    return std::nullopt;
}

struct CommandSpec
{
    QStringList words; // the command's own words, e.g. {"callbacks", "generate"}
    int arguments; // how many words follow them
    QStringList options; // the options it takes
    QStringList required; // ... of which these must be given
    Database::OpenMode mode;
    int (*run)(CliContext&);
    const char* usage; // QT_TRANSLATE_NOOP("fd::Cli", ...)
};

} // namespace

int runCli(const CliOptions& options)
{
    using Mode = Database::OpenMode;
    static const CommandSpec commands[] = {
        { { u"init"_s }, 0, { u"--runtime-role"_s }, {}, Mode::CreateOrUpgrade, runInit,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli init [--runtime-role ROLE]") },
        { { u"demo"_s }, 0, { u"--seed"_s, u"--orders"_s }, {}, Mode::CreateOrUpgrade, runDemo,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli demo [--seed N] [--orders N]") },
        { { u"import"_s }, 2, { u"--encoding"_s }, {}, Mode::ExistingOnly, runImport,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli import KIND FILE [--encoding NAME]") },
        { { u"compliance"_s }, 0, { u"--growth"_s }, {}, Mode::Reading, runCompliance,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli compliance [--growth PCT]") },
        { { u"units"_s }, 0, {}, {}, Mode::Reading, runUnits,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli units") },
        { { u"callbacks"_s, u"generate"_s }, 0, { u"--date"_s }, { u"--date"_s },
            Mode::ExistingOnly, runCallbacksGenerate,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli callbacks generate --date YYYY-MM-DD") },
        { { u"bulletin"_s }, 0, { u"--date"_s }, { u"--date"_s }, Mode::Reading, runBulletin,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli bulletin --date YYYY-MM-DD") },
        { { u"evaluate"_s }, 0, { u"--month"_s, u"--finalize"_s }, { u"--month"_s }, Mode::Reading,
            runEvaluate,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli evaluate --month YYYY-MM [--finalize]") },
        { { u"export"_s }, 1,
            { u"--month"_s, u"--date"_s, u"--growth"_s, u"--unit"_s, u"--status"_s, u"--format"_s,
                u"--separator"_s, u"--out"_s, u"--force"_s },
            { u"--out"_s }, Mode::Reading, runExport,
            QT_TRANSLATE_NOOP("fd::Cli",
                "fiberdesk-cli export KIND|REPORT --out FILE [--format csv|xlsx|pdf] "
                "[--separator ';'] [--month YYYY-MM] [--unit CODE] [--status S,S…] "
                "[--date YYYY-MM-DD] [--growth PCT] [--force]") },
        { { u"audit"_s, u"verify"_s }, 0, { u"--anchor"_s }, {}, Mode::Reading, runAuditVerify,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli audit verify [--anchor HEAD]") },
        { { u"audit"_s, u"head"_s }, 0, {}, {}, Mode::Reading, runAuditHead,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli audit head") },
        { { u"users"_s, u"list"_s }, 0, {}, {}, Mode::Reading, runUsersList,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli users list") },
        { { u"users"_s, u"add"_s }, 1, { u"--role"_s, u"--display-name"_s, u"--unit"_s },
            { u"--role"_s }, Mode::ExistingOnly, runUsersAdd,
            QT_TRANSLATE_NOOP("fd::Cli",
                "fiberdesk-cli users add NAME --role ROLE [--unit CODE] [--display-name TEXT]") },
        { { u"backup"_s }, 1, {}, {}, Mode::Reading, runBackup,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli backup FILE") },
        // Opens the database only to sign in: the one to restore may be damaged or missing
        // (runRestore).
        { { u"restore"_s }, 1, {}, {}, Mode::ExistingOnly, nullptr,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli restore FILE") },
        { { u"backups"_s }, 0, { u"--keep-days"_s, u"--folder"_s }, {}, Mode::ExistingOnly,
            runBackups,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli backups [--keep-days N] [--folder DIR]") },
        { { u"backups"_s, u"run"_s }, 0, {}, {}, Mode::ExistingOnly, runBackupsRun,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli backups run") },
        { { u"kpi"_s }, 0, { u"--month"_s, u"--unit"_s }, { u"--month"_s }, Mode::Reading, runKpi,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli kpi --month YYYY-MM [--unit CODE]") },
        { { u"appeals"_s, u"file"_s }, 0,
            { u"--unit"_s, u"--month"_s, u"--item"_s, u"--ref"_s, u"--grounds"_s },
            { u"--unit"_s, u"--month"_s, u"--item"_s, u"--ref"_s, u"--grounds"_s },
            Mode::ExistingOnly, runAppealsFile,
            QT_TRANSLATE_NOOP("fd::Cli",
                "fiberdesk-cli appeals file --unit CODE --month YYYY-MM --item "
                "late_order|repeat|complaint --ref REF --grounds TEXT") },
        { { u"appeals"_s, u"decide"_s }, 1, { u"--uphold"_s, u"--dismiss"_s, u"--reason"_s },
            { u"--reason"_s }, Mode::ExistingOnly, runAppealsDecide,
            QT_TRANSLATE_NOOP(
                "fd::Cli", "fiberdesk-cli appeals decide ID --uphold|--dismiss --reason TEXT") },
        { { u"appeals"_s, u"list"_s }, 0, { u"--month"_s }, {}, Mode::Reading, runAppealsList,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli appeals list [--month YYYY-MM]") },
        { { u"quality"_s }, 0, { u"--month"_s }, { u"--month"_s }, Mode::Reading, runQuality,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli quality --month YYYY-MM") },
        { { u"quality"_s, u"sample"_s }, 0, { u"--month"_s }, { u"--month"_s }, Mode::Reading,
            runQualitySample,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli quality sample --month YYYY-MM") },
        { { u"quality"_s, u"score"_s }, 1, { u"--marks"_s, u"--recording"_s }, { u"--marks"_s },
            Mode::ExistingOnly, runQualityScore,
            QT_TRANSLATE_NOOP("fd::Cli",
                "fiberdesk-cli quality score ORDER --marks CRITERION=POINTS,… [--recording REF]") },
        { { u"orders"_s, u"search"_s }, 1, { u"--limit"_s }, {}, Mode::Reading, runOrdersSearch,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli orders search TEXT [--limit N]") },
        { { u"schedule"_s }, 0, { u"--date"_s, u"--team"_s, u"--out"_s, u"--force"_s },
            { u"--date"_s }, Mode::Reading, runSchedule,
            QT_TRANSLATE_NOOP("fd::Cli",
                "fiberdesk-cli schedule --date YYYY-MM-DD [--team CODE [--out DAY-SHEET.pdf]]") },
        { { u"plan"_s }, 0, { u"--date"_s, u"--accept"_s }, { u"--date"_s }, Mode::Reading, runPlan,
            QT_TRANSLATE_NOOP(
                "fd::Cli", "fiberdesk-cli plan --date YYYY-MM-DD [--accept all|ORDER,…]") },
        { { u"rules"_s }, 0, {}, {}, Mode::Reading, runRules,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli rules") },
        { { u"rules"_s, u"preset"_s }, 1, {}, {}, Mode::ExistingOnly, runRulesPreset,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli rules preset cn-same-day|uk-auto-comp") },
        { { u"rules"_s, u"set"_s }, 2, {}, {}, Mode::ExistingOnly, runRulesSet,
            QT_TRANSLATE_NOOP("fd::Cli", "fiberdesk-cli rules set KEY VALUE") },
    };
    if (options.words.isEmpty())
        return fail(QCoreApplication::translate(
                        "fd::Cli", "No command given. Run “fiberdesk-cli --help” for the list."),
            ExitUsage);
    const CommandSpec* spec = nullptr;
    for (const CommandSpec& candidate : commands) {
        if (options.words.mid(0, candidate.words.size()) == candidate.words)
            spec = &candidate;
    }
    if (!spec) {
        return fail(QCoreApplication::translate(
                        "fd::Cli", "Unknown command “%1”. Run “fiberdesk-cli --help” for the list.")
                        .arg(options.words.join(u' ')),
            ExitUsage);
    }
    const QString usage = QCoreApplication::translate("fd::Cli", "Usage: %1")
                              .arg(QCoreApplication::translate("fd::Cli", spec->usage));
    if (options.words.size() != spec->words.size() + spec->arguments)
        return fail(usage, ExitUsage);
    const std::pair<QString, bool> given[] = { { u"--date"_s, options.date.has_value() },
        { u"--month"_s, options.month.has_value() }, { u"--format"_s, options.format.has_value() },
        { u"--out"_s, options.out.has_value() }, { u"--role"_s, options.role.has_value() },
        { u"--unit"_s, options.unit.has_value() }, { u"--item"_s, options.item.has_value() },
        { u"--ref"_s, options.ref.has_value() }, { u"--grounds"_s, options.grounds.has_value() },
        { u"--reason"_s, options.reason.has_value() } };
    for (const auto& [name, present] : given) {
        if (spec->required.contains(name) && !present)
            return fail(usage, ExitUsage);
    }
    if (const auto unexpected = unexpectedOption(options, spec->options))
        return fail(*unexpected, ExitUsage);

    Result<DatabaseLocation> location = DatabaseLocation::parse(
        options.database.isEmpty() ? defaultDatabaseLocation() : options.database);
    if (!location.ok())
        return fail(location.error(), ExitUsage);
    if (!spec->run)
        return runRestore(options, location.value());
    // An unknown import kind is a usage error whether or not the database is there.
    if (spec->run == runImport && !importKindFromKey(options.words.at(1))) {
        CliContext bare { options, nullptr, nullptr };
        return runImport(bare);
    }
    // --timezone is checked before any file is opened: a typo creates nothing.
    if (!options.timeZone.isEmpty()) {
        if (Result<QTimeZone> zone = timeZoneNamed(options.timeZone); !zone.ok())
            return fail(zone.error(), ExitUsage);
    }
    Database::OpenMode mode = spec->mode;
    if (options.finalize) // evaluate --finalize writes
        mode = Database::OpenMode::ExistingOnly;
    // init and demo create a missing file; if they then fail, the file is removed again
    // (SPEC §16: a refused demo leaves no file).
    const bool sqlite = location.value().engine == DatabaseLocation::Engine::Sqlite;
    const bool creates = sqlite && mode == Database::OpenMode::CreateOrUpgrade
        && !QFileInfo::exists(location.value().filePath);
    const auto removeCreated = [&] {
        if (!creates)
            return;
        for (const QString& suffix : { QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s })
            QFile::remove(location.value().filePath + suffix);
    };
    const auto announceUpgrade = [&](const SchemaUpgrade& upgrade) {
        printNotice(upgradeNoticeText(upgrade, location.value().displayName()));
    };
    Result<std::unique_ptr<Database>> database
        = Database::open(location.value(), mode, announceUpgrade);
    if (!database.ok())
        return fail(database.error());
    Result<QTimeZone> zone = operatorTimeZone(*database.value(), options.timeZone);
    if (!zone.ok()) {
        database.value().reset();
        removeCreated();
        return fail(zone.error(), ExitUsage);
    }
    Result<Actor> actor = cliActor(options, *database.value());
    if (!actor.ok()) {
        database.value().reset();
        removeCreated();
        return fail(actor.error());
    }
    CliContext context { options, std::move(database).value(), nullptr };
    context.session = std::make_unique<Session>(*context.database, actor.value(), zone.value());
    // FIBERDESK_NOW pins the clock to one instant (ISO 8601 with its offset), so that a run
    // can be repeated exactly: the same demo on two engines, a report as of a past moment.
    // A value that is not such an instant is refused, never ignored.
    if (const QString pinned = qEnvironmentVariable("FIBERDESK_NOW"); !pinned.isEmpty()) {
        const QDateTime instant = QDateTime::fromString(pinned, Qt::ISODate);
        if (!instant.isValid() || instant.timeSpec() == Qt::LocalTime) {
            context.session.reset();
            context.database.reset();
            removeCreated();
            return fail(QCoreApplication::translate("fd::Cli",
                            "FIBERDESK_NOW is “%1”, not an instant with its offset such as "
                            "2026-11-20T15:00:00-05:00.")
                            .arg(pinned),
                ExitUsage);
        }
        context.session->setClock([instant] { return instant.toUTC(); });
    }
    const int code = spec->run(context);
    if (code != ExitSuccess) {
        // A refused init or demo leaves no database it created (SPEC §16).
        context.session.reset();
        context.database.reset();
        removeCreated();
        return code;
    }
    // The day's backup after the answer, never before it (issue 24): whoever waits for the
    // command's output has it, and its end of standard output, at once.
    if (changesData(options)) {
        std::fflush(stdout);
        // /dev/null in its place (not a closed descriptor, which the next file opened would
        // take): a reader of the output sees its end now.
        const int nothing = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (nothing >= 0) {
            ::dup2(nothing, STDOUT_FILENO);
            ::close(nothing);
        }
        runDailyBackup(context);
    }
    return code;
}

int runInit(CliContext& context)
{
    Result<int> version = context.database->schemaVersion();
    if (!version.ok())
        return fail(version.error());
    if (context.options.runtimeRole) {
        const Status granted
            = RuntimeRoleService(*context.session).grant(*context.options.runtimeRole);
        if (!granted.ok())
            return fail(granted.error());
    }
    if (context.options.json) {
        printJson(QJsonObject { { u"database"_s, context.database->location().displayName() },
            { u"schema_version"_s, version.value() } });
    } else {
        printLine(
            QCoreApplication::translate("fd::Cli", "The database %1 is ready (schema version %2).")
                .arg(context.database->location().displayName())
                .arg(version.value()));
    }
    return ExitSuccess;
}

int runImport(CliContext& context)
{
    const QString kindKey = context.options.words.at(1);
    const std::optional<ImportKind> kind = importKindFromKey(kindKey);
    if (!kind) {
        QStringList keys;
        for (ImportKind candidate : allImportKinds())
            keys.append(importKindKey(candidate));
        return fail(QCoreApplication::translate("fd::Cli", "Cannot import “%1”; the kinds are %2.")
                        .arg(kindKey, keys.join(u", "_s)),
            ExitUsage);
    }
    ImportOptions options;
    options.encoding = context.options.encoding.value_or(QString());
    if (!options.encoding.isEmpty() && !csvEncodingName(options.encoding)) {
        return fail(QCoreApplication::translate("fd::Cli",
                        "--encoding takes an encoding such as UTF-8, GB18030 or windows-1252, not "
                        "“%1”.")
                        .arg(options.encoding),
            ExitUsage);
    }
    ImportFailure failure;
    Result<ImportOutcome> outcome
        = ImportService(*context.session)
              .importFile(*kind, context.options.words.at(2), &failure, {}, options);
    if (!outcome.ok()) {
        // Every problem, so that a file is put right in one go: on the command line up to
        // kListed of them and how many more; in JSON all that were kept.
        constexpr qsizetype kListed = 50;
        if (context.options.json) {
            QJsonArray problems;
            for (const CsvProblem& problem : std::as_const(failure.problems)) {
                QJsonObject entry { { u"line"_s, problem.line }, { u"message"_s, problem.message },
                    { u"text"_s, describeCsvProblem(failure.fileName, problem) } };
                if (problem.column > 0)
                    entry.insert(u"column"_s, problem.column);
                if (!problem.field.isEmpty())
                    entry.insert(u"field"_s, problem.field);
                problems.append(entry);
            }
            QJsonObject refused { { u"kind"_s, importKindKey(*kind) }, { u"imported"_s, false },
                { u"problem_count"_s, qint64(failure.total()) }, { u"problems"_s, problems } };
            if (!failure.general.isEmpty())
                refused.insert(u"error"_s, failure.general);
            if (failure.uncounted > 0)
                refused.insert(u"problems_not_listed"_s, qint64(failure.uncounted));
            printJson(refused);
            return fail(failure.summary());
        }
        if (failure.total() <= 1) // one line: the problem and "Nothing was imported."
            return fail(failure.summary().isEmpty() ? outcome.error() : failure.summary());
        const QStringList lines = failure.report(kListed);
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            printError(lines.at(i));
        return fail(lines.isEmpty() ? outcome.error() : lines.last());
    }
    const ImportOutcome& done = outcome.value();
    if (context.options.json) {
        printJson(QJsonObject { { u"kind"_s, importKindKey(done.kind) },
            { u"rows"_s, qint64(done.rows) }, { u"created"_s, qint64(done.summary.created) },
            { u"updated"_s, qint64(done.summary.updated) },
            { u"unchanged"_s, qint64(done.summary.unchanged) } });
    } else {
        printLine(
            QCoreApplication::translate(
                "fd::Cli", "Imported %1 rows of %2: %3 new, %4 updated, %5 unchanged.")
                .arg(QString::number(done.rows), importKindKey(done.kind),
                    QString::number(done.summary.created), QString::number(done.summary.updated),
                    QString::number(done.summary.unchanged)));
    }
    return ExitSuccess;
}

int runCompliance(CliContext& context)
{
    qint64 growth = 0;
    if (context.options.growth) {
        const std::optional<qint64> parsed = parseGrowthPercent(*context.options.growth);
        if (!parsed) {
            return fail(QCoreApplication::translate("fd::Cli",
                            "--growth takes a percentage such as 12.5 or -3 (at most two decimals, "
                            "not below -100)."),
                ExitUsage);
        }
        growth = *parsed;
    }
    Result<ComplianceReport> report = ComplianceService(*context.session).report(growth);
    if (!report.ok())
        return fail(report.error());

    if (context.options.json) {
        QJsonArray units;
        for (const UnitCompliance& unit : report.value().units) {
            QJsonArray rules;
            for (const ResourceCheck& check : unit.checks) {
                rules.append(QJsonObject { { u"resource"_s, resourceKey(check.resource) },
                    { u"required"_s, check.required }, { u"actual"_s, check.actual },
                    { u"shortfall"_s, check.shortfall() } });
            }
            units.append(QJsonObject { { u"unit"_s, unit.unitCode },
                { u"subscribers"_s, unit.subscribers }, { u"rules"_s, rules },
                { u"uncovered_areas"_s, QJsonArray::fromStringList(unit.uncoveredAreas) } });
        }
        printJson(units);
        return ExitSuccess;
    }

    const QLocale locale;
    qsizetype compliant = 0;
    for (const UnitCompliance& unit : report.value().units) {
        if (unit.compliant())
            ++compliant;
        printLine(
            QCoreApplication::translate("fd::Cli", "%1  %2 (%3) — %4 subscribers — %5")
                .arg(unit.unitCode, unit.unitName, unitStatusDisplayName(unit.status),
                    locale.toString(unit.subscribers),
                    unit.compliant() ? QCoreApplication::translate("fd::Cli", "meets every rule")
                                     : QCoreApplication::translate("fd::Cli", "falls short")));
        QList<QStringList> rows;
        for (const ResourceCheck& check : unit.checks) {
            rows.append({ u"  "_s + resourceDisplayName(check.resource),
                QString::number(check.required), QString::number(check.actual),
                check.shortfall() > 0 ? QString::number(check.shortfall()) : u"-"_s });
        }
        printTable({ QCoreApplication::translate("fd::Cli", "  resource"),
                       QCoreApplication::translate("fd::Cli", "required"),
                       QCoreApplication::translate("fd::Cli", "actual"),
                       QCoreApplication::translate("fd::Cli", "shortfall") },
            rows);
        if (!unit.uncoveredAreas.isEmpty())
            printLine(QCoreApplication::translate("fd::Cli", "  areas no team covers: %1")
                          .arg(unit.uncoveredAreas.join(u", "_s)));
        printLine();
    }
    const QString growthText = report.value().growthHundredths == 0
        ? QString()
        : QCoreApplication::translate("fd::Cli", " with subscribers grown by %1 %")
              .arg(locale.toString(report.value().growthHundredths / 100.0, 'f', 2));
    printLine(QCoreApplication::translate(
        "fd::Cli", "%1 of %2 units meet every allocation rule%3 (rules version %4).")
                  .arg(QString::number(compliant), QString::number(report.value().units.size()),
                      growthText, QString::number(report.value().ruleVersion)));
    return ExitSuccess;
}

int runUnits(CliContext& context)
{
    Result<QList<UnitStanding>> standings = StandingService(*context.session).standings();
    if (!standings.ok())
        return fail(standings.error());
    if (context.options.json) {
        QJsonArray units;
        for (const UnitStanding& standing : standings.value()) {
            units.append(QJsonObject { { u"unit"_s, standing.unitCode },
                { u"status"_s, unitStatusKey(standing.status) }, { u"strikes"_s, standing.strikes },
                { u"rectify_by"_s,
                    standing.rectifyBy.isValid()
                        ? QJsonValue(standing.rectifyBy.toString(Qt::ISODate))
                        : QJsonValue(QJsonValue::Null) } });
        }
        printJson(units);
        return ExitSuccess;
    }
    QList<QStringList> rows;
    for (const UnitStanding& standing : standings.value()) {
        rows.append({ standing.unitCode, standing.unitName, unitStatusDisplayName(standing.status),
            QString::number(standing.strikes),
            standing.rectifyBy.isValid() ? standing.rectifyBy.toString(Qt::ISODate) : u"-"_s });
    }
    printTable({ QCoreApplication::translate("fd::Cli", "unit"),
                   QCoreApplication::translate("fd::Cli", "name"),
                   QCoreApplication::translate("fd::Cli", "status"),
                   QCoreApplication::translate("fd::Cli", "strikes"),
                   QCoreApplication::translate("fd::Cli", "rectify by") },
        rows);
    return ExitSuccess;
}

} // namespace fd
