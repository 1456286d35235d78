#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace fd {

// SPEC §1. The role decides what a service lets its caller do.
enum class Role
{
    Dispatcher,
    CallbackAgent,
    Evaluator,
    Admin,
    CallbackSupervisor, // SPEC §17: listens to and scores the agents' calls
    UnitRepresentative, // SPEC §1: bound to one unit, sees only it, files its appeals
};

// Every role, in the order a list of them shows.
QList<Role> allRoles();

QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString& key);
QString roleDisplayName(Role role);

// Who is acting: a signed-in user, or the command line acting as the local admin.
struct Actor
{
    QString user;
    Role role = Role::Admin;
    QString unitCode {}; // a unit representative's unit; empty for every other role
};

} // namespace fd
