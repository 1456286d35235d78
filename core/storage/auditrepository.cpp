#include "auditrepository.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "storage/sqlvalues.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

Status AuditRepository::append(const AuditEntry& entry)
{
    return execSql(m_database,
        u"INSERT INTO audit_log (at, actor, action, entity, entity_key, before_value, after_value) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        { entry.at.toSecsSinceEpoch(), entry.actor, entry.action, entry.entity, entry.entityKey,
            entry.before, entry.after });
}

Result<QList<AuditEntry>> AuditRepository::list(const QString& entity, const QString& entityKey) const
{
    QString sql = u"SELECT id, at, actor, action, entity, entity_key, before_value, after_value "
                  "FROM audit_log WHERE 1 = 1"_s;
    QVariantList values;
    if (!entity.isEmpty()) {
        sql += u" AND entity = ?"_s;
        values.append(entity);
    }
    if (!entityKey.isEmpty()) {
        sql += u" AND entity_key = ?"_s;
        values.append(entityKey);
    }
    sql += u" ORDER BY id"_s;
    Result<QSqlQuery> query = runSql(m_database, sql, values);
    if (!query.ok())
        return Error(query.error());
    QList<AuditEntry> entries;
    while (query.value().next()) {
        const QSqlQuery& row = query.value();
        entries.append({ row.value(0).toLongLong(),
            instantFromSql(row.value(1)), row.value(2).toString(),
            row.value(3).toString(), row.value(4).toString(), row.value(5).toString(),
            row.value(6).toString(), row.value(7).toString() });
    }
    return entries;
}

} // namespace fd
