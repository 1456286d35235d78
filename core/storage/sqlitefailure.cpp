#include "sqlitefailure.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace fd {

QString describeSqliteFailure(int resultCode, const QString& detail)
{
    const QString said = detail.trimmed();
    // Extended codes (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT, ...) share their low byte
    // with the primary code, which is all the sentence depends on.
    // SQLite grows its -shm file when it opens a WAL database; on a full disk that fails
    // as a disk error, but the disk is simply full.
    if (resultCode == SQLITE_IOERR_SHMSIZE)
        resultCode = SQLITE_FULL;
    switch (resultCode & 0xFF) {
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return QCoreApplication::translate("fd::Database",
            "The database cannot be changed: its file, its folder or its disk is read-only, so "
            "nothing was saved. (%1)")
            .arg(said);
    case SQLITE_FULL:
        return QCoreApplication::translate("fd::Database",
            "The disk that holds the database is full, so nothing was saved. Free some space "
            "and try again. (%1)")
            .arg(said);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("fd::Database",
            "Another program has kept the database locked for more than %1 seconds, so "
            "nothing was saved. Try again when it has finished. (%2)")
            .arg(QString::number(Database::kBusyTimeoutMs / 1000), said);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("fd::Database",
            "The database file is damaged (%1). Nothing was changed; restore the latest "
            "backup with “fiberdesk-cli restore FILE”.")
            .arg(said);
    case SQLITE_IOERR:
        return QCoreApplication::translate("fd::Database",
            "The disk reported an error while reading or writing the database, so nothing was "
            "changed. (%1)")
            .arg(said);
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("fd::Database",
            "The database file cannot be opened: check that it and its folder exist and may "
            "be read and written (SQLite keeps working files beside it). (%1)")
            .arg(said);
    default:
        return QCoreApplication::translate("fd::Database", "The database reported an error: %1")
            .arg(said);
    }
}

QString describeSqliteFailure(sqlite3* handle)
{
    return describeSqliteFailure(
        sqlite3_extended_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle)));
}

bool isSqliteDamage(int resultCode)
{
    const int primary = resultCode & 0xFF;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

} // namespace fd
