#include "sqlitefile.h"

#include "storage/database.h"
#include "storage/sqlitefailure.h"

#include <QFile>
#include <sqlite3.h>

namespace fd {

Result<std::unique_ptr<SqliteFile>> SqliteFile::open(const QString& path, Mode mode)
{
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
        : mode == Mode::ReadWrite            ? SQLITE_OPEN_READWRITE
                                             : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    sqlite3* handle = nullptr;
    const int opened
        = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    if (opened != SQLITE_OK) {
        const QString reason
            = handle ? describeSqliteFailure(handle) : describeSqliteFailure(opened, QString());
        sqlite3_close_v2(handle);
        return Error(reason);
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, Database::kBusyTimeoutMs);
    return std::unique_ptr<SqliteFile>(new SqliteFile(handle, path));
}

SqliteFile::~SqliteFile()
{
    sqlite3_close_v2(m_handle);
}

Status SqliteFile::exec(const char* sql)
{
    if (sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error(describeSqliteFailure(m_handle));
    return Status::success();
}

Result<QString> SqliteFile::text(const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return Error(describeSqliteFailure(m_handle));
    QString value;
    const int step = sqlite3_step(statement);
    if (step == SQLITE_ROW) {
        value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    }
    const bool failed = step != SQLITE_ROW && step != SQLITE_DONE;
    const QString error = failed ? describeSqliteFailure(m_handle) : QString();
    sqlite3_finalize(statement);
    if (failed)
        return Error(error);
    return value;
}

Result<QList<QStringList>> SqliteFile::rows(const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return Error(describeSqliteFailure(m_handle));
    QList<QStringList> found;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        QStringList row;
        for (int column = 0; column < sqlite3_column_count(statement); ++column) {
            row.append(QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(statement, column))));
        }
        found.append(row);
    }
    const QString error = step != SQLITE_DONE ? describeSqliteFailure(m_handle) : QString();
    sqlite3_finalize(statement);
    if (step != SQLITE_DONE)
        return Error(error);
    return found;
}

Result<QString> SqliteFile::check(bool quick)
{
    // One problem is enough to refuse a file, and a damaged file can list millions.
    Result<QString> verdict = text(quick ? "PRAGMA quick_check(1)" : "PRAGMA integrity_check(1)");
    if (!verdict.ok() && isSqliteDamage(sqlite3_extended_errcode(m_handle)))
        return QString::fromUtf8(sqlite3_errmsg(m_handle));
    return verdict;
}

} // namespace fd
