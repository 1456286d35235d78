// Issue 7: FiberDesk's speed beside the floor of each engine, measured in the same run.
//
// ImportBesideRawInsert/N: the orders importer reading N demo orders from their CSV file
// (parsing, checking, deadlines, events), beside a raw insert of exactly the rows that
// import wrote (orders and their events) through the engine's own C API: SQLite's
// sqlite3_step on one prepared statement per table, libpq's PQexecPrepared likewise, in one
// transaction each. The ratio is the importer's rate over the raw one.
//
// DesktopMemoryWithBoardOpen/N: the desktop program's main window with the dispatch board
// open on N orders, offscreen, in a process of its own (desktopmemory.h): its resident
// memory, beside that of a process showing an empty Qt main window.
//
// PostgreSQL figures need FIBERDESK_BENCH_POSTGRES (scripts/postgres.sh prints an address).
#include "benchdata.h"
#include "benchmirror.h"
#include "desktopmemory.h"
#include "private/sql.h"
#include "services/demo/demoorders.h"
#include "services/demo/demoservice.h"
#include "services/import/importservice.h"
#include "storage/sqlitehandle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QTemporaryFile>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <vector>

using namespace fd;
using namespace fd::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

// A month of a large operator's orders, as issue 3 counts them.
constexpr qint64 kImportPerDay = 10000;

QString benchFolder()
{
    const QString dir = qEnvironmentVariable("FIBERDESK_BENCH_DIR", u"/tmp/fiberdesk-bench"_s);
    QDir().mkpath(dir);
    return dir;
}

// A new SQLite file in the bench folder (replacing one of that name), migrated.
BenchDatabase& freshSqlite(const QString& name)
{
    const QString path = QDir(benchFolder()).filePath(name);
    for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(path + suffix);
    return benchDatabase(
        name, [](const Session&) { return true; }, [](const Session&) {});
}

// One column's value as SQLite stored it, kept to be written again.
struct Value
{
    int type = SQLITE_NULL;
    qint64 integer = 0;
    double real = 0;
    QByteArray text;
};

struct Table
{
    QByteArray name;
    QList<QByteArray> columns;
    std::vector<std::vector<Value>> rows;
};

Table readTable(sqlite3* handle, const QByteArray& name)
{
    Table table;
    table.name = name;
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(
        handle, QByteArray("SELECT * FROM " + name).constData(), -1, &statement, nullptr);
    const int count = sqlite3_column_count(statement);
    for (int i = 0; i < count; ++i)
        table.columns.append(sqlite3_column_name(statement, i));
    while (sqlite3_step(statement) == SQLITE_ROW) {
        std::vector<Value>& row = table.rows.emplace_back(size_t(count));
        for (int i = 0; i < count; ++i) {
            Value& value = row[size_t(i)];
            value.type = sqlite3_column_type(statement, i);
            if (value.type == SQLITE_INTEGER)
                value.integer = sqlite3_column_int64(statement, i);
            else if (value.type == SQLITE_FLOAT)
                value.real = sqlite3_column_double(statement, i);
            else if (value.type != SQLITE_NULL)
                value.text
                    = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(statement, i)),
                        sqlite3_column_bytes(statement, i));
        }
    }
    sqlite3_finalize(statement);
    return table;
}

QByteArray insertStatement(const Table& table, bool numbered)
{
    QList<QByteArray> marks;
    for (int i = 0; i < table.columns.size(); ++i)
        marks.append(numbered ? "$" + QByteArray::number(i + 1) : QByteArray("?"));
    return "INSERT INTO " + table.name + " (" + table.columns.join(", ") + ") VALUES ("
        + marks.join(", ") + ")";
}

