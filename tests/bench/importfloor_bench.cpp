// Issue 20: the orders importer beside each engine's bulk floor, measured in the same run.
//
// ImportBesideFloor/N: N demo orders (a month of a large operator at 300,000) written as
// the CRM's CSV file and imported by ImportService into a fresh database; then exactly the
// rows that import wrote (orders and their events, under the same ids) are loaded into a
// second fresh database of the same schema (the same indexes, the trigram search index and
// its triggers on SQLite, filed in key order as the importer files it) by the engine's own
// bulk tools, run as child processes:
//   SQLite:     the sqlite3 shell, `.import` into a temporary table and INSERT … SELECT,
//               one transaction, with the page cache the importer uses;
//   PostgreSQL: psql, `\copy` into a temporary table and INSERT … SELECT, one transaction.
// Wall time and CPU time of each side are printed (the machine is shared: CPU time is what
// load does not distort). CPU time counts every process that works for the side: this
// program or the shell, and on PostgreSQL the server process of the connection too (read
// from /proc, the server being on this machine).
//
// FIBERDESK_BENCH_FLOOR_ROUNDS=N (default 1) times each side N times, importer and floor in
// turn, and takes each side's median: this machine's speed drifts by a third within minutes
// (the same shell run took 7.6 to 11.5 s of CPU in one hour), which one pair of runs reads
// as a change of ratio. FIBERDESK_BENCH_POSTGRES names the server (scripts/postgres.sh
// prints it); FIBERDESK_BENCH_FLOOR_ROW_BY_ROW=1 also imports on PostgreSQL row by row, as
// before issue 20. scripts/importfloor.sh runs it.
#include "benchdata.h"
#include "benchmirror.h"
#include "private/searchkey.h"
#include "services/demo/demoorders.h"
#include "services/demo/demoservice.h"
#include "services/import/importservice.h"
#include "storage/sqlitehandle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDriver>
#include <QTemporaryFile>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace fd;
using namespace fd::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kPerDay = 10000;
// The page caches of an import (storage/database.cpp, kBulkCacheKiB and kBulkTempCacheKiB),
// given to the floor.
constexpr int kImportCacheKiB = 32 * 1024;
constexpr int kImportTempCacheKiB = 8 * 1024;

QString folder()
{
    const QString dir = qEnvironmentVariable("FIBERDESK_BENCH_DIR", u"/tmp/fiberdesk-bench"_s);
    QDir().mkpath(dir);
    return dir;
}

double cpuSeconds(int who)
{
    rusage usage = {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU time of a process of this machine (a server backend), from /proc; -1 if unreadable.
double processCpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong())
        / double(sysconf(_SC_CLK_TCK));
}

PGconn* postgresOf(const Database& database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0)
        qFatal("not a PostgreSQL connection");
    return *static_cast<PGconn* const*>(handle.constData());
}

struct Timing
{
    double wall = 0;
    double cpu = 0; // client and server
};

Timing importInto(const Session& session, const QString& file)
{
    PGconn* server = session.database().isSqlite() ? nullptr : postgresOf(session.database());
    const double serverBefore = server ? processCpuSeconds(PQbackendPID(server)) : 0;
    const double before = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer timer;
    timer.start();
    ImportFailure failure;
    if (!ImportService(session).importFile(ImportKind::Orders, file, &failure).ok())
        qFatal("import failed: %s", qPrintable(failure.summary()));
    Timing timing;
    timing.wall = timer.nsecsElapsed() / 1e9;
    timing.cpu = cpuSeconds(RUSAGE_SELF) - before;
    if (server)
        timing.cpu += processCpuSeconds(PQbackendPID(server)) - serverBefore;
    return timing;
}

