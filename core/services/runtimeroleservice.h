#pragma once

#include "common/result.h"
#include "common/session.h"

namespace fd {

// PostgreSQL (SPEC §16): FiberDesk runs as a role that may read and insert into the audit
// tables but never update, delete or truncate them, while the schema belongs to an owner
// role that only `init` and upgrades use (README, "A runtime role on PostgreSQL").
class RuntimeRoleService
{
public:
    explicit RuntimeRoleService(const Session& session)
        : m_session(session)
    { }

    // Run by the owner (an admin, on a PostgreSQL database): gives `role` what FiberDesk
    // needs on every table and sequence, and on the audit tables only SELECT and INSERT.
    Status grant(const QString& role);

private:
    const Session& m_session;
};

} // namespace fd
