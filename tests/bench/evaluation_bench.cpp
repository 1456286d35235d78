// Evaluating one month at operator scale (issue 5): 100 units and 1,000 teams, five
// million orders over seven years (2,000 a day) and their next-day callbacks (about five
// million call attempts) and complaints. Times EvaluationService::evaluate for October 2026
// beside one hand-written SQL query computing the same per-unit figures on the same
// connection through SQLite's C API, checks that both count the same, and prints the ratio.
//
// Sizes: FIBERDESK_BENCH_EVAL_SIZES (default "5000000" orders). Databases are kept in
// FIBERDESK_BENCH_DIR (default /tmp/fiberdesk-bench) and reused when already filled.
#include "benchdata.h"
#include "benchmirror.h"
#include "private/sql.h"
#include "services/demo/democallbacks.h"
#include "services/evaluationservice.h"
#include "services/import/importservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QTemporaryFile>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <functional>
#include <libpq-fe.h>
#include <optional>
#include <sqlite3.h>

using namespace fd;
using namespace fd::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kOrdersPerDay = 2000;
constexpr int kTechnicians = 3 * kUnits * kTeamsPerUnit;
const QDate kMonth(2026, 10, 1);

qint64 count(const Session& session, const QString& table)
{
    return scalar(session.database(), u"SELECT COUNT(*) FROM "_s + table).value().toLongLong();
}

// The calls and complaints that followed the orders, written by the demo's writer and
// read back through their importers, as the demo does.
void importCallbacksAndComplaints(const Session& session)
{
    const QString folder = QFileInfo(session.database().location().filePath).absolutePath();
    QTemporaryFile callbacks(QDir(folder).filePath(u"callbacks-XXXXXX.csv"_s));
    QTemporaryFile complaints(QDir(folder).filePath(u"complaints-XXXXXX.csv"_s));
    QElapsedTimer timer;
    timer.start();
    if (!callbacks.open() || !complaints.open()
        || !DemoCallbackWriter(session, 1).write(callbacks, complaints).ok())
        qFatal("the callbacks file could not be written");
    callbacks.flush();
    complaints.flush();
    std::printf("callbacks and complaints written in %.1f s\n", timer.nsecsElapsed() / 1e9);
    for (const auto& [kind, file] :
        { std::pair<ImportKind, QTemporaryFile*>(ImportKind::Callbacks, &callbacks),
            std::pair<ImportKind, QTemporaryFile*>(ImportKind::Complaints, &complaints) }) {
        timer.restart();
        ImportFailure failure;
        Result<ImportOutcome> imported
            = ImportService(session).importFile(kind, file->fileName(), &failure);
        if (!imported.ok())
            qFatal("import failed: %s", qPrintable(failure.summary()));
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("import: %lld %s rows in %.1f s = %.0f rows/s\n",
            static_cast<long long>(imported.value().rows), qPrintable(importKindKey(kind)), seconds,
            imported.value().rows / seconds);
    }
    std::fflush(stdout);
}

void printContents(const Session& session)
{
    std::printf(
        "database: %lld units, %lld teams, %lld orders, %lld callbacks, %lld call attempts, "
        "%lld complaints\n",
        static_cast<long long>(count(session, u"units"_s)),
        static_cast<long long>(count(session, u"teams"_s)),
        static_cast<long long>(count(session, u"orders"_s)),
        static_cast<long long>(count(session, u"callback_tasks"_s)),
        static_cast<long long>(count(session, u"callback_attempts"_s)),
        static_cast<long long>(count(session, u"complaints"_s)));
    std::fflush(stdout);
}

