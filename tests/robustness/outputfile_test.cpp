// Output files (SPEC §16, issue 14 finding 1): the one writer behind every --out and every
// save dialog refuses the database, its journals, any SQLite file, devices, pipes, sockets
// and symbolic links; replaces an existing file only when forced; writes through a
// temporary file renamed into place; is never more readable than the database.
#include "files/outputfile.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

unsigned modeOf(const QString& path)
{
    struct stat info = {};
    EXPECT_EQ(::lstat(QFile::encodeName(path).constData(), &info), 0) << path.toStdString();
    return info.st_mode & 07777;
}

class OutputFileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_database = m_dir.filePath(u"operator.db"_s);
        Result<DatabaseLocation> location = DatabaseLocation::parse(m_database);
        ASSERT_TRUE(location.ok());
        Result<std::unique_ptr<Database>> opened
            = Database::open(location.value(), Database::OpenMode::CreateOrUpgrade);
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        m_open = std::move(opened).value();
        m_before = readAll(m_database);
        ASSERT_TRUE(m_before.startsWith("SQLite format 3"));
    }

    OutputTarget target(const QString& path, bool force = false) const
    {
        return OutputTarget { path, force, m_database };
    }

    // The folder holds no temporary file left by a write.
    QStringList leftovers() const
    {
        return QDir(m_dir.path())
            .entryList(QStringList { u".*.??????"_s }, QDir::Files | QDir::Hidden);
    }

    QTemporaryDir m_dir;
    QString m_database;
    QByteArray m_before;
    std::unique_ptr<Database> m_open;
};

} // namespace

TEST_F(OutputFileTest, WritesANewFileThroughATemporaryOneAndReplacesOnlyWhenForced)
{
    const QString out = m_dir.filePath(u"report.csv"_s);
    ASSERT_TRUE(OutputFile::write(target(out), "one\r\n"_ba).ok());
    EXPECT_EQ(readAll(out), "one\r\n");

    const Status refused = OutputFile::write(target(out), "two\r\n"_ba);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(u"--force"_s)) << refused.error().toStdString();
    EXPECT_EQ(readAll(out), "one\r\n");

    ASSERT_TRUE(OutputFile::write(target(out, true), "two\r\n"_ba).ok());
    EXPECT_EQ(readAll(out), "two\r\n");

    // A writer that fails leaves the old file and no temporary file.
    const Status failed = OutputFile::write(target(out, true), [](QIODevice& device) -> Status {
        device.write("half");
        return Error(u"the report could not be made"_s);
    });
    EXPECT_EQ(failed.error(), u"the report could not be made"_s);
    EXPECT_EQ(readAll(out), "two\r\n");
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(u' ').toStdString();
}

