#include "auditservice.h"

#include "rules/permissions.h"
#include "storage/auditrepository.h"
#include "storage/auditsealrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace fd {

Result<QList<AuditEntry>> AuditService::search(const AuditFilter& filter) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewAudit));
    return AuditRepository(m_session.database()).search(filter);
}

Result<AuditCheck> AuditService::verify(const QString& anchorText) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewAudit));
    std::optional<AuditChainHead> anchor;
    if (!anchorText.isEmpty()) {
        anchor = parseAuditAnchor(anchorText);
        if (!anchor)
            return Error(QCoreApplication::translate("fd::AuditService",
                "“%1” is no audit head: give it as a report or backup prints it, ENTRIES:HASH.")
                             .arg(anchorText));
    }
    const AuditRepository audit(m_session.database());
    // No desk appends while the head and the entries are read, so an entry written
    // meanwhile is not taken for tampering.
    Transaction snapshot(m_session.database());
    FD_TRY(snapshot.started());
    FD_TRY(audit.lockHead());
    FD_TRY_ASSIGN(AuditChainHead head, audit.head());
    FD_TRY_ASSIGN(QList<ChainedAuditEntry> entries, audit.chain());
    FD_TRY_ASSIGN(SealedRecords records, AuditSealRepository(m_session.database()).all());
    FD_TRY(snapshot.commit());
    AuditCheck check = checkAuditChain(entries, head);
    if (!check.intact)
        return check; // a broken chain vouches for no seal
    if (anchor) {
        const QString problem = checkAuditAnchor(entries, *anchor);
        if (!problem.isEmpty()) {
            check.intact = false;
            check.problem = problem;
            return check;
        }
    }
    check.findings = checkSeals(entries, records);
    if (!check.findings.isEmpty()) {
        check.intact = false;
        check.brokenAt = check.findings.first().entryId;
        check.problem = check.findings.first().problem;
    }
    return check;
}

Result<AuditChainHead> AuditService::head() const
{
    return AuditRepository(m_session.database()).head();
}

} // namespace fd
