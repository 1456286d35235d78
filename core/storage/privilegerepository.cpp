#include "privilegerepository.h"

#include "private/sql.h"
#include "storage/database.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QString identifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

Result<bool> PrivilegeRepository::roleExists(const QString& role) const
{
    FD_TRY_ASSIGN(QVariant found,
        scalar(m_database, u"SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"_s, { role }));
    return found.toLongLong() > 0;
}

Result<bool> PrivilegeRepository::isCurrentRole(const QString& role) const
{
    FD_TRY_ASSIGN(QVariant current, scalar(m_database, u"SELECT current_user"_s));
    return current.toString() == role;
}

Status PrivilegeRepository::grantRuntime(const QString& role)
{
    const QString who = identifier(role);
    Result<QVariant> database = scalar(m_database, u"SELECT current_database()"_s);
    Result<QVariant> schema = scalar(m_database, u"SELECT current_schema()"_s);
    if (!database.ok() || !schema.ok())
        return Error(database.ok() ? schema.error() : database.error());
    const QString where = identifier(schema.value().toString());
    const QStringList statements {
        u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(identifier(database.value().toString()), who),
        u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(where, who),
        u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2"_s.arg(where, who),
        u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2"_s.arg(where, who),
        // The audit log only grows: its head moves by the owner's trigger (migration 8).
        u"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log, audit_chain FROM %1"_s
            .arg(who),
        // Nor may the runtime role make objects in the schema (a trigger of its own, say).
        u"REVOKE CREATE ON SCHEMA %1 FROM %2"_s.arg(where, who),
    };
    for (const QString& statement : statements)
        FD_TRY(execSql(m_database, statement));
    return Status::success();
}

} // namespace fd
