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
    // Reads every entry in the order written and checks each against the one before it, the
    // recorded head, the sealed records (each finding naming its unit and month) and, when
    // given, the anchor a report or backup carried ("ENTRIES:HASH", see auditAnchorText).
    Result<AuditCheck> verify(const QString& anchor = {}) const;
    // {entries, head} now (SPEC §16), for every report and backup to carry. No secret: any
    // signed-in user may read it.
    Result<AuditChainHead> head() const;

private:
    const Session& m_session;
};

} // namespace fd
