#include "auditchain.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

void addField(QCryptographicHash& hash, const QString& field)
{
    const QByteArray bytes = field.toUtf8();
    hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
    hash.addData(bytes);
}

} // namespace

QString auditHash(const QString& previousHash, const AuditEntry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, previousHash);
    addField(hash, QString::number(entry.at.toSecsSinceEpoch()));
    for (const QString* field : { &entry.actor, &entry.action, &entry.entity, &entry.entityKey,
             &entry.before, &entry.after })
        addField(hash, *field);
    return QString::fromLatin1(hash.result().toHex());
}

AuditCheck checkAuditChain(const QList<ChainedAuditEntry>& entries, const AuditChainHead& head)
{
    AuditCheck check;
    QString previous;
    for (const ChainedAuditEntry& link : entries) {
        const AuditEntry& entry = link.entry;
        ++check.entries;
        if (link.previousHash != previous) {
            check.intact = false;
            check.brokenAt = entry.id;
            check.problem = QCoreApplication::translate("fd::AuditChain",
                "Audit entry #%1 does not follow the entry before it: an entry before it was "
                "deleted or "
                "moved outside FiberDesk.")
                                .arg(entry.id);
            return check;
        }
        if (auditHash(previous, entry) != link.hash) {
            check.intact = false;
            check.brokenAt = entry.id;
            check.problem = QCoreApplication::translate("fd::AuditChain",
                "Audit entry #%1 was changed outside FiberDesk: its contents no longer match its "
                "hash.")
                                .arg(entry.id);
            return check;
        }
        previous = link.hash;
    }
    if (check.entries != head.entries) {
        check.intact = false;
        check.problem = QCoreApplication::translate("fd::AuditChain",
            "The audit log holds %1 entries but FiberDesk wrote %2: entries were deleted or added "
            "outside "
            "FiberDesk.")
                            .arg(check.entries)
                            .arg(head.entries);
    } else if (previous != head.lastHash) {
        check.intact = false;
        check.brokenAt = entries.isEmpty() ? 0 : entries.last().entry.id;
        check.problem = QCoreApplication::translate("fd::AuditChain",
            "The newest audit entry is not the one FiberDesk wrote last: it was replaced outside "
            "FiberDesk.");
    }
    return check;
}

} // namespace fd