// The rows of `table` as the SQLite file holds them, to a file: SQLite's shell reads ASCII
// unit/record separators (no quoting), psql COPY's text format; NULL is \N in both.
QStringList dumpTable(
    sqlite3* handle, const QByteArray& table, const QString& asciiPath, const QString& copyPath)
{
    sqlite3_stmt* rows = nullptr;
    if (sqlite3_prepare_v2(handle,
            QByteArray("SELECT * FROM " + table + " ORDER BY rowid").constData(), -1, &rows,
            nullptr)
        != SQLITE_OK)
        qFatal("%s", sqlite3_errmsg(handle));
    QStringList columns;
    for (int i = 0; i < sqlite3_column_count(rows); ++i)
        columns.append(QString::fromUtf8(sqlite3_column_name(rows, i)));
    QFile ascii(asciiPath);
    QFile copy(copyPath);
    if (!ascii.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !copy.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the floor's files");
    QByteArray a;
    QByteArray c;
    while (sqlite3_step(rows) == SQLITE_ROW) {
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0) {
                a += '\x1f';
                c += '\t';
            }
            if (sqlite3_column_type(rows, i) == SQLITE_NULL) {
                a += "\\N";
                c += "\\N";
                continue;
            }
            const QByteArray text(reinterpret_cast<const char*>(sqlite3_column_text(rows, i)),
                sqlite3_column_bytes(rows, i));
            if (text.contains('\x1f') || text.contains('\x1e') || text == "\\N")
                qFatal("a value the floor's file cannot hold");
            a += text;
            for (const char ch : text) {
                if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r')
                    c += '\\';
                c += ch == '\t' ? 't' : ch == '\n' ? 'n' : ch == '\r' ? 'r' : ch;
            }
        }
        a += '\x1e';
        c += '\n';
        if (a.size() > (1 << 22)) {
            ascii.write(a);
            copy.write(c);
            a.clear();
            c.clear();
        }
    }
    ascii.write(a);
    copy.write(c);
    sqlite3_finalize(rows);
    return columns;
}

Timing runChild(const QString& program, const QStringList& arguments, const QByteArray& input,
    const QString& serverCpuFile = QString())
{
    const double before = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(program, arguments);
    child.write(input);
    child.closeWriteChannel();
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), child.readAllStandardOutput().constData());
    Timing timing;
    timing.wall = timer.nsecsElapsed() / 1e9;
    timing.cpu = cpuSeconds(RUSAGE_CHILDREN) - before;
    if (!serverCpuFile.isEmpty()) {
        // psql wrote its server process's /proc/…/stat before committing; the commit's own
        // work (the WAL flush) is not in it, a few milliseconds.
        QFile stat(serverCpuFile);
        if (stat.open(QIODevice::ReadOnly)) {
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() >= 13)
                timing.cpu += double(fields.at(11).toLongLong() + fields.at(12).toLongLong())
                    / double(sysconf(_SC_CLK_TCK));
        }
    }
    return timing;
}

QByteArray nullIfMarked(const QStringList& columns)
{
    QStringList values;
    for (const QString& column : columns)
        values.append(u"NULLIF(%1, '\\N')"_s.arg(column));
    return values.join(u", "_s).toUtf8();
}

Timing sqliteFloor(const QString& path, const QList<std::pair<QByteArray, QStringList>>& tables,
    const QString& dir)
{
    QByteArray script = ".bail on\n"
                        "PRAGMA foreign_keys = ON;\n"
                        "PRAGMA synchronous = FULL;\n"
                        "PRAGMA cache_size = -"
        + QByteArray::number(kImportCacheKiB) + ";\nPRAGMA temp.cache_size = -"
        + QByteArray::number(kImportTempCacheKiB) + ";\nBEGIN IMMEDIATE;\n";
    for (const auto& [table, columns] : tables) {
        const QByteArray staging = "floor_" + table;
        script += "CREATE TEMP TABLE " + staging + " (" + columns.join(u", "_s).toUtf8() + ");\n";
        script += ".import --ascii --schema temp "
            + QDir(dir).filePath(QString::fromUtf8(table + ".ascii")).toUtf8() + " " + staging
            + "\n";
        // The orders' search index filed as the importer files it (storage/private/
        // searchkey.h): its insert trigger held back, then the rows in key order. Left to
        // the trigger, the shell took 25.4 s for 300,000 orders to the importer's 17.7 s.
        const bool orders = table == "orders";
        const QByteArray hold = QByteArray(kSearchIndexDeferredKey);
        if (orders)
            script
                += "INSERT INTO main.fiberdesk_meta (key, value) VALUES ('" + hold + "', '1');\n";
        script += "INSERT INTO main." + table + " (" + columns.join(u", "_s).toUtf8() + ") SELECT "
            + nullIfMarked(columns) + " FROM temp." + staging + ";\n";
        if (orders) {
            script += "DELETE FROM main.fiberdesk_meta WHERE key = '" + hold + "';\n";
            script += "INSERT INTO main.order_search (rowid, search_text) SELECT "
                + searchKeySql(u"orders"_s).toUtf8()
                + ", search_text FROM main.orders ORDER BY 1;\n";
        }
    }
    script += "COMMIT;\n";
    return runChild(u"sqlite3"_s, { path }, script);
}

