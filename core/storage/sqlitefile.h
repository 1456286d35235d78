#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

struct sqlite3;

namespace fd {

// A plain SQLite connection to a file, outside Qt's driver: backups and restores work on
// files that are not (or not yet) a FiberDesk database the program has opened.
class SqliteFile
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        Create
    };

    static Result<std::unique_ptr<SqliteFile>> open(const QString& path, Mode mode);
    ~SqliteFile();
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    sqlite3* handle() const { return m_handle; }
    const QString& path() const { return m_path; }

    Status exec(const char* sql);
    // The first column of the first row as text; an empty string when there is no row.
    Result<QString> text(const char* sql);
    // Every row, each column as text (NULL as an empty string).
    Result<QList<QStringList>> rows(const char* sql);
    // PRAGMA integrity_check (or quick_check): "ok", or the first problem SQLite found.
    Result<QString> check(bool quick);

private:
    SqliteFile(sqlite3* handle, QString path)
        : m_handle(handle)
        , m_path(std::move(path))
    { }

    sqlite3* m_handle;
    QString m_path;
};

} // namespace fd
