#include "databaserestore.h"

#include "storage/backupfile.h"
#include "storage/database.h"
#include "storage/durablefile.h"
#include "storage/sqlitebackup.h"
#include "storage/sqlitefailure.h"
#include "storage/sqlitefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QString keptAsPath(const QString& livePath)
{
    const QFileInfo live(livePath);
    const QString stem = live.dir().filePath(live.completeBaseName() + u"-before-restore-"_s
        + QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmmss"_s));
    QString candidate = stem + u".db"_s;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = stem + u"-%1.db"_s.arg(n);
    return candidate;
}

// The database as it is, before it is replaced: a checked copy when SQLite can read it,
// else its raw files (a damaged database is still someone's data).
Status keepAside(const QString& livePath, const QString& keptAs)
{
    Status copied = [&]() -> Status {
        FD_TRY_ASSIGN(std::unique_ptr<SqliteFile> live,
            SqliteFile::open(livePath, SqliteFile::Mode::ReadWrite));
        return writeDatabaseCopy(live->handle(), keptAs, copyPermissionsOf(livePath));
    }();
    if (copied.ok())
        return copied;
    for (const QString& suffix : { QString(), u"-wal"_s }) {
        if (!QFileInfo::exists(livePath + suffix))
            continue;
        QFile::remove(keptAs + suffix);
        QFile source(livePath + suffix);
        if (!source.copy(keptAs + suffix)) {
            return Error(QCoreApplication::translate("fd::Backup", "Cannot copy “%1” to “%2”: %3")
                             .arg(livePath + suffix, keptAs + suffix, source.errorString()));
        }
        // Never more readable than the database it was (SPEC §16).
        if (!QFile::setPermissions(keptAs + suffix, copyPermissionsOf(livePath))) {
            return Error(QCoreApplication::translate("fd::Backup", "Cannot make “%1” private.")
                             .arg(keptAs + suffix));
        }
        FD_TRY(syncFile(keptAs + suffix));
    }
    return syncFolder(QFileInfo(keptAs).absolutePath());
}

// Copies `stagingPath` over the contents of the database at `livePath` in one write
// transaction. `damaged` tells whether the failure was the live file's damage.
Status copyInto(const QString& stagingPath, const QString& livePath, bool& damaged)
{
    damaged = false;
    Result<std::unique_ptr<SqliteFile>> live
        = SqliteFile::open(livePath, SqliteFile::Mode::ReadWrite);
    if (!live.ok())
        return Error(live.error());
    sqlite3* destination = live.value()->handle();
    // Pragmas read the schema: a live file damaged there fails here, and is then replaced
    // whole rather than written into.
    auto liveFailed = [&]() -> Status {
        damaged = isSqliteDamage(sqlite3_extended_errcode(destination));
        return Error(describeSqliteFailure(destination));
    };
    if (!live.value()->exec("PRAGMA synchronous = FULL").ok())
        return liveFailed();
    // A WAL database only takes pages of its own size: a backup of another page size is
    // rewritten to it first.
    Result<QString> livePageSize = live.value()->text("PRAGMA page_size");
    Result<QString> liveMode = live.value()->text("PRAGMA journal_mode");
    if (!livePageSize.ok() || !liveMode.ok())
        return liveFailed();
    {
        Result<std::unique_ptr<SqliteFile>> staging
            = SqliteFile::open(stagingPath, SqliteFile::Mode::ReadWrite);
        if (!staging.ok())
            return Error(staging.error());
        FD_TRY_ASSIGN(QString pageSize, staging.value()->text("PRAGMA page_size"));
        if (pageSize != livePageSize.value() && liveMode.value() == u"wal"_s) {
            FD_TRY(staging.value()->exec("PRAGMA journal_mode = DELETE"));
            const QByteArray setSize = "PRAGMA page_size = " + livePageSize.value().toLatin1();
            FD_TRY(staging.value()->exec(setSize.constData()));
            FD_TRY(staging.value()->exec("VACUUM"));
        }
    }
    FD_TRY_ASSIGN(std::unique_ptr<SqliteFile> staging,
        SqliteFile::open(stagingPath, SqliteFile::Mode::ReadOnly));
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", staging->handle(), "main");
    if (!backup)
        return liveFailed();
    // One step: the whole copy is one write transaction of the live database, which waits
    // for another writer up to the busy timeout and then gives up without a change.
    const int step = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE) {
        damaged = isSqliteDamage(step);
        return Error(describeSqliteFailure(step, QString::fromUtf8(sqlite3_errstr(step))));
    }
    (void)live.value()->exec("PRAGMA wal_checkpoint(PASSIVE)");
    return Status::success();
}

