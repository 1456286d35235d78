// Faults (issue 8): a read-only database, a full disk, a database another program keeps
// locked past the busy timeout, a damaged file. Each must give a clear message from the
// command line (one line on stderr, exit 1) and from the desktop program, and leave every
// row saved before it as it was.
//
// The full disk is a small tmpfs mounted for the test when the machine allows it (root
// with CAP_SYS_ADMIN), else a file-size limit on the child (RLIMIT_FSIZE), which makes
// SQLite's writes fail the same way; the test prints which. Read-only files are read-only
// for real: when the test runs as root (who may write anything), the child runs as
// "nobody".
#include "childprocess.h"
#include "services/demo/demoorders.h"
#include "storage/database.h"
#include "storage/durablefile.h"
#include "support/dbfingerprint.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <csignal>
#include <grp.h>
#include <gtest/gtest.h>
#include <pwd.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using fd::test::ChildRun;
using fd::test::DatabaseFingerprint;

namespace {

int g_faults = 0; // faults tried by the running test, printed at its end

// The uid the child takes to meet file permissions as an ordinary user would.
std::optional<uid_t> unprivilegedUser()
{
    if (geteuid() != 0)
        return geteuid();
    if (const passwd* nobody = getpwnam("nobody"))
        return nobody->pw_uid;
    return std::nullopt;
}

std::function<void()> asUnprivileged()
{
    if (geteuid() != 0)
        return {};
    const uid_t uid = *unprivilegedUser();
    return [uid] {
        // In the child, between fork and exec: only async-signal-safe calls.
        (void)setgroups(0, nullptr);
        (void)setgid(gid_t(uid));
        (void)setuid(uid);
    };
}

class FaultTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        g_faults = 0;
        // The child may run as another user: it must reach its home and the database.
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777));
        QDir(m_dir.path()).mkpath(u"home/runtime"_s);
        QFile::setPermissions(m_dir.filePath(u"home"_s), QFileDevice::Permissions(0x7777));
        QFile::setPermissions(m_dir.filePath(u"home/runtime"_s), QFileDevice::Permissions(0x7700));
        m_runner = std::make_unique<fd::test::ChildRunner>(m_dir.filePath(u"home"_s));
    }

    void TearDown() override
    {
        std::printf("faults tried: %d (%s)\n", g_faults,
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        for (const QString& mount : std::as_const(m_mounts))
            ::umount2(QFile::encodeName(mount).constData(), MNT_DETACH);
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    ChildRun cli(const QString& database, const QStringList& arguments,
        const std::function<void()>& setup = {}, int timeoutMs = 120000) const
    {
        return m_runner->cli(
            QStringList { u"--db"_s, database, u"--timezone"_s, u"America/Lima"_s } + arguments,
            timeoutMs, setup);
    }

    ChildRun desktop(const QString& database, const std::function<void()>& setup = {}) const
    {
        const QString shots = path(u"shots"_s);
        QDir().mkpath(shots);
        QFile::setPermissions(shots, QFileDevice::Permissions(0x7777));
        return m_runner->run(fd::test::desktopPath(),
            { u"--db"_s, database, u"--screenshots"_s, shots }, 180000, setup);
    }

    // The demo operator (no orders), no automatic backups unless asked: a database with
    // committed rows to lose.
    QString makeDatabase(const QString& where, bool dailyBackups = false)
    {
        QDir().mkpath(QFileInfo(where).absolutePath());
        EXPECT_EQ(cli(where, { u"demo"_s, u"--orders"_s, u"0"_s }).exitCode, 0);
        if (!dailyBackups) {
            EXPECT_EQ(cli(where, { u"backups"_s, u"--keep-days"_s, u"0"_s }).exitCode, 0);
        }
        return where;
    }

    QString unitsFile() const
    {
        const QString file = path(u"units.csv"_s);
        QFile out(file);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("code,name,contract_no,contract_start,status\nUX1,Nueva "
                  "Unidad,CT-9,2026-01-01,candidate\n");
        out.close();
        QFile::setPermissions(file, QFileDevice::Permissions(0x6644));
        return file;
    }

    // A tmpfs of `bytes` at `where`, or nothing when this machine does not allow mounting.
    bool mountTmpfs(const QString& where, qint64 bytes, bool readOnly = false)
    {
        QDir().mkpath(where);
        if (qEnvironmentVariableIsSet("FIBERDESK_FAULT_NO_MOUNT")) // to try the fallbacks
            return false;
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0777";
        if (::mount("tmpfs", QFile::encodeName(where).constData(), "tmpfs",
                readOnly ? MS_RDONLY : 0, options.constData())
            != 0)
            return false;
        m_mounts.append(where);
        return true;
    }

    bool remountReadOnly(const QString& where)
    {
        return ::mount("tmpfs", QFile::encodeName(where).constData(), "tmpfs",
                   MS_REMOUNT | MS_RDONLY, nullptr)
            == 0;
    }

    // A CRM export of `count` orders for the operator in `database`, by the demo's writer.
    static void writeDemoOrders(const QString& database, const QString& file, qint64 count)
    {
        fd::Result<std::unique_ptr<fd::Database>> opened = fd::Database::open(
            fd::DatabaseLocation::parse(database).value(), fd::Database::OpenMode::ExistingOnly);
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        const fd::Session session(*opened.value(), fd::Actor { u"fault-test"_s, fd::Role::Admin },
            QTimeZone("America/Lima"));
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        ASSERT_TRUE(fd::DemoOrderWriter(session, 3).write(out, count).ok());
    }

    // What every fault must leave: the file intact and every committed row as it was.
    void expectIntact(const QString& database, const DatabaseFingerprint& before)
    {
        EXPECT_EQ(fd::test::integrityCheck(database), u"ok"_s);
        const DatabaseFingerprint now = fd::test::fingerprintOf(database);
        EXPECT_TRUE(now == before) << now.differenceFrom(before).toStdString();
    }

    static void expectClearFailure(const ChildRun& run, const QString& words)
    {
        EXPECT_TRUE(run.finished);
        EXPECT_EQ(run.exitCode, 1) << run.errText().toStdString();
        EXPECT_EQ(run.errLines(), 1) << run.errText().toStdString();
        EXPECT_TRUE(run.errText().contains(words, Qt::CaseInsensitive))
            << "expected “" << words.toStdString() << "” in: " << run.errText().toStdString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<fd::test::ChildRunner> m_runner;
    QStringList m_mounts;
};

} // namespace

TEST_F(FaultTest, ReadOnlyFileCanBeReadButNotChanged)
{
    if (!unprivilegedUser())
        GTEST_SKIP() << "running as root and there is no user “nobody” to meet file permissions as";
    const QString database = makeDatabase(path(u"ro/fd.db"_s));
    QFile::setPermissions(path(u"ro"_s), QFileDevice::Permissions(0x7777));
    QFile::setPermissions(database, QFileDevice::Permissions(0x4444));
    const DatabaseFingerprint before = fd::test::fingerprintOf(database);
    const QString units = unitsFile();

    const ChildRun listed = cli(database, { u"units"_s, u"--json"_s }, asUnprivileged());
    EXPECT_EQ(listed.exitCode, 0) << listed.errText().toStdString();
    EXPECT_TRUE(listed.out.contains("U01"));
    const ChildRun refused = cli(database, { u"import"_s, u"units"_s, units }, asUnprivileged());
    expectClearFailure(refused, u"read-only"_s);
    ++g_faults;

    const ChildRun opened = desktop(database, asUnprivileged());
    EXPECT_EQ(opened.exitCode, 0) << opened.errText().toStdString();
    EXPECT_TRUE(opened.errText().contains(u"read-only"_s)) << opened.errText().toStdString();
    ++g_faults;
    expectIntact(database, before);
}

TEST_F(FaultTest, ReadOnlyFolderCanBeReadButNotChanged)
{
    if (!unprivilegedUser())
        GTEST_SKIP() << "running as root and there is no user “nobody” to meet file permissions as";
    const QString database = makeDatabase(path(u"rofolder/fd.db"_s));
    const DatabaseFingerprint before = fd::test::fingerprintOf(database);
    QFile::remove(database + u"-wal"_s); // left by the fingerprint's read-only connection
    QFile::remove(database + u"-shm"_s);
    QFile::setPermissions(database, QFileDevice::Permissions(0x4444));
    QFile::setPermissions(path(u"rofolder"_s), QFileDevice::Permissions(0x5555));

    // SQLite cannot create its working files (-wal, -shm) there; it reads the file all the same.
    const ChildRun listed = cli(database, { u"units"_s, u"--json"_s }, asUnprivileged());
    EXPECT_EQ(listed.exitCode, 0) << listed.errText().toStdString();
    EXPECT_TRUE(listed.out.contains("U01"));
    const ChildRun refused
        = cli(database, { u"import"_s, u"units"_s, unitsFile() }, asUnprivileged());
    expectClearFailure(refused, u"read-only"_s);
    ++g_faults;
    const ChildRun opened = desktop(database, asUnprivileged());
    EXPECT_EQ(opened.exitCode, 0) << opened.errText().toStdString();
    EXPECT_TRUE(opened.errText().contains(u"read-only"_s)) << opened.errText().toStdString();
    ++g_faults;
    QFile::setPermissions(path(u"rofolder"_s), QFileDevice::Permissions(0x7777));
    expectIntact(database, before);
}

TEST_F(FaultTest, ReadOnlyDiskCanBeReadButNotChanged)
{
    const QString disk = path(u"rodisk"_s);
    if (!mountTmpfs(disk, 8 << 20))
        GTEST_SKIP()
            << "this machine does not allow mounting a tmpfs (needs root with CAP_SYS_ADMIN)";
    const QString database = makeDatabase(disk + u"/fd.db"_s);
    ASSERT_TRUE(QFile::copy(database, path(u"rodisk-before.db"_s)));
    const DatabaseFingerprint before = fd::test::fingerprintOf(path(u"rodisk-before.db"_s));
    ASSERT_TRUE(remountReadOnly(disk));

    // A WAL database on a read-only disk: SQLite cannot create its -shm file there, so
    // FiberDesk opens it immutable, read-only.
    const ChildRun listed = cli(database, { u"units"_s, u"--json"_s });
    EXPECT_EQ(listed.exitCode, 0) << listed.errText().toStdString();
    EXPECT_TRUE(listed.out.contains("U01"));
    const ChildRun refused = cli(database, { u"import"_s, u"units"_s, unitsFile() });
    expectClearFailure(refused, u"read-only"_s);
    ++g_faults;
    const ChildRun opened = desktop(database);
    EXPECT_EQ(opened.exitCode, 0) << opened.errText().toStdString();
    EXPECT_TRUE(opened.errText().contains(u"read-only"_s)) << opened.errText().toStdString();
    ++g_faults;
    ASSERT_EQ(
        ::mount("tmpfs", QFile::encodeName(disk).constData(), "tmpfs", MS_REMOUNT, nullptr), 0);
    expectIntact(database, before);
}

TEST_F(FaultTest, FullDiskSavesNothingAndLosesNothing)
{
    const QString disk = path(u"small"_s);
    const bool mounted = mountTmpfs(disk, 3 << 20);
    std::printf("full disk: %s\n",
        mounted ? "a 3 MiB tmpfs"
                : "no tmpfs allowed here: a file-size limit (RLIMIT_FSIZE) on the child");
    QDir().mkpath(disk);
    const QString database = makeDatabase(disk + u"/fd.db"_s);
    // A CRM export of 20,000 orders for the operator (the demo's writer), kept on the
    // ordinary disk: importing it needs several times the room left.
    const QString orders = path(u"orders.csv"_s);
    writeDemoOrders(database, orders, 20000);
    const DatabaseFingerprint before = fd::test::fingerprintOf(database);
    std::function<void()> limit;
    if (!mounted) {
        const rlim_t bytes = rlim_t(QFileInfo(database).size() + (1 << 20));
        limit = [bytes] {
            const rlimit cap { bytes, bytes };
            (void)setrlimit(RLIMIT_FSIZE, &cap);
            std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails instead of killing
        };
    }

    // A file-size limit fails the write with EFBIG, which SQLite reports as a disk error
    // rather than a full disk; both say that nothing was saved.
    const ChildRun refused = cli(database, { u"import"_s, u"orders"_s, orders }, limit);
    expectClearFailure(
        refused, mounted ? u"disk that holds the database is full"_s : u"disk reported an error"_s);
    ++g_faults;
    expectIntact(database, before);
    const ChildRun listed = cli(database, { u"units"_s }, limit);
    EXPECT_EQ(listed.exitCode, 0) << "what was saved is still there: "
                                  << listed.errText().toStdString();

    // A backup onto the full disk fails whole: no partial file is left to be taken for one.
    if (mounted) {
        QFile filler(disk + u"/filler"_s);
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 << 10, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
        filler.close();
        const ChildRun backup = cli(database, { u"backup"_s, disk + u"/copy.db"_s });
        expectClearFailure(backup, u"full"_s);
        EXPECT_FALSE(QFileInfo::exists(disk + u"/copy.db"_s));
        EXPECT_FALSE(QFileInfo::exists(disk + u"/copy.db.partial"_s));
        ++g_faults;
        QFile::remove(disk + u"/filler"_s);
        expectIntact(database, before);
    }
}

TEST_F(FaultTest, LockedDatabaseWaitsThenSaysSo)
{
    const QString database = makeDatabase(path(u"locked/fd.db"_s));
    const DatabaseFingerprint before = fd::test::fingerprintOf(database);
    // Another program inside a write transaction for longer than the busy timeout.
    QProcess holder;
    holder.start(
        QCoreApplication::applicationFilePath(), { u"--hold-write-lock"_s, database, u"9"_s });
    ASSERT_TRUE(holder.waitForReadyRead(20000)) << holder.readAllStandardError().toStdString();
    ASSERT_TRUE(holder.readAllStandardOutput().startsWith("locked"));

    const ChildRun listed = cli(database, { u"units"_s });
    EXPECT_EQ(listed.exitCode, 0) << "readers are not held up by a writer (WAL): "
                                  << listed.errText().toStdString();
    QElapsedTimer waited;
    waited.start();
    const ChildRun refused = cli(database, { u"import"_s, u"units"_s, unitsFile() });
    expectClearFailure(refused, u"locked for more than 5 seconds"_s);
    EXPECT_GE(waited.elapsed(), 4500) << "the busy timeout was waited out first";
    ++g_faults;
    holder.waitForFinished(20000);
    expectIntact(database, before);
    EXPECT_EQ(cli(database, { u"import"_s, u"units"_s, unitsFile() }).exitCode, 0)
        << "and once it is free, it works";
}

TEST_F(FaultTest, DamagedFilesAreExplained)
{
    struct Damage
    {
        const char* name;
        std::function<void(QFile&)> apply;
        QString expected;
    };
    const Damage damages[] = {
        { "first page overwritten",
            [](QFile& file) {
                file.seek(0);
                file.write(QByteArray(100, '\x5a'));
            },
            u"not a FiberDesk database, or its first page is damaged"_s },
        { "pages overwritten",
            [](QFile& file) {
                QRandomGenerator random(8);
                for (qint64 page = 2; page * 4096 < file.size(); ++page) {
                    QByteArray garbage(4096, '\0');
                    random.fillRange(
                        reinterpret_cast<quint32*>(garbage.data()), garbage.size() / 4);
                    file.seek(page * 4096);
                    file.write(garbage);
                }
            },
            u"damaged"_s },
        { "cut in half", [](QFile& file) { file.resize(file.size() / 2 / 4096 * 4096); },
            u"damaged"_s },
    };
    for (const Damage& damage : damages) {
        SCOPED_TRACE(damage.name);
        const QString database = makeDatabase(
            path(QString::fromLatin1(damage.name).replace(u' ', u'-') + u"/fd.db"_s), true);
        // Yesterday's backup, to see that a damaged database never pushes out a good one.
        const QString backups = QFileInfo(database).absolutePath() + u"/backups"_s;
        QDir().mkpath(backups);
        const QString yesterday = backups + u"/fd-"_s
            + QDate::currentDate().addDays(-1).toString(Qt::ISODate) + u".db"_s;
        ASSERT_EQ(cli(database, { u"backup"_s, yesterday }).exitCode, 0);
        {
            QFile file(database);
            ASSERT_TRUE(file.open(QIODevice::ReadWrite));
            damage.apply(file);
        }
        const ChildRun listed = cli(database, { u"compliance"_s });
        expectClearFailure(listed, damage.expected);
        const ChildRun import = cli(database, { u"import"_s, u"units"_s, unitsFile() });
        EXPECT_EQ(import.exitCode, 1);
        EXPECT_TRUE(import.errText().contains(damage.expected)) << import.errText().toStdString();
        EXPECT_TRUE(QFileInfo::exists(yesterday)) << "the good backup is kept";
        ++g_faults;
        // The desktop program: refused at the start with the same words, or, when the damage
        // lies beyond what it reads at the start, opened and showing each page's error.
        const ChildRun opened = desktop(database);
        EXPECT_TRUE(opened.finished) << "no crash: " << opened.errText().toStdString();
        if (opened.exitCode != 0) {
            EXPECT_TRUE(opened.errText().contains(damage.expected))
                << opened.errText().toStdString();
        }
        ++g_faults;
        // And the backup brings it back.
        const ChildRun restored = cli(database, { u"restore"_s, yesterday });
        EXPECT_EQ(restored.exitCode, 0) << restored.errText().toStdString();
        EXPECT_EQ(fd::test::integrityCheck(database), u"ok"_s);
        EXPECT_EQ(cli(database, { u"compliance"_s }).exitCode, 0);
    }
}
