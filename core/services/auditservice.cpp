#include "auditservice.h"

#include "rules/permissions.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

namespace fd {

Result<QList<AuditEntry>> AuditService::search(const AuditFilter& filter) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewAudit));
    return AuditRepository(m_session.database()).search(filter);
}

Result<AuditCheck> AuditService::verify() const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewAudit));
    const AuditRepository audit(m_session.database());
    // No desk appends while the head and the entries are read, so an entry written
    // meanwhile is not taken for tampering.
    Transaction snapshot(m_session.database());
    FD_TRY(snapshot.started());
    FD_TRY(audit.lockHead());
    Result<AuditChainHead> head = audit.head();
    if (!head.ok())
        return Error(head.error());
    Result<QList<ChainedAuditEntry>> entries = audit.chain();
    if (!entries.ok())
        return Error(entries.error());
    FD_TRY(snapshot.commit());
    return checkAuditChain(entries.value(), head.value());
}

} // namespace fd
