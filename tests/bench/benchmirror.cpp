#include "benchmirror.h"

#include "private/sql.h"
#include "storage/sqlitehandle.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QUrl>
#include <cstdio>
#include <libpq-fe.h>
#include <map>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace fd::bench {

namespace {

QString serverUrl(const QString& database)
{
    QUrl url(benchServer());
    url.setPath(u'/' + database);
    return url.toString();
}

// libpq on its own connection: the copying and the administration, not FiberDesk's work.
class Connection
{
public:
    explicit Connection(const QString& url)
        : m_connection(PQconnectdb(url.toUtf8().constData()))
    {
        if (PQstatus(m_connection) != CONNECTION_OK)
            qFatal("cannot reach the bench server: %s", PQerrorMessage(m_connection));
    }
    ~Connection() { PQfinish(m_connection); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QByteArray run(const QByteArray& statement)
    {
        PGresult* result = PQexec(m_connection, statement.constData());
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_COPY_IN)
            qFatal("%s: %s", statement.constData(), PQresultErrorMessage(result));
        QByteArray first
            = PQntuples(result) > 0 ? QByteArray(PQgetvalue(result, 0, 0)) : QByteArray();
        PQclear(result);
        return first;
    }

    PGconn* handle() const { return m_connection; }

private:
    PGconn* m_connection;
};

void appendEscaped(QByteArray& line, const unsigned char* text, int size)
{
    for (int i = 0; i < size; ++i) {
        const char c = char(text[i]);
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

// Copies every row of `table` through COPY … FROM STDIN; returns how many.
qint64 copyTable(sqlite3* source, Connection& target, const QByteArray& table)
{
    QList<QByteArray> columns;
    {
        sqlite3_stmt* info = nullptr;
        sqlite3_prepare_v2(
            source, QByteArray("PRAGMA table_info(" + table + ")").constData(), -1, &info, nullptr);
        while (sqlite3_step(info) == SQLITE_ROW)
            columns.append(reinterpret_cast<const char*>(sqlite3_column_text(info, 1)));
        sqlite3_finalize(info);
    }
    const QByteArray list = columns.join(", ");
    target.run("COPY " + table + " (" + list + ") FROM STDIN");
    sqlite3_stmt* rows = nullptr;
    if (sqlite3_prepare_v2(
            source, QByteArray("SELECT " + list + " FROM " + table).constData(), -1, &rows, nullptr)
        != SQLITE_OK)
        qFatal("%s", sqlite3_errmsg(source));
    QByteArray chunk;
    qint64 copied = 0;
    while (sqlite3_step(rows) == SQLITE_ROW) {
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0)
                chunk += '\t';
            if (sqlite3_column_type(rows, i) == SQLITE_NULL)
                chunk += "\\N";
            else
                appendEscaped(chunk, sqlite3_column_text(rows, i), sqlite3_column_bytes(rows, i));
        }
        chunk += '\n';
        ++copied;
        if (chunk.size() > (1 << 20)) {
            PQputCopyData(target.handle(), chunk.constData(), int(chunk.size()));
            chunk.clear();
        }
    }
    sqlite3_finalize(rows);
    if (!chunk.isEmpty())
        PQputCopyData(target.handle(), chunk.constData(), int(chunk.size()));
    PQputCopyEnd(target.handle(), nullptr);
    PGresult* result = PQgetResult(target.handle());
    if (PQresultStatus(result) != PGRES_COMMAND_OK)
        qFatal("COPY %s: %s", table.constData(), PQresultErrorMessage(result));
    PQclear(result);
    while (PGresult* more = PQgetResult(target.handle()))
        PQclear(more);
    return copied;
}

BenchDatabase& openServerDatabase(const QString& name)
{
    // Never destroyed: the connections must not outlive QCoreApplication at exit.
    static auto& databases = *new std::map<QString, BenchDatabase>;
    BenchDatabase& entry = databases[name];
    entry.session.reset();
    entry.database.reset();
    Result<std::unique_ptr<Database>> opened
        = Database::open(DatabaseLocation::parse(serverUrl(name)).value());
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.error()));
    entry.database = std::move(opened).value();
    entry.session = std::make_unique<Session>(
        *entry.database, Actor { u"bench"_s, Role::Admin }, benchZone());
    entry.session->setClock([] { return benchNow(); });
    return entry;
}