// The schema objects of a FiberDesk database (its tables, indexes, triggers and views with
// their SQL), SQLite's own objects left out.
Result<QList<QStringList>> schemaOf(SqliteFile& file)
{
    return file.rows("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
                     "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name");
}

// A schema object's kind ("table", "index", "trigger", "view") in words.
QString kindName(const QString& type)
{
    if (type == u"table"_s)
        return QCoreApplication::translate("fd::Backup", "table");
    if (type == u"index"_s)
        return QCoreApplication::translate("fd::Backup", "index");
    if (type == u"trigger"_s)
        return QCoreApplication::translate("fd::Backup", "trigger");
    if (type == u"view"_s)
        return QCoreApplication::translate("fd::Backup", "view");
    return type;
}

} // namespace

Status checkOwnSchema(const QString& path)
{
    FD_TRY_ASSIGN(
        std::unique_ptr<SqliteFile> file, SqliteFile::open(path, SqliteFile::Mode::ReadOnly));
    FD_TRY_ASSIGN(QString stamped,
        file->text("SELECT value FROM fiberdesk_meta WHERE key = 'schema_version'"));
    const int version = stamped.toInt();
    FD_TRY_ASSIGN(QList<QStringList> found, schemaOf(*file));

    // FiberDesk's own schema of that version, made from nothing by the same migrations.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return Error(QCoreApplication::translate(
            "fd::Backup", "Cannot make a temporary folder to check the backup's schema."));
    }
    const QString referencePath = scratch.filePath(u"reference.db"_s);
    {
        FD_TRY_ASSIGN(DatabaseLocation location, DatabaseLocation::parse(referencePath));
        FD_TRY_ASSIGN(std::unique_ptr<Database> reference, Database::openRaw(location));
        FD_TRY(reference->upgradeTo(version));
    }
    FD_TRY_ASSIGN(std::unique_ptr<SqliteFile> referenceFile,
        SqliteFile::open(referencePath, SqliteFile::Mode::ReadOnly));
    FD_TRY_ASSIGN(QList<QStringList> expected, schemaOf(*referenceFile));

    QStringList foreign;
    for (const QStringList& object : found) {
        if (expected.contains(object))
            continue;
        const bool sameName = std::any_of(expected.cbegin(), expected.cend(),
            [&](const QStringList& own) { return own.mid(0, 2) == object.mid(0, 2); });
        foreign.append(sameName ? QCoreApplication::translate("fd::Backup", "%1 “%2” changed")
                                      .arg(object.value(0), object.value(1))
                                : QCoreApplication::translate("fd::Backup", "%1 “%2” added")
                                      .arg(object.value(0), object.value(1)));
    }
    for (const QStringList& own : expected) {
        const bool present = std::any_of(found.cbegin(), found.cend(),
            [&](const QStringList& object) { return object.mid(0, 2) == own.mid(0, 2); });
        if (!present) {
            foreign.append(QCoreApplication::translate("fd::Backup", "%1 “%2” missing")
                               .arg(kindName(own.value(0)), own.value(1)));
        }
    }
    if (foreign.isEmpty())
        return Status::success();
    constexpr qsizetype kNamed = 5;
    QString named = foreign.mid(0, kNamed).join(u"; "_s);
    if (foreign.size() > kNamed) {
        named += QCoreApplication::translate("fd::Backup", "; differences in all: %1")
                     .arg(foreign.size());
    }
    return Error(QCoreApplication::translate("fd::Backup",
        "“%1” does not have FiberDesk's own schema (version %2): %3. A backup with objects "
        "FiberDesk did not create (a trigger, a view, a table) is not restored.")
                     .arg(path, QString::number(version), named));
}

