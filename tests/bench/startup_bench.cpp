// Starting the desktop program, and the day's backup beside it (issue 24).
//
// Startup: the bench program runs itself again as a child that does what the desktop
// program does between its start and a usable board (open the database, read the zone,
// prepare the day's callbacks, build the main window on the dispatch board and show it),
// then starts the day's backup in the background as fiberdesk does. The child reports the
// time from its process start to the first window painted and to the board's first page
// loaded, and while the backup runs: the longest the GUI thread did not answer and the
// slowest save on the board. Three starts on each database: the day's first (a backup is
// due), a later one (it is written), and the day's first as FiberDesk did it before issue
// 24 (the backup on the GUI thread before the window).
//
// Backups: on the same databases, side by side, a plain copy of the file, the online backup
// in steps (the snapshot FiberDesk compresses), VACUUM INTO on a second connection, and the
// whole compressed, checked backup; each with the slowest save made on the board meanwhile.
//
// Sizes: FIBERDESK_BENCH_STARTUP_SIZES (default "5000,1000000"); the databases are the
// board bench's (tests/bench/board_bench.cpp), in FIBERDESK_BENCH_DIR.
#include "benchdata.h"
#include "mainwindow.h"
#include "models/boardmodel.h"
#include "pages/dispatchpage.h"
#include "services/backupservice.h"
#include "services/boardservice.h"
#include "services/orderservice.h"
#include "services/ruleservice.h"
#include "startupbench.h"
#include "storage/backupfile.h"
#include "storage/sqlitebackup.h"
#include "storage/sqlitefile.h"
#include "storage/sqlitehandle.h"
#include "todayscallbacks.h"
#include "workers/dailybackupjob.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QTimer>
#include <QWindow>
#include <algorithm>
#include <atomic>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>
#include <sqlite3.h>
#include <unistd.h>

using namespace fd;
using namespace fd::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kOrdersPerDay = 2000;

QList<qint64> sizes()
{
    return sizesFrom("FIBERDESK_BENCH_STARTUP_SIZES", u"5000,1000000"_s);
}

