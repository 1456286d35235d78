// The team schedule (issue 16): the teams' day as the schedule reads it, and a booking as
// a drag and drop saves it (the order read, the §14 problems previewed, assign and book in
// one transaction), on an operator-sized organisation (100 units, 1,000 teams with their
// technicians) holding N orders at 2,000 a day. The day read covers every active team
// (1,000; the figure is for 200), with a counter of the teams and windows read.
// Each case prints its floor beside it (floor_ms, and x_floor: the case over its floor).
//
// Sizes: FIBERDESK_SCHEDULE_BENCH_SIZES (default "5000,200000"). Databases are kept in
// FIBERDESK_BENCH_DIR (default /tmp/fiberdesk-bench) and reused when already filled. With
// FIBERDESK_BENCH_POSTGRES both run again on the PostgreSQL twin ("Pg…").
#include "benchdata.h"
#include "benchfloor.h"
#include "benchmirror.h"
#include "private/sql.h"
#include "services/import/importservice.h"
#include "services/orderservice.h"
#include "services/scheduleservice.h"
#include "storage/orderrepository.h"

#include <QElapsedTimer>
#include <benchmark/benchmark.h>

using namespace fd;
using namespace fd::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kOrdersPerDay = 2000;
constexpr int kTechnicians = 3000;

BenchDatabase& scheduleDatabase(qint64 orders)
{
    return benchDatabase(
        u"schedule-%1.db"_s.arg(orders),
        [orders](const Session& session) {
            OrderFilter all;
            Result<qint64> count = OrderRepository(session.database()).count(all, orders + 1);
            return count.ok() && count.value() == orders;
        },
        [orders](const Session& session) {
            importOrganisation(session);
            if (!ImportService(session)
                     .importBytes(
                         ImportKind::Technicians, techniciansFile(kTechnicians), u"t.csv"_s)
                     .ok())
                qFatal("the technicians could not be imported");
            importDemoOrders(session, orders, kOrdersPerDay);
        });
}

BenchDatabase& engineDatabase(qint64 orders, bool postgres)
{
    BenchDatabase& file = scheduleDatabase(orders);
    return postgres ? postgresTwin(u"fd_bench_schedule_%1"_s.arg(orders), file) : file;
}

// Beside its floor: the day's windows of every team read by the repository alone (the same
// columns and joins, through the appointments' index), without the teams, their
// technicians or the problems of each day.
void ScheduleDay(benchmark::State& state, bool postgres)
{
    BenchDatabase& db = engineDatabase(state.range(0), postgres);
    const QDate today = db.session->today();
    qsizetype windows = 0;
    QElapsedTimer timer;
    timer.start();
    for (auto _ : state) {
        Result<QList<TeamDay>> days = ScheduleService(*db.session).day(today);
        if (!days.ok()) {
            state.SkipWithError(qPrintable(days.error()));
            return;
        }
        windows = 0;
        for (const TeamDay& day : days.value())
            windows += day.orders.size();
        state.counters["teams"] = double(days.value().size());
    }
    const double dayMs = millisecondsPerIteration(timer, state);
    state.counters["windows"] = double(windows);
    const QTimeZone& zone = db.session->zone();
    const QDateTime from = QDateTime(today, QTime(0, 0), zone).toUTC();
    const QDateTime before = QDateTime(today.addDays(1), QTime(0, 0), zone).toUTC();
    const OrderRepository orders(db.session->database());
    const double floorMs = meanMilliseconds(floorRuns(state), [&] {
        Result<QList<WorkOrder>> read = orders.appointmentsOfAllTeams(from, before);
        return read.ok() && read.value().size() == windows;
    });
    reportBesideFloor(state, dayMs, floorMs);
}

// One booking saved as the schedule saves a drop: the order read, its problems previewed,
// then assigned and booked. The same order goes back and forth between two teams and two
// windows, so every iteration writes an assign and a schedule event.
void BookingSaved(benchmark::State& state, bool postgres)
{
    BenchDatabase& db = engineDatabase(state.range(0), postgres);
    const Session& session = *db.session;
    ScheduleService schedule(session);
    Result<QList<WorkOrder>> open = schedule.unbooked({}, {}, 1);
    if (!open.ok() || open.value().isEmpty()) {
        state.SkipWithError("no order to book");
        return;
    }
    const QString number = open.value().first().number;
    const QDateTime morning(session.today().addDays(1), QTime(9, 0), session.zone());
    int turn = 0;
    QElapsedTimer timer;
    timer.start();
    for (auto _ : state) {
        Booking target;
        target.teamCode = turn % 2 ? u"U1-T1"_s : u"U1-T2"_s;
        target.start = morning.addSecs(3600 * (turn % 4)).toUTC();
        target.end = target.start.addSecs(2 * 3600);
        ++turn;
        const Status saved = saveDrop(session, number, target);
        if (!saved.ok()) {
            state.SkipWithError(qPrintable(saved.error()));
            return;
        }
    }
    const double savedMs = millisecondsPerIteration(timer, state);
    // The floor: the order's row written back as it is in one committed transaction, the
    // least a saved booking costs on this engine (without its events, the audit record or
    // the reads and checks before it).
    Database& database = session.database();
    const double floorMs = meanMilliseconds(floorRuns(state), [&] {
        Transaction transaction(database);
        return transaction.started().ok()
            && execSql(
                database, u"UPDATE orders SET version = version WHERE number = ?"_s, { number })
                   .ok()
            && transaction.commit().ok();
    });
    reportBesideFloor(state, savedMs, floorMs);
}

void registerAll()
{
    const QList<qint64> sizes = sizesFrom("FIBERDESK_SCHEDULE_BENCH_SIZES", u"5000,200000"_s);
    for (const bool postgres : { false, true }) {
        if (postgres && benchServer().isEmpty())
            continue;
        for (auto [name, function] : { std::pair { "ScheduleDayAllTeams", &ScheduleDay },
                 std::pair { "ScheduleBookingSaved", &BookingSaved } }) {
            const std::string label = (postgres ? "Pg" : "") + std::string(name);
            benchmark::internal::Benchmark* bench = benchmark::RegisterBenchmark(
                label.c_str(), [function = function, postgres](benchmark::State& state) {
                    function(state, postgres);
                });
            for (qint64 size : sizes)
                bench->Arg(size);
            bench->Unit(benchmark::kMillisecond)->UseRealTime();
        }
    }
}

const bool registered = (registerAll(), true);

} // namespace
