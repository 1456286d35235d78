// Fifty desks at once on one PostgreSQL server (issue 20): scripts/loadtest.sh runs this.
//
// fiberdesk_loadtest --url postgresql://…/db [--seconds 300] [--sessions 50] [--orders 20000]
//                    [--hot 40] [--think-ms 1000] [--seed 1]
//
// Fills the database with the demo operator (when it holds no orders), then runs `sessions`
// desks, each a thread with its own connection and session, for `seconds`: dispatchers read
// the board (lane counts and the first page), search, assign and book orders; callback
// agents save calls. Each desk waits a random think time (0 to twice --think-ms) between
// actions, as a person does. Assignments and bookings go to a small shared set of "hot"
// orders, and calls to a shared set of tasks, so that desks collide: a change made on a
// version someone else has saved since must be refused as a conflict, never overwrite it.
//
// After the run it checks that no acknowledged write was lost: per order and per task, the
// versions the acknowledged saves returned are all different, their number is the version's
// rise over the run, and (orders) each has its event in the history; then the audit chain
// (`audit verify`) and the tables' counts. It prints a Markdown table (throughput, latency
// percentiles per action, conflicts refused, updates lost) and exits 1 when a write was lost
// or the integrity check failed.
#include "common/databaselocation.h"
#include "private/sql.h"
#include "services/auditservice.h"
#include "services/boardservice.h"
#include "services/callbackservice.h"
#include "services/demo/demoservice.h"
#include "services/orderservice.h"
#include "services/ruleservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

enum Action
{
    BoardRead,
    Search,
    Assignment,
    Booking,
    CallbackSave,
    kActions
};
const char* const kActionNames[kActions] = { "board read (lanes + first 200)", "search (first 50)",
    "assignment", "booking", "callback save" };

struct Options
{
    QString url;
    int seconds = 300;
    int sessions = 50;
    qint64 orders = 20000;
    int hot = 40;
    int thinkMs = 1000;
    quint32 seed = 1;
};

struct Tally
{
    std::vector<double> latenciesMs;
    qint64 ok = 0;
    qint64 conflicts = 0;
    qint64 refused = 0; // a rule said no (a task already concluded, an order moved on)
    qint64 errors = 0;
};

struct Ack
{
    QString key; // order number or task id
    int version = 0;
    QString actor;
};

struct Shared
{
    Options options;
    DatabaseLocation location;
    QStringList hotOrders;
    QHash<QString, QStringList> teamsFor; // order → teams that may take it
    QList<qint64> tasks;
    QDate today;
    std::mutex mutex;
    Tally tallies[kActions];
    QList<Ack> orderAcks;
    QList<Ack> taskAcks;
    QStringList failures; // unexpected errors, a few kept
};

bool isConflict(const QString& message)
{
    return message.contains(u"someone else"_s) || message.contains(u"after you opened it"_s);
}