Timing postgresFloor(
    const QString& url, const QList<std::pair<QByteArray, QStringList>>& tables, const QString& dir)
{
    const QString cpuFile = QDir(dir).filePath(u"floor-backend.stat"_s);
    QFile::remove(cpuFile);
    QByteArray script = "\\set ON_ERROR_STOP on\nBEGIN;\n";
    for (const auto& [table, columns] : tables) {
        const QByteArray staging = "floor_" + table;
        const QByteArray list = columns.join(u", "_s).toUtf8();
        script += "CREATE TEMPORARY TABLE " + staging + " (LIKE " + table + ") ON COMMIT DROP;\n";
        script += "\\copy " + staging + " (" + list + ") FROM '"
            + QDir(dir).filePath(QString::fromUtf8(table + ".copy")).toUtf8() + "'\n";
        script += "INSERT INTO " + table + " (" + list + ") SELECT " + list + " FROM " + staging
            + ";\n";
    }
    script += "SELECT pg_backend_pid() AS backend \\gset\n\\setenv FLOOR_BACKEND :backend\n\\! cat "
              "/proc/$FLOOR_BACKEND/stat > "
        + cpuFile.toUtf8() + "\nCOMMIT;\n";
    return runChild(u"psql"_s, { u"-q"_s, u"-X"_s, url }, script, cpuFile);
}

QString urlOf(const Database& database)
{
    const DatabaseLocation& where = database.location();
    return u"postgresql://%1:%2@%3:%4/%5"_s.arg(
        where.user, where.password, where.host, QString::number(where.port), where.databaseName);
}

void prepareOrganisation(const Session& session)
{
    if (!DemoService(session).generate(1, 0).ok())
        qFatal("the demo organisation could not be written");
}

BenchDatabase& freshFile(const QString& name)
{
    const QString path = QDir(folder()).filePath(name);
    for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(path + suffix);
    return benchDatabase(
        name, [](const Session&) { return true; }, [](const Session&) {});
}

// The median of each of wall and CPU time (the upper one of an even count).
Timing median(QList<Timing> timings)
{
    Timing middle;
    const qsizetype half = timings.size() / 2;
    std::sort(timings.begin(), timings.end(),
        [](const Timing& a, const Timing& b) { return a.wall < b.wall; });
    middle.wall = timings.at(half).wall;
    std::sort(timings.begin(), timings.end(),
        [](const Timing& a, const Timing& b) { return a.cpu < b.cpu; });
    middle.cpu = timings.at(half).cpu;
    return middle;
}

int floorRounds()
{
    return std::max(1, qEnvironmentVariableIntValue("FIBERDESK_BENCH_FLOOR_ROUNDS"));
}

// The database of a round: the first keeps the name it always had.
QString roundName(const QString& name, int round)
{
    return round == 0 ? name : name + u"_"_s + QString::number(round);
}

// Each side timed `rounds` times in turn, importer first, into fresh databases each time.
struct Rounds
{
    QList<Timing> importer;
    QList<Timing> floor;
};

void report(const char* what, qint64 orders, const Timing& importer, const Timing& floor)
{
    std::printf("%s, %lld orders: importer %.2f s wall (%.2f s CPU), %.0f rows/s; floor %.2f s "
                "wall (%.2f s CPU), %.0f rows/s; importer / floor speed %.2f wall, %.2f CPU\n",
        what, static_cast<long long>(orders), importer.wall, importer.cpu,
        double(orders) / importer.wall, floor.wall, floor.cpu, double(orders) / floor.wall,
        floor.wall / importer.wall, floor.cpu / importer.cpu);
    std::fflush(stdout);
}