// Filled in two stages, each committed: the organisation and its orders (half an hour on a
// busy machine), then the calls and complaints; a run stopped between them resumes there.
BenchDatabase& evaluationDatabase(qint64 orders)
{
    BenchDatabase& db = benchDatabase(
        u"evaluation-%1.db"_s.arg(orders),
        [orders](const Session& session) { return count(session, u"orders"_s) == orders; },
        [orders](const Session& session) {
            importOrganisation(session);
            if (!ImportService(session)
                     .importBytes(
                         ImportKind::Technicians, techniciansFile(kTechnicians), u"t.csv"_s)
                     .ok())
                qFatal("the technicians could not be imported");
            importDemoOrders(session, orders, kOrdersPerDay);
        });
    static bool described = false;
    if (!described) {
        if (count(*db.session, u"callback_attempts"_s) == 0)
            importCallbacksAndComplaints(*db.session);
        printContents(*db.session);
        described = true;
    }
    return db;
}

sqlite3* handleOf(const Database& database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        qFatal("the benchmark needs an SQLite database");
    return *static_cast<sqlite3* const*>(handle.constData());
}

// The month's per-unit figures as a database programmer who knows the indexes would ask for
// them: one statement, each population grouped by unit and joined onto the units. The orders
// due name the statuses they keep: written as `status <> 'cancelled'`, SQLite answers the
// GROUP BY by scanning all of orders_unit_deadline (5 million entries) and the query takes
// twice as long as the service (docs/PERFORMANCE.md).
const char* const kByHand = R"(
WITH due AS (
  SELECT unit_id, COUNT(*) AS n,
         SUM(CASE WHEN measured_at IS NOT NULL AND measured_at <= deadline_at THEN 1 ELSE 0 END) AS on_time
  FROM orders
  WHERE status IN ('new', 'assigned', 'scheduled', 'on_site', 'completed')
    AND deadline_at >= ?1 AND deadline_at < ?2 AND exempt_reason IS NULL
    AND (measured_at IS NOT NULL OR deadline_at < ?3)
  GROUP BY unit_id),
repairs AS (
  SELECT o.unit_id, COUNT(*) AS n,
         SUM(EXISTS (SELECT 1 FROM orders p WHERE p.account = o.account AND p.unit_id = o.unit_id
                     AND p.status = 'completed' AND p.kind <> 'removal' AND p.completed_at >= o.received_at - ?4
                     AND p.completed_at < o.received_at)) AS repeats
  FROM orders o
  WHERE o.received_at >= ?1 AND o.received_at < ?2 AND o.kind = 'repair' AND o.status <> 'cancelled'
  GROUP BY o.unit_id),
calls AS (
  SELECT o.unit_id, COUNT(*) AS n,
         SUM(c.on_time + c.appointment + c.uniform + c.standard_service + c.tested + c.site_cleaned) AS yes
  FROM callback_tasks c JOIN orders o ON o.id = c.order_id
  WHERE c.concluded_at >= ?1 AND c.concluded_at < ?2 AND c.status = 'reached'
  GROUP BY o.unit_id),
penalties AS (
  SELECT unit_id, COUNT(*) AS n FROM complaints
  WHERE verified_at >= ?1 AND verified_at < ?2 AND staff_caused = 1
  GROUP BY unit_id)
SELECT u.code, COALESCE(due.n, 0), COALESCE(due.on_time, 0), COALESCE(repairs.n, 0),
       COALESCE(repairs.repeats, 0), COALESCE(calls.n, 0), COALESCE(calls.yes, 0), COALESCE(penalties.n, 0)
FROM units u
LEFT JOIN due ON due.unit_id = u.id
LEFT JOIN repairs ON repairs.unit_id = u.id
LEFT JOIN calls ON calls.unit_id = u.id
LEFT JOIN penalties ON penalties.unit_id = u.id
)";

