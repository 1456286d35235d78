#include "sqlitefailure.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <sqlite3.h>

namespace fd {

Q_LOGGING_CATEGORY(lcDatabase, "fd.database", QtCriticalMsg)

QString describeSqliteFailure(int resultCode, const QString& detail)
{
    // SQLite's own words are English and name tables and columns: they go to the log
    // (QT_LOGGING_RULES="fd.database.warning=true" shows them), never into the translated
    // sentence the person at the desk reads (issue 14, finding 12).
    qCWarning(lcDatabase, "SQLite failure %d: %s", resultCode, qUtf8Printable(detail.trimmed()));
    const QString code = QString::number(resultCode);
    // Extended codes (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT, ...) share their low byte
    // with the primary code, which is all the sentence depends on.
    // SQLite grows its -shm file when it opens a WAL database; on a full disk that fails
    // as a disk error, but the disk is simply full.
    if (resultCode == SQLITE_IOERR_SHMSIZE)
        resultCode = SQLITE_FULL;
    switch (resultCode) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        return QCoreApplication::translate("fd::Database",
            "The database refused the change: a record with the same key is already there, so "
            "nothing was saved.");
    case SQLITE_CONSTRAINT_FOREIGNKEY:
        return QCoreApplication::translate("fd::Database",
            "The database refused the change: it names a record that does not exist, or removes "
            "one that others still name, so nothing was saved.");
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
        return QCoreApplication::translate("fd::Database",
            "The database refused the change: a value is missing or outside what the record "
            "allows, so nothing was saved.");
    default:
        break;
    }
    switch (resultCode & 0xFF) {
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return QCoreApplication::translate("fd::Database",
            "The database cannot be changed: its file, its folder or its disk is read-only, so "
            "nothing was saved.");
    case SQLITE_FULL:
        return QCoreApplication::translate("fd::Database",
            "The disk that holds the database is full, so nothing was saved. Free some space "
            "and try again.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("fd::Database",
            "Another program has kept the database locked for more than %1 seconds, so "
            "nothing was saved. Try again when it has finished.")
            .arg(QString::number(Database::kBusyTimeoutMs / 1000));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("fd::Database",
            "The database file is damaged (SQLite code %1). Nothing was changed; restore the "
            "latest backup with “fiberdesk-cli restore FILE”.")
            .arg(code);
    case SQLITE_IOERR:
        return QCoreApplication::translate("fd::Database",
            "The disk reported an error while reading or writing the database, so nothing was "
            "changed.");
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("fd::Database",
            "The database file cannot be opened: check that it and its folder exist and may "
            "be read and written (SQLite keeps working files beside it).");
    case SQLITE_CONSTRAINT:
        return QCoreApplication::translate("fd::Database",
            "The database refused the change as breaking one of its rules, so nothing was "
            "saved.");
    case SQLITE_NOMEM:
    case SQLITE_TOOBIG:
        return QCoreApplication::translate("fd::Database",
            "The database ran out of memory or met a value too large, so nothing was saved.");
    case SQLITE_SCHEMA:
    case SQLITE_ERROR:
        return QCoreApplication::translate("fd::Database",
            "The database does not have the layout this FiberDesk expects (SQLite code %1): "
            "was it changed by another program? Nothing was saved.")
            .arg(code);
    default:
        return QCoreApplication::translate("fd::Database",
            "The database reported error %1, so nothing was saved. The program's log has "
            "SQLite's own words.")
            .arg(code);
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