void desk(Shared& shared, int index, qint64 deadlineMs, const QElapsedTimer& clock)
{
    Result<std::unique_ptr<Database>> opened
        = Database::open(shared.location, Database::OpenMode::ExistingOnly);
    if (!opened.ok()) {
        std::lock_guard<std::mutex> lock(shared.mutex);
        shared.failures.append(opened.error());
        return;
    }
    const bool agent = index % 5 == 4; // one desk in five makes callback calls
    const QString user = u"load-%1"_s.arg(index, 2, 10, QChar(u'0'));
    Session session(*opened.value(), { user, agent ? Role::CallbackAgent : Role::Dispatcher },
        QTimeZone("America/Lima"));
    std::mt19937 random(shared.options.seed * 1000u + quint32(index));
    const QStringList searches = { u"quispe"_s, u"王秀英"_s, u"lucia huaman"_s, u"351 845"_s,
        u"19451"_s, u"mamani rosa"_s };
    Tally tallies[kActions];
    QList<Ack> orderAcks;
    QList<Ack> taskAcks;
    QStringList failures;
    auto pick = [&](int size) { return int(random() % quint32(std::max(size, 1))); };

    while (clock.elapsed() < deadlineMs) {
        if (shared.options.thinkMs > 0) {
            const int pause = pick(2 * shared.options.thinkMs + 1);
            QThread::msleep(
                ulong(std::min<qint64>(pause, std::max<qint64>(0, deadlineMs - clock.elapsed()))));
            if (clock.elapsed() >= deadlineMs)
                break;
        }
        Action action;
        if (agent)
            action = pick(10) < 8 ? CallbackSave : Search;
        else {
            const int roll = pick(100);
            action = roll < 45 ? BoardRead : roll < 65 ? Search : roll < 85 ? Assignment : Booking;
        }
        QElapsedTimer timer;
        timer.start();
        QString error;
        bool refused = false;
        switch (action) {
        case BoardRead: {
            BoardService board(session);
            Result<BoardCounts> counts = board.counts(BoardQuery());
            Result<QList<WorkOrder>> page = board.page(BoardQuery(), std::nullopt, 200);
            if (!counts.ok())
                error = counts.error();
            else if (!page.ok())
                error = page.error();
            break;
        }
        case Search: {
            BoardService board(session);
            Result<QList<WorkOrder>> found
                = board.search(searches.at(pick(int(searches.size()))), 50);
            if (!found.ok())
                error = found.error();
            break;
        }
        case Assignment:
        case Booking: {
            // As on the board: the order is opened, then changed at the version seen.
            const QString number = shared.hotOrders.at(pick(int(shared.hotOrders.size())));
            OrderService orders(session);
            Result<std::optional<WorkOrder>> found = orders.find(number);
            if (!found.ok() || !found.value()) {
                error = found.ok() ? u"order %1 vanished"_s.arg(number) : found.error();
                break;
            }
            const WorkOrder order = *found.value();
            Result<OrderChange> change = Error(u"-"_s);
            if (action == Booking && order.status != OrderStatus::New) {
                const QDateTime start = QDateTime(
                    session.today().addDays(1 + pick(3)), QTime(8 + pick(8), 0), session.zone())
                                            .toUTC();
                change = orders.schedule(
                    number, order.version, session.now(), start, start.addSecs(7200), false);
            } else {
                if (action == Booking)
                    action = Assignment; // a new order is assigned before it is booked
                const QStringList teams = shared.teamsFor.value(number);
                change
                    = orders.assign(number, order.version, teams.at(pick(int(teams.size()))), {});
            }
            if (change.ok())
                orderAcks.append({ number, change.value().order.version, user });
            else
                error = change.error();
            break;
        }
        case CallbackSave: {
            const qint64 id = shared.tasks.at(pick(int(shared.tasks.size())));
            CallbackService callbacks(session);
            Result<std::optional<CallbackTask>> task = callbacks.find(id);
            if (!task.ok() || !task.value()) {
                error = task.ok() ? u"task %1 vanished"_s.arg(id) : task.error();
                break;
            }
            if (task.value()->status != CallbackStatus::Pending) {
                refused = true; // concluded: an agent's queue no longer offers it
                break;
            }
            Result<CallbackTask> saved = callbacks.recordAttempt(id, task.value()->version,
                session.now(), pick(2) ? CallbackOutcome::NoAnswer : CallbackOutcome::Busy);
            if (saved.ok())
                taskAcks.append({ QString::number(id), saved.value().version, user });
            else
                error = saved.error();
            break;
        }
        case kActions:
            break;
        }
        Tally& tally = tallies[action];
        tally.latenciesMs.push_back(timer.nsecsElapsed() / 1e6);
        if (refused)
            ++tally.refused;
        else if (error.isEmpty())
            ++tally.ok;
        else if (isConflict(error))
            ++tally.conflicts;
        else if (error.contains(u"not allowed"_s)
            || error.contains(u"cannot"_s, Qt::CaseInsensitive))
            ++tally.refused;
        else {
            ++tally.errors;
            if (failures.size() < 5)
                failures.append(error);
        }
    }
    std::lock_guard<std::mutex> lock(shared.mutex);
    for (int a = 0; a < kActions; ++a) {
        Tally& into = shared.tallies[a];
        into.latenciesMs.insert(
            into.latenciesMs.end(), tallies[a].latenciesMs.begin(), tallies[a].latenciesMs.end());
        into.ok += tallies[a].ok;
        into.conflicts += tallies[a].conflicts;
        into.refused += tallies[a].refused;
        into.errors += tallies[a].errors;
    }
    shared.orderAcks += orderAcks;
    shared.taskAcks += taskAcks;
    shared.failures += failures;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t at = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[at];
}

