#include "sqlitebackup.h"

#include "storage/database.h"
#include "storage/durablefile.h"
#include "storage/sqlitefailure.h"
#include "storage/sqlitefile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
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

Status writeDatabaseCopy(sqlite3* source, const QString& target,
    QFileDevice::Permissions permissions, const FileProgress& progress)
{
    const QString partial = target + u".partial"_s;
    removeSqliteFiles(partial); // left by a run that was interrupted
    auto fail = [&](const QString& reason) -> Status {
        removeSqliteFiles(partial);
        return Error(QCoreApplication::translate("fd::Backup", "Cannot write the backup “%1”: %2")
                         .arg(target, reason));
    };
    {
        // Made empty with the copy's permissions first: SQLite would create it readable by all.
        const Status made = createFileWith(partial, permissions);
        if (!made.ok())
            return fail(made.error());
        Result<std::unique_ptr<SqliteFile>> copy
            = SqliteFile::open(partial, SqliteFile::Mode::Create);
        if (!copy.ok())
            return fail(copy.error());
        sqlite3* destination = copy.value()->handle();
        // One read transaction of the source for the whole copy: every step reads the same
        // snapshot, so the copy is consistent and is not started over when another
        // connection commits (in WAL mode writers go on meanwhile). The steps let the copy
        // report its progress and be stopped.
        const bool ownTransaction = sqlite3_get_autocommit(source) != 0;
        if (ownTransaction) {
            QElapsedTimer waited;
            waited.start();
            int begun = SQLITE_OK;
            do {
                begun = sqlite3_exec(
                    source, "BEGIN; SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
                if (isBusy(begun)) {
                    sqlite3_exec(source, "ROLLBACK", nullptr, nullptr, nullptr);
                    sqlite3_sleep(20);
                }
            } while (isBusy(begun) && waited.elapsed() < Database::kBusyTimeoutMs);
            if (begun != SQLITE_OK) {
                const QString reason = describeSqliteFailure(source);
                if (!sqlite3_get_autocommit(source))
                    sqlite3_exec(source, "ROLLBACK", nullptr, nullptr, nullptr);
                return fail(reason);
            }
        }
        const auto endRead = qScopeGuard([&] {
            if (ownTransaction && !sqlite3_get_autocommit(source))
                sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr);
        });
        sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
        if (!backup)
            return fail(describeSqliteFailure(destination));
        constexpr int kPagesPerStep = 1024; // 4 MiB of 4 KiB pages
        QElapsedTimer waited;
        waited.start();
        int step = SQLITE_OK;
        bool stopped = false;
        do {
            step = sqlite3_backup_step(backup, kPagesPerStep);
            if (isBusy(step)) {
                sqlite3_sleep(20);
                continue;
            }
            waited.restart(); // the busy timeout counts from the last step that moved
            const int total = sqlite3_backup_pagecount(backup);
            if ((step == SQLITE_OK || step == SQLITE_DONE) && progress && total > 0
                && !progress(1.0 - double(sqlite3_backup_remaining(backup)) / double(total))) {
                stopped = true;
                break;
            }
        } while (
            step == SQLITE_OK || (isBusy(step) && waited.elapsed() < Database::kBusyTimeoutMs));
        sqlite3_backup_finish(backup);
        if (stopped) {
            removeSqliteFiles(partial);
            return Error(QCoreApplication::translate("fd::Backup", "stopped"));
        }
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

Status writeCompressedBackup(sqlite3* source, const QString& target, BackupMetadata metadata,
    QFileDevice::Permissions permissions, const FileProgress& progress)
{
    // Three passes, weighted by what they cost: the snapshot, its compression, the check.
    const auto share = [&](double from, double width) -> FileProgress {
        if (!progress)
            return {};
        return [&progress, from, width](double done) { return progress(from + width * done); };
    };
    const QString snapshot = target + u".snapshot"_s;
    const QString partial = target + u".partial"_s;
    QFile::remove(partial); // left by a run that was interrupted
    const auto cleanup = qScopeGuard([&] {
        removeSqliteFiles(snapshot);
        QFile::remove(partial);
    });
    FD_TRY(writeDatabaseCopy(source, snapshot, permissions, share(0.0, 0.5)));
    metadata.bytes = QFileInfo(snapshot).size();
    const auto fail = [&](const QString& reason) -> Status {
        return Error(QCoreApplication::translate("fd::Backup", "Cannot write the backup “%1”: %2")
                         .arg(target, reason));
    };
    const Status compressed
        = compressDatabaseFile(snapshot, partial, metadata, permissions, share(0.5, 0.35));
    if (!compressed.ok())
        return fail(compressed.error());
    removeSqliteFiles(snapshot);
    FD_TRY(syncFile(partial));
    // Read back from the disk before it takes its name: every frame's checksum and the size.
    const Status checked = checkCompressedBackup(partial, {}, {}, share(0.85, 0.15));
    if (!checked.ok())
        return fail(checked.error());
    return replaceFile(partial, target);
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
    FD_TRY_ASSIGN(
        std::unique_ptr<SqliteFile> opened, SqliteFile::open(path, SqliteFile::Mode::ReadOnly));
    SqliteFile& file = *opened;
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
        FD_TRY_ASSIGN(QString verdict, file.check(false));
        if (verdict != u"ok"_s) {
            return Error(QCoreApplication::translate("fd::Backup", "“%1” is damaged (%2).")
                             .arg(path, verdict));
        }
    }
    return version;
}

} // namespace fd
