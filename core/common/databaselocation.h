#pragma once

#include "common/result.h"

#include <QString>

namespace fd {

// Where a database lives: an embedded SQLite file (the default) or, for sites with many
// desks, a PostgreSQL server named by a postgresql:// URL.
struct DatabaseLocation
{
    enum class Engine
    {
        Sqlite,
        Postgres
    };

    Engine engine = Engine::Sqlite;
    QString filePath; // SQLite
    QString host, user, password, databaseName; // PostgreSQL
    int port = 5432;

    static Result<DatabaseLocation> parse(const QString& text);
    QString displayName() const; // never shows a password
};

} // namespace fd
