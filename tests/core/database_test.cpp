// Database: create, pragmas, the upgrade path, refusals that leave the file untouched.
#include "private/sql.h"
#include "storage/database.h"
#include "storage/rulerepository.h"
#include "storage/unitrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

DatabaseLocation fileLocation(const QString& path)
{
    return DatabaseLocation::parse(path).value();
}

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalarOf(Database& database, const QString& sql)
{
    Result<QVariant> value = scalar(database, sql);
    EXPECT_TRUE(value.ok()) << value.error().toStdString();
    return value.ok() ? value.value() : QVariant();
}

} // namespace

TEST(Database, CreatesLatestSchemaWithWalAndForeignKeys)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/folder/new.db"_s);
    // SPEC §16: a database is created, never its missing folders.
    const Result<std::unique_ptr<Database>> noFolder = Database::open(fileLocation(path));
    ASSERT_FALSE(noFolder.ok());
    EXPECT_TRUE(noFolder.error().contains(u"folder"_s)) << noFolder.error().toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(u"sub"_s)));
    ASSERT_TRUE(QDir().mkpath(dir.filePath(u"sub/folder"_s)));
    Result<std::unique_ptr<Database>> opened = Database::open(fileLocation(path));
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    // Readable by its owner only.
    EXPECT_EQ(QFileInfo(path).permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                | QFileDevice::WriteOther),
        0);
    Database& database = *opened.value();
    EXPECT_EQ(database.schemaVersion().value(), Database::latestSchemaVersion());
    EXPECT_EQ(scalarOf(database, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    EXPECT_EQ(scalarOf(database, u"PRAGMA foreign_keys"_s).toInt(), 1);
    EXPECT_GE(scalarOf(database, u"PRAGMA busy_timeout"_s).toInt(), 5000);
    EXPECT_EQ(scalarOf(database, u"PRAGMA application_id"_s).toInt(), 0x4644534B);
    // Foreign keys are enforced: a team of a unit that does not exist is refused.
    EXPECT_FALSE(
        runSql(database, u"INSERT INTO teams (code, unit_id, name) VALUES ('T', 999, 'x')"_s).ok());
    // Rule version 1 holds the SPEC's defaults.
    Result<RuleSet> rules = RuleRepository(database).current();
    ASSERT_TRUE(rules.ok());
    EXPECT_EQ(rules.value().version(), 1);
}

TEST(Database, ReopeningIsANoOp)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"again.db"_s);
    {
        ASSERT_TRUE(Database::open(fileLocation(path)).ok());
    }
    Result<std::unique_ptr<Database>> again = Database::open(fileLocation(path));
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_EQ(scalarOf(*again.value(), u"SELECT COUNT(*) FROM rule_versions"_s).toInt(), 1);
}

// Migration 15: SQLite's planner is told what the orders look like. Without it, an equality on
// kind or unit looked as selective as one on the account, and a month's evaluation read every
// repair through the kind's index (16 times slower at 50,000 orders). Every index on orders
// must be described, or a new one would be taken for the most selective of all.
TEST(Database, TheQueryPlannerKnowsWhatTheOrdersLookLike)
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> opened
        = Database::open(fileLocation(dir.filePath(u"plans.db"_s)));
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    Database& database = *opened.value();
    auto column = [&](const QString& sql, int index) {
        QStringList list;
        Result<QSqlQuery> rows = runSql(database, sql);
        EXPECT_TRUE(rows.ok()) << rows.error().toStdString();
        while (rows.ok() && rows.value().next())
            list.append(rows.value().value(index).toString());
        return list;
    };
    auto names = [&](const QString& sql) {
        QStringList list = column(sql, 0);
        list.sort();
        return list;
    };
    const QStringList indexes
        = names(u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders'"_s);
    ASSERT_GE(indexes.size(), 19);
    EXPECT_EQ(names(u"SELECT idx FROM sqlite_stat1 WHERE tbl = 'orders'"_s), indexes);
    auto plan = [&](const QString& sql) {
        return column(u"EXPLAIN QUERY PLAN "_s + sql, 3).join(u" | "_s);
    };
    // A month's repairs by their receipt, not by the kind; a repeat by the account, not the unit.
    const QString repairs
        = plan(u"SELECT id FROM orders WHERE received_at >= 1 AND received_at < 2 "
               "AND kind = 'repair' AND status <> 'cancelled'"_s);
    EXPECT_TRUE(repairs.contains(u"orders_received"_s)) << repairs.toStdString();
    const QString repeat = plan(u"SELECT 1 FROM orders WHERE account = 'A' AND unit_id = 1 "
                                "AND status = 'completed' AND completed_at >= 1"_s);
    EXPECT_TRUE(repeat.contains(u"orders_account"_s)) << repeat.toStdString();
}

TEST(Database, UpgradesAnOldVersionKeepingItsData)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.db"_s);
    {
        Result<std::unique_ptr<Database>> raw = Database::openRaw(fileLocation(path));
        ASSERT_TRUE(raw.ok());
        ASSERT_TRUE(raw.value()->upgradeTo(1).ok());
        EXPECT_EQ(raw.value()->schemaVersion().value(), 1);
        EXPECT_FALSE(raw.value()->connection().tables().contains(u"rule_versions"_s));
        ASSERT_TRUE(runSql(*raw.value(),
            u"INSERT INTO units (code, name, status) VALUES ('U1', 'Unidad Uno', 'active')"_s)
                        .ok());
    }
    Result<std::unique_ptr<Database>> upgraded = Database::open(fileLocation(path));
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().toStdString();
    Database& database = *upgraded.value();
    EXPECT_EQ(database.schemaVersion().value(), Database::latestSchemaVersion());
    Result<std::optional<Unit>> unit = UnitRepository(database).find(u"U1"_s);
    ASSERT_TRUE(unit.ok());
    ASSERT_TRUE(unit.value().has_value());
    EXPECT_EQ(unit.value()->name, u"Unidad Uno"_s);
    EXPECT_EQ(unit.value()->status, UnitStatus::Active);
    EXPECT_TRUE(RuleRepository(database).current().ok());
}

