// Backups (issue 8): consistent copies while the database is in use, a restore that checks
// what it is given and keeps what it replaces, daily backups kept for a configured number
// of days, and a restore that reproduces every finalized evaluation exactly.
#include "childprocess.h"
#include "services/backupservice.h"
#include "services/demo/demoorders.h"
#include "services/evaluationservice.h"
#include "services/unitservice.h"
#include "storage/auditrepository.h"
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
#include <QTemporaryDir>
#include <QTimeZone>
#include <gtest/gtest.h>
#include <sqlite3.h>

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
        Result<DailyBackupOutcome> done = backups.runDailyBackup();
        ASSERT_TRUE(done.ok()) << done.error().toStdString();
        EXPECT_TRUE(done.value().written.endsWith(u"/test-2026-11-0%1.db"_s.arg(day)))
            << done.value().written.toStdString();
        Result<DailyBackupOutcome> again = backups.runDailyBackup();
        EXPECT_TRUE(again.value().written.isEmpty()) << "once a day";
    }
    EXPECT_EQ(filesIn(folder),
        QStringList({ u"test-2026-11-03.db"_s, u"test-2026-11-04.db"_s, u"test-2026-11-05.db"_s }));
    EXPECT_EQ(backups.dailyBackups().value().first().date, QDate(2026, 11, 5));
    // Files that only look alike are not FiberDesk's to remove.
    writeAll(folder + u"/test-2020-01-01.db.keep"_s, "mine");
    writeAll(folder + u"/other-2020-01-01.db"_s, "mine");
    m_db.setNow(QDateTime(QDate(2026, 11, 6), QTime(15, 0), Qt::UTC));
    ASSERT_TRUE(backups.runDailyBackup().ok());
    EXPECT_EQ(filesIn(folder).size(), 5);

    // Another folder (relative to the database's) and off.
    settings.folder = u"copies"_s;
    settings.keepDays = 0;
    ASSERT_TRUE(backups.setSettings(settings).ok());
    m_db.setNow(QDateTime(QDate(2026, 11, 7), QTime(15, 0), Qt::UTC));
    EXPECT_TRUE(backups.runDailyBackup().value().written.isEmpty());
    settings.keepDays = 14;
    ASSERT_TRUE(backups.setSettings(settings).ok());
    EXPECT_TRUE(backups.runDailyBackup().value().written.contains(u"/copies/test-2026-11-07.db"_s));
    const QList<AuditEntry> audit = AuditRepository(m_db.database()).list(u"settings"_s).value();
    EXPECT_GE(audit.size(), 3) << "each change of the backup settings is audited";
    EXPECT_FALSE(BackupService(*m_db.sessionAs(Role::Dispatcher)).setSettings(settings).ok());
    settings.keepDays = -1;
    EXPECT_FALSE(backups.setSettings(settings).ok());
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
    const QString backup = path(u"monday.db"_s);
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

TEST_F(BackupCli, TheFirstWriteOfTheDayIsPrecededByABackup)
{
    const QString database = path(u"site/fd.db"_s);
    ASSERT_TRUE(QDir().mkpath(path(u"site"_s))); // init makes no folders (SPEC §16)
    ASSERT_EQ(cli(database, { u"init"_s }).exitCode, 0);
    const QString today = QDateTime::currentDateTime()
                              .toTimeZone(QTimeZone("America/Lima"))
                              .date()
                              .toString(Qt::ISODate);
    const QString expected = path(u"site/backups/fd-"_s + today + u".db"_s);
    ASSERT_EQ(cli(database, { u"units"_s }).exitCode, 0);
    EXPECT_FALSE(QFileInfo::exists(expected)) << "reading needs no backup";
    const QString units = path(u"units.csv"_s);
    writeAll(units,
        "code,name,contract_no,contract_start,status\nUX1,Nueva,CT-9,2026-01-01,candidate\n");
    ASSERT_EQ(cli(database, { u"import"_s, u"units"_s, units }).exitCode, 0);
    EXPECT_TRUE(QFileInfo::exists(expected));
    EXPECT_EQ(textOf(expected, "SELECT count(*) FROM units"), u"0"_s)
        << "taken before the day's first change";

    const ChildRun listed = cli(database, { u"backups"_s, u"--json"_s });
    ASSERT_EQ(listed.exitCode, 0) << listed.errText().toStdString();
    const QJsonObject json = QJsonDocument::fromJson(listed.out).object();
    EXPECT_EQ(json.value(u"keep_days"_s).toInt(), 14);
    EXPECT_EQ(json.value(u"backups"_s).toArray().size(), 1);
    const ChildRun changed = cli(
        database, { u"backups"_s, u"--keep-days"_s, u"30"_s, u"--folder"_s, path(u"vault"_s) });
    EXPECT_EQ(changed.exitCode, 0) << changed.errText().toStdString();
    EXPECT_TRUE(changed.out.contains("kept for 30 days")) << changed.out.toStdString();
    EXPECT_EQ(cli(database, { u"backups"_s, u"--keep-days"_s, u"-1"_s }).exitCode, 2);
    EXPECT_EQ(cli(database, { u"backup"_s }).exitCode, 2) << "backup needs its FILE";
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