QHash<QString, MonthCounts> countByHand(
    sqlite3* handle, const Session& session, int repeatWindowDays)
{
    const qint64 from = QDateTime(kMonth, QTime(0, 0), session.zone()).toSecsSinceEpoch();
    const qint64 before
        = QDateTime(kMonth.addMonths(1), QTime(0, 0), session.zone()).toSecsSinceEpoch();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, kByHand, -1, &statement, nullptr) != SQLITE_OK)
        qFatal("the hand-written query does not prepare: %s", sqlite3_errmsg(handle));
    sqlite3_bind_int64(statement, 1, from);
    sqlite3_bind_int64(statement, 2, before);
    sqlite3_bind_int64(statement, 3, session.now().toSecsSinceEpoch());
    sqlite3_bind_int64(statement, 4, qint64(repeatWindowDays) * 86400);
    QHash<QString, MonthCounts> counts;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        MonthCounts& unit = counts[QString::fromUtf8(
            reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)))];
        unit.ordersDue = sqlite3_column_int64(statement, 1);
        unit.ordersOnTime = sqlite3_column_int64(statement, 2);
        unit.repairs = sqlite3_column_int64(statement, 3);
        unit.repeats = sqlite3_column_int64(statement, 4);
        unit.callbacksReached = sqlite3_column_int64(statement, 5);
        unit.yesAnswers = sqlite3_column_int64(statement, 6);
        unit.penalisedComplaints = sqlite3_column_int64(statement, 7);
    }
    sqlite3_finalize(statement);
    return counts;
}

// Where the service and the query disagree, one line per unit; empty when they agree.
QStringList differences(
    const MonthEvaluation& evaluation, const QHash<QString, MonthCounts>& byHand)
{
    QStringList lines;
    for (const UnitEvaluation& unit : evaluation.units) {
        const MonthCounts mine = byHand.value(unit.unitCode);
        const MonthCounts& theirs = unit.counts;
        if (mine.ordersDue != theirs.ordersDue || mine.ordersOnTime != theirs.ordersOnTime
            || mine.repairs != theirs.repairs || mine.repeats != theirs.repeats
            || mine.callbacksReached != theirs.callbacksReached
            || mine.yesAnswers != theirs.yesAnswers
            || mine.penalisedComplaints != theirs.penalisedComplaints)
            lines.append(unit.unitCode);
    }
    return lines;
}

// The service beside the hand-written query, run after run, each run's figures checked.
struct BesideQuery
{
    double serviceMs = 0; // mean of the runs
    double queryMs = 0;
    qint64 ordersDue = 0; // in the month, all units
};

// What a run's service figures disagree with (the query's counts, another engine's): one
// line per kind of disagreement, empty when all agree.
using Disagreements
    = std::function<QStringList(const MonthEvaluation&, const QHash<QString, MonthCounts>& byHand)>;

// Times `kMonth`'s evaluation on `session` beside `countByHand` for each of the state's
// iterations and sets the counters; nothing when a run fails or disagrees (the benchmark
// is then marked skipped with the reason, and the disagreement printed).
std::optional<BesideQuery> timeBesideQuery(benchmark::State& state, const Session& session,
    const std::function<QHash<QString, MonthCounts>()>& countByHand,
    const Disagreements& disagreements)
{
    double serviceSeconds = 0;
    double querySeconds = 0;
    qint64 runs = 0;
    qint64 ordersDue = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        Result<MonthEvaluation> evaluation = EvaluationService(session).evaluate(kMonth);
        const double service = timer.nsecsElapsed() / 1e9;
        timer.restart();
        const QHash<QString, MonthCounts> byHand = countByHand();
        const double query = timer.nsecsElapsed() / 1e9;
        state.SetIterationTime(service);
        if (!evaluation.ok()) {
            state.SkipWithError(qPrintable(evaluation.error()));
            return std::nullopt;
        }
        // The benchmark's assertion: the service counts what the query counts.
        QStringList differing = disagreements(evaluation.value(), byHand);
        if (evaluation.value().units.size() != kUnits)
            differing.prepend(u"%1 units evaluated"_s.arg(evaluation.value().units.size()));
        if (!differing.isEmpty()) {
            std::printf("MISMATCH: %s\n", qPrintable(differing.join(u"; "_s)));
            state.SkipWithError("the service disagrees");
            return std::nullopt;
        }
        if (runs == 0) {
            for (const UnitEvaluation& unit : evaluation.value().units)
                ordersDue += unit.counts.ordersDue;
        }
        serviceSeconds += service;
        querySeconds += query;
        ++runs;
    }
    if (runs == 0)
        return std::nullopt;
    const BesideQuery timed { 1000 * serviceSeconds / double(runs),
        1000 * querySeconds / double(runs), ordersDue };
    state.counters["service_ms"] = timed.serviceMs;
    state.counters["query_ms"] = timed.queryMs;
    state.counters["ratio"] = timed.serviceMs / timed.queryMs;
    state.counters["orders_due"] = double(timed.ordersDue);
    return timed;
}

