#include "sqlitebackup.h"

#include "storage/database.h"
#include "storage/durablefile.h"
#include "storage/sqlitefailure.h"
#include "storage/sqlitefile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

bool isBusy(int code)
{
    const int primary = code & 0xFF;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

} // namespace

Status writeDatabaseCopy(sqlite3* source, const QString& target)
{
    const QString partial = target + u".partial"_s;
    removeSqliteFiles(partial); // left by a run that was interrupted
    auto fail = [&](const QString& reason) -> Status {
        removeSqliteFiles(partial);
        return Error(QCoreApplication::translate("fd::Backup", "Cannot write the backup “%1”: %2")
                         .arg(target, reason));
    };
    {
        Result<std::unique_ptr<SqliteFile>> copy
            = SqliteFile::open(partial, SqliteFile::Mode::Create);
        if (!copy.ok())
            return fail(copy.error());
        sqlite3* destination = copy.value()->handle();
        sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
        if (!backup)
            return fail(describeSqliteFailure(destination));
        // All pages in one step: a step of part of them lets a writer in between, and the
        // backup would start over after each of its commits.
        QElapsedTimer waited;
        waited.start();
        int step = SQLITE_OK;
        do {
            step = sqlite3_backup_step(backup, -1);
            if (isBusy(step))
                sqlite3_sleep(20);
        } while (isBusy(step) && waited.elapsed() < Database::kBusyTimeoutMs);
        sqlite3_backup_finish(backup);
        if (step != SQLITE_DONE)
            return fail(
                describeSqliteFailure(step, QString::fromUtf8(sqlite3_errmsg(destination))));
    }
    {
        // The pages came with the live file's header, which names WAL mode: reopened, the
        // copy becomes one self-contained file that can be mailed or kept on read-only media.
        Result<std::unique_ptr<SqliteFile>> copy
            = SqliteFile::open(partial, SqliteFile::Mode::ReadWrite);
        if (!copy.ok())
            return fail(copy.error());
        const Status single = copy.value()->exec("PRAGMA journal_mode = DELETE");
        if (!single.ok())
            return fail(single.error());
        Result<QString> verdict = copy.value()->check(true);
        if (!verdict.ok())
            return fail(verdict.error());
        if (verdict.value() != u"ok"_s) {
            return fail(QCoreApplication::translate("fd::Backup",
                "the database is damaged (%1); restore an earlier backup rather than copy it")
                            .arg(verdict.value()));
        }
    }
    const Status synced = syncFile(partial);
    if (!synced.ok())
        return fail(synced.error());
    const Status renamed = replaceFile(partial, target);
    if (!renamed.ok())
        return fail(renamed.error());
    return Status::success();
}

DatabaseFileKind classifyDatabaseFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return DatabaseFileKind::Missing;
    if (info.isDir())
        return DatabaseFileKind::Folder;
    if (!info.isFile())
        return DatabaseFileKind::NotRegular;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DatabaseFileKind::Unreadable;
    // SQLite's file header: a 16-byte magic string, the application_id at offset 68.
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return DatabaseFileKind::Empty;
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return DatabaseFileKind::NotSqlite;
    const quint32 applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    if (applicationId != quint32(Database::kSqliteApplicationId))
        return DatabaseFileKind::OtherSqlite;
    return DatabaseFileKind::FiberDesk;
}

QString describeDatabaseFileKind(DatabaseFileKind kind, const QString& path)
{
    switch (kind) {
    case DatabaseFileKind::Missing:
        return QCoreApplication::translate("fd::Backup", "There is no file “%1”.").arg(path);
    case DatabaseFileKind::Folder:
        return QCoreApplication::translate("fd::Backup", "“%1” is a folder, not a database file.")
            .arg(path);
    case DatabaseFileKind::NotRegular:
        return QCoreApplication::translate(
            "fd::Backup", "“%1” is not a regular file (a device or a pipe).")
            .arg(path);
    case DatabaseFileKind::Unreadable:
        return QCoreApplication::translate("fd::Backup", "“%1” cannot be read.").arg(path);
    case DatabaseFileKind::Empty:
        return QCoreApplication::translate(
            "fd::Backup", "“%1” is empty; it is not a FiberDesk database.")
            .arg(path);
    case DatabaseFileKind::NotSqlite:
        return QCoreApplication::translate(
            "fd::Backup", "“%1” is not a FiberDesk database: it is not an SQLite database file.")
            .arg(path);
    case DatabaseFileKind::OtherSqlite:
        return QCoreApplication::translate("fd::Backup",
            "“%1” is not a FiberDesk database: it is an SQLite database of another program.")
            .arg(path);
    case DatabaseFileKind::FiberDesk:
        break;
    }
    return {};
}

Result<int> inspectDatabaseFile(const QString& path, bool checkIntegrity)
{
    const DatabaseFileKind kind = classifyDatabaseFile(path);
    if (kind != DatabaseFileKind::FiberDesk)
        return Error(describeDatabaseFileKind(kind, path));
    Result<std::unique_ptr<SqliteFile>> opened = SqliteFile::open(path, SqliteFile::Mode::ReadOnly);
    if (!opened.ok())
        return Error(opened.error());
    SqliteFile& file = *opened.value();
    Result<QString> stamped
        = file.text("SELECT value FROM fiberdesk_meta WHERE key = 'schema_version'");
    if (!stamped.ok()) {
        return Error(
            QCoreApplication::translate("fd::Backup", "“%1” is not a FiberDesk database (%2).")
                .arg(path, stamped.error()));
    }
    bool numeric = false;
    const int version = stamped.value().toInt(&numeric);
    if (!numeric || version <= 0) {
        return Error(
            QCoreApplication::translate("fd::Backup", "“%1” has no readable schema version.")
                .arg(path));
    }
    if (version > Database::latestSchemaVersion()) {
        return Error(QCoreApplication::translate("fd::Backup",
            "“%1” was written by a newer FiberDesk (schema version %2; this program knows "
            "versions up to %3). Update FiberDesk to use it.")
                         .arg(path)
                         .arg(version)
                         .arg(Database::latestSchemaVersion()));
    }
    if (checkIntegrity) {
        Result<QString> verdict = file.check(false);
        if (!verdict.ok())
            return Error(verdict.error());
        if (verdict.value() != u"ok"_s) {
            return Error(QCoreApplication::translate("fd::Backup", "“%1” is damaged (%2).")
                             .arg(path, verdict.value()));
        }
    }
    return version;
}

} // namespace fd
