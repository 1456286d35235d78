#include "userservice.h"

#include "rules/permissions.h"
#include "rules/ruleset.h"
#include "security/passwordhash.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/lookups.h"
#include "storage/rulerepository.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

constexpr int kShortestPassword = 8;
constexpr int kLongestName = 64;

QString describe(const User& user)
{
    return u"%1 (%2%3)%4"_s.arg(user.displayName, roleKey(user.role),
        user.unitCode.isEmpty() ? QString() : u" of "_s + user.unitCode,
        user.active ? QString() : u", inactive"_s);
}

// SPEC §1: a unit representative is bound to one unit that exists; no other role is bound.
Status checkUnitBinding(Database& database, User& user)
{
    user.unitCode = user.unitCode.trimmed();
    if (user.role != Role::UnitRepresentative) {
        if (!user.unitCode.isEmpty())
            return Error(QCoreApplication::translate(
                "fd::UserService", "Only a unit representative is bound to a unit; “%1” is a %2.")
                             .arg(user.name, roleDisplayName(user.role)));
        return Status::success();
    }
    if (user.unitCode.isEmpty())
        return Error(QCoreApplication::translate(
            "fd::UserService", "A unit representative is bound to one unit: name it."));
    FD_TRY_ASSIGN(std::optional<qint64> unitId, LookupRepository(database).unitId(user.unitCode));
    if (!unitId)
        return Error(QCoreApplication::translate("fd::UserService", "There is no unit “%1”.")
                         .arg(user.unitCode));
    return Status::success();
}

Result<QString> hashed(const QString& password)
{
    const QString hash = PasswordHash::make(password);
    if (hash.isEmpty())
        return Error(QCoreApplication::translate("fd::UserService",
            "The password could not be stored: the password library failed to start."));
    return hash;
}

} // namespace

QString UserService::normalisedName(const QString& name)
{
    return name.trimmed().toLower();
}

Status UserService::checkName(const QString& name)
{
    const QString normal = normalisedName(name);
    if (normal.isEmpty())
        return Error(
            QCoreApplication::translate("fd::UserService", "A user needs a name to sign in with."));
    if (normal.size() > kLongestName)
        return Error(
            QCoreApplication::translate("fd::UserService", "A user name has at most %1 characters.")
                .arg(kLongestName));
    for (const QChar c : normal) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return Error(QCoreApplication::translate(
                "fd::UserService", "A user name has no spaces or control characters."));
    }
    if (hasInvisibleCharacters(normal))
        return Error(QCoreApplication::translate("fd::UserService",
            "A user name has no invisible characters (such as a zero-width space): “%1” would "
            "read like another name.")
                         .arg(visibleEscapes(normal)));
    return Status::success();
}

bool UserService::hasInvisibleCharacters(const QString& text)
{
    for (const QChar c : text) {
        switch (c.category()) {
        case QChar::Other_Control: // C0, C1
        case QChar::Other_Format: // zero-width space, joiners, bidi marks, BOM, soft hyphen
        case QChar::Other_Surrogate: // a lone half of a pair
        case QChar::Other_NotAssigned:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return true;
        default:
            break;
        }
    }
    return false;
}

QString UserService::visibleEscapes(const QString& text)
{
    QString shown;
    for (const QChar c : text) {
        if (hasInvisibleCharacters(QString(c)))
            shown += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper();
        else
            shown += c;
    }
    return shown;
}

QString UserService::systemAccountName()
{
    if (const passwd* account = getpwuid(geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return u"uid%1"_s.arg(geteuid());
}

Result<QString> UserService::localActorName(const QString& prefix, const QString& accountName)
{
    // The account comes from the system (the process's user id), not from $USER, which any
    // caller may set to anything; and it is refused rather than cleaned when it holds what
    // would make it read like another name in the log.
    const QString name = accountName.isEmpty() ? u"local"_s : accountName;
    bool refused = hasInvisibleCharacters(name) || name.size() > kLongestName;
    for (const QChar c : name)
        refused = refused || c.isSpace();
    if (refused)
        return Error(QCoreApplication::translate("fd::UserService",
            "The system account “%1” cannot name who acts in the audit log (it has spaces, "
            "invisible characters or more than %2 characters): give --user NAME.")
                         .arg(visibleEscapes(name))
                         .arg(kLongestName));
    return QString(prefix + u':' + name);
}

Status UserService::checkPassword(const QString& name, const QString& password)
{
    if (password.size() < kShortestPassword)
        return Error(
            QCoreApplication::translate("fd::UserService", "A password has at least %1 characters.")
                .arg(kShortestPassword));
    if (normalisedName(password) == normalisedName(name))
        return Error(
            QCoreApplication::translate("fd::UserService", "A password may not be the user name."));
    return Status::success();
}

Result<QList<User>> UserService::list() const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ManageUsers));
    return UserRepository(m_session.database()).all();
}

