#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "cli/clisignin.h"
#include "services/backupservice.h"
#include "storage/databaserestore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

Error notAFile()
{
    return Error(QCoreApplication::translate("fd::Cli",
        "Backups and restores work on a FiberDesk database file; a PostgreSQL database is "
        "backed up and restored on its server (pg_dump, pg_restore)."));
}

} // namespace

bool changesData(const CliOptions& options)
{
    const QString command = options.words.value(0);
    return command == u"import"_s
        || (command == u"callbacks"_s && options.words.value(1) == u"generate"_s)
        || (command == u"evaluate"_s && options.finalize)
        || (command == u"quality"_s && options.words.value(1) == u"score"_s)
        || (command == u"appeals"_s && options.words.value(1) != u"list"_s)
        || (command == u"rules"_s && !options.words.value(1).isEmpty())
        || (command == u"plan"_s && options.accept.has_value());
}

void runDailyBackup(CliContext& context)
{
    Result<DailyBackupOutcome> done = BackupService(*context.session).runDailyBackup();
    if (!done.ok())
        printError(QCoreApplication::translate("fd::Cli", "warning: %1").arg(done.error()));
}

int runBackup(CliContext& context)
{
    if (!context.database->isSqlite()) {
        printError(notAFile().message());
        return ExitFailure;
    }
    const QString path = QFileInfo(context.options.words.at(1)).absoluteFilePath();
    const Status written = BackupService(*context.session).backupTo(path);
    if (!written.ok()) {
        printError(written.error());
        return ExitFailure;
    }
    const qint64 bytes = QFileInfo(path).size();
    if (context.options.json) {
        printJson(QJsonObject { { u"database"_s, context.database->location().displayName() },
            { u"backup"_s, path }, { u"bytes"_s, bytes } });
    } else {
        printLine(QCoreApplication::translate("fd::Cli", "Backed up %1 to %2 (%3).")
                      .arg(context.database->location().displayName(), path,
                          QLocale().formattedDataSize(bytes)));
    }
    return ExitSuccess;
}

int runRestore(const CliOptions& options, const DatabaseLocation& location)
{
    if (location.engine != DatabaseLocation::Engine::Sqlite) {
        printError(notAFile().message());
        return ExitFailure;
    }
    // Signed in first, checked in the core (SPEC §16). With --user the user signs in on the
    // database as it is, so a database that cannot be opened cannot be restored by a user:
    // only by its file's owner, the command line's local administrator without --user
    // (cli/clisignin.h), who holds the file anyway.
    Actor actor { u"cli:local"_s, Role::Admin };
    {
        Result<std::unique_ptr<Database>> database = options.user
            ? Database::open(location, Database::OpenMode::ExistingOnly)
            : Result<std::unique_ptr<Database>>(std::unique_ptr<Database>());
        if (!database.ok()) {
            printError(QCoreApplication::translate("fd::Cli",
                "Cannot sign in as %1 to restore: %2 Nothing was restored. The owner of a "
                "database file that cannot be opened restores it without --user.")
                           .arg(*options.user, database.error()));
            return ExitFailure;
        }
        if (database.value()) {
            Result<Actor> signedIn = cliActor(options, *database.value());
            if (!signedIn.ok()) {
                printError(QCoreApplication::translate("fd::Cli", "%1 Nothing was restored.")
                               .arg(signedIn.error()));
                return ExitFailure;
            }
            actor = signedIn.value();
        }
    }
    const QString backup = QFileInfo(options.words.at(1)).absoluteFilePath();
    Result<RestoreOutcome> restored = BackupService::restore(actor, backup, location);
    if (!restored.ok()) {
        printError(restored.error());
        return ExitFailure;
    }
    const RestoreOutcome& done = restored.value();
    if (options.json) {
        printJson(QJsonObject { { u"database"_s, location.displayName() }, { u"backup"_s, backup },
            { u"backup_schema_version"_s, done.backupSchemaVersion },
            { u"schema_version"_s, done.schemaVersion },
            { u"kept_as"_s,
                done.keptAs.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(done.keptAs) } });
        return ExitSuccess;
    }
    printLine(QCoreApplication::translate("fd::Cli", "Restored %1 into %2 (schema version %3).")
                  .arg(backup, location.displayName(), QString::number(done.schemaVersion)));
    if (!done.keptAs.isEmpty()) {
        printLine(QCoreApplication::translate("fd::Cli", "The database as it was is kept as %1.")
                      .arg(done.keptAs));
    }
    return ExitSuccess;
}

