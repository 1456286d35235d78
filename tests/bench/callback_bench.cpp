// Next-day callbacks at operator scale (issue 4): a database of 5 million orders received at
// about 20,600 a day, so that some 20,000 are completed on each day (the rest are cancelled,
// or completed the next day), with the callback history of every earlier day already there.
// Times generating the queue for one day, running it again (the desktop program does on
// every start), reading what the agent page shows first, and opening the page itself.
//
// The daily bulletin of the same day is timed too: it counts the day's completions the same way.
//
// Sizes: FIBERDESK_BENCH_CALLBACK_SIZES (default "200000,5000000"): the smaller database
// holds ten days of the same volume, so the figures show what history costs.
#include "benchdata.h"
#include "pages/callbackspage.h"
#include "private/sql.h"
#include "private/sqlvalues.h"
#include "services/bulletinservice.h"
#include "services/callbackservice.h"

#include <QElapsedTimer>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <set>

using namespace fd;
using namespace fd::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kOrdersPerDay = 20600;

// Orders completed on the 17th, called back on the 18th: every day's orders of the demo
// writer are settled by then (only the last two days are still in progress).
QDate queueDay()
{
    return benchNow().toTimeZone(benchZone()).date().addDays(-2);
}

// The database of `orders`, with every day's queue generated except queueDay()'s: the
// callback history a real operator has. Generating is idempotent, so an interrupted fill
// is completed on the next run.
BenchDatabase& callbackDatabase(qint64 orders)
{
    static std::set<qint64> prepared;
    BenchDatabase& db = filledDatabase(orders, kOrdersPerDay);
    if (prepared.count(orders))
        return db;
    prepared.insert(orders);
    QElapsedTimer timer;
    timer.start();
    CallbackService callbacks(*db.session);
    const QDate last = benchNow().toTimeZone(benchZone()).date();
    const QDate first = last.addDays(-(orders / kOrdersPerDay) - 3);
    qint64 created = 0;
    for (QDate due = first; due <= last; due = due.addDays(1)) {
        if (due == queueDay())
            continue;
        Result<CallbackQueueOutcome> outcome = callbacks.generate(due);
        if (!outcome.ok())
            qFatal("%s", qPrintable(outcome.error()));
        created += outcome.value().created;
    }
    const qint64 tasks
        = scalar(*db.database, u"SELECT COUNT(*) FROM callback_tasks"_s).value().toLongLong();
    std::printf("callback history: %lld tasks (%lld created now) in %.1f s\n",
        static_cast<long long>(tasks), static_cast<long long>(created), timer.nsecsElapsed() / 1e9);
    std::fflush(stdout);
    return db;
}

void dropQueue(BenchDatabase& db)
{
    if (!execSql(*db.database, u"DELETE FROM callback_tasks WHERE due_on = ?"_s,
            { dateToSql(queueDay()) })
             .ok())
        qFatal("the queue could not be dropped");
}

// Generating the day's queue from nothing: one INSERT … SELECT over a day's completions.
void BM_GenerateQueue(benchmark::State& state)
{
    BenchDatabase& db = callbackDatabase(state.range(0));
    qint64 created = 0;
    for (auto _ : state) {
        state.PauseTiming();
        dropQueue(db);
        state.ResumeTiming();
        Result<CallbackQueueOutcome> outcome = CallbackService(*db.session).generate(queueDay());
        if (!outcome.ok())
            state.SkipWithError("generate failed");
        created = outcome.value().created;
    }
    state.counters["created"] = double(created);
}

// The desktop program's start when the queue is already there: nothing to create.
void BM_GenerateQueueAgain(benchmark::State& state)
{
    BenchDatabase& db = callbackDatabase(state.range(0));
    (void)CallbackService(*db.session).generate(queueDay());
    for (auto _ : state) {
        Result<CallbackQueueOutcome> outcome = CallbackService(*db.session).generate(queueDay());
        if (!outcome.ok() || outcome.value().created != 0)
            state.SkipWithError("the second run created tasks");
        state.counters["total"] = double(outcome.value().total);
    }
}

// What the agent page reads to open: the counts, the first page of the queue, the next
// call and its earlier attempts.
void BM_AgentPageData(benchmark::State& state)
{
    BenchDatabase& db = callbackDatabase(state.range(0));
    (void)CallbackService(*db.session).generate(queueDay());
    for (auto _ : state) {
        CallbackService callbacks(*db.session);
        Result<CallbackCounts> counts = callbacks.counts(queueDay());
        Result<QList<CallbackTask>> page = callbacks.queue(queueDay(), 0, 200);
        Result<std::optional<CallbackTask>> next = callbacks.nextCall(queueDay());
        if (!counts.ok() || !page.ok() || !next.ok() || !next.value())
            state.SkipWithError("a query failed");
        Result<QList<CallbackAttempt>> attempts = callbacks.attempts(next.value()->id);
        benchmark::DoNotOptimize(attempts.ok());
        state.counters["due"] = double(counts.value().due);
        state.counters["rows"] = double(page.value().size());
    }
}

// The page itself, offscreen: built, then shown on the day (counts, queue, next call,
// script, rules).
void BM_AgentPageOpen(benchmark::State& state)
{
    BenchDatabase& db = callbackDatabase(state.range(0));
    (void)CallbackService(*db.session).generate(queueDay());
    for (auto _ : state) {
        CallbacksPage page(*db.session);
        page.setDay(queueDay());
        if (!page.panel())
            state.SkipWithError("no page");
        state.counters["due"] = double(page.counts().due);
    }
}

// The daily bulletin of the day the queue's orders were completed (SPEC §6).
void BM_DailyBulletin(benchmark::State& state)
{
    BenchDatabase& db = callbackDatabase(state.range(0));
    for (auto _ : state) {
        Result<Bulletin> bulletin = BulletinService(*db.session).daily(queueDay().addDays(-1));
        if (!bulletin.ok())
            state.SkipWithError("the bulletin failed");
        qint64 completed = 0;
        for (const BulletinLine& line : bulletin.value().units)
            completed += line.completed;
        state.counters["completed"] = double(completed);
    }
}

void registerAll()
{
    const std::pair<const char*, void (*)(benchmark::State&)> cases[] = {
        { "CallbackGenerateQueue", BM_GenerateQueue },
        { "CallbackGenerateQueueAgain", BM_GenerateQueueAgain },
        { "CallbackAgentPageData", BM_AgentPageData },
        { "CallbackAgentPageOpen", BM_AgentPageOpen },
        { "CallbackDailyBulletin", BM_DailyBulletin },
    };
    for (const auto& [name, function] : cases) {
        benchmark::internal::Benchmark* bench = benchmark::RegisterBenchmark(name, function);
        for (qint64 size : sizesFrom("FIBERDESK_BENCH_CALLBACK_SIZES", u"200000,5000000"_s))
            bench->Arg(size);
        bench->Unit(benchmark::kMillisecond)->UseRealTime();
    }
}

const bool registered = (registerAll(), true);

} // namespace