Status UserService::audit(
    const QString& action, const QString& name, const QString& before, const QString& after)
{
    return AuditRepository(m_session.database())
        .append(
            { 0, m_session.now(), m_session.actor().user, action, u"user"_s, name, before, after });
}

Result<User> UserService::create(const User& draft, const QString& password)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ManageUsers));
    FD_TRY(checkName(draft.name));
    User user = draft;
    user.name = normalisedName(draft.name);
    user.displayName
        = draft.displayName.trimmed().isEmpty() ? user.name : draft.displayName.trimmed();
    FD_TRY(checkPassword(user.name, password));
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    FD_TRY(checkUnitBinding(database, user));
    UserRepository users(database);
    FD_TRY_ASSIGN(std::optional<User> existing, users.find(user.name));
    if (existing)
        return Error(
            QCoreApplication::translate("fd::UserService", "There is already a user named “%1”.")
                .arg(user.name));
    FD_TRY_ASSIGN(QString hash, hashed(password));
    user.createdAt = m_session.now();
    user.createdBy = m_session.actor().user;
    user.passwordChangedAt = user.createdAt;
    FD_TRY(users.insert(user, hash));
    FD_TRY(audit(u"user.create"_s, user.name, QString(), describe(user)));
    FD_TRY(transaction.commit());
    return user;
}

Result<User> UserService::update(const User& changed)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ManageUsers));
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    UserRepository users(database);
    const QString name = normalisedName(changed.name);
    FD_TRY_ASSIGN(std::optional<User> existing, users.find(name));
    if (!existing)
        return Error(QCoreApplication::translate("fd::UserService", "There is no user named “%1”.")
                         .arg(name));
    User user = *existing;
    const User before = user;
    user.displayName
        = changed.displayName.trimmed().isEmpty() ? user.name : changed.displayName.trimmed();
    user.role = changed.role;
    user.unitCode = changed.unitCode.trimmed();
    user.active = changed.active;
    FD_TRY(checkUnitBinding(database, user));
    const bool losesAdmin
        = before.role == Role::Admin && before.active && (user.role != Role::Admin || !user.active);
    if (losesAdmin) {
        FD_TRY_ASSIGN(QList<User> all, users.all());
        int activeAdmins = 0;
        for (const User& other : all)
            activeAdmins += other.role == Role::Admin && other.active ? 1 : 0;
        if (activeAdmins <= 1)
            return Error(QCoreApplication::translate("fd::UserService",
                "“%1” is the last active admin: make another user an admin first.")
                             .arg(name));
    }
    FD_TRY(users.update(user));
    FD_TRY(audit(u"user.update"_s, name, describe(before), describe(user)));
    FD_TRY(transaction.commit());
    return user;
}

Status UserService::resetPassword(const QString& name, const QString& password)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ManageUsers));
    const QString normal = normalisedName(name);
    FD_TRY(checkPassword(normal, password));
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    UserRepository users(database);
    FD_TRY_ASSIGN(std::optional<User> existing, users.find(normal));
    if (!existing)
        return Error(QCoreApplication::translate("fd::UserService", "There is no user named “%1”.")
                         .arg(normal));
    FD_TRY_ASSIGN(QString hash, hashed(password));
    FD_TRY(users.setPasswordHash(normal, hash, m_session.now()));
    FD_TRY(users.setAttempts(normal, {})); // a reset also lifts a lock
    FD_TRY(audit(u"user.password"_s, normal, QString(), u"reset by an admin"_s));
    return transaction.commit();
}