int runBackupsRun(CliContext& context)
{
    if (!context.database->isSqlite()) {
        printError(notAFile().message());
        return ExitFailure;
    }
    Result<DailyBackupOutcome> done = BackupService(*context.session).runDailyBackupNow();
    if (!done.ok()) {
        printError(done.error());
        return ExitFailure;
    }
    const DailyBackupOutcome& outcome = done.value();
    if (context.options.json) {
        printJson(QJsonObject { { u"written"_s,
                                    outcome.written.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(outcome.written) },
            { u"bytes"_s, outcome.bytes }, { u"database_bytes"_s, outcome.databaseBytes },
            { u"removed"_s, QJsonArray::fromStringList(outcome.removed) } });
        return ExitSuccess;
    }
    if (outcome.written.isEmpty()) {
        printLine(QCoreApplication::translate("fd::Cli",
            "Nothing to do: today's backup is already written, or automatic backups are off."));
    } else {
        printLine(
            QCoreApplication::translate("fd::Cli", "Today's backup: %1 (%2; the database %3).")
                .arg(outcome.written, QLocale().formattedDataSize(outcome.bytes),
                    QLocale().formattedDataSize(outcome.databaseBytes)));
    }
    for (const QString& removed : outcome.removed) {
        printLine(QCoreApplication::translate("fd::Cli", "Removed %1 (past the keeping rule).")
                      .arg(removed));
    }
    return ExitSuccess;
}

int runBackups(CliContext& context)
{
    if (!context.database->isSqlite()) {
        printError(notAFile().message());
        return ExitFailure;
    }
    BackupService backups(*context.session);
    Result<BackupSettings> current = backups.settings();
    if (!current.ok()) {
        printError(current.error());
        return ExitFailure;
    }
    BackupSettings settings = current.value();
    if (context.options.keepDays) {
        bool ok = false;
        settings.keepDays = context.options.keepDays->toInt(&ok);
        if (!ok || settings.keepDays < 0 || settings.keepDays > BackupSettings::kMaxKeepDays) {
            printError(QCoreApplication::translate(
                "fd::Cli", "--keep-days takes a whole number from 0 to %1.")
                           .arg(BackupSettings::kMaxKeepDays));
            return ExitUsage;
        }
    }
    if (context.options.folder)
        settings.folder = *context.options.folder;
    if (context.options.keepDays || context.options.folder) {
        const Status saved = backups.setSettings(settings);
        if (!saved.ok()) {
            printError(saved.error());
            return ExitFailure;
        }
    }
    Result<QList<DailyBackup>> existing = backups.dailyBackups();
    if (!existing.ok()) {
        printError(existing.error());
        return ExitFailure;
    }
    const QString folder = backups.folder(settings);
    qint64 total = 0;
    for (const DailyBackup& backup : existing.value())
        total += backup.bytes;
    if (context.options.json) {
        QJsonArray files;
        for (const DailyBackup& backup : existing.value()) {
            files.append(QJsonObject { { u"date"_s, backup.date.toString(Qt::ISODate) },
                { u"path"_s, backup.path }, { u"bytes"_s, backup.bytes },
                { u"compressed"_s, backup.compressed } });
        }
        printJson(QJsonObject { { u"folder"_s, folder }, { u"keep_days"_s, settings.keepDays },
            { u"monthly_kept"_s, BackupSettings::kMonthlyKept }, { u"total_bytes"_s, total },
            { u"backups"_s, files } });
        return ExitSuccess;
    }
    if (settings.keepDays == 0) {
        printLine(QCoreApplication::translate(
            "fd::Cli", "Automatic daily backups are off (--keep-days 0)."));
    } else {
        printLine(QCoreApplication::translate("fd::Cli",
            "A backup a day goes to %1 and is kept for %2 days, and the last of each of the "
            "last %3 months.")
                      .arg(folder, QString::number(settings.keepDays),
                          QString::number(BackupSettings::kMonthlyKept)));
    }
    printLine(
        QCoreApplication::translate("fd::Cli", "Backups kept: %1, taking %2 on the disk.")
            .arg(QString::number(existing.value().size()), QLocale().formattedDataSize(total)));
    QList<QStringList> rows;
    for (const DailyBackup& backup : existing.value()) {
        rows.append({ backup.date.toString(Qt::ISODate), backup.path,
            QLocale().formattedDataSize(backup.bytes) });
    }
    if (!rows.isEmpty()) {
        printTable({ QCoreApplication::translate("fd::Cli", "date"),
                       QCoreApplication::translate("fd::Cli", "file"),
                       QCoreApplication::translate("fd::Cli", "size") },
            rows);
    }
    return ExitSuccess;
}

} // namespace fd