void importBesideFloor(benchmark::State& state)
{
    const qint64 orders = state.range(0);
    const QString dir = folder();
    for (auto _ : state) {
        BenchDatabase& imported = freshFile(u"floor-import.db"_s);
        prepareOrganisation(*imported.session);
        QTemporaryFile csv(QDir(dir).filePath(u"floor-XXXXXX.csv"_s));
        if (!csv.open() || !DemoOrderWriter(*imported.session, 1).write(csv, orders, kPerDay).ok())
            qFatal("the orders file could not be written");
        csv.flush();

        // The rows the floor loads are those of the first import (every import of the file
        // into a fresh database writes the same rows under the same ids).
        QList<std::pair<QByteArray, QStringList>> tables;
        Rounds sqlite;
        for (int round = 0; round < floorRounds(); ++round) {
            // A name a round: the bench's databases stay open, one for each name.
            BenchDatabase& target
                = round == 0 ? imported : freshFile(roundName(u"floor-import"_s, round) + u".db"_s);
            if (round > 0)
                prepareOrganisation(*target.session);
            sqlite.importer.append(importInto(*target.session, csv.fileName()));
            if (round == 0) {
                sqlite3* source = sqliteHandle(*imported.database);
                for (const QByteArray& table :
                    { QByteArray("orders"), QByteArray("order_events") }) {
                    tables.append({ table,
                        dumpTable(source, table,
                            QDir(dir).filePath(QString::fromUtf8(table + ".ascii")),
                            QDir(dir).filePath(QString::fromUtf8(table + ".copy"))) });
                }
            }
            BenchDatabase& floorFile = freshFile(roundName(u"floor-raw"_s, round) + u".db"_s);
            prepareOrganisation(*floorFile.session);
            sqlite.floor.append(sqliteFloor(floorFile.database->location().filePath, tables, dir));
            report("SQLite (sqlite3 .import + INSERT ... SELECT), one round", orders,
                sqlite.importer.last(), sqlite.floor.last());
        }
        const Timing sqliteImport = median(sqlite.importer);
        const Timing sqliteFloorTime = median(sqlite.floor);
        state.SetIterationTime(sqliteImport.wall);
        state.counters["sqlite_ratio_wall"] = sqliteFloorTime.wall / sqliteImport.wall;
        state.counters["sqlite_ratio_cpu"] = sqliteFloorTime.cpu / sqliteImport.cpu;
        report("SQLite (sqlite3 .import + INSERT ... SELECT), median", orders, sqliteImport,
            sqliteFloorTime);

        if (benchServer().isEmpty())
            continue;
        Rounds postgres;
        for (int round = 0; round < floorRounds(); ++round) {
            BenchDatabase& server = freshPostgres(roundName(u"fd_bench_floor_a"_s, round));
            prepareOrganisation(*server.session);
            postgres.importer.append(importInto(*server.session, csv.fileName()));
            BenchDatabase& serverFloor = freshPostgres(roundName(u"fd_bench_floor_b"_s, round));
            prepareOrganisation(*serverFloor.session);
            postgres.floor.append(postgresFloor(urlOf(*serverFloor.database), tables, dir));
            report("PostgreSQL (psql \\copy + INSERT ... SELECT), one round", orders,
                postgres.importer.last(), postgres.floor.last());
        }
        const Timing postgresImport = median(postgres.importer);
        const Timing postgresFloorTime = median(postgres.floor);
        state.counters["pg_ratio_wall"] = postgresFloorTime.wall / postgresImport.wall;
        state.counters["pg_ratio_cpu"] = postgresFloorTime.cpu / postgresImport.cpu;
        report("PostgreSQL (psql \\copy + INSERT ... SELECT), median", orders, postgresImport,
            postgresFloorTime);
        if (qEnvironmentVariableIntValue("FIBERDESK_BENCH_FLOOR_ROW_BY_ROW") == 1) {
            BenchDatabase& rows = freshPostgres(u"fd_bench_floor_c"_s);
            prepareOrganisation(*rows.session);
            qputenv("FIBERDESK_IMPORT_ROW_BY_ROW", "1");
            const Timing rowByRow = importInto(*rows.session, csv.fileName());
            qunsetenv("FIBERDESK_IMPORT_ROW_BY_ROW");
            report("PostgreSQL row by row (before issue 20)", orders, rowByRow, postgresFloorTime);
        }
    }
}

const bool registered = [] {
    benchmark::RegisterBenchmark("ImportBesideFloor", importBesideFloor)
        ->Arg(sizesFrom("FIBERDESK_BENCH_IMPORT_ORDERS", u"300000"_s).value(0))
        ->Iterations(1)
        ->UseManualTime()
        ->Unit(benchmark::kSecond);
    return true;
}();

} // namespace