// "query: U01, U02" when the service and the query disagree for those units.
QStringList queryDisagreements(
    const MonthEvaluation& evaluation, const QHash<QString, MonthCounts>& byHand)
{
    const QStringList units = differences(evaluation, byHand);
    return units.isEmpty() ? QStringList() : QStringList { u"query: "_s + units.join(u", "_s) };
}

void evaluateMonth(benchmark::State& state)
{
    BenchDatabase& db = evaluationDatabase(state.range(0));
    sqlite3* handle = handleOf(*db.database);
    const int repeatWindowDays = ScoringRules().repeatWindowDays;
    const std::optional<BesideQuery> timed = timeBesideQuery(
        state, *db.session, [&] { return countByHand(handle, *db.session, repeatWindowDays); },
        queryDisagreements);
    if (!timed)
        return;
    std::printf("evaluate %s for %d units: service %.1f ms, hand-written query %.1f ms, ratio %.2f "
                "(same counts: yes, %lld orders due)\n",
        qPrintable(EvaluationService::monthKey(kMonth)), kUnits, timed->serviceMs, timed->queryMs,
        timed->serviceMs / timed->queryMs, static_cast<long long>(timed->ordersDue));
    std::fflush(stdout);
}

// The same query for PostgreSQL: numbered $n parameters, and EXISTS counted through CASE
// (PostgreSQL does not add up booleans).
QByteArray byHandOnPostgres()
{
    QByteArray sql(kByHand);
    for (int i = 4; i >= 1; --i)
        sql.replace(
            QByteArray("?" + QByteArray::number(i)), QByteArray("$" + QByteArray::number(i)));
    sql.replace("SUM(EXISTS (", "SUM(CASE WHEN EXISTS (");
    sql.replace("AND p.completed_at < o.received_at)) AS repeats",
        "AND p.completed_at < o.received_at) THEN 1 ELSE 0 END) AS repeats");
    return sql;
}

QHash<QString, MonthCounts> countByHandOnPostgres(
    PGconn* connection, const Session& session, int repeatWindowDays)
{
    const QByteArray from
        = QByteArray::number(QDateTime(kMonth, QTime(0, 0), session.zone()).toSecsSinceEpoch());
    const QByteArray before = QByteArray::number(
        QDateTime(kMonth.addMonths(1), QTime(0, 0), session.zone()).toSecsSinceEpoch());
    const QByteArray now = QByteArray::number(session.now().toSecsSinceEpoch());
    const QByteArray window = QByteArray::number(qint64(repeatWindowDays) * 86400);
    const char* values[]
        = { from.constData(), before.constData(), now.constData(), window.constData() };
    const QByteArray sql = byHandOnPostgres();
    PGresult* result
        = PQexecParams(connection, sql.constData(), 4, nullptr, values, nullptr, nullptr, 0);
    if (PQresultStatus(result) != PGRES_TUPLES_OK)
        qFatal("the hand-written query failed: %s", PQresultErrorMessage(result));
    QHash<QString, MonthCounts> counts;
    for (int row = 0; row < PQntuples(result); ++row) {
        MonthCounts& unit = counts[QString::fromUtf8(PQgetvalue(result, row, 0))];
        qint64* targets[] = { &unit.ordersDue, &unit.ordersOnTime, &unit.repairs, &unit.repeats,
            &unit.callbacksReached, &unit.yesAnswers, &unit.penalisedComplaints };
        for (int column = 0; column < 7; ++column)
            *targets[column] = QByteArray(PQgetvalue(result, row, column + 1)).toLongLong();
    }
    PQclear(result);
    return counts;
}

