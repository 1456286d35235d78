#include "auditrepository.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// The advisory lock that orders appends on PostgreSQL ("FDaudit" in ASCII).
constexpr qint64 kHeadLockKey = 0x4644617564697400;

// Schema 6 and 7 have no seal column yet (migration 8 adds it).
const QString kColumnsBeforeSeals
    = u"id, at, actor, action, entity, entity_key, before_value, after_value, prev_hash, hash"_s;
const QString kColumns = kColumnsBeforeSeals + u", seal"_s;

ChainedAuditEntry entryFromRow(const QSqlQuery& row)
{
    ChainedAuditEntry link;
    AuditEntry& entry = link.entry;
    entry.id = row.value(0).toLongLong();
    entry.at = instantFromSql(row.value(1));
    entry.actor = row.value(2).toString();
    entry.action = row.value(3).toString();
    entry.entity = row.value(4).toString();
    entry.entityKey = row.value(5).toString();
    entry.before = row.value(6).toString();
    entry.after = row.value(7).toString();
    link.previousHash = row.value(8).toString();
    link.hash = row.value(9).toString();
    entry.seal = row.value(10).toString();
    return link;
}

Result<QList<ChainedAuditEntry>> chainedEntries(
    const Database& database, const QString& sql, const QVariantList& values)
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(database, sql, values));
    QList<ChainedAuditEntry> found;
    while (query.next())
        found.append(entryFromRow(query));
    return found;
}

} // namespace

Status AuditRepository::append(const AuditEntry& entry)
{
    Transaction transaction(m_database);
    FD_TRY(transaction.started());
    // The head is claimed before it is read, so two desks appending at once make one
    // chain, not a fork.
    FD_TRY(lockHead());
    FD_TRY_ASSIGN(AuditChainHead current, head());
    const QString previousHash = current.lastHash;
    const QString hash = auditHash(previousHash, entry);
    FD_TRY(execSql(m_database,
        u"INSERT INTO audit_log (at, actor, action, entity, entity_key, before_value, after_value, "
        u"prev_hash, hash, seal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { entry.at.toSecsSinceEpoch(), entry.actor, entry.action, entry.entity, entry.entityKey,
            entry.before, entry.after, previousHash, hash, entry.seal }));
    // On PostgreSQL the head moves by a trigger of the owner's (migration 8): the role
    // FiberDesk runs as may insert into the audit tables but never update them.
    if (m_database.isSqlite()) {
        FD_TRY(execSql(m_database,
            u"UPDATE audit_chain SET entries = entries + 1, last_hash = ? WHERE id = 1"_s,
            { hash }));
    }
    return transaction.commit();
}

Result<QList<AuditEntry>> AuditRepository::list(
    const QString& entity, const QString& entityKey) const
{
    AuditFilter filter;
    filter.entity = entity;
    filter.entityKey = entityKey;
    Result<QList<AuditEntry>> found = search(filter);
    if (!found.ok())
        return found;
    QList<AuditEntry> oldestFirst = found.value();
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    return oldestFirst;
}

Result<QList<AuditEntry>> AuditRepository::search(const AuditFilter& filter) const
{
    QString sql = u"SELECT "_s + kColumns + u" FROM audit_log WHERE 1 = 1"_s;
    QVariantList values;
    const std::pair<const QString*, QString> equalities[] = {
        { &filter.entity, u" AND entity = ?"_s },
        { &filter.entityKey, u" AND entity_key = ?"_s },
        { &filter.actor, u" AND actor = ?"_s },
    };
    for (const auto& [value, clause] : equalities) {
        if (!value->isEmpty()) {
            sql += clause;
            values.append(*value);
        }
    }
    if (!filter.actionPrefix.isEmpty()) {
        // substr, not LIKE: an action's dots and underscores are no wildcards.
        sql += u" AND substr(action, 1, ?) = ?"_s;
        values << filter.actionPrefix.size() << filter.actionPrefix;
    }
    if (filter.from.isValid()) {
        sql += u" AND at >= ?"_s;
        values.append(filter.from.toSecsSinceEpoch());
    }
    if (filter.until.isValid()) {
        sql += u" AND at < ?"_s;
        values.append(filter.until.toSecsSinceEpoch());
    }
    if (!filter.text.isEmpty()) {
        // LIKE with its wildcards escaped: both engines have it, unlike instr or strpos.
        sql += u" AND (lower(entity_key) LIKE ? ESCAPE '!' OR lower(before_value) LIKE ? ESCAPE '!'"
               " OR lower(after_value) LIKE ? ESCAPE '!')"_s;
        QString pattern = filter.text.toLower();
        pattern.replace(u'!', u"!!"_s).replace(u'%', u"!%"_s).replace(u'_', u"!_"_s);
        pattern = u'%' + pattern + u'%';
        values << pattern << pattern << pattern;
    }
    sql += u" ORDER BY id DESC"_s;
    if (filter.limit > 0) {
        sql += u" LIMIT ?"_s;
        values.append(filter.limit);
    }
    FD_TRY_ASSIGN(QList<ChainedAuditEntry> found, chainedEntries(m_database, sql, values));
    QList<AuditEntry> plain;
    plain.reserve(found.size());
    for (const ChainedAuditEntry& link : found)
        plain.append(link.entry);
    return plain;
}

Result<QList<ChainedAuditEntry>> AuditRepository::chain() const
{
    return chainedEntries(
        m_database, u"SELECT "_s + kColumns + u" FROM audit_log ORDER BY id"_s, {});
}

Status AuditRepository::lockHead() const
{
    if (!m_database.isSqlite()) {
        // A lock of the transaction's own: no privilege on the audit tables needed.
        return execSql(m_database, u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kHeadLockKey));
    }
    return execSql(m_database, u"UPDATE audit_chain SET entries = entries WHERE id = 1"_s);
}

Result<AuditChainHead> AuditRepository::head() const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database, u"SELECT entries, last_hash FROM audit_chain WHERE id = 1"_s));
    AuditChainHead head;
    if (query.next()) {
        head.entries = query.value(0).toLongLong();
        head.lastHash = query.value(1).toString();
    }
    return head;
}

Status AuditRepository::chainExistingEntries(Database& database)
{
    FD_TRY_ASSIGN(QList<ChainedAuditEntry> existing,
        chainedEntries(
            database, u"SELECT "_s + kColumnsBeforeSeals + u" FROM audit_log ORDER BY id"_s, {}));
    QString previous;
    for (const ChainedAuditEntry& link : existing) {
        const QString hash = auditHash(previous, link.entry);
        FD_TRY(execSql(database, u"UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"_s,
            { previous, hash, link.entry.id }));
        previous = hash;
    }
    return execSql(database, u"INSERT INTO audit_chain (id, entries, last_hash) VALUES (1, ?, ?)"_s,
        { qint64(existing.size()), previous });
}

} // namespace fd