TEST(Database, RefusesANewerSchemaWithoutTouchingTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.db"_s);
    {
        Result<std::unique_ptr<Database>> opened = Database::open(fileLocation(path));
        ASSERT_TRUE(opened.ok());
        ASSERT_TRUE(runSql(*opened.value(),
            u"UPDATE fiberdesk_meta SET value = '999' WHERE key = 'schema_version'"_s)
                        .ok());
        ASSERT_TRUE(runSql(*opened.value(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
    }
    const QByteArray before = fileDigest(path);
    Result<std::unique_ptr<Database>> refused = Database::open(fileLocation(path));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(u"newer FiberDesk"_s)) << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(u"999"_s));
    EXPECT_EQ(fileDigest(path), before);
}

TEST(Database, RefusesFilesThatAreNotFiberDeskDatabases)
{
    QTemporaryDir dir;
    const QString text = dir.filePath(u"notes.txt"_s);
    {
        QFile file(text);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("code,name\nU1,Uno\nthis is not a database at all, just text padding it out to "
                   "a page\n");
    }
    const QByteArray before = fileDigest(text);
    Result<std::unique_ptr<Database>> refused = Database::open(fileLocation(text));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(u"not a FiberDesk database"_s))
        << refused.error().toStdString();
    EXPECT_EQ(fileDigest(text), before);

    const QString foreign = dir.filePath(u"other.db"_s);
    {
        Result<std::unique_ptr<Database>> raw = Database::openRaw(fileLocation(foreign));
        ASSERT_TRUE(raw.ok());
        ASSERT_TRUE(runSql(*raw.value(), u"CREATE TABLE customers (id INTEGER)"_s).ok());
    }
    Result<std::unique_ptr<Database>> other = Database::open(fileLocation(foreign));
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.error().contains(u"not FiberDesk's"_s)) << other.error().toStdString();

    Result<std::unique_ptr<Database>> folder = Database::open(fileLocation(dir.path()));
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().contains(u"folder"_s));
}

TEST(Database, ExistingOnlyDoesNotCreateAFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing.db"_s);
    Result<std::unique_ptr<Database>> refused
        = Database::open(fileLocation(path), Database::OpenMode::ExistingOnly);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(u"fiberdesk-cli init"_s));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(Database, TransactionRollsBackUnlessCommitted)
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> opened
        = Database::open(fileLocation(dir.filePath(u"tx.db"_s)));
    ASSERT_TRUE(opened.ok());
    Database& database = *opened.value();
    {
        Transaction transaction(database);
        ASSERT_TRUE(transaction.started().ok());
        ASSERT_TRUE(runSql(
            database, u"INSERT INTO units (code, name, status) VALUES ('U1', 'x', 'active')"_s)
                        .ok());
        {
            Transaction inner(database); // nested: joins the outer one
            ASSERT_TRUE(runSql(
                database, u"INSERT INTO units (code, name, status) VALUES ('U2', 'y', 'active')"_s)
                            .ok());
            ASSERT_TRUE(inner.commit().ok());
        }
    } // not committed
    EXPECT_EQ(scalarOf(database, u"SELECT COUNT(*) FROM units"_s).toInt(), 0);
    {
        Transaction transaction(database);
        {
            Transaction inner(database);
            ASSERT_TRUE(runSql(
                database, u"INSERT INTO units (code, name, status) VALUES ('U3', 'z', 'active')"_s)
                            .ok());
        } // inner failed: the whole must not commit
        EXPECT_FALSE(transaction.commit().ok());
    }
    EXPECT_EQ(scalarOf(database, u"SELECT COUNT(*) FROM units"_s).toInt(), 0);
}

TEST(DatabaseLocation, ParsesFilesAndPostgresUrls)
{
    Result<DatabaseLocation> file = DatabaseLocation::parse(u"relative/fd.db"_s);
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file.value().engine, DatabaseLocation::Engine::Sqlite);
    EXPECT_TRUE(file.value().filePath.endsWith(u"relative/fd.db"_s));

    Result<DatabaseLocation> pg
        = DatabaseLocation::parse(u"postgresql://ana@db.example:6543/fiberdesk"_s);
    ASSERT_TRUE(pg.ok());
    EXPECT_EQ(pg.value().engine, DatabaseLocation::Engine::Postgres);
    EXPECT_EQ(pg.value().host, u"db.example"_s);
    EXPECT_EQ(pg.value().port, 6543);
    EXPECT_EQ(pg.value().user, u"ana"_s);
    EXPECT_EQ(pg.value().databaseName, u"fiberdesk"_s);
    EXPECT_FALSE(pg.value().displayName().contains(u"secret"_s));

    EXPECT_FALSE(DatabaseLocation::parse(u"postgresql://host-only"_s).ok());
    EXPECT_FALSE(DatabaseLocation::parse(u"  "_s).ok());
}