// The same month on the PostgreSQL twin of the same database: the service beside the query
// on that engine, and the service's figures beside the SQLite service's (the same rows must
// score alike on both engines).
void evaluateMonthOnPostgres(benchmark::State& state)
{
    BenchDatabase& file = evaluationDatabase(state.range(0));
    BenchDatabase& db = postgresTwin(u"fd_bench_evaluation_%1"_s.arg(state.range(0)), file);
    const QVariant handle = db.database->connection().driver()->handle();
    PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    const int repeatWindowDays = ScoringRules().repeatWindowDays;
    Result<MonthEvaluation> onSqlite = EvaluationService(*file.session).evaluate(kMonth);
    if (!onSqlite.ok())
        qFatal("%s", qPrintable(onSqlite.error()));
    QHash<QString, MonthCounts> sqliteCounts;
    QHash<QString, QString> sqliteTotals;
    for (const UnitEvaluation& unit : onSqlite.value().units) {
        sqliteCounts.insert(unit.unitCode, unit.counts);
        sqliteTotals.insert(unit.unitCode, unit.score.total.toFraction());
    }
    // Beside the query on this engine, and beside SQLite's service on the same rows.
    auto disagreements
        = [&](const MonthEvaluation& evaluation, const QHash<QString, MonthCounts>& byHand) {
              QStringList found = queryDisagreements(evaluation, byHand);
              if (const QStringList units = differences(evaluation, sqliteCounts); !units.isEmpty())
                  found.append(u"SQLite counts: "_s + units.join(u", "_s));
              QStringList totals;
              for (const UnitEvaluation& unit : evaluation.units) {
                  if (sqliteTotals.value(unit.unitCode) != unit.score.total.toFraction())
                      totals.append(unit.unitCode);
              }
              if (!totals.isEmpty())
                  found.append(u"SQLite totals: "_s + totals.join(u", "_s));
              return found;
          };
    const std::optional<BesideQuery> timed = timeBesideQuery(
        state, *db.session,
        [&] { return countByHandOnPostgres(connection, *db.session, repeatWindowDays); },
        disagreements);
    if (!timed)
        return;
    std::printf("evaluate %s on PostgreSQL for %d units: service %.1f ms, hand-written query %.1f "
                "ms, ratio %.2f (same counts as the query: yes; same counts and totals as on "
                "SQLite: yes)\n",
        qPrintable(EvaluationService::monthKey(kMonth)), kUnits, timed->serviceMs, timed->queryMs,
        timed->serviceMs / timed->queryMs);
    std::fflush(stdout);
}

void registerAll()
{
    benchmark::internal::Benchmark* bench
        = benchmark::RegisterBenchmark("EvaluateMonth", evaluateMonth);
    for (qint64 size : sizesFrom("FIBERDESK_BENCH_EVAL_SIZES", u"5000000"_s))
        bench->Arg(size);
    // Seven runs: the first reads the database from disk, the others from the cache.
    bench->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(7);
    if (benchServer().isEmpty())
        return;
    benchmark::internal::Benchmark* postgres
        = benchmark::RegisterBenchmark("PgEvaluateMonth", evaluateMonthOnPostgres);
    for (qint64 size : sizesFrom("FIBERDESK_BENCH_EVAL_SIZES", u"5000000"_s))
        postgres->Arg(size);
    postgres->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(7);
}

const bool registered = (registerAll(), true);

} // namespace
