#pragma once

#include "common/result.h"
#include "domain/audit.h"
#include "rules/auditchain.h"

#include <QList>

namespace fd {

class Database;

class AuditRepository
{
public:
    explicit AuditRepository(Database& database)
        : m_database(database)
    { }

    // Appends `entry` to the chain (the caller's transaction, or one of its own).
    Status append(const AuditEntry& entry);
    // Oldest first, for one record's history.
    Result<QList<AuditEntry>> list(const QString& entity = {}, const QString& entityKey = {}) const;
    // What the audit page shows: newest first.
    Result<QList<AuditEntry>> search(const AuditFilter& filter) const;
    // Every entry in the order written, with its hashes, and the recorded head.
    Result<QList<ChainedAuditEntry>> chain() const;
    Result<AuditChainHead> head() const;
    // Holds off other desks' appends until the caller's transaction ends: an UPDATE takes
    // SQLite's write lock or PostgreSQL's row lock on the head.
    Status lockHead() const;
    // Hashes the entries a FiberDesk before the chain wrote (the schema upgrade to it).
    static Status chainExistingEntries(Database& database);

private:
    Database& m_database;
};

} // namespace fd
