#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace fd {

// SPEC §9 and issue 6: every change to a score, a rule, a unit's status, a complaint's
// verdict, an assignment or a user is written down with who, when, before and after. Each
// entry carries the hash of the one before it and its own, so an entry edited or deleted
// outside FiberDesk breaks the chain (rules/auditchain.h).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; // e.g. "unit.status", "rules.version"
    QString entity; // e.g. "unit", "rules"
    QString entityKey;
    QString before;
    QString after;
    // What a sealing entry vouches for (SPEC §16): a digest of the stored rows of a finalized
    // month or of a unit's status, in the form rules/auditseal.h writes. Empty for others.
    QString seal {}; // braces: an entry written without one needs no placeholder
};

// An entry as the chain holds it.
struct ChainedAuditEntry
{
    AuditEntry entry;
    QString previousHash; // hex; empty for the first entry
    QString hash; // hex
};

// "Unit status changed" for "unit.status"; an action this FiberDesk does not know reads as is.
QString auditActionDisplayName(const QString& action);
// The kinds of record the log names ("unit", "order", …), for the audit page's filter.
QStringList auditEntities();
QString auditEntityDisplayName(const QString& entity);

// What the audit page and `fiberdesk-cli audit` select.
struct AuditFilter
{
    QString entity;
    QString entityKey;
    QString actor;
    QString actionPrefix; // "evaluation." for every evaluation change
    QDateTime from; // inclusive
    QDateTime until; // exclusive
    QString text; // in the key, before or after
    int limit = 0; // 0: all; newest first when limited
};

} // namespace fd
