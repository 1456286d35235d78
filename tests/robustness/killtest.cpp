// Crash safety (issue 8): fiberdesk-cli is killed with SIGKILL at random moments while it
// imports a large orders file and while it finalizes a month, many times over. After every
// kill the database must pass SQLite's integrity check, open in FiberDesk, and hold the
// import or the finalization wholly or not at all.
//
// The moments are drawn from a seeded generator (printed; FIBERDESK_KILL_SEED repeats a
// run): most of them at a random point of the write, counted from when the child is seen
// taking the write lock (not from its start, which the machine's load makes drift), the
// others anywhere over the span an uninterrupted run of the same command took. Whether a kill
// landed inside the write is not guessed from the clock: just before each kill the test asks the
// kernel whether the child holds SQLite's write lock (see writeLockHeld).
#include "childprocess.h"
#include "services/demo/demoorders.h"
#include "services/evaluationservice.h"
#include "storage/database.h"
#include "support/dbfingerprint.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <gtest/gtest.h>
#include <random>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;
using fd::test::ChildRun;
using fd::test::DatabaseFingerprint;

namespace {

const QTimeZone kZone("America/Lima");

// Row counts of every table: what "before" and "after" are compared by (the rows a run
// writes carry the time of the run, so their hashes differ from one run to the next).
using Counts = QMap<QString, qint64>;

Counts countsOf(const QString& database)
{
    return fd::test::fingerprintOf(database).rows;
}

QString describe(const Counts& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(it.key() + u'=' + QString::number(it.value()));
    return parts.join(u' ');
}

// The first column of the first row of `sql`, as text; empty when there is none.
QString textOf(const QString& database, const QByteArray& sql)
{
    sqlite3* handle = nullptr;
    QString value;
    if (sqlite3_open_v2(
            QFile::encodeName(database).constData(), &handle, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_busy_timeout(handle, 5000);
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close_v2(handle);
    return value;
}

qint64 scalar(const QString& database, const QByteArray& sql)
{
    bool numeric = false;
    const qint64 value = textOf(database, sql).toLongLong(&numeric);
    return numeric ? value : -1;
}

quint32 killSeed()
{
    bool given = false;
    const quint32 seed = qEnvironmentVariable("FIBERDESK_KILL_SEED").toUInt(&given);
    return given ? seed : quint32(QDateTime::currentMSecsSinceEpoch() & 0x7fffffff);
}

// How an uninterrupted run went: when the child first and last held the write lock, and
// when it exited, in milliseconds from its start.
struct Timeline
{
    qint64 lockFirst = -1;
    qint64 lockLast = -1;
    qint64 exit = 0;
};

enum class Landed
{
    BeforeWrite,
    MidWrite,
    AfterWrite,
    TooLate
};

struct Tally
{
    int kills = 0;
    int survived = 0;
    int landed[4] = {};
    int foundBefore = 0;
    int foundAfter = 0;
};

class KillTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QDir(m_dir.path()).mkpath(u"home"_s);
        m_runner = std::make_unique<fd::test::ChildRunner>(m_dir.filePath(u"home"_s));
        m_seed = killSeed();
        std::printf(
            "kill test seed %u (set FIBERDESK_KILL_SEED=%u to repeat it)\n", m_seed, m_seed);
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    ChildRun cli(const QString& database, const QStringList& arguments) const
    {
        return m_runner->cli(
            QStringList { u"--db"_s, database, u"--timezone"_s, u"America/Lima"_s } + arguments);
    }

    // Runs the command once to the end on a copy of `templ`, watching the write lock.
    Timeline calibrate(const QString& templ, const QStringList& arguments, const QString& work)
    {
        Timeline timeline;
        EXPECT_TRUE(fd::test::copyDatabase(templ, work));
        QProcess process;
        QElapsedTimer clock;
        m_runner->start(process, fd::test::cliPath(), withDatabase(work, arguments));
        clock.start();
        while (!process.waitForFinished(1)) {
            if (fd::test::writeLockHeld(work)) {
                if (timeline.lockFirst < 0)
                    timeline.lockFirst = clock.elapsed();
                timeline.lockLast = clock.elapsed();
            }
        }
        timeline.exit = clock.elapsed();
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        return timeline;
    }

    QStringList withDatabase(const QString& database, const QStringList& arguments) const
    {
        return QStringList { u"--db"_s, database, u"--timezone"_s, u"America/Lima"_s } + arguments;
    }

    // Kills the command `kills` times; `check` says whether what a kill left is whole.
    Tally killRepeatedly(const QString& templ, const QStringList& arguments,
        const Timeline& timeline, int kills,
        const std::function<void(const QString& work, bool& before, bool& after)>& check)
    {
        Tally tally;
        std::mt19937 random(m_seed);
        const QString work = path(u"killed.db"_s);
        const qint64 lockFirst = qMax<qint64>(timeline.lockFirst, 0);
        // How long the write lasts: first as calibrated, then shortened whenever a run is seen
        // to finish its write sooner (the machine's load changes between runs, and a kill
        // planned past the end of a faster run would not land inside it).
        qint64 writeSpan = qMax<qint64>(timeline.lockLast - lockFirst, 1);
        for (int i = 0; i < kills; ++i) {
            // Four in five inside the write: at a random moment after the child is seen
            // taking the write lock. The others anywhere from the start to a little after
            // the calibrated end.
            const bool inside = std::uniform_int_distribution<int>(0, 4)(random) != 0;
            const qint64 moment = inside
                ? std::uniform_int_distribution<qint64>(0, writeSpan)(random)
                : std::uniform_int_distribution<qint64>(0, timeline.exit * 11 / 10)(random);
            EXPECT_TRUE(fd::test::copyDatabase(templ, work));
            QProcess process;
            m_runner->start(process, fd::test::cliPath(), withDatabase(work, arguments));
            bool running = true;
            QElapsedTimer sinceLock;
            if (inside) {
                while ((running = !process.waitForFinished(1)) && !fd::test::writeLockHeld(work)) {
                }
                sinceLock.start();
            }
            const std::string when
                = std::to_string(moment) + (inside ? " ms into the write" : " ms after the start");
            Landed landed = Landed::TooLate;
            if (running && !process.waitForFinished(int(moment))) {
                const bool locked = fd::test::writeLockHeld(work);
                process.kill(); // SIGKILL
                process.waitForFinished(10000);
                landed = locked ? Landed::MidWrite : Landed::BeforeWrite; // or after: see below
            } else if (inside && running) {
                writeSpan = qMax<qint64>(sinceLock.elapsed() * 9 / 10, 1);
            }
            const QString verdict = fd::test::integrityCheck(work);
            bool before = false;
            bool after = false;
            check(work, before, after);
            // Without the write lock the child was not inside its write: what it left says
            // whether that was before the write began or after its commit.
            if (landed == Landed::BeforeWrite && after)
                landed = Landed::AfterWrite;
            ++tally.kills;
            ++tally.landed[int(landed)];
            OpenResult opened = openInFiberDesk(work);
            const bool whole = before != after;
            EXPECT_EQ(verdict, u"ok"_s) << "kill " << i << " " << when;
            EXPECT_TRUE(whole) << "kill " << i << " " << when
                               << " left a part: " << describe(countsOf(work)).toStdString();
            EXPECT_TRUE(opened.ok) << "kill " << i << ": " << opened.error.toStdString();
            if (landed == Landed::TooLate) {
                EXPECT_TRUE(after) << "a run that ended by itself wrote everything";
            }
            if (verdict == u"ok"_s && whole && opened.ok)
                ++tally.survived;
            tally.foundBefore += before ? 1 : 0;
            tally.foundAfter += after ? 1 : 0;
        }
        return tally;
    }

    struct OpenResult
    {
        bool ok = false;
        QString error;
    };

    static OpenResult openInFiberDesk(const QString& database)
    {
        fd::Result<std::unique_ptr<fd::Database>> opened = fd::Database::open(
            fd::DatabaseLocation::parse(database).value(), fd::Database::OpenMode::ExistingOnly);
        return { opened.ok(), opened.ok() ? QString() : opened.error() };
    }

    static void report(const char* what, const Tally& tally, const Timeline& timeline)
    {
        std::printf(
            "%s: %d kills, %d survived (integrity ok, wholly there or wholly absent, opens): "
            "%d before the write, %d mid-write, %d after it, %d after the command had ended; "
            "found as before %d times, complete %d times; an uninterrupted run took %lld ms, "
            "holding the write lock from %lld to %lld ms\n",
            what, tally.kills, tally.survived, tally.landed[int(Landed::BeforeWrite)],
            tally.landed[int(Landed::MidWrite)], tally.landed[int(Landed::AfterWrite)],
            tally.landed[int(Landed::TooLate)], tally.foundBefore, tally.foundAfter,
            qint64(timeline.exit), qint64(timeline.lockFirst), qint64(timeline.lockLast));
        std::fflush(stdout);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<fd::test::ChildRunner> m_runner;
    quint32 m_seed = 0;
};

// A session on a database in this process, as the test's own tool.
struct Local
{
    std::unique_ptr<fd::Database> database;
    std::unique_ptr<fd::Session> session;

    explicit Local(const QString& path)
    {
        database = std::move(fd::Database::open(fd::DatabaseLocation::parse(path).value())).value();
        session = std::make_unique<fd::Session>(
            *database, fd::Actor { u"kill-test"_s, fd::Role::Admin }, kZone);
    }
};

} // namespace

TEST_F(KillTest, AnImportIsWhollyThereOrWhollyAbsent)
{
    // The demo operator without orders, and a CRM export of orders for it from the demo's
    // own writer: large enough that the import takes a second or more.
    const QString templ = path(u"template.db"_s);
    ASSERT_EQ(cli(templ, { u"demo"_s, u"--orders"_s, u"0"_s }).exitCode, 0);
    ASSERT_EQ(cli(templ, { u"backups"_s, u"--keep-days"_s, u"0"_s }).exitCode, 0)
        << "no daily backup in the way";
    const QString orders = path(u"orders.csv"_s);
    qint64 count = qEnvironmentVariableIntValue("FIBERDESK_KILL_ORDERS");
    if (count <= 0)
        count = 15000;
    {
        Local local(templ);
        QFile file(orders);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(fd::DemoOrderWriter(*local.session, 7).write(file, count).ok());
    }
    const QStringList import = { u"import"_s, u"orders"_s, orders };
    const Counts before = countsOf(templ);
    const Timeline timeline = calibrate(templ, import, path(u"calibration.db"_s));
    const Counts after = countsOf(path(u"calibration.db"_s));
    ASSERT_EQ(after.value(u"orders"_s), count);
    ASSERT_GE(timeline.lockFirst, 0) << "the import was never seen writing";

    const Tally tally = killRepeatedly(
        templ, import, timeline, 36, [&](const QString& work, bool& wasBefore, bool& wasAfter) {
            const Counts now = countsOf(work);
            wasBefore = now == before;
            wasAfter = now == after;
        });
    report("import of orders", tally, timeline);
    EXPECT_EQ(tally.survived, tally.kills);
    EXPECT_GE(tally.landed[int(Landed::MidWrite)], tally.kills / 2)
        << "most kills must land inside the write";
}

TEST_F(KillTest, AFinalizationIsWhollyThereOrWhollyAbsent)
{
    // The demo operator with its orders, callbacks and finalized months; the latest of them
    // reopened for every unit, to be finalized again under the kills.
    const QString templ = path(u"template.db"_s);
    ASSERT_EQ(cli(templ, { u"demo"_s, u"--orders"_s, u"8000"_s }).exitCode, 0);
    ASSERT_EQ(cli(templ, { u"backups"_s, u"--keep-days"_s, u"0"_s }).exitCode, 0);
    const qint64 units = scalar(templ,
        "SELECT count(*) FROM evaluations WHERE state = 'final' AND month = (SELECT max(month) "
        "FROM evaluations)");
    const QString month = textOf(templ, "SELECT max(month) FROM evaluations");
    {
        Local local(templ);
        ASSERT_FALSE(month.isEmpty());
        fd::EvaluationService evaluations(*local.session);
        const QDate first = *fd::EvaluationService::parseMonth(month);
        fd::Result<fd::MonthEvaluation> finals = evaluations.evaluate(first);
        ASSERT_TRUE(finals.ok()) << finals.error().toStdString();
        for (const fd::UnitEvaluation& unit : finals.value().units) {
            if (unit.final) {
                ASSERT_TRUE(evaluations.reopen(first, unit.unitCode, u"kill test"_s).ok());
            }
        }
    }
    ASSERT_GT(units, 0);
    const QByteArray finalsSql
        = "SELECT count(*) FROM evaluations WHERE state = 'final' AND month = '" + month.toUtf8()
        + "'";
    ASSERT_EQ(scalar(templ, finalsSql), 0);
    const QStringList finalize = { u"evaluate"_s, u"--month"_s, month, u"--finalize"_s };
    const Counts before = countsOf(templ);
    const Timeline timeline = calibrate(templ, finalize, path(u"calibration.db"_s));
    const Counts after = countsOf(path(u"calibration.db"_s));
    ASSERT_EQ(scalar(path(u"calibration.db"_s), finalsSql), units);
    ASSERT_GE(timeline.lockFirst, 0) << "the finalization was never seen writing";

    const Tally tally = killRepeatedly(
        templ, finalize, timeline, 24, [&](const QString& work, bool& wasBefore, bool& wasAfter) {
            const Counts now = countsOf(work);
            const qint64 finals = scalar(work, finalsSql);
            wasBefore = now == before && finals == 0;
            wasAfter = now == after && finals == units;
        });
    report(qPrintable(u"finalization of "_s + month), tally, timeline);
    EXPECT_EQ(tally.survived, tally.kills);
    EXPECT_GE(tally.landed[int(Landed::MidWrite)], tally.kills / 2)
        << "most kills must land inside the write";
}
