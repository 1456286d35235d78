#include "database.h"

#include "private/sql.h"
#include "private/statementcache.h"
#include "storage/migrations.h"
#include "storage/sqlitefailure.h"
#include "storage/sqlitehandle.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

const QString kMetaTable = u"fiberdesk_meta"_s;
constexpr int kCacheKiB = 64 * 1024; // the connection's page cache
// ... while a bulk write runs: an import stays within 64 MiB beyond the program's own,
// whatever the file's size (SPEC §16); 1 GiB let a large valid file grow past that.
constexpr int kBulkCacheKiB = 32 * 1024;
// ... and of its temporary tables (a staged batch of rows): within the same 64 MiB.
constexpr int kBulkTempCacheKiB = 8 * 1024;
// PostgreSQL: the search index's pending list, at most (migration 19).
constexpr char kSearchPendingListLimit[] = "64kB";

// Whether SQLite cannot create its working files beside the database `path`: its disk is
// mounted read-only, or its folder may not be written by us and no -shm file is there (had
// anyone the right to write in it, their connection would have made one).
bool cannotHoldWorkingFiles(const QString& path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    struct statvfs disk = {};
    if (::statvfs(folder.constData(), &disk) == 0 && (disk.f_flag & ST_RDONLY) != 0)
        return true;
    return QFileInfo::exists(path) && ::access(folder.constData(), W_OK) != 0
        && !QFileInfo::exists(path + u"-shm"_s);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"fiberdesk-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(DatabaseLocation location)
    : m_location(std::move(location))
    , m_connectionName(nextConnectionName())
    , m_statements(std::make_unique<StatementCache>())
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_depth > 0)
                QSqlQuery(u"ROLLBACK"_s, db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return migrations().back().version;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isReadOnly() const
{
    sqlite3* handle = sqliteHandle(*this);
    return handle && sqlite3_db_readonly(handle, "main") == 1;
}

Result<std::unique_ptr<Database>> Database::openRaw(const DatabaseLocation& location)
{
    std::unique_ptr<Database> database(new Database(location));
    FD_TRY(database->connect());
    return database;
}

QString upgradeNoticeText(const SchemaUpgrade& upgrade, const QString& where)
{
    // Below this, every upgrade so far took seconds; above it, migration 17's index took
    // 10-20 minutes at five million orders on PostgreSQL.
    constexpr qint64 kLargeDatabaseOrders = 200'000;
    if (upgrade.orders < kLargeDatabaseOrders) {
        return QCoreApplication::translate(
            "fd::Database", "Upgrading the database %1 from schema version %2 to %3…")
            .arg(where)
            .arg(upgrade.from)
            .arg(upgrade.to);
    }
    return QCoreApplication::translate("fd::Database",
        "Upgrading the database %1 from schema version %2 to %3. It holds about %4 orders, "
        "and rebuilding their indexes can take many minutes. The upgrade is one transaction: "
        "if it is stopped, the database stays as it was.")
        .arg(where)
        .arg(upgrade.from)
        .arg(upgrade.to)
        .arg(QLocale().toString(upgrade.orders));
}

Result<std::unique_ptr<Database>> Database::open(
    const DatabaseLocation& location, OpenMode mode, const UpgradeNotice& notice)
{
    bool created = false;
    if (location.engine == DatabaseLocation::Engine::Sqlite) {
        const QByteArray path = QFile::encodeName(location.filePath);
        struct stat info = {};
        if (::stat(path.constData(), &info) == 0) {
            if (S_ISDIR(info.st_mode))
                return Error(QCoreApplication::translate(
                    "fd::Database", "“%1” is a folder, not a database file.")
                                 .arg(location.displayName()));
            // A device, a pipe or a socket: SQLite would write its journal beside it
            // (/dev/null-journal) or block on it.
            if (!S_ISREG(info.st_mode))
                return Error(QCoreApplication::translate(
                    "fd::Database", "“%1” is a device, pipe or socket, not a database file.")
                                 .arg(location.displayName()));
        } else if (mode != OpenMode::CreateOrUpgrade) {
            return Error(QCoreApplication::translate("fd::Database",
                "There is no database at “%1”. Create one with “fiberdesk-cli init”.")
                             .arg(location.displayName()));
        } else {
            const QString folder = QFileInfo(location.filePath).absolutePath();
            if (!QFileInfo(folder).isDir())
                return Error(QCoreApplication::translate("fd::Database",
                    "Cannot create the database “%1”: the folder “%2” does not exist. Create "
                    "the folder first.")
                                 .arg(location.displayName(), folder));
            // Readable by its owner only, whatever the umask; SQLite gives its -wal, -shm
            // and -journal files the mode of the database.
            const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd < 0) {
                return Error(
                    QCoreApplication::translate(
                        "fd::Database", "Cannot create the database “%1”: %2.")
                        .arg(location.displayName(), QString::fromLocal8Bit(std::strerror(errno))));
            }
            ::fchmod(fd, 0600);
            ::close(fd);
            created = true;
        }
    }
    // A file made here and then refused (or an upgrade that failed) is not left behind.
    auto discard = [&](Error error) -> Error {
        if (created) {
            for (const QString& suffix : { QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s })
                QFile::remove(location.filePath + suffix);
        }
        return error;
    };
    Result<std::unique_ptr<Database>> opened = openRaw(location);
    if (!opened.ok())
        return discard(Error(opened.error()));
    std::unique_ptr<Database> database = std::move(opened).value();
    if (mode != OpenMode::CreateOrUpgrade) {
        Result<int> version = database->schemaVersion();
        if (!version.ok())
            return Error(version.error());
        if (version.value() == 0) {
            return Error(QCoreApplication::translate("fd::Database",
                "“%1” is empty, not a FiberDesk database. Create one with “fiberdesk-cli "
                "init”.")
                             .arg(location.displayName()));
        }
        if (mode == OpenMode::Reading) {
            if (version.value() > latestSchemaVersion())
                return Error(database->upgradeTo(latestSchemaVersion()).error());
            if (version.value() < latestSchemaVersion()) {
                return Error(QCoreApplication::translate("fd::Database",
                    "The database “%1” has an older schema (version %2 of %3). Upgrade it "
                    "with “fiberdesk-cli init” first; a reading command changes nothing.")
                                 .arg(location.displayName())
                                 .arg(version.value())
                                 .arg(latestSchemaVersion()));
            }
            return database;
        }
    }
    const Status upgraded = database->upgradeTo(latestSchemaVersion(), notice);
    if (!upgraded.ok()) {
        database.reset();
        return discard(Error(upgraded.error()));
    }
    return database;
}

