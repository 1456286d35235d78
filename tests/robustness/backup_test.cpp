// Backups (issue 8): consistent copies while the database is in use, a restore that checks
// what it is given and keeps what it replaces, daily backups kept for a configured number
// of days, and a restore that reproduces every finalized evaluation exactly.
#include "childprocess.h"
#include "services/auditservice.h"
#include "services/backupservice.h"
#include "services/demo/demoorders.h"
#include "services/evaluationservice.h"
#include "services/unitservice.h"
#include "storage/auditrepository.h"
#include "storage/backupfile.h"
#include "storage/databaserestore.h"
#include "storage/sqlitebackup.h"
#include "storage/sqlitefile.h"
#include "storage/sqlitehandle.h"
#include "support/dbfingerprint.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTimeZone>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;
using test::ChildRun;

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

// Runs `sql` on a file through a plain connection.
void execOn(const QString& path, const char* sql)
{
    Result<std::unique_ptr<SqliteFile>> file = SqliteFile::open(path, SqliteFile::Mode::Create);
    ASSERT_TRUE(file.ok()) << file.error().toStdString();
    const Status done = file.value()->exec(sql);
    ASSERT_TRUE(done.ok()) << done.error().toStdString();
}

QString textOf(const QString& path, const char* sql)
{
    Result<std::unique_ptr<SqliteFile>> file = SqliteFile::open(path, SqliteFile::Mode::ReadOnly);
    if (!file.ok())
        return file.error();
    Result<QString> value = file.value()->text(sql);
    return value.ok() ? value.value() : value.error();
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

class BackupTest : public ::testing::Test
{
protected:
    void SetUp() override { test::seedSmallOrganisation(m_db.session()); }

    test::DatabaseFingerprint live() { return test::fingerprintOf(sqliteHandle(m_db.database())); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    test::TestDatabase m_db;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(BackupTest, CopyIsWholeCheckedAndOneFile)
{
    const QString copy = path(u"copy.db"_s);
    const Status written = BackupService(m_db.session()).backupTo(copy);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_TRUE(test::fingerprintOf(copy) == live());
    EXPECT_EQ(classifyDatabaseFile(copy), DatabaseFileKind::FiberDesk);
    EXPECT_EQ(textOf(copy, "PRAGMA journal_mode"), u"delete"_s)
        << "a single file, no -wal to forget";
    EXPECT_EQ(textOf(copy, "PRAGMA integrity_check"), u"ok"_s);
    EXPECT_EQ(filesIn(m_dir.path()), QStringList { u"copy.db"_s })
        << "no partial or working files left";
    EXPECT_EQ(inspectDatabaseFile(copy, true).value(), Database::latestSchemaVersion());
}

TEST_F(BackupTest, RefusesToOverwriteWhatIsNotABackup)
{
    BackupService backups(m_db.session());
    Status refused = backups.backupTo(m_db.path());
    EXPECT_TRUE(refused.error().contains(u"the database itself"_s))
        << refused.error().toStdString();
    refused = backups.backupTo(m_dir.path());
    EXPECT_TRUE(refused.error().contains(u"is a folder"_s)) << refused.error().toStdString();
    refused = backups.backupTo(path(u"no/such/folder/copy.db"_s));
    EXPECT_TRUE(refused.error().contains(u"does not exist"_s)) << refused.error().toStdString();
    const QString sheet = path(u"budget.xlsx"_s);
    writeAll(sheet, "PK\x03\x04 a colleague's workbook");
    refused = backups.backupTo(sheet);
    EXPECT_TRUE(refused.error().contains(u"left untouched"_s)) << refused.error().toStdString();
    EXPECT_EQ(readAll(sheet), QByteArray("PK\x03\x04 a colleague's workbook"));
    // An older backup may be replaced.
    const QString copy = path(u"copy.db"_s);
    ASSERT_TRUE(backups.backupTo(copy).ok());
    Unit unit;
    unit.code = u"U2"_s;
    unit.name = u"Unidad Dos"_s;
    ASSERT_TRUE(UnitService(m_db.session()).save({ unit }, UnitService::Origin::Edited).ok());
    ASSERT_TRUE(backups.backupTo(copy).ok());
    EXPECT_TRUE(test::fingerprintOf(copy) == live());
}

TEST_F(BackupTest, RestoreRefusesWhatIsNotAGoodFiberDeskDatabase)
{
    const QString good = path(u"good.db"_s);
    ASSERT_TRUE(BackupService(m_db.session()).backupTo(good).ok());
    const test::DatabaseFingerprint before = live();

    struct Case
    {
        QString file;
        QString words;
    };
    QList<Case> cases;
    writeAll(path(u"notes.txt"_s), "code,name\nU1,Uno\n");
    cases.append({ path(u"notes.txt"_s), u"not an SQLite database file"_s });
    writeAll(path(u"empty.db"_s), {});
    cases.append({ path(u"empty.db"_s), u"is empty"_s });
    execOn(path(u"other.db"_s), "CREATE TABLE songs (title TEXT)");
    cases.append({ path(u"other.db"_s), u"another program"_s });
    ASSERT_TRUE(QFile::copy(good, path(u"newer.db"_s)));
    execOn(
        path(u"newer.db"_s), "UPDATE fiberdesk_meta SET value = '99' WHERE key = 'schema_version'");
    cases.append({ path(u"newer.db"_s), u"newer FiberDesk (schema version 99"_s });
    ASSERT_TRUE(QFile::copy(good, path(u"damaged.db"_s)));
    {
        QFile file(path(u"damaged.db"_s));
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        for (qint64 at = 3 * 4096; at < file.size(); at += 4096 * 3) {
            file.seek(at + 16);
            file.write(QByteArray(200, '\x7f'));
        }
    }
    cases.append({ path(u"damaged.db"_s), u"damaged"_s });
    cases.append({ path(u"missing.db"_s), u"There is no file"_s });
    cases.append({ m_dir.path(), u"is a folder"_s });
    cases.append({ m_db.path(), u"the database itself"_s });

    for (const Case& each : cases) {
        const Result<RestoreOutcome> restored = restoreDatabaseFile(each.file, m_db.path());
        ASSERT_FALSE(restored.ok()) << each.file.toStdString();
        EXPECT_TRUE(restored.error().contains(each.words)) << restored.error().toStdString();
        EXPECT_TRUE(restored.error().contains(u"Nothing was restored"_s))
            << restored.error().toStdString();
        EXPECT_TRUE(live() == before) << each.file.toStdString();
    }
    const QStringList left = filesIn(QFileInfo(m_db.path()).absolutePath());
    for (const QString& name : left)
        EXPECT_FALSE(name.contains(u"before-restore"_s) || name.contains(u".restoring"_s))
            << name.toStdString();
}

TEST_F(BackupTest, RestorePutsTheBackupBackWhileTheDatabaseIsOpen)
{
    const QString backup = path(u"backup.db"_s);
    ASSERT_TRUE(BackupService(m_db.session()).backupTo(backup).ok());
    const test::DatabaseFingerprint saved = test::fingerprintOf(backup);
    Unit unit;
    unit.code = u"U2"_s;
    unit.name = u"Added after the backup"_s;
    ASSERT_TRUE(UnitService(m_db.session()).save({ unit }, UnitService::Origin::Edited).ok());

    // This program still has the database open, as a desk would.
    const Result<RestoreOutcome> restored = restoreDatabaseFile(backup, m_db.path());
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_TRUE(live() == saved) << live().differenceFrom(saved).toStdString();
    EXPECT_FALSE(UnitService(m_db.session()).find(u"U2"_s).value().has_value())
        << "the open connection sees the restore";
    ASSERT_FALSE(restored.value().keptAs.isEmpty());
    EXPECT_TRUE(restored.value().keptAs.contains(u"test-before-restore-"_s))
        << restored.value().keptAs.toStdString();
    EXPECT_EQ(textOf(restored.value().keptAs, "SELECT name FROM units WHERE code = 'U2'"),
        u"Added after the backup"_s);
    EXPECT_EQ(textOf(m_db.path(), "PRAGMA integrity_check"), u"ok"_s);
    EXPECT_EQ(restored.value().schemaVersion, Database::latestSchemaVersion());
}

TEST_F(BackupTest, AnOlderBackupIsUpgradedAsItIsRestored)
{
    const QString old = path(u"old.db"_s);
    {
        Result<std::unique_ptr<Database>> raw
            = Database::openRaw(DatabaseLocation::parse(old).value());
        ASSERT_TRUE(raw.ok());
        ASSERT_TRUE(raw.value()->upgradeTo(3).ok());
    }
    const Result<RestoreOutcome> restored = restoreDatabaseFile(old, m_db.path());
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_EQ(restored.value().backupSchemaVersion, 3);
    EXPECT_EQ(restored.value().schemaVersion, Database::latestSchemaVersion());
    EXPECT_EQ(textOf(m_db.path(), "SELECT value FROM fiberdesk_meta WHERE key = 'schema_version'"),
        QString::number(Database::latestSchemaVersion()));
}

TEST_F(BackupTest, ARestoreIntoNothingCreatesTheDatabase)
{
    const QString backup = path(u"backup.db"_s);
    ASSERT_TRUE(BackupService(m_db.session()).backupTo(backup).ok());
    const QString fresh = path(u"elsewhere/new.db"_s);
    const Result<RestoreOutcome> restored = restoreDatabaseFile(backup, fresh);
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_TRUE(restored.value().keptAs.isEmpty());
    EXPECT_TRUE(test::fingerprintOf(fresh) == test::fingerprintOf(backup));
}

TEST_F(BackupTest, DailyBackupsAreKeptForTheConfiguredDays)
{
    BackupService backups(m_db.session());
    BackupSettings settings;
    settings.keepDays = 3;
    ASSERT_TRUE(backups.setSettings(settings).ok());
    const QString folder = QFileInfo(m_db.path()).absolutePath() + u"/backups"_s;
    EXPECT_EQ(backups.folder(backups.settings().value()), folder);
    for (int day = 1; day <= 5; ++day) {
        m_db.setNow(QDateTime(QDate(2026, 11, day), QTime(15, 0), Qt::UTC));
        EXPECT_TRUE(backups.dailyBackupDue().value());
        Result<DailyBackupOutcome> done = backups.runDailyBackup();
        ASSERT_TRUE(done.ok()) << done.error().toStdString();
        EXPECT_TRUE(done.value().written.endsWith(u"/test-2026-11-0%1.db.zst"_s.arg(day)))
            << done.value().written.toStdString();
        EXPECT_GT(done.value().databaseBytes, done.value().bytes) << "compressed";
        EXPECT_FALSE(backups.dailyBackupDue().value());
        Result<DailyBackupOutcome> again = backups.runDailyBackup();
        EXPECT_TRUE(again.value().written.isEmpty()) << "once a day";
    }
    EXPECT_EQ(filesIn(folder),
        QStringList({ u"test-2026-11-03.db.zst"_s, u"test-2026-11-04.db.zst"_s,
            u"test-2026-11-05.db.zst"_s }));
    EXPECT_EQ(backups.dailyBackups().value().first().date, QDate(2026, 11, 5));
    // Files that only look alike are not FiberDesk's to remove (issue 14, finding 9): other
    // names, files named like a backup that are none, and a real backup of another database
    // whose file has the same name.
    writeAll(folder + u"/test-2020-01-01.db.keep"_s, "mine");
    writeAll(folder + u"/other-2020-01-01.db"_s, "mine");
    writeAll(folder + u"/test-2026-10-01.db.zst"_s, "my notes, named like a backup");
    writeAll(folder + u"/test-2026-10-02.db"_s, "SQLite format 3, or so it says");
    test::TestDatabase other;
    test::seedSmallOrganisation(other.session());
    ASSERT_EQ(QFileInfo(other.path()).fileName(), QFileInfo(m_db.path()).fileName());
    ASSERT_TRUE(
        BackupService(other.session()).backupTo(folder + u"/test-2026-10-03.db.zst"_s).ok());
    const QStringList foreign = { u"other-2020-01-01.db"_s, u"test-2020-01-01.db.keep"_s,
        u"test-2026-10-01.db.zst"_s, u"test-2026-10-02.db"_s, u"test-2026-10-03.db.zst"_s };
    EXPECT_EQ(backups.dailyBackups().value().size(), 3) << "only this database's are listed";
    m_db.setNow(QDateTime(QDate(2026, 11, 6), QTime(15, 0), Qt::UTC));
    Result<DailyBackupOutcome> sixth = backups.runDailyBackup();
    ASSERT_TRUE(sixth.ok()) << sixth.error().toStdString();
    EXPECT_EQ(sixth.value().removed, QStringList { folder + u"/test-2026-11-03.db.zst"_s });
    EXPECT_EQ(filesIn(folder),
        foreign
            + QStringList({ u"test-2026-11-04.db.zst"_s, u"test-2026-11-05.db.zst"_s,
                u"test-2026-11-06.db.zst"_s }));

    // Another folder (relative to the database's) and off.
    settings.folder = u"copies"_s;
    settings.keepDays = 0;
    ASSERT_TRUE(backups.setSettings(settings).ok());
    m_db.setNow(QDateTime(QDate(2026, 11, 7), QTime(15, 0), Qt::UTC));
    EXPECT_TRUE(backups.runDailyBackup().value().written.isEmpty());
    settings.keepDays = 14;
    ASSERT_TRUE(backups.setSettings(settings).ok());
    EXPECT_TRUE(
        backups.runDailyBackup().value().written.contains(u"/copies/test-2026-11-07.db.zst"_s));
    const QList<AuditEntry> audit = AuditRepository(m_db.database()).list(u"settings"_s).value();
    EXPECT_GE(audit.size(), 3) << "each change of the backup settings is audited";
    EXPECT_FALSE(BackupService(*m_db.sessionAs(Role::Dispatcher)).setSettings(settings).ok());
    settings.keepDays = -1;
    EXPECT_FALSE(backups.setSettings(settings).ok());
}

TEST(BackupRetention, DailiesForTheChosenDaysAndTheLastOfEachOfTwelveMonths)
{
    QList<DailyBackup> all;
    for (QDate day(2025, 6, 1); day <= QDate(2026, 12, 3); day = day.addDays(1))
        all.append({ day, u"/b/fd-"_s + day.toString(Qt::ISODate) + u".db.zst"_s, 1, true });
    // An uncompressed one of an older FiberDesk beside a compressed one of the same day.
    all.append({ QDate(2026, 3, 31), u"/b/fd-2026-03-31.db"_s, 1, false });
    const QList<DailyBackup> removed = BackupService::pastKeeping(all, QDate(2026, 12, 3), 14);
    QStringList kept;
    for (const DailyBackup& backup : all) {
        const bool gone = std::any_of(removed.cbegin(), removed.cend(),
            [&](const DailyBackup& each) { return each.path == backup.path; });
        if (!gone)
            kept.append(QFileInfo(backup.path).fileName());
    }
    QStringList expected;
    for (int month = 1; month <= 10; ++month) {
        const QDate first(2026, month, 1);
        expected.append(
            u"fd-"_s + first.addDays(first.daysInMonth() - 1).toString(Qt::ISODate) + u".db.zst"_s);
    }
    for (QDate day(2026, 11, 20); day <= QDate(2026, 12, 3); day = day.addDays(1))
        expected.append(u"fd-"_s + day.toString(Qt::ISODate) + u".db.zst"_s);
    EXPECT_EQ(kept, expected);
    EXPECT_EQ(kept.size(), 24) << "14 dailies and the last of January to October";
}

TEST_F(BackupTest, BackupRestoreAndTheirSettingsAreForAnAdmin)
{
    const QString good = path(u"good.db"_s);
    ASSERT_TRUE(BackupService(m_db.session()).backupTo(good).ok());
    const test::DatabaseFingerprint before = live();
    for (const Role role : { Role::Dispatcher, Role::CallbackAgent, Role::Evaluator }) {
        const std::unique_ptr<Session> session = m_db.sessionAs(role);
        const BackupService backups(*session);
        const QString copy = path(u"copy.db"_s);
        const Status written = backups.backupTo(copy);
        EXPECT_FALSE(written.ok()) << int(role);
        EXPECT_TRUE(written.error().contains(roleDisplayName(role)))
            << written.error().toStdString();
        EXPECT_FALSE(QFileInfo::exists(copy)) << "no copy, password hashes and all";
        EXPECT_FALSE(backups.backupTo(path(u"copy.db.zst"_s)).ok());
        EXPECT_FALSE(backups.dailyBackups().ok());
        EXPECT_FALSE(backups.runDailyBackupNow().ok());
        BackupService changer(*session);
        EXPECT_FALSE(changer.setSettings(BackupSettings {}).ok());
        const Result<RestoreOutcome> restored
            = BackupService::restore(Actor { u"someone"_s, role }, good, m_db.location());
        EXPECT_FALSE(restored.ok());
        EXPECT_TRUE(live() == before);
    }
    EXPECT_TRUE(
        BackupService::restore(Actor { u"admin"_s, Role::Admin }, good, m_db.location()).ok());
}

TEST_F(BackupTest, ARestoreRefusesASchemaFiberDeskDidNotMake)
{
    const QString good = path(u"good.db"_s);
    ASSERT_TRUE(BackupService(m_db.session()).backupTo(good).ok());
    const test::DatabaseFingerprint before = live();
    const QString ownIndex = textOf(good,
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name "
        "LIMIT 1");
    ASSERT_FALSE(ownIndex.isEmpty());
    struct Case
    {
        QString name;
        QByteArray sql;
        QString words;
    };
    const QList<Case> cases = {
        // Issue 14, finding 2: a trigger that makes the agent an admin at its next sign-in.
        { u"trigger"_s,
            "CREATE TRIGGER promote AFTER UPDATE ON users BEGIN "
            "UPDATE users SET role = 'admin' WHERE name = 'agent'; END",
            u"trigger “promote” added"_s },
        { u"view"_s, "CREATE VIEW hashes AS SELECT name, password_hash FROM users",
            u"view “hashes” added"_s },
        { u"table"_s, "CREATE TABLE stash (what TEXT)", u"table “stash” added"_s },
        { u"dropped"_s, "DROP INDEX " + ownIndex.toUtf8(), u"“%1” missing"_s.arg(ownIndex) },
    };
    for (const Case& each : cases) {
        const QString tampered = path(each.name + u".db"_s);
        ASSERT_TRUE(QFile::copy(good, tampered));
        execOn(tampered, each.sql.constData());
        // The same inside a compressed backup, with its metadata and checksums all right.
        const QString packed = tampered + u".zst"_s;
        BackupMetadata metadata;
        metadata.database = m_db.path();
        metadata.createdAt = QDateTime::currentDateTimeUtc();
        metadata.schemaVersion = Database::latestSchemaVersion();
        metadata.bytes = QFileInfo(tampered).size();
        ASSERT_TRUE(compressDatabaseFile(
            tampered, packed, metadata, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                        .ok());
        for (const QString& file : { tampered, packed }) {
            const Result<RestoreOutcome> restored = restoreDatabaseFile(file, m_db.path());
            ASSERT_FALSE(restored.ok()) << file.toStdString();
            EXPECT_TRUE(restored.error().contains(u"FiberDesk's own schema"_s))
                << restored.error().toStdString();
            EXPECT_TRUE(restored.error().contains(each.words)) << restored.error().toStdString();
            EXPECT_TRUE(restored.error().contains(file)) << restored.error().toStdString();
            EXPECT_TRUE(live() == before) << file.toStdString();
        }
    }
    EXPECT_TRUE(checkOwnSchema(good).ok());
}

TEST_F(BackupTest, BackupsAreNeverMoreReadableThanTheDatabase)
{
    const mode_t savedMask = ::umask(022);
    const auto restoreMask = qScopeGuard([&] { ::umask(savedMask); });
    const auto modeOf = [](const QString& file) {
        struct stat info
        {
        };
        return ::stat(QFile::encodeName(file).constData(), &info) == 0 ? int(info.st_mode & 0777)
                                                                       : -1;
    };
    ASSERT_EQ(::chmod(QFile::encodeName(m_db.path()).constData(), 0600), 0);
    BackupService backups(m_db.session());
    ASSERT_TRUE(backups.backupTo(path(u"copy.db"_s)).ok());
    EXPECT_EQ(modeOf(path(u"copy.db"_s)), 0600);
    ASSERT_TRUE(backups.backupTo(path(u"copy.db.zst"_s)).ok());
    EXPECT_EQ(modeOf(path(u"copy.db.zst"_s)), 0600);
    Result<DailyBackupOutcome> daily = backups.runDailyBackup();
    ASSERT_TRUE(daily.ok()) << daily.error().toStdString();
    EXPECT_EQ(modeOf(daily.value().written), 0600);
    EXPECT_EQ(modeOf(QFileInfo(daily.value().written).absolutePath()), 0700) << "a private folder";
    const Result<RestoreOutcome> restored
        = restoreDatabaseFile(path(u"copy.db.zst"_s), m_db.path());
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_EQ(modeOf(restored.value().keptAs), 0600) << "the copy kept before the restore";
    EXPECT_EQ(modeOf(m_db.path()), 0600);
    const QString fresh = path(u"fresh/new.db"_s);
    ASSERT_TRUE(restoreDatabaseFile(path(u"copy.db.zst"_s), fresh).ok());
    EXPECT_EQ(modeOf(fresh), 0600) << "a database made by a restore is its owner's only";
    // A database its group may read gives backups its group may read, no more.
    ASSERT_EQ(::chmod(QFile::encodeName(m_db.path()).constData(), 0640), 0);
    ASSERT_TRUE(backups.backupTo(path(u"group.db.zst"_s)).ok());
    EXPECT_EQ(modeOf(path(u"group.db.zst"_s)), 0640);
}

TEST_F(BackupTest, ACompressedBackupIsCheckedAndRestoresExactly)
{
    BackupService backups(m_db.session());
    const QString plain = path(u"plain.db"_s);
    const QString packed = path(u"packed.db.zst"_s);
    ASSERT_TRUE(backups.backupTo(plain).ok());
    QList<double> shares;
    ASSERT_TRUE(backups
                    .backupTo(packed,
                        [&](double share) {
                            shares.append(share);
                            return true;
                        })
                    .ok());
    ASSERT_FALSE(shares.isEmpty());
    EXPECT_TRUE(std::is_sorted(shares.cbegin(), shares.cend())) << "progress only moves on";
    EXPECT_DOUBLE_EQ(shares.last(), 1.0);
    EXPECT_TRUE(isCompressedBackup(packed));
    EXPECT_EQ(filesIn(m_dir.path()), QStringList({ u"packed.db.zst"_s, u"plain.db"_s }));
    const Result<BackupMetadata> metadata = readBackupMetadata(packed);
    ASSERT_TRUE(metadata.ok()) << metadata.error().toStdString();
    EXPECT_EQ(metadata.value().database, QFileInfo(m_db.path()).canonicalFilePath());
    EXPECT_EQ(metadata.value().schemaVersion, Database::latestSchemaVersion());
    // The audit head of the time it was made (SPEC §16).
    const Result<AuditChainHead> head = AuditService(m_db.session()).head();
    ASSERT_TRUE(head.ok()) << head.error().toStdString();
    EXPECT_FALSE(metadata.value().auditHead.isEmpty());
    EXPECT_EQ(metadata.value().auditHead, head.value().lastHash);
    EXPECT_EQ(metadata.value().auditEntries, head.value().entries);
    EXPECT_EQ(metadata.value().bytes, QFileInfo(plain).size());
    EXPECT_LT(QFileInfo(packed).size(), QFileInfo(plain).size() / 3);
    EXPECT_TRUE(checkCompressedBackup(packed).ok());
    const test::DatabaseFingerprint saved = test::fingerprintOf(plain);

    Unit unit;
    unit.code = u"U2"_s;
    unit.name = u"Added after the backup"_s;
    ASSERT_TRUE(UnitService(m_db.session()).save({ unit }, UnitService::Origin::Edited).ok());
    const test::DatabaseFingerprint changed = live();

    // Damaged in the middle, or cut short: refused, nothing changed.
    const QByteArray bytes = readAll(packed);
    QByteArray flipped = bytes;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x5a);
    writeAll(path(u"flipped.db.zst"_s), flipped);
    writeAll(path(u"short.db.zst"_s), bytes.left(bytes.size() * 2 / 3));
    for (const QString& bad : { path(u"flipped.db.zst"_s), path(u"short.db.zst"_s) }) {
        const Result<RestoreOutcome> refused = restoreDatabaseFile(bad, m_db.path());
        ASSERT_FALSE(refused.ok()) << bad.toStdString();
        EXPECT_TRUE(refused.error().contains(u"damaged"_s)) << refused.error().toStdString();
        EXPECT_TRUE(refused.error().contains(u"Nothing was restored"_s));
        EXPECT_TRUE(live() == changed);
    }

    const Result<RestoreOutcome> restored = restoreDatabaseFile(packed, m_db.path());
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_TRUE(live() == saved) << live().differenceFrom(saved).toStdString();
    EXPECT_FALSE(UnitService(m_db.session()).find(u"U2"_s).value().has_value());
}

// A file whose size is a whole number of zstd's output blocks (128 KiB) fills the reading
// buffer exactly with its last block. The check then asked the stream once more for output
// it did not have, and called a whole backup "damaged (it ends in the middle of the data)":
// a demo database of such a size failed its nightly backup, and its restore was refused.
TEST_F(BackupTest, ABackupOfEverySizeReadsBackWhole)
{
    constexpr qint64 kBlock = 128 * 1024;
    for (const qint64 size : { kBlock, 3 * kBlock, 3 * kBlock - 4096, 3 * kBlock + 4096, 8 * kBlock,
             qint64(4096), qint64(0) }) {
        // Pages that repeat a little and differ a little, as a database's do.
        QByteArray bytes(int(size), Qt::Uninitialized);
        for (qint64 i = 0; i < size; ++i)
            bytes[int(i)] = char((i * 2654435761U >> 13) % 7 + (i / 4096) % 3);
        const QString database = path(u"size-%1.db"_s.arg(size));
        const QString packed = database + u".zst"_s;
        writeAll(database, bytes);
        BackupMetadata metadata;
        metadata.database = database;
        metadata.createdAt = QDateTime(QDate(2026, 12, 4), QTime(20, 0), Qt::UTC);
        metadata.schemaVersion = Database::latestSchemaVersion();
        metadata.bytes = size;
        ASSERT_TRUE(compressDatabaseFile(
            database, packed, metadata, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                        .ok());
        const Status checked = checkCompressedBackup(packed);
        EXPECT_TRUE(checked.ok()) << size << " bytes: " << checked.error().toStdString();
        const QString restored = database + u".back"_s;
        ASSERT_TRUE(checkCompressedBackup(
            packed, restored, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                        .ok())
            << size;
        EXPECT_EQ(readAll(restored), bytes) << size << " bytes";
    }
}

TEST_F(BackupTest, AStoppedBackupLeavesNothing)
{
    BackupService backups(m_db.session());
    for (const double at : { 0.0, 0.3, 0.6, 0.9 }) {
        int calls = 0;
        const QString target = path(u"stopped.db.zst"_s);
        const Status stopped = backups.backupTo(target, [&](double share) {
            ++calls;
            return share <= at;
        });
        EXPECT_FALSE(stopped.ok()) << at;
        EXPECT_GT(calls, 0);
        EXPECT_TRUE(filesIn(m_dir.path()).isEmpty())
            << filesIn(m_dir.path()).join(u' ').toStdString();
    }
    const Result<DailyBackupOutcome> daily = backups.runDailyBackup([](double) { return false; });
    EXPECT_FALSE(daily.ok());
    const QString folder = backups.folder(backups.settings().value());
    EXPECT_TRUE(filesIn(folder).isEmpty()) << filesIn(folder).join(u' ').toStdString();
    EXPECT_TRUE(backups.dailyBackupDue().value()) << "the next start makes it";
    EXPECT_FALSE(backups.runDailyBackup().value().written.isEmpty());
}

// End to end through the command line, as an operator would.
class BackupCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QDir(m_dir.path()).mkpath(u"home"_s);
        m_runner = std::make_unique<test::ChildRunner>(m_dir.filePath(u"home"_s));
    }

    ChildRun cli(const QString& database, const QStringList& arguments) const
    {
        return m_runner->cli(
            QStringList { u"--db"_s, database, u"--timezone"_s, u"America/Lima"_s } + arguments);
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // What a finalized evaluation is, as the operator sees and exports it: the JSON of every
    // finalized month, its CSV report, the units' standing, and the frozen rows themselves.
    QByteArray evaluationsOf(const QString& database)
    {
        QByteArray all;
        const QStringList months = textOf(database,
            "SELECT group_concat(month, ',') FROM (SELECT DISTINCT month FROM evaluations WHERE "
            "state = 'final' "
            "ORDER BY month)")
                                       .split(u',', Qt::SkipEmptyParts);
        EXPECT_FALSE(months.isEmpty());
        for (const QString& month : months) {
            const ChildRun json
                = cli(database, { u"evaluate"_s, u"--month"_s, month, u"--json"_s });
            EXPECT_EQ(json.exitCode, 0) << json.errText().toStdString();
            const QString csv = path(u"export-"_s + month + u".csv"_s);
            const ChildRun exported = cli(database,
                { u"export"_s, u"evaluation"_s, u"--month"_s, month, u"--format"_s, u"csv"_s,
                    u"--out"_s, csv, u"--force"_s }); // written before and after the restore
            EXPECT_EQ(exported.exitCode, 0) << exported.errText().toStdString();
            all += month.toUtf8() + '\n' + json.out + readAll(csv);
        }
        all += cli(database, { u"units"_s, u"--json"_s }).out;
        const test::DatabaseFingerprint frozen = test::fingerprintOf(database);
        for (const QString& table : { u"evaluations"_s, u"evaluation_evidence"_s })
            all += table.toUtf8() + frozen.hashes.value(table).toHex();
        return all;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::ChildRunner> m_runner;
};

TEST_F(BackupCli, ARestoreReproducesEveryFinalizedEvaluationExactly)
{
    const QString database = path(u"fd.db"_s);
    ASSERT_EQ(cli(database, { u"demo"_s, u"--orders"_s, u"6000"_s }).exitCode, 0);
    const QByteArray before = evaluationsOf(database);
    // Compressed, as the daily backups are (issue 24).
    const QString backup = path(u"monday.db.zst"_s);
    const ChildRun backedUp = cli(database, { u"backup"_s, backup, u"--json"_s });
    ASSERT_EQ(backedUp.exitCode, 0) << backedUp.errText().toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(backedUp.out).object().value(u"backup"_s).toString(), backup);

    // Later that week: a month reopened and finalized again with another machine-room
    // score, and a new unit.
    const QString month
        = textOf(database, "SELECT max(month) FROM evaluations WHERE state = 'final'");
    {
        Result<std::unique_ptr<Database>> opened
            = Database::open(DatabaseLocation::parse(database).value());
        ASSERT_TRUE(opened.ok());
        const Session session(
            *opened.value(), Actor { u"admin"_s, Role::Admin }, QTimeZone("America/Lima"));
        EvaluationService evaluations(session);
        const QDate first = *EvaluationService::parseMonth(month);
        const QString unit = textOf(database,
            "SELECT u.code FROM evaluations e JOIN units u ON u.id = e.unit_id WHERE e.state = "
            "'final' "
            "ORDER BY e.month DESC, u.code LIMIT 1");
        ASSERT_TRUE(evaluations.reopen(first, unit, u"the inspection was redone"_s).ok());
        ASSERT_TRUE(evaluations.setRoomScore(first, unit, Rational(1), u"racks unlabelled"_s).ok());
        const Result<MonthEvaluation> again = evaluations.finalize(first);
        ASSERT_TRUE(again.ok()) << again.error().toStdString();
    }
    const QString units = path(u"units.csv"_s);
    writeAll(units,
        "code,name,contract_no,contract_start,status\nUX1,Nueva,CT-9,2026-01-01,candidate\n");
    ASSERT_EQ(cli(database, { u"import"_s, u"units"_s, units }).exitCode, 0);
    ASSERT_NE(evaluationsOf(database), before) << "the change shows";

    const ChildRun restored = cli(database, { u"restore"_s, backup });
    ASSERT_EQ(restored.exitCode, 0) << restored.errText().toStdString();
    EXPECT_TRUE(restored.out.contains("is kept as")) << restored.out.toStdString();
    EXPECT_EQ(evaluationsOf(database), before);
}

TEST_F(BackupCli, ABackupTakenWhileAnotherProgramWritesIsWholeAndConsistent)
{
    const QString database = path(u"fd.db"_s);
    ASSERT_EQ(cli(database, { u"demo"_s, u"--orders"_s, u"0"_s }).exitCode, 0);
    ASSERT_EQ(cli(database, { u"backups"_s, u"--keep-days"_s, u"0"_s }).exitCode, 0);
    const QString orders = path(u"orders.csv"_s);
    const qint64 count = 20000;
    {
        Result<std::unique_ptr<Database>> opened
            = Database::open(DatabaseLocation::parse(database).value());
        ASSERT_TRUE(opened.ok());
        const Session session(
            *opened.value(), Actor { u"admin"_s, Role::Admin }, QTimeZone("America/Lima"));
        QFile file(orders);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(DemoOrderWriter(session, 5).write(file, count).ok());
    }
    QProcess writer;
    m_runner->start(writer, test::cliPath(),
        { u"--db"_s, database, u"--timezone"_s, u"America/Lima"_s, u"import"_s, u"orders"_s,
            orders });
    int taken = 0;
    int duringTheWrite = 0;
    while (writer.state() != QProcess::NotRunning || taken < 2) {
        const bool writing = test::writeLockHeld(database);
        const QString copy = path(u"copy-%1.db"_s.arg(taken));
        const ChildRun backup = cli(database, { u"backup"_s, copy });
        ASSERT_EQ(backup.exitCode, 0) << backup.errText().toStdString();
        ++taken;
        duringTheWrite += writing && test::writeLockHeld(database) ? 1 : 0;
        EXPECT_EQ(test::integrityCheck(copy), u"ok"_s);
        const QString orderRows = textOf(copy, "SELECT count(*) FROM orders");
        EXPECT_TRUE(orderRows == u"0"_s || orderRows == QString::number(count))
            << orderRows.toStdString();
        EXPECT_TRUE(
            Database::open(DatabaseLocation::parse(copy).value(), Database::OpenMode::ExistingOnly)
                .ok());
        writer.waitForFinished(50);
    }
    EXPECT_EQ(writer.exitCode(), 0) << writer.readAllStandardError().toStdString();
    std::printf("%d backups taken while another program imported %lld orders, %d of them during "
                "its write\n",
        taken, count, duringTheWrite);
    EXPECT_GE(duringTheWrite, 1);
}

TEST_F(BackupCli, TheDaysBackupComesAfterTheFirstWritesAnswer)
{
    const QString database = path(u"site/fd.db"_s);
    ASSERT_TRUE(QDir().mkpath(path(u"site"_s))); // init makes no folders (SPEC §16)
    ASSERT_EQ(cli(database, { u"init"_s }).exitCode, 0);
    const QString today = QDateTime::currentDateTime()
                              .toTimeZone(QTimeZone("America/Lima"))
                              .date()
                              .toString(Qt::ISODate);
    const QString expected = path(u"site/backups/fd-"_s + today + u".db.zst"_s);
    ASSERT_EQ(cli(database, { u"units"_s }).exitCode, 0);
    EXPECT_FALSE(QFileInfo::exists(expected)) << "reading needs no backup";
    const QString units = path(u"units.csv"_s);
    writeAll(units,
        "code,name,contract_no,contract_start,status\nUX1,Nueva,CT-9,2026-01-01,candidate\n");
    const ChildRun imported = cli(database, { u"import"_s, u"units"_s, units });
    ASSERT_EQ(imported.exitCode, 0) << imported.errText().toStdString();
    EXPECT_TRUE(imported.out.contains("Imported 1 rows")) << "the answer is printed";
    ASSERT_TRUE(QFileInfo::exists(expected));
    const QString unpacked = path(u"unpacked.db"_s);
    ASSERT_TRUE(checkCompressedBackup(expected, unpacked, QFileDevice::ReadOwner).ok());
    EXPECT_EQ(textOf(unpacked, "SELECT count(*) FROM units"), u"1"_s)
        << "taken after the command's change, never before its answer";

    const ChildRun listed = cli(database, { u"backups"_s, u"--json"_s });
    ASSERT_EQ(listed.exitCode, 0) << listed.errText().toStdString();
    const QJsonObject json = QJsonDocument::fromJson(listed.out).object();
    EXPECT_EQ(json.value(u"keep_days"_s).toInt(), 14);
    EXPECT_EQ(json.value(u"backups"_s).toArray().size(), 1);
    EXPECT_EQ(json.value(u"total_bytes"_s).toInteger(), QFileInfo(expected).size());
    const ChildRun again = cli(database, { u"backups"_s, u"run"_s });
    EXPECT_EQ(again.exitCode, 0) << again.errText().toStdString();
    EXPECT_TRUE(again.out.contains("Nothing to do")) << again.out.toStdString();
    const ChildRun changed = cli(
        database, { u"backups"_s, u"--keep-days"_s, u"30"_s, u"--folder"_s, path(u"vault"_s) });
    EXPECT_EQ(changed.exitCode, 0) << changed.errText().toStdString();
    EXPECT_TRUE(changed.out.contains("kept for 30 days")) << changed.out.toStdString();
    // A scheduled job's `backups run` writes the day's backup into the new folder.
    const ChildRun scheduled = cli(database, { u"backups"_s, u"run"_s, u"--json"_s });
    ASSERT_EQ(scheduled.exitCode, 0) << scheduled.errText().toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(scheduled.out).object().value(u"written"_s).toString(),
        path(u"vault/fd-"_s + today + u".db.zst"_s));
    EXPECT_EQ(cli(database, { u"backups"_s, u"--keep-days"_s, u"-1"_s }).exitCode, 2);
    EXPECT_EQ(cli(database, { u"backup"_s }).exitCode, 2) << "backup needs its FILE";
}

TEST_F(BackupCli, RestoreAndBackupAreForAnAdminSignedIn)
{
    const QString database = path(u"fd.db"_s);
    ASSERT_EQ(cli(database, { u"demo"_s, u"--orders"_s, u"200"_s }).exitCode, 0);
    const QString backup = path(u"backup.db.zst"_s);
    ASSERT_EQ(cli(database, { u"backup"_s, backup }).exitCode, 0);
    const QString units = path(u"units.csv"_s);
    writeAll(units,
        "code,name,contract_no,contract_start,status\nUX1,Nueva,CT-9,2026-01-01,candidate\n");
    ASSERT_EQ(cli(database, { u"import"_s, u"units"_s, units }).exitCode, 0);
    // The unit imported after the backup: there as long as nothing was restored (a failed
    // sign-in is itself written down, so the file's fingerprint would change anyway).
    const auto unitAfterBackup = [&] {
        return textOf(database, "SELECT count(*) FROM units WHERE code = 'UX1'") == u"1"_s;
    };
    ASSERT_TRUE(unitAfterBackup());
    // The child takes the password from the environment it inherits.
    const auto as = [&](const QString& user, const char* password, const QStringList& command) {
        qputenv("FIBERDESK_PASSWORD", password);
        const ChildRun run
            = m_runner->cli(QStringList { u"--db"_s, database, u"--user"_s, user } + command);
        qunsetenv("FIBERDESK_PASSWORD");
        return run;
    };
    struct Case
    {
        QString user;
        const char* password;
        QString words;
    };
    // Issue 14, findings 2 and 3: a wrong password, a user that does not exist, and a
    // signed-in user who is not an admin.
    const QString signInFailed = u"The user name or the password is wrong"_s;
    const QString notAnAdmin = u"may not make or restore backups"_s;
    const QList<Case> cases = {
        { u"agent"_s, "wrong password", signInFailed },
        { u"nobody"_s, "demo-agent", signInFailed },
        { u"agent"_s, "demo-agent", notAnAdmin },
        { u"evaluator"_s, "demo-evaluator", notAnAdmin },
    };
    for (const Case& each : cases) {
        const ChildRun restored = as(each.user, each.password, { u"restore"_s, backup });
        EXPECT_EQ(restored.exitCode, 1) << each.user.toStdString();
        EXPECT_EQ(restored.errLines(), 1);
        EXPECT_TRUE(restored.errText().contains(each.words)) << restored.errText().toStdString();
        EXPECT_TRUE(restored.errText().contains(u"Nothing was restored"_s))
            << restored.errText().toStdString();
        EXPECT_TRUE(unitAfterBackup()) << each.user.toStdString();
        const QString copy = path(u"copy-%1.db.zst"_s.arg(each.user));
        const ChildRun copied = as(each.user, each.password, { u"backup"_s, copy });
        EXPECT_EQ(copied.exitCode, 1) << copied.errText().toStdString();
        EXPECT_TRUE(copied.errText().contains(each.words)) << copied.errText().toStdString();
        EXPECT_FALSE(QFileInfo::exists(copy));
        const ChildRun settings
            = as(each.user, each.password, { u"backups"_s, u"--keep-days"_s, u"1"_s });
        EXPECT_EQ(settings.exitCode, 1) << settings.errText().toStdString();
        const ChildRun scheduled = as(each.user, each.password, { u"backups"_s, u"run"_s });
        EXPECT_EQ(scheduled.exitCode, 1) << scheduled.errText().toStdString();
    }
    EXPECT_EQ(QJsonDocument::fromJson(cli(database, { u"backups"_s, u"--json"_s }).out)
                  .object()
                  .value(u"keep_days"_s)
                  .toInt(),
        14)
        << "the settings are as they were";
    // An admin signed in may; so may the owner of the file (no --user).
    const ChildRun admin = as(u"admin"_s, "demo-admin", { u"restore"_s, backup });
    EXPECT_EQ(admin.exitCode, 0) << admin.errText().toStdString();
    EXPECT_FALSE(unitAfterBackup());
    EXPECT_EQ(cli(database, { u"restore"_s, backup }).exitCode, 0);
    // A database that cannot be opened cannot be signed in to: only its owner restores it.
    const QString broken = path(u"broken.db"_s);
    writeAll(broken, "not a database at all");
    qputenv("FIBERDESK_PASSWORD", "demo-admin");
    const ChildRun locked
        = m_runner->cli({ u"--db"_s, broken, u"--user"_s, u"admin"_s, u"restore"_s, backup });
    qunsetenv("FIBERDESK_PASSWORD");
    EXPECT_EQ(locked.exitCode, 1);
    EXPECT_TRUE(locked.errText().contains(u"without --user"_s)) << locked.errText().toStdString();
    EXPECT_EQ(readAll(broken), QByteArray("not a database at all"));
    const ChildRun owner = m_runner->cli({ u"--db"_s, broken, u"restore"_s, backup });
    EXPECT_EQ(owner.exitCode, 0) << owner.errText().toStdString();
}

TEST_F(BackupCli, RefusalsAreOneLine)
{
    const QString database = path(u"fd.db"_s);
    ASSERT_EQ(cli(database, { u"init"_s }).exitCode, 0);
    writeAll(path(u"notes.txt"_s), "hello");
    const ChildRun restored = cli(database, { u"restore"_s, path(u"notes.txt"_s) });
    EXPECT_EQ(restored.exitCode, 1);
    EXPECT_EQ(restored.errLines(), 1);
    EXPECT_TRUE(restored.errText().contains(u"not a FiberDesk database"_s))
        << restored.errText().toStdString();
    const ChildRun server = m_runner->cli({ u"--db"_s,
        u"postgresql://desk@db.example:5432/fiberdesk"_s, u"restore"_s, path(u"notes.txt"_s) });
    EXPECT_EQ(server.exitCode, 1);
    EXPECT_TRUE(server.errText().contains(u"pg_dump"_s)) << server.errText().toStdString();
}