void recreate(const QString& name)
{
    Connection admin(benchServer());
    admin.run("DROP DATABASE IF EXISTS " + name.toUtf8() + " WITH (FORCE)");
    admin.run("CREATE DATABASE " + name.toUtf8());
}

} // namespace

QString benchServer()
{
    return qEnvironmentVariable("FIBERDESK_BENCH_POSTGRES");
}

BenchDatabase& freshPostgres(const QString& name)
{
    recreate(name);
    return openServerDatabase(name);
}

BenchDatabase& postgresTwin(const QString& name, const BenchDatabase& sqlite)
{
    // What the twin was copied from, by its contents (the file's date moves at every close).
    QByteArray signature;
    for (const QString& table :
        { u"orders"_s, u"order_events"_s, u"callback_attempts"_s, u"complaints"_s, u"audit_log"_s })
        signature += table.toUtf8() + '='
            + scalar(*sqlite.database, u"SELECT COUNT(*) FROM "_s + table).value().toByteArray()
            + ';';
    {
        Connection admin(benchServer());
        const bool exists
            = !admin.run("SELECT 1 FROM pg_database WHERE datname = '" + name.toUtf8() + "'")
                   .isEmpty();
        if (exists) {
            Connection twin(serverUrl(name));
            const QByteArray stored
                = twin.run("SELECT value FROM fiberdesk_meta WHERE key = 'bench_twin_of'");
            if (stored == signature)
                return openServerDatabase(name);
        }
    }
    recreate(name);
    openServerDatabase(name); // FiberDesk's own schema, migrated as on any server
    sqlite3* source = sqliteHandle(*sqlite.database);
    QList<QByteArray> tables;
    {
        sqlite3_stmt* list = nullptr;
        sqlite3_prepare_v2(source,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name <> 'fiberdesk_meta' ORDER BY rowid",
            -1, &list, nullptr);
        while (sqlite3_step(list) == SQLITE_ROW)
            tables.append(reinterpret_cast<const char*>(sqlite3_column_text(list, 0)));
        sqlite3_finalize(list);
    }
    QElapsedTimer timer;
    timer.start();
    Connection twin(serverUrl(name));
    // SQLite's own index tables (the FTS5 table of search anywhere and its shadow tables)
    // have no twin: PostgreSQL keeps its own index (migration 17) inside the schema.
    tables.removeIf([&twin](const QByteArray& table) {
        return twin
            .run("SELECT 1 FROM information_schema.tables WHERE table_name = '" + table + "'")
            .isEmpty();
    });
    twin.run("BEGIN");
    // Children first out, parents first in: tables were created parents first.
    for (auto table = tables.crbegin(); table != tables.crend(); ++table)
        twin.run("DELETE FROM " + *table);
    qint64 rows = 0;
    for (const QByteArray& table : std::as_const(tables)) {
        rows += copyTable(source, twin, table);
        const bool numbered
            = !twin.run("SELECT 1 FROM information_schema.columns WHERE table_name = '" + table
                       + "' AND column_name = 'id' AND column_default LIKE 'nextval%'")
                   .isEmpty();
        if (numbered) {
            twin.run("SELECT setval(pg_get_serial_sequence('" + table
                + "', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM " + table);
        }
    }
    twin.run(
        "INSERT INTO fiberdesk_meta (key, value) VALUES ('bench_twin_of', '" + signature + "')");
    // The bench's role does not wait for the disk at commit (scripts/postgres.sh), and a
    // vacuum marks a page visible to all only once its rows' commit is on disk: without
    // this the vacuum below left the visibility map empty, and the board's index-only
    // counts read every row's page (1.76× SQLite's board, 1.21–1.36× once vacuumed again).
    twin.run("SET synchronous_commit = on");
    twin.run("COMMIT");
    // As autovacuum leaves a table in use: statistics and the visibility map. Only the
    // copied tables: the shared catalogs would each warn that they need a superuser.
    for (const QByteArray& table : std::as_const(tables))
        twin.run("VACUUM ANALYZE " + table);
    std::printf("postgres twin %s: %lld rows copied in %.1f s\n", qPrintable(name),
        static_cast<long long>(rows), timer.nsecsElapsed() / 1e9);
    std::fflush(stdout);
    return openServerDatabase(name);
}

} // namespace fd::bench