Status Database::connect()
{
    const bool sqlite = isSqlite();
    const QString driver = sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error(QCoreApplication::translate(
            "fd::Database", "The Qt database driver %1 is not installed.")
                         .arg(driver));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (sqlite && cannotHoldWorkingFiles(m_location.filePath)) {
        // SQLite cannot read a WAL database where it cannot create its -shm file. Nobody
        // can be writing to a file there, so it is opened as immutable, read-only (an
        // archive, a backup on a DVD). A -wal file left beside it holds committed changes
        // immutable would not see: then it is not opened at all.
        if (QFileInfo(m_location.filePath + u"-wal"_s).size() > 0) {
            return Error(QCoreApplication::translate("fd::Database",
                "The database “%1” is on a read-only disk or in a read-only folder, and its "
                "last changes are in “%2” beside it, which cannot be merged there. Copy both "
                "files to a folder that can be written and open the copy.")
                             .arg(m_location.displayName(), m_location.filePath + u"-wal"_s));
        }
        db.setDatabaseName(QUrl::fromLocalFile(m_location.filePath).toString(QUrl::FullyEncoded)
            + u"?immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
    } else if (sqlite) {
        db.setDatabaseName(m_location.filePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setDatabaseName(m_location.databaseName);
        // No JIT: FiberDesk's statements are short, and compiling one took longer than running
        // it (a month's repairs: 62 ms of JIT in a 142 ms statement, 59 ms without).
        // A search index's pending list of at most 64 kB, not 4 MB: every search reads it
        // once per deadline bucket (migration 19; a bulk write raises it: BulkWriteScope).
        db.setConnectOptions(
            u"connect_timeout=10;options='-cjit=off -cgin_pending_list_limit=%1'"_s.arg(
                QLatin1StringView(kSearchPendingListLimit)));
    }
    if (!db.open()) {
        if (sqlite)
            return openFailure(db.lastError());
        // The server's own words: PostgreSQL says them in the server's language.
        return Error(
            QCoreApplication::translate("fd::Database", "Cannot open the database “%1”: %2")
                .arg(m_location.displayName(), db.lastError().text()));
    }
    // Extended result codes tell a full disk from other disk errors (sqlitefailure.h).
    if (sqlite3* handle = sqliteHandle(*this))
        sqlite3_extended_result_codes(handle, 1);
    return applyConnectionSettings();
}

Status Database::applyConnectionSettings()
{
    if (!isSqlite())
        return Status::success();
    // Connection-level settings only: nothing here writes to the file, so a database we
    // are about to refuse (newer schema, not ours) is never touched.
    for (const QString& pragma :
        { u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = %1"_s.arg(kBusyTimeoutMs),
            u"PRAGMA synchronous = FULL"_s, u"PRAGMA cache_size = -%1"_s.arg(kCacheKiB) }) {
        QSqlQuery query(connection());
        if (!query.exec(pragma))
            return openFailure(query.lastError());
    }
    return Status::success();
}

Error Database::openFailure(const QSqlError& error) const
{
    // SQLite reports a file that is not a database (or whose first page is damaged) as
    // NOTADB; anything else (read-only, full, locked, a disk error) is said as it is.
    if ((error.nativeErrorCode().toInt() & 0xFF) == SQLITE_NOTADB) {
        return Error(QCoreApplication::translate("fd::Database",
            "“%1” is not a FiberDesk database, or its first page is damaged. If it was "
            "one, restore its latest backup with “fiberdesk-cli restore FILE”.")
                         .arg(m_location.displayName()));
    }
    return Error(QCoreApplication::translate("fd::Database", "Cannot open the database “%1”: %2")
                     .arg(m_location.displayName(), describeSqlError(error)));
}

Result<int> Database::schemaVersion() const
{
    if (isSqlite()) {
        // Read the schema once so that SQLite reads the file's header: a file that is not
        // a database says so here, and one that cannot be opened or is damaged says that.
        QSqlQuery probe(connection());
        if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s))
            return openFailure(probe.lastError());
    }
    Result<QVariant> probe = scalar(*this, u"SELECT 1"_s);
    const QStringList tables = connection().tables(QSql::Tables);
    if (!probe.ok() || connection().lastError().isValid()) {
        // A failure of SQLite's own is said in translated words (sqlitefailure.h); the driver's
        // English text is not.
        return Error(
            QCoreApplication::translate("fd::Database", "“%1” is not a FiberDesk database (%2).")
                .arg(m_location.displayName(),
                    probe.ok() ? describeSqlError(connection().lastError()) : probe.error()));
    }
    if (!tables.contains(kMetaTable, Qt::CaseInsensitive)) {
        if (tables.isEmpty())
            return 0;
        return Error(QCoreApplication::translate(
            "fd::Database", "“%1” holds tables that are not FiberDesk's; it was left untouched.")
                         .arg(m_location.displayName()));
    }
    Result<QVariant> version
        = scalar(*this, u"SELECT value FROM fiberdesk_meta WHERE key = 'schema_version'"_s);
    if (!version.ok())
        return Error(version.error());
    bool numeric = false;
    const int number = version.value().toString().toInt(&numeric);
    if (!numeric)
        return Error(
            QCoreApplication::translate("fd::Database", "“%1” has no readable schema version.")
                .arg(m_location.displayName()));
    return number;
}

