#include "runtimeroleservice.h"

#include "rules/permissions.h"
#include "storage/database.h"
#include "storage/privilegerepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fd {

Status RuntimeRoleService::grant(const QString& role)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ManageUsers));
    Database& database = m_session.database();
    if (database.isSqlite())
        return Error(QCoreApplication::translate("fd::RuntimeRole",
            "--runtime-role is for a PostgreSQL database: a database file has no roles; protect "
            "it with the file's permissions."));
    static const QRegularExpression name(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    if (!name.match(role).hasMatch())
        return Error(QCoreApplication::translate("fd::RuntimeRole",
            "“%1” is not a role name FiberDesk accepts: lower-case letters, digits and _, "
            "starting with a letter.")
                         .arg(role));
    PrivilegeRepository privileges(database);
    FD_TRY_ASSIGN(bool exists, privileges.roleExists(role));
    if (!exists)
        return Error(QCoreApplication::translate("fd::RuntimeRole",
            "The server has no role “%1”: create it first (CREATE ROLE %1 LOGIN PASSWORD …).")
                         .arg(role));
    Result<bool> owner = privileges.isCurrentRole(role);
    if (!owner.ok())
        return Error(owner.error());
    if (owner.value())
        return Error(QCoreApplication::translate("fd::RuntimeRole",
            "The runtime role must not be the role running init: the owner of the tables may "
            "always change them. Run init as the owner and name another role."));
    Transaction transaction(database);
    FD_TRY(transaction.started());
    FD_TRY(privileges.grantRuntime(role));
    return transaction.commit();
}

} // namespace fd