TEST_F(OutputFileTest, RefusesTheDatabaseItsJournalsAndAnySqliteFileEvenWhenForced)
{
    for (const bool force : { false, true }) {
        for (const QString& suffix : { QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s }) {
            const Status refused = OutputFile::write(target(m_database + suffix, force), "x"_ba);
            EXPECT_FALSE(refused.ok()) << suffix.toStdString();
            EXPECT_TRUE(refused.error().contains(u"database"_s)) << refused.error().toStdString();
        }
        // The same file by another name: a path through "..", a hard link.
        const QString roundabout = m_dir.filePath(u"sub/../operator.db"_s);
        QDir(m_dir.path()).mkdir(u"sub"_s);
        EXPECT_FALSE(OutputFile::write(target(roundabout, force), "x"_ba).ok());
        const QString hardLink = m_dir.filePath(u"link.db"_s);
        ::link(QFile::encodeName(m_database).constData(), QFile::encodeName(hardLink).constData());
        EXPECT_FALSE(OutputFile::write(target(hardLink, force), "x"_ba).ok());

        // Another SQLite database, a rollback journal and a WAL file, by their headers.
        const QString other = m_dir.filePath(u"other.csv"_s);
        writeAll(other, m_before);
        const Status otherRefused = OutputFile::write(target(other, force), "x"_ba);
        EXPECT_FALSE(otherRefused.ok());
        EXPECT_TRUE(otherRefused.error().contains(u"SQLite"_s))
            << otherRefused.error().toStdString();
        writeAll(other, QByteArray("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8) + QByteArray(512, '\0'));
        EXPECT_FALSE(OutputFile::write(target(other, force), "x"_ba).ok());
        writeAll(other, QByteArray("\x37\x7f\x06\x82", 4) + QByteArray(28, '\0'));
        EXPECT_FALSE(OutputFile::write(target(other, force), "x"_ba).ok());
    }
    m_open.reset();
    EXPECT_EQ(readAll(m_database), m_before);
}

TEST_F(OutputFileTest, RefusesLinksDevicesPipesSocketsAndFolders)
{
    const QString victim = m_dir.filePath(u"victim.txt"_s);
    writeAll(victim, "keep me");
    const QString link = m_dir.filePath(u"link.csv"_s);
    ASSERT_TRUE(QFile::link(victim, link));
    const QString dangling = m_dir.filePath(u"dangling.csv"_s);
    ASSERT_TRUE(QFile::link(m_dir.filePath(u"nowhere"_s), dangling));
    const QString databaseLink = m_dir.filePath(u"db.csv"_s);
    ASSERT_TRUE(QFile::link(m_database, databaseLink));
    const QString pipe = m_dir.filePath(u"pipe.csv"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const QString socketPath = m_dir.filePath(u"s.sock"_s);
    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray encodedSocket = QFile::encodeName(socketPath);
    ASSERT_LT(size_t(encodedSocket.size()), sizeof(address.sun_path));
    std::memcpy(address.sun_path, encodedSocket.constData(), encodedSocket.size());
    ASSERT_EQ(::bind(sock, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);

    const std::pair<QString, QString> cases[] = {
        { link, u"symbolic link"_s },
        { dangling, u"symbolic link"_s },
        { databaseLink, u"symbolic link"_s },
        { pipe, u"pipe"_s },
        { socketPath, u"socket"_s },
        { u"/dev/null"_s, u"device"_s },
        { m_dir.path(), u"folder"_s },
        { m_dir.filePath(u"missing/x.csv"_s), u"does not exist"_s },
    };
    for (const bool force : { false, true }) {
        for (const auto& [path, reason] : cases) {
            const Status refused = OutputFile::write(target(path, force), "x"_ba);
            ASSERT_FALSE(refused.ok()) << path.toStdString();
            EXPECT_TRUE(refused.error().contains(reason)) << refused.error().toStdString();
        }
    }
    ::close(sock);
    EXPECT_EQ(readAll(victim), "keep me");
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(u"nowhere"_s)));
    EXPECT_TRUE(leftovers().isEmpty());
}

TEST_F(OutputFileTest, IsNeverMoreReadableThanTheDatabase)
{
    const mode_t mask = ::umask(0);
    ASSERT_EQ(::chmod(QFile::encodeName(m_database).constData(), 0600), 0);
    const QString out = m_dir.filePath(u"private.csv"_s);
    const Status written = OutputFile::write(target(out), "x"_ba);
    ::umask(mask);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(modeOf(out), 0600u);

    // A shared database (0644) lets the report be read as widely as the umask allows.
    ASSERT_EQ(::chmod(QFile::encodeName(m_database).constData(), 0644), 0);
    const mode_t strict = ::umask(022);
    const QString shared = m_dir.filePath(u"shared.csv"_s);
    const Status sharedWritten = OutputFile::write(target(shared), "x"_ba);
    const mode_t tighter = ::umask(077);
    const QString owner = m_dir.filePath(u"owner.csv"_s);
    const Status ownerWritten = OutputFile::write(target(owner), "x"_ba);
    ::umask(strict);
    ::umask(mask);
    (void)tighter;
    ASSERT_TRUE(sharedWritten.ok());
    ASSERT_TRUE(ownerWritten.ok());
    EXPECT_EQ(modeOf(shared), 0644u);
    EXPECT_EQ(modeOf(owner), 0600u);
}
