#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/audit.h"
#include "rules/auditchain.h"

namespace fd {

// The audit log as evaluators and admins browse it, and the check of its hash chain
// (issue 6, `fiberdesk-cli audit verify`).
class AuditService
{
public:
    explicit AuditService(const Session& session)
        : m_session(session)
    { }

    Result<QList<AuditEntry>> search(const AuditFilter& filter) const;
    // Reads every entry in the order written and checks each against the one before it.
    Result<AuditCheck> verify() const;

private:
    const Session& m_session;
};

} // namespace fd
