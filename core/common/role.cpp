#include "role.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Dispatcher:
        return u"dispatcher"_s;
    case Role::CallbackAgent:
        return u"callback_agent"_s;
    case Role::Evaluator:
        return u"evaluator"_s;
    case Role::Admin:
        return u"admin"_s;
    case Role::CallbackSupervisor:
        return u"callback_supervisor"_s;
    case Role::UnitRepresentative:
        return u"unit_representative"_s;
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role role : allRoles()) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Dispatcher:
        return QCoreApplication::translate("fd::Role", "Dispatcher");
    case Role::CallbackAgent:
        return QCoreApplication::translate("fd::Role", "Callback agent");
    case Role::Evaluator:
        return QCoreApplication::translate("fd::Role", "Evaluator");
    case Role::Admin:
        return QCoreApplication::translate("fd::Role", "Administrator");
    case Role::CallbackSupervisor:
        return QCoreApplication::translate("fd::Role", "Callback supervisor");
    case Role::UnitRepresentative:
        return QCoreApplication::translate("fd::Role", "Unit representative");
    }
    return {};
}

QList<Role> allRoles()
{
    return { Role::Dispatcher, Role::CallbackAgent, Role::CallbackSupervisor, Role::Evaluator,
        Role::Admin, Role::UnitRepresentative };
}

} // namespace fd
