#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/user.h"

#include <QList>

namespace fd {

class Database;

// Users and their roles (SPEC §1, issue 6). Only admins manage users; everyone signed in
// may change their own password. Every change goes to the audit log.
class UserService
{
public:
    explicit UserService(const Session& session)
        : m_session(session)
    { }

    Result<QList<User>> list() const;
    Result<User> create(const User& draft, const QString& password);
    // Display name, role and whether the user may sign in. The last active admin can be
    // neither demoted nor deactivated: nobody could manage users after that.
    Result<User> update(const User& changed);
    Status resetPassword(const QString& name, const QString& password);
    Status changeOwnPassword(const QString& current, const QString& next);

    // "Ana " → "ana": what a typed name is looked up as.
    static QString normalisedName(const QString& name);
    // A translated reason when `name` cannot be a user name, or `password` is too weak.
    static Status checkName(const QString& name);
    static Status checkPassword(const QString& name, const QString& password);
    // Control, format (zero-width, bidi), unassigned or line-separator characters: what would
    // let "adm\u200Bin" pass for "admin".
    static bool hasInvisibleCharacters(const QString& text);
    // `text` with each such character written as \uXXXX, to show where it is.
    static QString visibleEscapes(const QString& text);
    // Who acts in the audit log when nobody signed in (a database file's local
    // administrator): "cli:ana" from the prefix and the system account's name; refused when
    // that name has spaces or invisible characters.
    static Result<QString> localActorName(const QString& prefix, const QString& accountName);
    // The name of the account this process runs as, from the system's user database.
    static QString systemAccountName();

private:
    Status audit(
        const QString& action, const QString& name, const QString& before, const QString& after);

    const Session& m_session;
};

// Signing in, before anyone is acting: the sign-in dialog, the first run, `--user`.
// A refusal never says whether the name belongs to a user (a wrong name and a wrong
// password read alike and take as long); a name with too many failed sign-ins in a row
// is locked for a while, whether or not a user has it.
class SignInService
{
public:
    SignInService(Database& database, QDateTime now)
        : m_database(database)
        , m_now(std::move(now))
    { }

    Result<Actor> signIn(const QString& name, const QString& password);
    // A database without users asks its first user to become the admin.
    Result<bool> needsFirstAdmin() const;
    Result<Actor> createFirstAdmin(
        const QString& name, const QString& displayName, const QString& password);

private:
    Database& m_database;
    QDateTime m_now;
};

} // namespace fd
