// The day's backup in the background (issue 24): saves on the board go on while it copies,
// its progress reaches the status bar, and quitting in the middle leaves no file of it.
#include "mainwindow.h"
#include "services/backupservice.h"
#include "services/boardservice.h"
#include "services/orderservice.h"
#include "storage/backupfile.h"
#include "storage/sqlitefile.h"
#include "uitest.h"
#include "workers/dailybackupjob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

class UiBackupJobTest : public UiTest
{
protected:
    void SetUp() override
    {
        if (TestDatabase::onPostgres())
            GTEST_SKIP() << "a PostgreSQL database is backed up on its server (pg_dump)";
        UiTest::SetUp();
    }

    QString folder()
    {
        BackupService backups(m_db.session());
        return backups.folder(backups.settings().value());
    }
    QStringList filesInFolder()
    {
        return QDir(folder()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    // Unassigned orders of the board, to be saved while the backup copies.
    QList<WorkOrder> unassigned(int count)
    {
        BoardQuery query;
        query.status = OrderStatus::New;
        Result<QList<WorkOrder>> page
            = BoardService(m_db.session()).page(query, std::nullopt, count);
        EXPECT_TRUE(page.ok() && page.value().size() == count);
        return page.ok() ? page.value() : QList<WorkOrder>();
    }
};

} // namespace

TEST_F(UiBackupJobTest, SavesOnTheBoardGoOnWhileTheBackupCopies)
{
    const QList<WorkOrder> orders = unassigned(5);
    ASSERT_EQ(orders.size(), 5);
    DailyBackupJob job(m_db.location(), m_db.session().zone());
    // The backup is held in the middle of its copy, inside its read transaction, until the
    // desk has saved: a backup that kept writers out would make every save below wait for
    // the busy timeout and fail.
    QSemaphore inCopy;
    QSemaphore saved;
    std::atomic<bool> held { false };
    job.setProgressHook([&](double share) {
        if (share <= 0.5 && !held.exchange(true)) {
            inCopy.release();
            saved.acquire();
        }
    });
    QSignalSpy finished(&job, &DailyBackupJob::finished);
    ASSERT_TRUE(job.startIfDue(m_db.session()));
    ASSERT_TRUE(inCopy.tryAcquire(1, 60000)) << "the backup reports its copy";
    ASSERT_TRUE(job.isRunning());
    qint64 slowest = 0;
    for (const WorkOrder& order : orders) {
        Result<QList<TeamProposal>> teams = OrderService(m_db.session()).proposeTeams(order.number);
        ASSERT_TRUE(teams.ok() && !teams.value().isEmpty());
        QString team;
        for (const TeamProposal& proposal : teams.value()) {
            if (proposal.unitActive && team.isEmpty())
                team = proposal.teamCode;
        }
        QElapsedTimer took;
        took.start();
        const Result<OrderChange> assigned
            = OrderService(m_db.session()).assign(order.number, order.version, team, {});
        slowest = qMax(slowest, took.elapsed());
        ASSERT_TRUE(assigned.ok()) << assigned.error().toStdString();
    }
    saved.release();
    EXPECT_LT(slowest, 1000) << "a save waited for the backup";
    ASSERT_TRUE(finished.wait(120000) || finished.size() == 1);
    ASSERT_EQ(finished.size(), 1);
    const QString written = finished.at(0).at(0).toString();
    EXPECT_TRUE(finished.at(0).at(2).toString().isEmpty())
        << finished.at(0).at(2).toString().toStdString();
    ASSERT_FALSE(written.isEmpty());
    // The backup is the snapshot its copy started from: none of the saves made meanwhile.
    const QString unpacked = QDir(folder()).filePath(u"unpacked.db"_s);
    ASSERT_TRUE(checkCompressedBackup(written, unpacked, QFileDevice::ReadOwner).ok());
    Result<std::unique_ptr<SqliteFile>> copy
        = SqliteFile::open(unpacked, SqliteFile::Mode::ReadOnly);
    ASSERT_TRUE(copy.ok());
    const QByteArray sql
        = "SELECT status FROM orders WHERE number = '" + orders.first().number.toUtf8() + "'";
    EXPECT_EQ(copy.value()->text(sql.constData()).value(), u"new"_s);
}

TEST_F(UiBackupJobTest, QuittingMidBackupLeavesNoFileAndTheNextStartMakesIt)
{
    MainWindow window(m_db.session());
    auto job = std::make_unique<DailyBackupJob>(m_db.location(), m_db.session().zone());
    QSemaphore inCopy;
    QSemaphore quit;
    std::atomic<int> reports { 0 };
    job->setProgressHook([&](double share) {
        if (share > 0.6 && reports.fetch_add(1) == 0) {
            inCopy.release(); // in the compression, its files all on the disk
            quit.acquire();
        }
    });
    ASSERT_TRUE(job->startIfDue(m_db.session()));
    window.followBackup(job.get());
    EXPECT_TRUE(window.backupProgress()->isVisibleTo(&window)) << "progress in the status bar";
    ASSERT_TRUE(inCopy.tryAcquire(1, 60000));
    EXPECT_FALSE(filesInFolder().isEmpty()) << "its working files are there";
    QTest::qWait(50);
    EXPECT_GT(window.backupProgress()->value(), 0);
    // FiberDesk quits: the backup is told to stop, then let go on from where it waits.
    std::thread letGo([&] {
        QThread::msleep(50);
        quit.release();
    });
    EXPECT_TRUE(job->stop()) << "stopped before it ended";
    letGo.join();
    EXPECT_TRUE(filesInFolder().isEmpty()) << filesInFolder().join(u' ').toStdString();
    EXPECT_FALSE(DailyBackupJob::stoppedMessage().isEmpty());
    job.reset();

    // The next start makes the day's backup.
    DailyBackupJob next(m_db.location(), m_db.session().zone());
    QSignalSpy finished(&next, &DailyBackupJob::finished);
    ASSERT_TRUE(next.startIfDue(m_db.session()));
    ASSERT_TRUE(finished.wait(120000) || finished.size() == 1);
    const QString written = finished.at(0).at(0).toString();
    ASSERT_FALSE(written.isEmpty()) << finished.at(0).at(2).toString().toStdString();
    EXPECT_TRUE(checkCompressedBackup(written).ok());
    EXPECT_EQ(filesInFolder(), QStringList { QFileInfo(written).fileName() });
    EXPECT_FALSE(next.startIfDue(m_db.session())) << "once a day";
}

} // namespace fd::test
