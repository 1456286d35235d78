// Search anywhere at operator scale (SPEC §14, issue 16): the first page of `orders search`
// (50 orders, earliest deadline first) on the board bench's databases (2,000 orders a day;
// 5 thousand, 1 million and 5 million orders), for the texts a dispatcher types: a surname
// (common in the demo's Peruvian half), a Chinese name, a full name without accents, the end
// of an order number, phone digits, text nothing holds, and two letters (open orders only).
// Each prints its floor beside it (floor_ms: the same page's orders read by their numbers;
// x_floor: the search over its floor).
// The databases are the board bench's own (board-N.db in FIBERDESK_BENCH_DIR); a database
// filled before search anywhere is upgraded on opening (migration 11 fills the search text
// and builds the trigram index), which prints nothing but shows in the first case's time.
// With FIBERDESK_BENCH_POSTGRES every case runs again on the PostgreSQL twin ("Pg…").
// ScheduleAllTeams times `schedule --date` of the bench's day for every team (42), and
// BoardBookingSaved a drop saved on the schedule (as schedule_bench.cpp's, on this history).
#include "benchdata.h"
#include "benchfloor.h"
#include "benchmirror.h"
#include "services/boardservice.h"
#include "services/scheduleservice.h"
#include "storage/orderrepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <benchmark/benchmark.h>
#include <cstdio>

using namespace fd;
using namespace fd::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kOrdersPerDay = 2000;
constexpr int kFirstPage = 50;

QList<qint64> sizes()
{
    return sizesFrom("FIBERDESK_BENCH_SIZES", u"5000,1000000,5000000"_s);
}

BenchDatabase& searchDatabase(qint64 orders, bool postgres)
{
    static QSet<qint64> reported;
    QElapsedTimer opening;
    opening.start();
    BenchDatabase& file = filledDatabase(orders, kOrdersPerDay);
    if (!postgres && !reported.contains(orders)) {
        reported.insert(orders);
        std::printf("search: %lld orders, the file is %.0f MB (opened, upgraded if need be, "
                    "in %.1f s)\n",
            orders, double(QFileInfo(file.database->location().filePath).size()) / (1024 * 1024),
            double(opening.elapsed()) / 1000);
    }
    return postgres ? postgresTwin(u"fd_bench_board_%1"_s.arg(orders), file) : file;
}

// The first page of a search, beside its floor: the same page's orders read by their
// numbers (OrderRepository::findMany: the same columns and joins, through the numbers'
// index, no search), which is what the answer alone costs at this size. An empty page's
// floor is one such read that finds nothing.
void searchFirstPage(benchmark::State& state, const QString& text, bool postgres)
{
    BenchDatabase& db = searchDatabase(state.range(0), postgres);
    QStringList numbers;
    QElapsedTimer timer;
    timer.start();
    for (auto _ : state) {
        Result<QList<WorkOrder>> found = BoardService(*db.session).search(text, kFirstPage);
        if (!found.ok()) {
            state.SkipWithError("search failed");
            return;
        }
        numbers.clear();
        for (const WorkOrder& order : std::as_const(found.value()))
            numbers.append(order.number);
    }
    const double searchMs = millisecondsPerIteration(timer, state);
    state.counters["rows"] = double(numbers.size());
    const OrderRepository orders(db.session->database());
    const QStringList wanted = numbers.isEmpty() ? QStringList { u"-"_s } : numbers;
    const double floorMs = meanMilliseconds(floorRuns(state), [&] {
        Result<QHash<QString, WorkOrder>> read = orders.findMany(wanted);
        return read.ok() && read.value().size() == numbers.size();
    });
    reportBesideFloor(state, searchMs, floorMs);
}

// `schedule --date` of the bench's day for every team (the demo operator's 42): each
// team's technicians and windows, problems flagged.
void scheduleDay(benchmark::State& state, bool postgres)
{
    BenchDatabase& db = searchDatabase(state.range(0), postgres);
    const QDate day = benchNow().toTimeZone(benchZone()).date();
    for (auto _ : state) {
        Result<QList<TeamDay>> days = ScheduleService(*db.session).day(day);
        if (!days.ok()) {
            state.SkipWithError("schedule failed");
            break;
        }
        qint64 windows = 0;
        for (const TeamDay& team : days.value())
            windows += team.orders.size();
        state.counters["teams"] = double(days.value().size());
        state.counters["windows"] = double(windows);
    }
}