// Milliseconds since this process started (its start time in /proc, in clock ticks since
// boot, against the time since boot now).
double sinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s);
    QFile uptime(u"/proc/uptime"_s);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    const double nowSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (nowSeconds - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

// A copy of the bench database for one start, so that saves and backups leave it as it is.
QString scratchCopy(qint64 orders)
{
    BenchDatabase& source = filledDatabase(orders, kOrdersPerDay);
    const QString from = source.database->location().filePath;
    (void)sqlite3_wal_checkpoint_v2(
        sqliteHandle(*source.database), nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    const QString dir = QFileInfo(from).absoluteDir().filePath(u"startup-%1"_s.arg(orders));
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString to = QDir(dir).filePath(u"desk.db"_s);
    if (!QFile::copy(from, to))
        qFatal("cannot copy %s", qPrintable(from));
    // On the disk before the start is timed: a desk's database was not just written, and the
    // kernel flushing gigabytes of a fresh copy would slow whichever start comes first.
    QFile copy(to);
    if (!copy.open(QIODevice::ReadWrite) || ::fsync(copy.handle()) != 0)
        qFatal("cannot flush %s", qPrintable(to));
    return to;
}

// Saves on the board, one every 20 ms on this thread's own connection, until `done`:
// assigning and unassigning nothing but a note would be no save, so each assigns an
// unassigned order to a team of an active unit. Returns the slowest, in milliseconds.
struct SaveTimes
{
    int count = 0;
    double slowestMs = 0;
    int failed = 0;
};

SaveTimes saveWhile(
    const Session& session, const std::function<bool()>& done,
    const std::function<void()>& pause = [] { QThread::msleep(20); })
{
    SaveTimes times;
    BoardQuery query;
    query.status = OrderStatus::New;
    Result<QList<WorkOrder>> orders = BoardService(session).page(query, std::nullopt, 200);
    if (!orders.ok())
        qFatal("%s", qPrintable(orders.error()));
    OrderService service(session);
    for (int at = 0; !done() && at < orders.value().size(); ++at) {
        const WorkOrder& order = orders.value().at(at);
        Result<QList<TeamProposal>> teams = service.proposeTeams(order.number);
        QString team;
        for (const TeamProposal& proposal : teams.ok() ? teams.value() : QList<TeamProposal>()) {
            if (proposal.unitActive && team.isEmpty())
                team = proposal.teamCode;
        }
        QElapsedTimer took;
        took.start();
        const bool saved = service.assign(order.number, order.version, team, {}).ok();
        times.slowestMs = std::max(times.slowestMs, took.nsecsElapsed() / 1e6);
        times.count += 1;
        times.failed += saved ? 0 : 1;
        pause();
    }
    return times;
}

} // namespace

namespace fd::bench {

int runStartupChild(const QString& path, const QString& mode)
{
    // What fiberdesk's main() does up to the board, timed from the process's start.
    Result<std::unique_ptr<Database>> opened
        = Database::open(DatabaseLocation::parse(path).value());
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Database& database = *opened.value();
    Result<QTimeZone> zone = operatorTimeZone(database);
    Session session(database, Actor { u"bench"_s, Role::Admin }, zone.value());
    session.setClock([] { return benchNow(); });
    if (mode == u"before"_s) {
        // FiberDesk before issue 24: the day's backup on the GUI thread, before the window.
        Result<DailyBackupOutcome> done = BackupService(session).runDailyBackup();
        if (!done.ok() || done.value().written.isEmpty())
            qFatal("the backup before the window failed");
    }
    const QString queue = prepareTodaysCallbacks(session);
    MainWindow window(session);
    window.showPage(MainWindow::Dispatch);
    window.show();
    while (!window.windowHandle() || !window.windowHandle()->isExposed())
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    QApplication::processEvents();
    const double firstWindow = sinceProcessStart();
    const QAbstractItemModel* board = window.dispatchPage()->model();
    while (board->rowCount() == 0)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double usableBoard = sinceProcessStart();

    // Then the day's backup as fiberdesk starts it; the GUI thread meanwhile paints, answers
    // a timer every 10 ms, and saves on the board.
    DailyBackupJob job(database.location(), session.zone());
    double longestStallMs = 0;
    SaveTimes saves;
    QElapsedTimer backupTook;
    backupTook.start();
    if (job.startIfDue(session)) {
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, [&] {
            longestStallMs = std::max(longestStallMs, sinceTick.nsecsElapsed() / 1e6 - 10.0);
            sinceTick.restart();
        });
        tick.start(10);
        saves = saveWhile(
            session, [&] { return !job.isRunning(); },
            [] {
                // A desk between two saves: the event loop runs.
                QElapsedTimer idle;
                idle.start();
                while (idle.elapsed() < 20)
                    QApplication::processEvents(QEventLoop::AllEvents, 5);
            });
        job.wait();
    }
    const double backupMs = backupTook.nsecsElapsed() / 1e6;
    std::printf("window_ms=%.1f board_ms=%.1f backup_ms=%.1f stall_ms=%.1f saves=%d "
                "slowest_save_ms=%.1f failed=%d\n",
        firstWindow, usableBoard, mode == u"later"_s ? 0.0 : backupMs, longestStallMs, saves.count,
        saves.slowestMs, saves.failed);
    std::fflush(stdout);
    return 0;
}

} // namespace fd::bench

