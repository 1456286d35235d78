#pragma once

#include "domain/audit.h"
#include "rules/auditseal.h"

#include <QList>
#include <optional>

namespace fd {

// The audit log's hash chain (issue 6). An entry's hash is SHA-256 over the previous
// entry's hash and every field of the entry, each field length-prefixed so that no two
// different entries can spell the same bytes. Editing an entry changes its hash; deleting
// or reordering one breaks the next entry's link; deleting the newest ones leaves a chain
// shorter than its recorded head.
QString auditHash(const QString& previousHash, const AuditEntry& entry);

struct AuditChainHead
{
    qint64 entries = 0;
    QString lastHash;
};

// What every report and backup carries (SPEC §16): "ENTRIES:HASH", the number of entries
// the log held and the hash of the newest. `audit verify --anchor` takes it back.
QString auditAnchorText(const AuditChainHead& head);
// "12:ab…" (or the 64 hex digits alone); nothing when it is neither.
std::optional<AuditChainHead> parseAuditAnchor(const QString& text);
// Whether the chain (in id order, already checked link by link) still holds the entry the
// anchor names with that hash; a translated reason when it does not.
QString checkAuditAnchor(const QList<ChainedAuditEntry>& entries, const AuditChainHead& anchor);

struct AuditCheck
{
    qint64 entries = 0; // entries read
    bool intact = true;
    qint64 brokenAt = 0; // the id of the first entry that does not fit, 0 when none does
    QString problem; // translated, empty when intact: the first of the problems found
    // Records that no longer match their seals, each naming its unit and month.
    QList<AuditFinding> findings;
};

// Checks `entries` (in id order) against each other and against the recorded head.
AuditCheck checkAuditChain(const QList<ChainedAuditEntry>& entries, const AuditChainHead& head);

} // namespace fd
