// The database opener on files it must refuse: whatever the reason, the file is left byte
// for byte as it was.
#include "storage/database.h"
#include "storage/sqlitefile.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Found by fuzz_open_database: a FiberDesk file in rollback-journal mode (a backup) whose
// stamped schema version is older than its tables was switched to WAL mode before its
// upgrade failed, so the refused file had changed.
TEST(Opener, AFailedUpgradeLeavesTheFileAsItWas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"backup.db"_s);
    {
        Result<std::unique_ptr<Database>> created
            = Database::open(DatabaseLocation::parse(path).value());
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
    }
    {
        Result<std::unique_ptr<SqliteFile>> file
            = SqliteFile::open(path, SqliteFile::Mode::ReadWrite);
        ASSERT_TRUE(file.ok());
        ASSERT_TRUE(file.value()->exec("PRAGMA journal_mode = DELETE").ok());
        ASSERT_TRUE(file.value()
                        ->exec("UPDATE fiberdesk_meta SET value = '2' WHERE key = 'schema_version'")
                        .ok());
    }
    const QByteArray before = contents(path);
    const Result<std::unique_ptr<Database>> refused
        = Database::open(DatabaseLocation::parse(path).value(), Database::OpenMode::ExistingOnly);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(u"failed and was undone"_s))
        << refused.error().toStdString();
    EXPECT_EQ(contents(path), before);
    EXPECT_FALSE(QFile::exists(path + u"-wal"_s));
}

TEST(Opener, ANewerDatabaseIsLeftAsItWas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.db"_s);
    {
        Result<std::unique_ptr<Database>> created
            = Database::open(DatabaseLocation::parse(path).value());
        ASSERT_TRUE(created.ok());
    }
    {
        Result<std::unique_ptr<SqliteFile>> file
            = SqliteFile::open(path, SqliteFile::Mode::ReadWrite);
        ASSERT_TRUE(file.ok());
        ASSERT_TRUE(file.value()->exec("PRAGMA journal_mode = DELETE").ok());
        ASSERT_TRUE(
            file.value()
                ->exec("UPDATE fiberdesk_meta SET value = '99' WHERE key = 'schema_version'")
                .ok());
    }
    const QByteArray before = contents(path);
    const Result<std::unique_ptr<Database>> refused
        = Database::open(DatabaseLocation::parse(path).value());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(u"newer FiberDesk"_s)) << refused.error().toStdString();
    EXPECT_EQ(contents(path), before);
}
