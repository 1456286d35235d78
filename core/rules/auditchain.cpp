#include "auditchain.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <algorithm>

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
    // Only sealing entries hash their seal, so the entries written before seals existed keep
    // the hashes they were given.
    if (!entry.seal.isEmpty())
        addField(hash, entry.seal);
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

QString auditAnchorText(const AuditChainHead& head)
{
    return u"%1:%2"_s.arg(QString::number(head.entries), head.lastHash);
}

std::optional<AuditChainHead> parseAuditAnchor(const QString& text)
{
    const QString trimmed = text.trimmed().toLower();
    const qsizetype colon = trimmed.indexOf(u':');
    AuditChainHead anchor;
    anchor.entries = -1; // any position
    anchor.lastHash = colon < 0 ? trimmed : trimmed.mid(colon + 1);
    if (colon >= 0) {
        bool ok = false;
        anchor.entries = trimmed.left(colon).toLongLong(&ok);
        if (!ok || anchor.entries < 0)
            return std::nullopt;
    }
    const bool hex = anchor.lastHash.size() == 64
        && std::all_of(anchor.lastHash.cbegin(), anchor.lastHash.cend(),
            [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
    if (anchor.entries == 0 && anchor.lastHash.isEmpty())
        return anchor; // the head of an empty log
    if (!hex)
        return std::nullopt;
    return anchor;
}

QString checkAuditAnchor(const QList<ChainedAuditEntry>& entries, const AuditChainHead& anchor)
{
    if (anchor.entries == 0)
        return {}; // every log once held nothing
    if (anchor.entries > 0) {
        if (entries.size() < anchor.entries) {
            return QCoreApplication::translate("fd::AuditChain",
                "The audit log holds %1 entries, but it held %2 when the anchor was taken: "
                "entries were deleted or the log was emptied outside FiberDesk.")
                .arg(entries.size())
                .arg(anchor.entries);
        }
        if (entries.at(anchor.entries - 1).hash != anchor.lastHash) {
            return QCoreApplication::translate("fd::AuditChain",
                "Audit entry %1 in order (#%2) is not the one the anchor names: the chain was "
                "rewritten outside FiberDesk.")
                .arg(anchor.entries)
                .arg(entries.at(anchor.entries - 1).entry.id);
        }
        return {};
    }
    for (const ChainedAuditEntry& link : entries) {
        if (link.hash == anchor.lastHash)
            return {};
    }
    return QCoreApplication::translate("fd::AuditChain",
        "The audit log no longer holds the entry the anchor names: the chain was rewritten or "
        "cut outside FiberDesk.");
}

} // namespace fd