namespace {

// One start of the desktop as a child process; `mode`: first, later or before.
void startDesk(benchmark::State& state, const char* mode)
{
    const qint64 orders = state.range(0);
    for (auto _ : state) {
        const QString path = scratchCopy(orders);
        if (std::strcmp(mode, "later") == 0) {
            // The day's backup is already written: an earlier start made it.
            QProcess first;
            first.start(QCoreApplication::applicationFilePath(),
                { QString::fromLatin1(kStartupChild), path, u"first"_s });
            first.waitForFinished(600000);
        }
        // The page cache as a desk that started before would find it: read once.
        {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                while (!file.read(1 << 20).isEmpty()) { }
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(),
            { QString::fromLatin1(kStartupChild), path, QString::fromLatin1(mode) });
        if (!child.waitForFinished(600000) || child.exitCode() != 0)
            qFatal("the startup child failed");
        for (const QByteArray& field : child.readAllStandardOutput().trimmed().split(' ')) {
            const QList<QByteArray> pair = field.split('=');
            state.counters[pair.value(0).toStdString()] = pair.value(1).toDouble();
        }
        state.SetIterationTime(state.counters["window_ms"] / 1000.0);
    }
}

// One way of copying the live database while the board saves on another connection.
void copyWhileSaving(benchmark::State& state, const char* method)
{
    const qint64 orders = state.range(0);
    for (auto _ : state) {
        const QString path = scratchCopy(orders);
        const QString target = QFileInfo(path).absoluteDir().filePath(u"copy"_s);
        std::atomic<bool> finished { false };
        QString error;
        double copyMs = 0;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            QElapsedTimer took;
            took.start();
            Result<std::unique_ptr<SqliteFile>> own
                = SqliteFile::open(path, SqliteFile::Mode::ReadOnly);
            Status done = Status::success();
            const QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
            if (std::strcmp(method, "plain") == 0) {
                done = QFile::copy(path, target) ? Status::success() : Error(u"copy"_s);
            } else if (std::strcmp(method, "online") == 0) {
                done = writeDatabaseCopy(own.value()->handle(), target, mode);
            } else if (std::strcmp(method, "vacuum") == 0) {
                const QByteArray sql = "VACUUM INTO '" + target.toUtf8() + "'";
                done = own.value()->exec(sql.constData());
            } else {
                BackupMetadata metadata;
                metadata.database = path;
                metadata.createdAt = QDateTime::currentDateTimeUtc();
                metadata.schemaVersion = Database::latestSchemaVersion();
                done = writeCompressedBackup(own.value()->handle(), target, metadata, mode);
            }
            copyMs = took.nsecsElapsed() / 1e6;
            if (!done.ok())
                error = done.error();
            finished = true;
        }));
        Result<std::unique_ptr<Database>> desk
            = Database::open(DatabaseLocation::parse(path).value());
        Session session(*desk.value(), Actor { u"bench"_s, Role::Admin }, benchZone());
        session.setClock([] { return benchNow(); });
        worker->start();
        const SaveTimes saves = saveWhile(session, [&] { return finished.load(); });
        worker->wait();
        if (!error.isEmpty())
            state.SkipWithError(qPrintable(error));
        state.SetIterationTime(copyMs / 1000.0);
        state.counters["copy_ms"] = copyMs;
        state.counters["database_MB"] = QFileInfo(path).size() / 1e6;
        state.counters["copy_MB"] = QFileInfo(target).size() / 1e6;
        state.counters["saves"] = saves.count;
        state.counters["slowest_save_ms"] = saves.slowestMs;
        state.counters["failed_saves"] = saves.failed;
    }
}

void registerAll()
{
    for (const qint64 orders : sizes()) {
        for (const char* mode : { "first", "later", "before" }) {
            benchmark::RegisterBenchmark((std::string("Startup/") + mode).c_str(), startDesk, mode)
                ->Arg(orders)
                ->Iterations(1)
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond);
        }
        for (const char* method : { "plain", "online", "vacuum", "compressed" }) {
            benchmark::RegisterBenchmark(
                (std::string("BackupWhileSaving/") + method).c_str(), copyWhileSaving, method)
                ->Arg(orders)
                ->Iterations(1)
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond);
        }
    }
}

const bool registered = (registerAll(), true);

} // namespace