// A drop on the schedule saved, as ScheduleBookingSaved (schedule_bench.cpp) on the board's
// history: an assigned order without a window read, its problems previewed, booked with its
// team; four windows of tomorrow in turn, so every iteration writes a schedule event.
void bookingSaved(benchmark::State& state)
{
    BenchDatabase& db = searchDatabase(state.range(0), false);
    const Session& session = *db.session;
    ScheduleService schedule(session);
    Result<QList<WorkOrder>> open = schedule.unbooked({}, {}, 200);
    if (!open.ok()) {
        state.SkipWithError(qPrintable(open.error()));
        return;
    }
    // Copied out: the chosen order's number and team, not a pointer into the list.
    QString number;
    QString team;
    for (const WorkOrder& order : std::as_const(open.value())) {
        if (!order.teamCode.isEmpty()) {
            number = order.number;
            team = order.teamCode;
            break;
        }
    }
    if (number.isEmpty()) {
        state.SkipWithError("no assigned order to book");
        return;
    }
    const QDateTime morning(session.today().addDays(1), QTime(9, 0), session.zone());
    int turn = 0;
    for (auto _ : state) {
        Booking target;
        target.teamCode = team;
        target.start = morning.addSecs(3600 * (turn++ % 4)).toUTC();
        target.end = target.start.addSecs(2 * 3600);
        const Status saved = saveDrop(session, number, target);
        if (!saved.ok()) {
            state.SkipWithError(qPrintable(saved.error()));
            return;
        }
    }
}

// The same first page the way it was found before the range of numbers (issue 16): the
// deadline walk (which falls short: the matches are the newest) and then the trigram index.
void numberPrefixWithoutRange(benchmark::State& state)
{
    BenchDatabase& db = searchDatabase(state.range(0), false);
    OrderFilter filter;
    filter.search = u"WO-2611"_s;
    const OrderRepository orders(db.session->database());
    for (auto _ : state) {
        Result<std::optional<QList<WorkOrder>>> walked
            = orders.searchWalk(filter, OrderSort::Deadline, std::nullopt, kFirstPage, false);
        Result<QList<WorkOrder>> found
            = orders.filteredPage(filter, OrderSort::Deadline, std::nullopt, kFirstPage, false);
        if (!walked.ok() || !found.ok()) {
            state.SkipWithError("search failed");
            break;
        }
        benchmark::DoNotOptimize(found.value().size());
        state.counters["rows"] = double(found.value().size());
    }
}

void registerAll()
{
    benchmark::internal::Benchmark* without
        = benchmark::RegisterBenchmark("SearchNumberPrefixWithoutRange", numberPrefixWithoutRange);
    for (qint64 size : sizes())
        without->Arg(size);
    without->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::internal::Benchmark* booking
        = benchmark::RegisterBenchmark("BoardBookingSaved", bookingSaved);
    for (qint64 size : sizes())
        booking->Arg(size);
    booking->Unit(benchmark::kMillisecond)->UseRealTime();
    const std::pair<const char*, QString> cases[] = {
        { "SearchSurname", u"quispe"_s },
        { "SearchChineseName", u"王秀英"_s },
        { "SearchWithoutAccents", u"lucia huaman"_s },
        { "SearchNumberEnd", u"19451"_s },
        { "SearchPhoneDigits", u"351 845"_s },
        { "SearchNothing", u"zqxjv"_s },
        { "SearchTwoLetters", u"qu"_s },
        // Issue 16: the start of the newest month's order numbers (tens of thousands of
        // matches, none in the oldest deadlines the walk reads first).
        { "SearchNumberPrefix", u"WO-2611"_s },
    };
    for (const bool postgres : { false, true }) {
        if (postgres && benchServer().isEmpty())
            continue;
        benchmark::internal::Benchmark* schedule
            = benchmark::RegisterBenchmark(postgres ? "PgScheduleAllTeams" : "ScheduleAllTeams",
                [postgres](benchmark::State& state) { scheduleDay(state, postgres); });
        for (qint64 size : sizes())
            schedule->Arg(size);
        schedule->Unit(benchmark::kMillisecond)->UseRealTime();
        for (const auto& [name, text] : cases) {
            const std::string label = (postgres ? "Pg" : "") + std::string(name);
            benchmark::internal::Benchmark* bench = benchmark::RegisterBenchmark(
                label.c_str(), [text = text, postgres](benchmark::State& state) {
                    searchFirstPage(state, text, postgres);
                });
            for (qint64 size : sizes())
                bench->Arg(size);
            bench->Unit(benchmark::kMillisecond)->UseRealTime();
        }
    }
}

const bool registered = (registerAll(), true);

} // namespace
