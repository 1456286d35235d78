#pragma once

#include "common/databaselocation.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <functional>
#include <memory>

namespace fd {

class StatementCache;

// An existing database about to be upgraded, told before the upgrade starts: on a large
// database an upgrade that builds indexes takes minutes, and a program that says nothing
// meanwhile looks hung.
struct SchemaUpgrade
{
    int from = 0;
    int to = 0;
    qint64 orders = 0; // about how many orders the upgrade works through (the highest id)
};
using UpgradeNotice = std::function<void(const SchemaUpgrade&)>;
// What the command line and the desktop program say of an upgrade about to start.
QString upgradeNoticeText(const SchemaUpgrade& upgrade, const QString& where);

// One connection to a FiberDesk database, on the thread that opened it. Other threads
// open their own (DESIGN.md, habit 6).
class Database
{
public:
    enum class OpenMode
    {
        // Creates a missing file (readable by its owner only, 0600, whatever the umask;
        // never its missing folders), upgrades an older schema: `init`, `demo`, the
        // desktop program.
        CreateOrUpgrade,
        // Refuses a missing or empty file (or an empty server database); still upgrades an
        // older schema: commands that change data.
        ExistingOnly,
        // Refuses a missing or empty file and an older schema, and changes nothing in the
        // file on opening (SPEC §16: reading commands never create or change a file).
        Reading,
    };

    static Result<std::unique_ptr<Database>> open(const DatabaseLocation& location,
        OpenMode mode = OpenMode::CreateOrUpgrade, const UpgradeNotice& notice = {});
    // Opens without migrating: for tests of the upgrade path and for tools.
    static Result<std::unique_ptr<Database>> openRaw(const DatabaseLocation& location);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static int latestSchemaVersion();
    // How long SQLite waits for another program's write lock before giving up.
    static constexpr int kBusyTimeoutMs = 5000;
    // SQLite's application_id of a FiberDesk file ("FDSK"): lets `file` and our own checks
    // recognise it.
    static constexpr int kSqliteApplicationId = 0x4644534B;

    QSqlDatabase connection() const;
    const DatabaseLocation& location() const { return m_location; }
    bool isSqlite() const { return m_location.engine == DatabaseLocation::Engine::Sqlite; }
    // An SQLite file that this process may read but not write (a read-only file or disk).
    bool isReadOnly() const;

    Result<int> schemaVersion() const;
    // Brings the schema to `target` (≤ latest) in one transaction; a failure leaves it as it was.
    // `notice` hears of it first when an existing schema is upgraded (not a new one created).
    Status upgradeTo(int target, const UpgradeNotice& notice = {});

    // The statements kept prepared on this connection (PostgreSQL; storage's own use).
    StatementCache& statements() const { return *m_statements; }

    // While a bulk write runs, SQLite keeps far more pages in memory: a transaction of
    // millions of rows then does not spill half-written index pages to disk over and over.
    class BulkWriteScope
    {
    public:
        explicit BulkWriteScope(Database& database);
        ~BulkWriteScope();

    private:
        Database& m_database;
        int m_tempCache = 0; // the temporary schema's page cache before, to restore
    };

    // Nesting-aware transaction control used by Transaction.
    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

private:
    explicit Database(DatabaseLocation location);
    Status connect();
    Status applyConnectionSettings();
    Error openFailure(const QSqlError& error) const;

    DatabaseLocation m_location;
    QString m_connectionName;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    std::unique_ptr<StatementCache> m_statements;
};

// Scope guard: every write that spans rows runs inside one (SPEC: nothing half-written).
// Not committed when it goes out of scope → rolled back.
class Transaction
{
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& started() const { return m_started; }
    Status commit();

private:
    Database& m_database;
    Status m_started;
    bool m_finished = false;
};

} // namespace fd