// The floor on SQLite: every row through one prepared statement per table, one transaction.
double rawSqliteSeconds(sqlite3* handle, const std::vector<Table>& tables)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    for (const Table& table : tables) {
        sqlite3_stmt* insert = nullptr;
        if (sqlite3_prepare_v2(
                handle, insertStatement(table, false).constData(), -1, &insert, nullptr)
            != SQLITE_OK)
            qFatal("%s", sqlite3_errmsg(handle));
        for (const std::vector<Value>& row : table.rows) {
            for (int i = 0; i < int(row.size()); ++i) {
                const Value& value = row[size_t(i)];
                if (value.type == SQLITE_INTEGER)
                    sqlite3_bind_int64(insert, i + 1, value.integer);
                else if (value.type == SQLITE_FLOAT)
                    sqlite3_bind_double(insert, i + 1, value.real);
                else if (value.type == SQLITE_NULL)
                    sqlite3_bind_null(insert, i + 1);
                else
                    sqlite3_bind_text(insert, i + 1, value.text.constData(), int(value.text.size()),
                        SQLITE_STATIC);
            }
            if (sqlite3_step(insert) != SQLITE_DONE)
                qFatal("raw insert: %s", sqlite3_errmsg(handle));
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
    }
    if (sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        qFatal("raw commit: %s", sqlite3_errmsg(handle));
    return timer.nsecsElapsed() / 1e9;
}

PGconn* postgresHandleOf(const Database& database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0)
        qFatal("not a PostgreSQL connection");
    return *static_cast<PGconn* const*>(handle.constData());
}

void postgresRun(PGconn* connection, const char* statement)
{
    PGresult* result = PQexec(connection, statement);
    if (PQresultStatus(result) != PGRES_COMMAND_OK)
        qFatal("%s: %s", statement, PQresultErrorMessage(result));
    PQclear(result);
}

// The floor on PostgreSQL: the same rows through libpq's prepared statements, one transaction.
double rawPostgresSeconds(PGconn* connection, const std::vector<Table>& tables)
{
    QElapsedTimer timer;
    timer.start();
    postgresRun(connection, "BEGIN");
    for (const Table& table : tables) {
        const QByteArray name = "raw_" + table.name;
        PGresult* prepared = PQprepare(
            connection, name.constData(), insertStatement(table, true).constData(), 0, nullptr);
        if (PQresultStatus(prepared) != PGRES_COMMAND_OK)
            qFatal("%s", PQresultErrorMessage(prepared));
        PQclear(prepared);
        const int count = int(table.columns.size());
        std::vector<QByteArray> texts;
        std::vector<const char*> pointers;
        texts.resize(size_t(count));
        pointers.resize(size_t(count));
        for (const std::vector<Value>& row : table.rows) {
            for (int i = 0; i < count; ++i) {
                const Value& value = row[size_t(i)];
                if (value.type == SQLITE_NULL) {
                    pointers[size_t(i)] = nullptr;
                    continue;
                }
                texts[size_t(i)] = value.type == SQLITE_INTEGER ? QByteArray::number(value.integer)
                    : value.type == SQLITE_FLOAT ? QByteArray::number(value.real, 'g', 17)
                                                 : value.text;
                pointers[size_t(i)] = texts[size_t(i)].constData();
            }
            PGresult* result = PQexecPrepared(
                connection, name.constData(), count, pointers.data(), nullptr, nullptr, 0);
            if (PQresultStatus(result) != PGRES_COMMAND_OK)
                qFatal("raw insert: %s", PQresultErrorMessage(result));
            PQclear(result);
        }
        postgresRun(connection, QByteArray("DEALLOCATE " + name).constData());
    }
    postgresRun(connection, "COMMIT");
    return timer.nsecsElapsed() / 1e9;
}

double importSeconds(const Session& session, const QString& file)
{
    QElapsedTimer timer;
    timer.start();
    ImportFailure failure;
    if (!ImportService(session).importFile(ImportKind::Orders, file, &failure).ok())
        qFatal("import failed: %s", qPrintable(failure.summary()));
    return timer.nsecsElapsed() / 1e9;
}

void prepareOrganisation(const Session& session)
{
    if (!DemoService(session).generate(1, 0).ok())
        qFatal("the demo organisation could not be written");
}

