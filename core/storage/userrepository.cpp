#include "userrepository.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

const QString kSelect
    = u"SELECT users.name, users.display_name, users.role, users.active, users.created_at, "
      "users.created_by, users.password_changed_at, COALESCE(units.code, '') "
      "FROM users LEFT JOIN units ON units.id = users.unit_id"_s;

User userFromRow(const QSqlQuery& row)
{
    User user;
    user.name = row.value(0).toString();
    user.displayName = row.value(1).toString();
    user.role = roleFromKey(row.value(2).toString()).value_or(Role::Dispatcher);
    user.active = row.value(3).toInt() != 0;
    user.createdAt = instantFromSql(row.value(4));
    user.createdBy = row.value(5).toString();
    user.passwordChangedAt = instantFromSql(row.value(6));
    user.unitCode = row.value(7).toString();
    return user;
}

} // namespace

Result<QList<User>> UserRepository::all() const
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, kSelect + u" ORDER BY users.name"_s));
    QList<User> users;
    while (query.next())
        users.append(userFromRow(query));
    return users;
}

Result<std::optional<User>> UserRepository::find(const QString& name) const
{
    FD_TRY_ASSIGN(
        QSqlQuery query, runSql(m_database, kSelect + u" WHERE users.name = ?"_s, { name }));
    if (!query.next())
        return std::optional<User>();
    return std::optional<User>(userFromRow(query));
}

Result<qint64> UserRepository::count() const
{
    FD_TRY_ASSIGN(QVariant counted, scalar(m_database, u"SELECT COUNT(*) FROM users"_s));
    return counted.toLongLong();
}

Result<QString> UserRepository::passwordHash(const QString& name) const
{
    FD_TRY_ASSIGN(QVariant hash,
        scalar(m_database, u"SELECT password_hash FROM users WHERE name = ?"_s, { name }));
    return hash.toString();
}

Status UserRepository::insert(const User& user, const QString& passwordHash)
{
    return execSql(m_database,
        u"INSERT INTO users (name, display_name, role, password_hash, active, created_at, "
        u"created_by, "
        "password_changed_at, unit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "(SELECT id FROM units WHERE code = ?))"_s,
        { user.name, user.displayName, roleKey(user.role), passwordHash, boolToSql(user.active),
            instantToSql(user.createdAt), user.createdBy, instantToSql(user.passwordChangedAt),
            user.unitCode.isEmpty() ? QVariant() : QVariant(user.unitCode) });
}

Status UserRepository::update(const User& user)
{
    return execSql(m_database,
        u"UPDATE users SET display_name = ?, role = ?, active = ?, "
        "unit_id = (SELECT id FROM units WHERE code = ?) WHERE name = ?"_s,
        { user.displayName, roleKey(user.role), boolToSql(user.active),
            user.unitCode.isEmpty() ? QVariant() : QVariant(user.unitCode), user.name });
}

Status UserRepository::setPasswordHash(
    const QString& name, const QString& passwordHash, const QDateTime& at)
{
    return execSql(m_database,
        u"UPDATE users SET password_hash = ?, password_changed_at = ? WHERE name = ?"_s,
        { passwordHash, instantToSql(at), name });
}

Result<SignInAttempts> UserRepository::attempts(const QString& name) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database, u"SELECT failures, locked_until FROM sign_in_attempts WHERE name = ?"_s,
            { name }));
    SignInAttempts attempts;
    if (query.next()) {
        attempts.failures = query.value(0).toInt();
        attempts.lockedUntil = instantFromSql(query.value(1));
    }
    return attempts;
}

Status UserRepository::setAttempts(const QString& name, const SignInAttempts& attempts)
{
    if (attempts.failures == 0 && !attempts.lockedUntil.isValid())
        return execSql(m_database, u"DELETE FROM sign_in_attempts WHERE name = ?"_s, { name });
    return execSql(m_database,
        u"INSERT INTO sign_in_attempts (name, failures, locked_until) VALUES (?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until"_s,
        { name, attempts.failures, instantToSql(attempts.lockedUntil) });
}

} // namespace fd
