// The dispatch board at operator scale (issue 3): fills databases of 5 thousand, 1 million
// and 5 million orders through the orders importer (printing its rows per second), then
// times opening the board and applying filters on each. The operator's daily volume is the
// same at every size (2,000 orders a day), so the larger databases hold longer histories,
// not more open work: the board's speed must not depend on how much history there is.
//
// Sizes: FIBERDESK_BENCH_SIZES (default "5000,1000000,5000000"). Databases are kept in
// FIBERDESK_BENCH_DIR (default /tmp/fiberdesk-bench) and reused when already filled.
#include "services/boardservice.h"
#include "services/demo/demoorders.h"
#include "services/demo/demoservice.h"
#include "services/import/importservice.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <memory>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kOrdersPerDay = 2000;
const QTimeZone kZone("America/Lima");
const QDateTime kNow = QDateTime(QDate(2026, 11, 20), QTime(10, 30), kZone).toUTC();

struct BoardDatabase
{
    std::unique_ptr<Database> database;
    std::unique_ptr<Session> session;
};

QString benchDirectory()
{
    const QString dir = qEnvironmentVariable("FIBERDESK_BENCH_DIR", u"/tmp/fiberdesk-bench"_s);
    QDir().mkpath(dir);
    return dir;
}

std::unique_ptr<Session> adminSession(Database& database)
{
    auto session = std::make_unique<Session>(database, Actor { u"bench"_s, Role::Admin }, kZone);
    session->setClock([] { return kNow; });
    return session;
}

// Opens (filling it first if needed) the database of `orders` orders.
BoardDatabase& boardDatabase(qint64 orders)
{
    // Never destroyed: the connections must not outlive QCoreApplication at exit.
    static auto& databases = *new std::map<qint64, BoardDatabase>;
    auto found = databases.find(orders);
    if (found != databases.end())
        return found->second;
    const QString path = QDir(benchDirectory()).filePath(u"board-%1.db"_s.arg(orders));
    BoardDatabase& entry = databases[orders];
    auto open = [&] {
        Result<std::unique_ptr<Database>> opened = Database::open(DatabaseLocation::parse(path).value());
        if (!opened.ok())
            qFatal("%s", qPrintable(opened.error()));
        entry.database = std::move(opened).value();
        entry.session = adminSession(*entry.database);
    };
    open();
    if (scalar(*entry.database, u"SELECT COUNT(*) FROM orders"_s).value().toLongLong() == orders)
        return entry;

    entry.session.reset();
    entry.database.reset();
    for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(path + suffix);
    open();
    if (!DemoService(*entry.session).generate(1, 0).ok())
        qFatal("the demo organisation could not be written");
    QTemporaryFile csv(QDir(benchDirectory()).filePath(u"orders-XXXXXX.csv"_s));
    if (!csv.open() || !DemoOrderWriter(*entry.session, 1).write(csv, orders, kOrdersPerDay).ok())
        qFatal("the orders file could not be written");
    csv.flush();
    QElapsedTimer timer;
    timer.start();
    ImportFailure failure;
    Result<ImportOutcome> imported = ImportService(*entry.session).importFile(ImportKind::Orders, csv.fileName(), &failure);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!imported.ok())
        qFatal("import failed: %s", qPrintable(failure.summary()));
    std::printf("import: %lld orders (%.0f MB of CSV) in %.1f s = %.0f rows/s\n", static_cast<long long>(orders),
        csv.size() / 1e6, seconds, orders / seconds);
    std::fflush(stdout);
    return entry;
}

QList<qint64> sizes()
{
    QList<qint64> list;
    const QString text = qEnvironmentVariable("FIBERDESK_BENCH_SIZES", u"5000,1000000,5000000"_s);
    for (const QString& size : text.split(u',', Qt::SkipEmptyParts))
        list.append(size.trimmed().toLongLong());
    return list;
}

// Opening the board: its lane counts and first page of open orders by deadline.
void openBoard(benchmark::State& state, BoardQuery query)
{
    BoardDatabase& db = boardDatabase(state.range(0));
    for (auto _ : state) {
        BoardService board(*db.session);
        Result<BoardCounts> counts = board.counts(query);
        Result<QList<WorkOrder>> page = board.page(query, std::nullopt, 200);
        if (!counts.ok() || !page.ok())
            state.SkipWithError("board query failed");
        benchmark::DoNotOptimize(page.value().size());
        state.counters["rows"] = double(page.value().size());
        state.counters["matching"] = double(counts.value().matching);
    }
}

void registerAll()
{
    BoardQuery open;
    BoardQuery overdue;
    overdue.overdue = true;
    BoardQuery team;
    team.teamCode = u"U02-T1"_s;
    BoardQuery search;
    search.scope = BoardQuery::Scope::All;
    search.search = u"王秀英"_s;
    BoardQuery number;
    number.scope = BoardQuery::Scope::All;
    number.search = u"WO-2611"_s;
    BoardQuery completed;
    completed.scope = BoardQuery::Scope::Completed;
    completed.sort = OrderSort::Received;
    const std::pair<const char*, BoardQuery> cases[] = {
        { "BoardOpen", open },
        { "FilterOverdue", overdue },
        { "FilterTeam", team },
        { "SearchCustomer", search },
        { "SearchNumber", number },
        { "CompletedByReceipt", completed },
    };
    for (const auto& [name, query] : cases) {
        benchmark::internal::Benchmark* bench
            = benchmark::RegisterBenchmark(name, [query = query](benchmark::State& state) { openBoard(state, query); });
        for (qint64 size : sizes())
            bench->Arg(size);
        bench->Unit(benchmark::kMillisecond)->UseRealTime();
    }
}

const bool registered = (registerAll(), true);

} // namespace
