// The dispatch board at operator scale (issue 3): fills databases of 5 thousand, 1 million
// and 5 million orders through the orders importer (printing its rows per second), then
// times opening the board and applying filters on each. The operator's daily volume is the
// same at every size (2,000 orders a day), so the larger databases hold longer histories,
// not more open work: the board's speed must not depend on how much history there is.
//
// Sizes: FIBERDESK_BENCH_SIZES (default "5000,1000000,5000000"). Databases are kept in
// FIBERDESK_BENCH_DIR (default /tmp/fiberdesk-bench) and reused when already filled. With
// FIBERDESK_BENCH_POSTGRES every case runs again on a PostgreSQL twin of each database.
#include "benchdata.h"
#include "benchmirror.h"
#include "services/boardservice.h"
#include "storage/orderrepository.h"

#include <benchmark/benchmark.h>

using namespace fd;
using namespace fd::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kOrdersPerDay = 2000;

QList<qint64> sizes()
{
    return sizesFrom("FIBERDESK_BENCH_SIZES", u"5000,1000000,5000000"_s);
}

// The board's database of `orders` orders on the engine asked for: the SQLite file, or its
// PostgreSQL twin (the same rows) on the bench server.
BenchDatabase& boardDatabase(qint64 orders, bool postgres)
{
    BenchDatabase& file = filledDatabase(orders, kOrdersPerDay);
    return postgres ? postgresTwin(u"fd_bench_board_%1"_s.arg(orders), file) : file;
}

// Opening the board: its lane counts and first page of open orders by deadline.
void openBoard(benchmark::State& state, BoardQuery query, bool postgres)
{
    BenchDatabase& db = boardDatabase(state.range(0), postgres);
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

// A board's first page in a sort of one column, with the page after it (no counts).
void sortBoard(benchmark::State& state, const BoardQuery& query)
{
    BenchDatabase& db = boardDatabase(state.range(0), false);
    for (auto _ : state) {
        BoardService board(*db.session);
        Result<QList<WorkOrder>> page = board.page(query, std::nullopt, 200);
        if (!page.ok() || page.value().isEmpty()) {
            state.SkipWithError("board query failed");
            break;
        }
        Result<QList<WorkOrder>> next
            = board.page(query, OrderRepository::cursorAfter(page.value().last(), query.sort), 200);
        if (!next.ok()) {
            state.SkipWithError("board query failed");
            break;
        }
        benchmark::DoNotOptimize(next.value().size());
        state.counters["rows"] = double(page.value().size() + next.value().size());
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
    // Issue 16: every other column's sort, of all orders (index ranges) and of open work
    // (sorted whole), both ways.
    const std::pair<const char*, OrderSort> sorts[] = {
        { "Sla", OrderSort::Sla },
        { "Kind", OrderSort::Kind },
        { "Status", OrderSort::Status },
        { "Customer", OrderSort::Customer },
        { "Phone", OrderSort::Phone },
        { "Area", OrderSort::Area },
        { "Unit", OrderSort::Unit },
        { "Team", OrderSort::Team },
        { "Technician", OrderSort::Technician },
        { "Appointment", OrderSort::Appointment },
    };
    for (const auto& [name, sort] : sorts) {
        for (const bool all : { true, false }) {
            for (const bool descending : { false, true }) {
                BoardQuery query;
                query.scope = all ? BoardQuery::Scope::All : BoardQuery::Scope::Open;
                query.sort = sort;
                query.descending = descending;
                const std::string label = std::string("Sort") + (all ? "All" : "Open") + name
                    + (descending ? "Desc" : "");
                benchmark::internal::Benchmark* bench = benchmark::RegisterBenchmark(
                    label.c_str(), [query](benchmark::State& state) { sortBoard(state, query); });
                for (qint64 size : sizes())
                    bench->Arg(size);
                bench->Unit(benchmark::kMillisecond)->UseRealTime();
            }
        }
    }
    // Each case on SQLite, and (with FIBERDESK_BENCH_POSTGRES) on PostgreSQL as "Pg…".
    for (const bool postgres : { false, true }) {
        if (postgres && benchServer().isEmpty())
            continue;
        for (const auto& [name, query] : cases) {
            const std::string label = (postgres ? "Pg" : "") + std::string(name);
            benchmark::internal::Benchmark* bench = benchmark::RegisterBenchmark(
                label.c_str(), [query = query, postgres](benchmark::State& state) {
                    openBoard(state, query, postgres);
                });
            for (qint64 size : sizes())
                bench->Arg(size);
            bench->Unit(benchmark::kMillisecond)->UseRealTime();
        }
    }
}

const bool registered = (registerAll(), true);

} // namespace