void importBesideRawInsert(benchmark::State& state)
{
    const qint64 orders = state.range(0);
    for (auto _ : state) {
        // The file, and the rows the importer writes from it, once on SQLite.
        BenchDatabase& imported = freshSqlite(u"import-a.db"_s);
        prepareOrganisation(*imported.session);
        QTemporaryFile csv(QDir(benchFolder()).filePath(u"import-XXXXXX.csv"_s));
        if (!csv.open()
            || !DemoOrderWriter(*imported.session, 1).write(csv, orders, kImportPerDay).ok())
            qFatal("the orders file could not be written");
        csv.flush();
        const double sqliteImport = importSeconds(*imported.session, csv.fileName());
        sqlite3* source = sqliteHandle(*imported.database);
        const std::vector<Table> written
            = { readTable(source, "orders"), readTable(source, "order_events") };

        BenchDatabase& raw = freshSqlite(u"import-b.db"_s);
        prepareOrganisation(*raw.session);
        const double sqliteRaw = rawSqliteSeconds(sqliteHandle(*raw.database), written);
        state.SetIterationTime(sqliteImport);
        state.counters["sqlite_import_rows_s"] = double(orders) / sqliteImport;
        state.counters["sqlite_raw_rows_s"] = double(orders) / sqliteRaw;
        state.counters["sqlite_ratio"] = sqliteRaw / sqliteImport;
        std::printf("import %lld orders on SQLite: importer %.0f rows/s, raw C-API insert of the "
                    "same rows %.0f "
                    "rows/s, ratio %.2f\n",
            static_cast<long long>(orders), orders / sqliteImport, orders / sqliteRaw,
            sqliteRaw / sqliteImport);

        if (!benchServer().isEmpty()) {
            BenchDatabase& server = freshPostgres(u"fd_bench_import_a"_s);
            prepareOrganisation(*server.session);
            const double postgresImport = importSeconds(*server.session, csv.fileName());
            BenchDatabase& serverRaw = freshPostgres(u"fd_bench_import_b"_s);
            prepareOrganisation(*serverRaw.session);
            const double postgresRaw
                = rawPostgresSeconds(postgresHandleOf(*serverRaw.database), written);
            state.counters["pg_import_rows_s"] = double(orders) / postgresImport;
            state.counters["pg_raw_rows_s"] = double(orders) / postgresRaw;
            state.counters["pg_ratio"] = postgresRaw / postgresImport;
            std::printf("import %lld orders on PostgreSQL: importer %.0f rows/s, raw libpq insert "
                        "of the same rows "
                        "%.0f rows/s, ratio %.2f\n",
                static_cast<long long>(orders), orders / postgresImport, orders / postgresRaw,
                postgresRaw / postgresImport);
        }
        std::fflush(stdout);
    }
}

// The address a child process opens the same database by (the password included: it is
// the throw-away bench server's).
QString locationOf(const Database& database)
{
    const DatabaseLocation& where = database.location();
    if (database.isSqlite())
        return where.filePath;
    return u"postgresql://%1:%2@%3:%4/%5"_s.arg(
        where.user, where.password, where.host, QString::number(where.port), where.databaseName);
}

void desktopMemoryWithBoardOpen(benchmark::State& state, bool postgres)
{
    const qint64 orders = state.range(0);
    BenchDatabase& file = filledDatabase(orders, 2000);
    BenchDatabase& db = postgres ? postgresTwin(u"fd_bench_board_%1"_s.arg(orders), file) : file;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const ResidentMemory board = desktopMemory(locationOf(*db.database));
        state.SetIterationTime(timer.nsecsElapsed() / 1e9);
        const ResidentMemory floor = desktopMemory(QString::fromLatin1(kEmptyWindow));
        state.counters["rss_mb"] = board.residentMiB;
        state.counters["peak_mb"] = board.peakMiB;
        state.counters["empty_window_mb"] = floor.residentMiB;
        std::printf("desktop program with the board open on %lld orders (%s): %.1f MB resident "
                    "(peak %.1f MB), beside %.1f MB for an empty Qt window\n",
            static_cast<long long>(orders), postgres ? "PostgreSQL" : "SQLite", board.residentMiB,
            board.peakMiB, floor.residentMiB);
        std::fflush(stdout);
    }
}

void registerAll()
{
    benchmark::RegisterBenchmark("ImportBesideRawInsert", importBesideRawInsert)
        ->Arg(sizesFrom("FIBERDESK_BENCH_IMPORT_ORDERS", u"300000"_s).value(0))
        ->Iterations(1)
        ->UseManualTime()
        ->Unit(benchmark::kSecond);
    for (const bool postgres : { false, true }) {
        if (postgres && benchServer().isEmpty())
            continue;
        benchmark::internal::Benchmark* memory = benchmark::RegisterBenchmark(
            postgres ? "PgDesktopMemoryWithBoardOpen" : "DesktopMemoryWithBoardOpen",
            [postgres](benchmark::State& state) { desktopMemoryWithBoardOpen(state, postgres); });
        for (qint64 size : sizesFrom("FIBERDESK_BENCH_SIZES", u"5000,5000000"_s))
            memory->Arg(size);
        memory->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
    }
}

const bool registered = (registerAll(), true);

} // namespace