Status UserService::changeOwnPassword(const QString& current, const QString& next)
{
    const QString name = m_session.actor().user;
    Database& database = m_session.database();
    UserRepository users(database);
    FD_TRY_ASSIGN(QString stored, users.passwordHash(name));
    if (stored.isEmpty())
        return Error(QCoreApplication::translate(
            "fd::UserService", "Only a signed-in user has a password to change."));
    if (!PasswordHash::matches(stored, current))
        return Error(
            QCoreApplication::translate("fd::UserService", "The current password is wrong."));
    FD_TRY(checkPassword(name, next));
    FD_TRY_ASSIGN(QString hash, hashed(next));
    Transaction transaction(database);
    FD_TRY(transaction.started());
    FD_TRY(users.setPasswordHash(name, hash, m_session.now()));
    FD_TRY(audit(u"user.password"_s, name, QString(), u"changed by the user"_s));
    return transaction.commit();
}

Result<Actor> SignInService::signIn(const QString& typedName, const QString& password)
{
    const QString name = UserService::normalisedName(typedName);
    const QString refused = QCoreApplication::translate(
        "fd::UserService", "The user name or the password is wrong, or the user may not sign in.");
    FD_TRY_ASSIGN(RuleSet rules, RuleRepository(m_database).current());
    UserRepository users(m_database);
    Transaction transaction(m_database);
    FD_TRY(transaction.started());
    FD_TRY_ASSIGN(SignInAttempts attempts, users.attempts(name));
    SignInAttempts tally = attempts;
    if (tally.lockedUntil.isValid() && tally.lockedUntil > m_now) {
        PasswordHash::spendCheckTime(password);
        return Error(QCoreApplication::translate("fd::UserService",
            "Too many failed sign-ins with this name: try again after %1, or ask an admin to reset "
            "the password.")
                         .arg(QLocale().toString(
                             tally.lockedUntil.toLocalTime().time(), QLocale::ShortFormat)));
    }
    FD_TRY_ASSIGN(std::optional<User> user, users.find(name));
    bool accepted = false;
    if (user) {
        FD_TRY_ASSIGN(QString hash, users.passwordHash(name));
        accepted = PasswordHash::matches(hash, password) && user->active;
    } else {
        PasswordHash::spendCheckTime(password); // as long as a real check
    }
    if (accepted) {
        FD_TRY(users.setAttempts(name, {}));
        FD_TRY(transaction.commit());
        return Actor { name, user->role, user->unitCode };
    }
    tally.lockedUntil = QDateTime();
    if (++tally.failures >= rules.whole(rule::kLockoutAttempts)) {
        tally.failures = 0;
        tally.lockedUntil = m_now.addSecs(rules.whole(rule::kLockoutMinutes) * 60);
    }
    FD_TRY(users.setAttempts(name, tally));
    FD_TRY(transaction.commit()); // the failure counts even though the sign-in does not
    return Error(refused);
}

Result<bool> SignInService::needsFirstAdmin() const
{
    FD_TRY_ASSIGN(qint64 count, UserRepository(m_database).count());
    return count == 0;
}

Result<Actor> SignInService::createFirstAdmin(
    const QString& name, const QString& displayName, const QString& password)
{
    Transaction transaction(m_database);
    FD_TRY(transaction.started());
    FD_TRY_ASSIGN(bool needed, needsFirstAdmin());
    if (!needed)
        return Error(QCoreApplication::translate("fd::UserService",
            "This database has users already: sign in, or ask an admin for an account."));
    const QString normal = UserService::normalisedName(name);
    // The first admin creates itself: there is nobody else to act as.
    Session founder(m_database, Actor { normal, Role::Admin }, QTimeZone::utc());
    const QDateTime now = m_now;
    founder.setClock([now] { return now; });
    User draft;
    draft.name = name;
    draft.displayName = displayName;
    draft.role = Role::Admin;
    FD_TRY_ASSIGN(User created, UserService(founder).create(draft, password));
    FD_TRY(transaction.commit());
    return Actor { created.name, Role::Admin };
}

} // namespace fd