Result<RestoreOutcome> restoreDatabaseFile(const QString& backupPath, const QString& livePath)
{
    auto refuse = [](const QString& reason) -> Error {
        return Error(
            QCoreApplication::translate("fd::Backup", "%1 Nothing was restored.").arg(reason));
    };
    const QFileInfo backupInfo(backupPath);
    const QFileInfo liveInfo(livePath);
    if (backupInfo.exists() && liveInfo.exists()
        && backupInfo.canonicalFilePath() == liveInfo.canonicalFilePath()) {
        return refuse(QCoreApplication::translate(
            "fd::Backup", "“%1” is the database itself, not a backup of it.")
                          .arg(backupPath));
    }
    RestoreOutcome outcome;
    const bool compressed = isCompressedBackup(backupPath);
    if (!compressed) {
        Result<int> version = inspectDatabaseFile(backupPath, false);
        if (!version.ok())
            return refuse(version.error());
    }
    if (!QDir().mkpath(liveInfo.absolutePath())) {
        return refuse(QCoreApplication::translate("fd::Backup", "Cannot create the folder “%1”.")
                          .arg(liveInfo.absolutePath()));
    }

    // 1. The copy that will be installed, checked in full and upgraded where it lies. It is
    //    never more readable than the database it replaces (SPEC §16).
    const QFileDevice::Permissions permissions = copyPermissionsOf(livePath);
    const QString staging = livePath + u".restoring"_s;
    removeSqliteFiles(staging);
    const auto cleanup = qScopeGuard([&] { removeSqliteFiles(staging); });
    if (compressed) {
        // Every frame's checksum and the size its metadata names, as it is unpacked.
        const Status unpacked = checkCompressedBackup(backupPath, staging, permissions);
        if (!unpacked.ok())
            return refuse(unpacked.error());
    } else {
        Result<std::unique_ptr<SqliteFile>> source
            = SqliteFile::open(backupPath, SqliteFile::Mode::ReadOnly);
        if (!source.ok())
            return refuse(source.error());
        const Status copied = writeDatabaseCopy(source.value()->handle(), staging, permissions);
        if (!copied.ok())
            return refuse(copied.error());
    }
    {
        Result<int> version = inspectDatabaseFile(staging, false);
        if (!version.ok()) {
            return refuse(compressed ? QCoreApplication::translate(
                              "fd::Backup", "“%1” does not hold a usable FiberDesk database: %2")
                                           .arg(backupPath, version.error())
                                     : version.error());
        }
        outcome.backupSchemaVersion = version.value();
    }
    {
        Result<std::unique_ptr<SqliteFile>> copy
            = SqliteFile::open(staging, SqliteFile::Mode::ReadOnly);
        if (!copy.ok())
            return refuse(copy.error());
        Result<QString> verdict = copy.value()->check(false);
        if (!verdict.ok())
            return refuse(verdict.error());
        if (verdict.value() != u"ok"_s) {
            return refuse(QCoreApplication::translate("fd::Backup", "“%1” is damaged (%2).")
                              .arg(backupPath, verdict.value()));
        }
    }
    // Before anything of it runs (the upgrade would fire its triggers): FiberDesk's own
    // schema of its version and nothing else (SPEC §16).
    if (const Status own = checkOwnSchema(staging); !own.ok())
        return refuse(QString(own.error()).replace(staging, backupPath));
    {
        Result<DatabaseLocation> location = DatabaseLocation::parse(staging);
        if (!location.ok())
            return refuse(location.error());
        Result<std::unique_ptr<Database>> upgraded
            = Database::open(location.value(), Database::OpenMode::ExistingOnly);
        if (!upgraded.ok())
            return refuse(upgraded.error());
        Result<int> now = upgraded.value()->schemaVersion();
        if (!now.ok())
            return refuse(now.error());
        outcome.schemaVersion = now.value();
    } // closed: its WAL is checkpointed into the file

    const DatabaseFileKind liveKind = classifyDatabaseFile(livePath);
    if (liveKind == DatabaseFileKind::Missing) {
        const Status placed = replaceFile(staging, livePath);
        if (!placed.ok())
            return refuse(placed.error());
        return outcome;
    }
    if (liveKind == DatabaseFileKind::Folder || liveKind == DatabaseFileKind::NotRegular
        || liveKind == DatabaseFileKind::Unreadable)
        return refuse(describeDatabaseFileKind(liveKind, livePath));

    // 2. What is there now is kept.
    outcome.keptAs = keptAsPath(livePath);
    const Status kept = keepAside(livePath, outcome.keptAs);
    if (!kept.ok()) {
        return refuse(QCoreApplication::translate(
            "fd::Backup", "The database as it is could not be kept aside: %1")
                          .arg(kept.error()));
    }

    // 3. The contents replaced in one transaction; a file SQLite cannot use is replaced whole.
    bool damaged
        = liveKind != DatabaseFileKind::FiberDesk && liveKind != DatabaseFileKind::OtherSqlite;
    if (!damaged) {
        const Status installed = copyInto(staging, livePath, damaged);
        if (installed.ok())
            return outcome;
        if (!damaged)
            return refuse(installed.error());
    }
    QFile::remove(livePath + u"-wal"_s);
    QFile::remove(livePath + u"-shm"_s);
    const Status placed = replaceFile(staging, livePath);
    if (!placed.ok())
        return refuse(placed.error());
    return outcome;
}

} // namespace fd