[[noreturn]] void fatal(const QString& message)
{
    std::fprintf(stderr, "loadtest: %s\n", qPrintable(message));
    std::exit(2);
}

qint64 count(const Database& database, const QString& sql, const QVariantList& values = {})
{
    Result<QVariant> counted = scalar(database, sql, values);
    if (!counted.ok())
        fatal(counted.error());
    return counted.value().toLongLong();
}

Options parse(const QStringList& arguments)
{
    Options options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& name = arguments.at(i);
        const QString value = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        auto next = [&] {
            ++i;
            return value;
        };
        if (name == u"--url"_s)
            options.url = next();
        else if (name == u"--seconds"_s)
            options.seconds = next().toInt();
        else if (name == u"--sessions"_s)
            options.sessions = next().toInt();
        else if (name == u"--orders"_s)
            options.orders = next().toLongLong();
        else if (name == u"--hot"_s)
            options.hot = next().toInt();
        else if (name == u"--think-ms"_s)
            options.thinkMs = next().toInt();
        else if (name == u"--seed"_s)
            options.seed = next().toUInt();
        else
            fatal(u"unknown argument %1"_s.arg(name));
    }
    if (options.url.isEmpty() || options.seconds <= 0 || options.sessions <= 0 || options.hot <= 0)
        fatal(u"usage: fiberdesk_loadtest --url postgresql://… [--seconds N] [--sessions N] "
              u"[--orders N] [--hot N] [--think-ms N] [--seed N]"_s);
    return options;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Shared shared;
    shared.options = parse(app.arguments());
    Result<DatabaseLocation> location = DatabaseLocation::parse(shared.options.url);
    if (!location.ok())
        fatal(location.error());
    if (location.value().engine != DatabaseLocation::Engine::Postgres)
        fatal(u"the load test runs on a PostgreSQL server"_s);
    shared.location = location.value();
    Result<std::unique_ptr<Database>> opened = Database::open(shared.location);
    if (!opened.ok())
        fatal(opened.error());
    Database& database = *opened.value();
    Session admin(database, { u"admin"_s, Role::Admin }, QTimeZone("America/Lima"));
    if (count(database, u"SELECT COUNT(*) FROM orders"_s) == 0) {
        std::printf("filling the database: the demo operator with %lld orders…\n",
            static_cast<long long>(shared.options.orders));
        std::fflush(stdout);
        Result<DemoSummary> demo
            = DemoService(admin).generate(shared.options.seed, shared.options.orders);
        if (!demo.ok())
            fatal(demo.error());
    }
    shared.today = admin.today();

    // The hot orders: the first open ones of the board, each with the teams that may take it.
    Result<QList<WorkOrder>> open = BoardService(admin).page(BoardQuery(), std::nullopt, 400);
    if (!open.ok())
        fatal(open.error());
    for (const WorkOrder& order : open.value()) {
        if (shared.hotOrders.size() >= shared.options.hot)
            break;
        if (order.status != OrderStatus::New && order.status != OrderStatus::Assigned
            && order.status != OrderStatus::Scheduled)
            continue;
        Result<QList<TeamProposal>> teams = OrderService(admin).proposeTeams(order.number);
        if (!teams.ok())
            fatal(teams.error());
        QStringList codes;
        for (const TeamProposal& team : teams.value()) {
            if (team.coversArea && team.unitActive && codes.size() < 3)
                codes.append(team.teamCode);
        }
        if (codes.isEmpty())
            continue;
        shared.hotOrders.append(order.number);
        shared.teamsFor.insert(order.number, codes);
    }
    Session agentSetup(
        database, { u"load-setup"_s, Role::CallbackAgent }, QTimeZone("America/Lima"));
    CallbackService callbacks(agentSetup);
    // The day's ~200 tasks would be concluded (three unanswered calls each) in the run's first
    // minutes, after which every call save is a refusal and the callback figures those of a
    // read: this operator lets its agents try a customer twenty times (the rule's highest).
    RuleSet rules = RuleService(admin).current().value();
    if (!rules.set(QString::fromUtf16(rule::kCallbackMaxAttempts), 20).ok()
        || !RuleService(admin).saveVersion(rules, u"load test: twenty call attempts"_s).ok())
        fatal(u"the callback rule could not be set"_s);
    if (!callbacks.generate(shared.today).ok())
        fatal(u"the day's callbacks could not be prepared"_s);
    Result<QList<CallbackTask>> queue = callbacks.queue(shared.today, 0, 1000);
    if (!queue.ok())
        fatal(queue.error());
    for (const CallbackTask& task : queue.value()) {
        if (task.status == CallbackStatus::Pending)
            shared.tasks.append(task.id);
    }
    if (shared.hotOrders.isEmpty() || shared.tasks.isEmpty())
        fatal(u"no open orders or pending callbacks to work on"_s);

    // What the checks compare with afterwards.
    QHash<QString, int> orderVersions;
    for (const QString& number : shared.hotOrders)
        orderVersions.insert(number, OrderService(admin).find(number).value()->version);
    QHash<QString, int> taskVersions;
    for (const qint64 id : shared.tasks)
        taskVersions.insert(QString::number(id), callbacks.find(id).value()->version);
    const qint64 ordersBefore = count(database, u"SELECT COUNT(*) FROM orders"_s);
    const qint64 lastEventBefore
        = count(database, u"SELECT COALESCE(MAX(id), 0) FROM order_events"_s);

    std::printf("%d desks for %d s (think time 0–%d ms), %lld hot orders, %lld callback tasks\n",
        shared.options.sessions, shared.options.seconds, 2 * shared.options.thinkMs,
        static_cast<long long>(shared.hotOrders.size()),
        static_cast<long long>(shared.tasks.size()));
    std::fflush(stdout);
    QElapsedTimer clock;
    clock.start();
    const qint64 deadline = qint64(shared.options.seconds) * 1000;
    std::vector<std::thread> desks;
    for (int i = 0; i < shared.options.sessions; ++i)
        desks.emplace_back([&shared, i, deadline, &clock] { desk(shared, i, deadline, clock); });
    for (std::thread& thread : desks)
        thread.join();
    const double elapsed = clock.elapsed() / 1000.0;

    // Lost updates: every acknowledged save is in the database, none overwrote another.
    qint64 lost = 0;
    QStringList lostWhat;
    auto checkAcks = [&](const QList<Ack>& acks, const QHash<QString, int>& before,
                         const std::function<int(const QString&)>& versionNow, const char* what) {
        QHash<QString, QSet<int>> versions;
        QHash<QString, int> acknowledged;
        for (const Ack& ack : acks) {
            if (versions[ack.key].contains(ack.version)) {
                ++lost; // two saves acknowledged at one version: one overwrote the other
                lostWhat.append(
                    u"%1 %2 v%3 acknowledged twice"_s.arg(QString::fromLatin1(what), ack.key)
                        .arg(ack.version));
            }
            versions[ack.key].insert(ack.version);
            ++acknowledged[ack.key];
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const int rise = versionNow(it.key()) - it.value();
            if (rise != acknowledged.value(it.key())) {
                lost += std::abs(acknowledged.value(it.key()) - rise);
                lostWhat.append(u"%1 %2: %3 saves acknowledged, version rose by %4"_s
                                    .arg(QString::fromLatin1(what), it.key())
                                    .arg(acknowledged.value(it.key()))
                                    .arg(rise));
            }
        }
    };
    checkAcks(
        shared.orderAcks, orderVersions,
        [&](const QString& number) { return OrderService(admin).find(number).value()->version; },
        "order");
    checkAcks(
        shared.taskAcks, taskVersions,
        [&](const QString& id) { return callbacks.find(id.toLongLong()).value()->version; },
        "callback");
    // Each acknowledged order change has its event, by its desk.
    for (const QString& number : shared.hotOrders) {
        qint64 acks = 0;
        for (const Ack& ack : shared.orderAcks)
            acks += ack.key == number ? 1 : 0;
        const qint64 events = count(database,
            u"SELECT COUNT(*) FROM order_events e JOIN orders o ON o.id = e.order_id "
            u"WHERE o.number = ? AND e.id > ? AND e.actor LIKE 'load-%'"_s,
            { number, lastEventBefore });
        if (events != acks) {
            lost += std::abs(events - acks);
            lostWhat.append(
                u"order %1: %2 saves acknowledged, %3 events"_s.arg(number).arg(acks).arg(events));
        }
    }
    const qint64 ordersAfter = count(database, u"SELECT COUNT(*) FROM orders"_s);
    const qint64 eventsWritten
        = count(database, u"SELECT COUNT(*) FROM order_events WHERE id > ?"_s, { lastEventBefore });
    Result<AuditCheck> audit = AuditService(admin).verify();
    const bool auditOk = audit.ok() && audit.value().intact;

    qint64 total = 0;
    qint64 conflicts = 0;
    std::printf("\n| action | done | ok | conflicts refused | refused by a rule | errors | per s | "
                "p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (int a = 0; a < kActions; ++a) {
        const Tally& tally = shared.tallies[a];
        const qint64 done = qint64(tally.latenciesMs.size());
        total += done;
        conflicts += tally.conflicts;
        std::printf("| %s | %lld | %lld | %lld | %lld | %lld | %.1f | %.1f | %.1f | %.1f |\n",
            kActionNames[a], static_cast<long long>(done), static_cast<long long>(tally.ok),
            static_cast<long long>(tally.conflicts), static_cast<long long>(tally.refused),
            static_cast<long long>(tally.errors), double(done) / elapsed,
            percentile(tally.latenciesMs, 0.50), percentile(tally.latenciesMs, 0.95),
            percentile(tally.latenciesMs, 0.99));
    }
    std::printf("\n%d desks, %.0f s: %lld actions (%.1f a second), %lld conflicts refused, "
                "%lld updates lost\n",
        shared.options.sessions, elapsed, static_cast<long long>(total), double(total) / elapsed,
        static_cast<long long>(conflicts), static_cast<long long>(lost));
    for (const QString& what : lostWhat.mid(0, 10))
        std::printf("  lost: %s\n", qPrintable(what));
    std::printf("after: orders %lld (before %lld), order events written %lld, audit chain %s\n",
        static_cast<long long>(ordersAfter), static_cast<long long>(ordersBefore),
        static_cast<long long>(eventsWritten),
        auditOk ? "intact" : qPrintable(audit.ok() ? audit.value().problem : audit.error()));
    for (const QString& failure : shared.failures.mid(0, 10))
        std::printf("  error: %s\n", qPrintable(failure));
    std::fflush(stdout);
    const bool errors = std::any_of(std::begin(shared.tallies), std::end(shared.tallies),
        [](const Tally& tally) { return tally.errors > 0; });
    return lost == 0 && auditOk && ordersAfter == ordersBefore && !errors ? 0 : 1;
}