Status Database::upgradeTo(int target, const UpgradeNotice& notice)
{
    FD_TRY_ASSIGN(int current, schemaVersion());
    if (current > latestSchemaVersion()) {
        return Error(QCoreApplication::translate("fd::Database",
            "The database “%1” was written by a newer FiberDesk (schema version %2; this "
            "program knows versions up to %3). It has not been changed; please update "
            "FiberDesk.")
                         .arg(m_location.displayName())
                         .arg(current)
                         .arg(latestSchemaVersion()));
    }
    // WAL mode is persistent, so it is set only on a file accepted as ours (or a new one),
    // and only once an upgrade has succeeded: a file whose upgrade fails is left byte for
    // byte as it was (found by fuzzing Database::open).
    auto useWal = [this]() -> Status {
        if (!isSqlite() || isReadOnly())
            return Status::success();
        FD_TRY_ASSIGN(QVariant mode, scalar(*this, u"PRAGMA journal_mode = WAL"_s));
        return Status::success();
    };
    if (current >= target)
        return useWal();

    if (notice && current > 0) {
        // The highest id, not COUNT(*): this is said before any work, and counting five
        // million orders is itself seconds on SQLite. Orders exist from version 3 on.
        qint64 orders = 0;
        if (current >= 3) {
            Result<QVariant> highest = scalar(*this, u"SELECT MAX(id) FROM orders"_s);
            if (highest.ok())
                orders = highest.value().toLongLong();
        }
        notice({ current, target, orders });
    }
    FD_TRY(begin());
    auto fail = [this](const QString& reason) -> Status {
        rollback();
        return Error(QCoreApplication::translate(
            "fd::Database", "Upgrading the database “%1” failed and was undone: %2")
                         .arg(m_location.displayName(), reason));
    };
    if (current == 0) {
        Result<QSqlQuery> meta = runSql(
            *this, u"CREATE TABLE fiberdesk_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
        if (!meta.ok())
            return fail(meta.error());
        Result<QSqlQuery> row = runSql(
            *this, u"INSERT INTO fiberdesk_meta (key, value) VALUES ('schema_version', '0')"_s);
        if (!row.ok())
            return fail(row.error());
        if (isSqlite()) {
            Result<QSqlQuery> id
                = runSql(*this, u"PRAGMA application_id = %1"_s.arg(kSqliteApplicationId));
            if (!id.ok())
                return fail(id.error());
        }
    }
    for (const Migration& step : migrations()) {
        if (step.version <= current || step.version > target)
            continue;
        Status applied = step.apply(*this);
        if (!applied.ok())
            return fail(applied.error());
    }
    Result<QSqlQuery> stamped
        = runSql(*this, u"UPDATE fiberdesk_meta SET value = ? WHERE key = 'schema_version'"_s,
            { QString::number(target) });
    if (!stamped.ok())
        return fail(stamped.error());
    Status committed = commit();
    if (!committed.ok())
        return fail(committed.error());
    // Statements prepared before the upgrade may read tables of another shape now.
    m_statements->clear(*this);
    return useWal();
}

Database::BulkWriteScope::BulkWriteScope(Database& database)
    : m_database(database)
{
    if (!m_database.isSqlite()) {
        // The search index's pending list may grow to PostgreSQL's default while the rows go
        // in (filed in bulk: 30,000 orders' entries in 3.3 s against 7.6 s at 64 kB); the
        // end of the scope empties it.
        (void)runSql(m_database, u"SET gin_pending_list_limit = '4MB'"_s);
        return;
    }
    (void)runSql(m_database, u"PRAGMA cache_size = -%1"_s.arg(kBulkCacheKiB));
    // A bulk write stages its rows in a temporary table a batch at a time (the orders
    // import: about 2.5 MB a batch); SQLite gives the temporary schema 2 MB by default,
    // and a batch that spills goes through a temporary file.
    Result<QVariant> temp = scalar(m_database, u"PRAGMA temp.cache_size"_s);
    m_tempCache = temp.ok() ? temp.value().toInt() : 0;
    (void)runSql(m_database, u"PRAGMA temp.cache_size = -%1"_s.arg(kBulkTempCacheKiB));
}

Database::BulkWriteScope::~BulkWriteScope()
{
    if (!m_database.isSqlite()) {
        (void)runSql(m_database,
            u"SET gin_pending_list_limit = '%1'"_s.arg(QLatin1StringView(kSearchPendingListLimit)));
        (void)runSql(m_database, u"SELECT fd_flush_search_index()"_s); // migration 19
        return;
    }
    (void)runSql(m_database, u"PRAGMA cache_size = -%1"_s.arg(kCacheKiB));
    if (m_tempCache != 0)
        (void)runSql(m_database, u"PRAGMA temp.cache_size = %1"_s.arg(m_tempCache));
}

Status Database::begin()
{
    if (m_depth++ > 0)
        return Status::success();
    m_rollbackOnly = false;
    // IMMEDIATE takes the write lock up front, so two desks never deadlock upgrading a read.
    Result<QSqlQuery> begun = runSql(*this, isSqlite() ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    if (!begun.ok()) {
        m_depth = 0;
        return Error(begun.error());
    }
    return Status::success();
}

Status Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0)
        return Status::success();
    if (m_rollbackOnly) {
        QSqlQuery(u"ROLLBACK"_s, connection());
        return Error(QCoreApplication::translate(
            "fd::Database", "The change was undone because part of it failed."));
    }
    Result<QSqlQuery> committed = runSql(*this, u"COMMIT"_s);
    if (!committed.ok()) {
        QSqlQuery(u"ROLLBACK"_s, connection());
        return Error(committed.error());
    }
    return Status::success();
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0) {
        m_rollbackOnly = true;
        return;
    }
    QSqlQuery(u"ROLLBACK"_s, connection());
}

Transaction::Transaction(Database& database)
    : m_database(database)
    , m_started(database.begin())
{
    m_finished = !m_started.ok();
}

Transaction::~Transaction()
{
    if (!m_finished)
        m_database.rollback();
}

Status Transaction::commit()
{
    if (!m_started.ok())
        return m_started;
    m_finished = true;
    return m_database.commit();
}

} // namespace fd
