#pragma once

#include "common/role.h"

#include <QDateTime>
#include <QString>

namespace fd {

// Someone who signs in to FiberDesk (SPEC §1, issue 6). The name is what they type at
// sign-in, kept in lower case so that "Ana" and "ana" are one user; the display name is
// free text in any script.
struct User
{
    QString name;
    QString displayName;
    Role role = Role::Dispatcher;
    QString unitCode; // a unit representative's unit (SPEC §1); empty for other roles
    bool active = true;
    QDateTime createdAt;
    QString createdBy;
    QDateTime passwordChangedAt;
};

// Failed sign-ins in a row under one typed name, whether or not a user has it.
struct SignInAttempts
{
    int failures = 0;
    QDateTime lockedUntil; // invalid: not locked
};

} // namespace fd
