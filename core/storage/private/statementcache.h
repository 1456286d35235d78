#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <list>

struct pg_conn; // libpq's PGconn

namespace fd {

class Database;

// libpq's connection under Qt's PostgreSQL driver; null on SQLite.
pg_conn* postgresConnection(const Database& database);

// "… = ? AND … = ?" → "… = $1 AND … = $2", leaving quoted text alone.
QString numberedPlaceholders(const QString& sql);

// Values as libpq's PQexecPrepared takes them, all as text but a QByteArray (binary): an
// invalid QVariant (or a typed null that is not a QString) is NULL, a null QString is '',
// booleans are 0/1 (sqlvalues.h), dates and instants ISO 8601.
struct PostgresValues
{
    explicit PostgresValues(const QVariantList& values);
    QList<QByteArray> texts;
    QList<const char*> pointers;
    QList<int> lengths;
    QList<int> formats;
};

// Statements kept prepared on one PostgreSQL connection, keyed by their text (issue 20).
//
// Qt's PostgreSQL driver prepares, executes and deallocates every statement it is given:
// three round trips for each query. Here a statement's text is parsed and planned by the
// server once per connection (PQprepare under a name of its own) and every later run with
// the same text is one round trip (PQexecPrepared). Each run's rows are read whole into a
// result of their own (as Qt's driver does for a query that is not forward-only), which the
// caller's QSqlQuery owns: the prepared statement holds no rows, so two live results of the
// same text, or a loop that runs other statements while it reads a result, never clobber
// one another, and no statement is ever "in use" between two runs.
//
// The cache belongs to its Database and lives as long as its connection. It forgets every
// name when the server session changes under it (another PGconn, another backend process:
// a reconnection) and deallocates them after a schema upgrade; a statement whose result's
// shape changed under it (SQLSTATE 0A000, "cached plan must not change result type") is
// prepared again once, outside a transaction. At most kCapacity texts are kept, the least
// recently used deallocated first, so that statements built with literal lists do not pile
// up on the server.
class StatementCache
{
public:
    static constexpr int kCapacity = 256;

    StatementCache() = default;
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // Runs `sql` (with ? placeholders) with `values` on the PostgreSQL connection of
    // `database`; the query is positioned before its first row.
    Result<QSqlQuery> run(const Database& database, const QString& sql, const QVariantList& values);

    // Deallocates every statement kept (after a schema change).
    void clear(const Database& database);

    // For tests and benches: statements parsed by the server (PQprepare calls) and runs
    // served by a statement already prepared, since this connection opened.
    qint64 prepares() const { return m_prepares; }
    qint64 hits() const { return m_hits; }
    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QString text;
        QByteArray name;
    };
    using Entries = std::list<Entry>; // most recently used first

    void forgetIfSessionChanged(void* connection, int backend);

    Entries m_entries;
    QHash<QString, Entries::iterator> m_byText;
    void* m_connection = nullptr;
    int m_backend = 0;
    quint64 m_nextName = 0;
    qint64 m_prepares = 0;
    qint64 m_hits = 0;
};

} // namespace fd
