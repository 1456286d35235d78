#pragma once

#include "common/result.h"
#include "domain/user.h"

#include <QList>
#include <optional>

namespace fd {

class Database;

class UserRepository
{
public:
    explicit UserRepository(Database& database)
        : m_database(database)
    { }

    Result<QList<User>> all() const;
    Result<std::optional<User>> find(const QString& name) const;
    Result<qint64> count() const;
    Result<QString> passwordHash(const QString& name) const; // empty when there is no such user

    Status insert(const User& user, const QString& passwordHash);
    Status update(const User& user); // display name, role, active
    Status setPasswordHash(const QString& name, const QString& passwordHash, const QDateTime& at);

    Result<SignInAttempts> attempts(const QString& name) const;
    Status setAttempts(const QString& name, const SignInAttempts& attempts);

private:
    Database& m_database;
};

} // namespace fd
