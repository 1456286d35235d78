#include "auditseal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

const QString kMonthSealActions[] = { u"evaluation.finalize"_s, u"evaluation.seal"_s };
const QString kStatusSealActions[] = { u"unit.status"_s, u"unit.seal"_s };

template <typename List> bool contains(const List& list, const QString& value)
{
    for (const QString& item : list) {
        if (item == value)
            return true;
    }
    return false;
}

void addField(QCryptographicHash& hash, const QString& field)
{
    const QByteArray bytes = field.toUtf8();
    hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
    hash.addData(bytes);
}

QString idList(const QList<qint64>& ids)
{
    QStringList text;
    for (const qint64 id : ids)
        text.append(QString::number(id));
    return text.join(u',');
}

std::optional<QList<qint64>> parseIds(const QString& text)
{
    QList<qint64> ids;
    if (text.isEmpty())
        return ids;
    for (const QString& part : text.split(u',')) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok || id <= 0)
            return std::nullopt;
        ids.append(id);
    }
    return ids;
}

// "name:value" words of a seal, by name.
QHash<QString, QString> sealWords(const QString& text)
{
    QHash<QString, QString> words;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = word.indexOf(u':');
        if (colon > 0)
            words.insert(word.left(colon), word.mid(colon + 1));
    }
    return words;
}

bool isDigest(const QString& text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!c.isDigit() && (c < u'a' || c > u'f'))
            return false;
    }
    return true;
}

// "U01/2026-10" → ("U01", "2026-10").
std::pair<QString, QString> unitAndMonth(const QString& key)
{
    const qsizetype slash = key.lastIndexOf(u'/');
    if (slash < 0)
        return { key, QString() };
    return { key.left(slash), key.mid(slash + 1) };
}

QString monthOf(const SealedStatusChange& change)
{
    return change.evaluationMonth.isEmpty() ? change.effectiveOn.left(7) : change.evaluationMonth;
}

} // namespace

QString sealDigest(const QStringList& fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& field : fields)
        addField(hash, field);
    return QString::fromLatin1(hash.result().toHex());
}

QString evaluationSealDigest(
    const SealedEvaluation& evaluation, const QList<SealedStatusChange>& statusChanges)
{
    QStringList fields { u"evaluation"_s, QString::number(evaluation.id), evaluation.unitCode,
        evaluation.month };
    fields.append(QString::number(evaluation.figures.size()));
    fields.append(evaluation.figures);
    fields.append(QString::number(evaluation.evidence.size()));
    fields.append(evaluation.evidence);
    fields.append(statusRowsDigest(statusChanges));
    return sealDigest(fields);
}

QString statusRowsDigest(const QList<SealedStatusChange>& rows)
{
    QStringList fields { u"status"_s, QString::number(rows.size()) };
    for (const SealedStatusChange& row : rows) {
        fields.append(QString::number(row.id));
        fields.append(QString::number(row.fields.size()));
        fields.append(row.fields);
    }
    return sealDigest(fields);
}

QString unitStateDigest(const SealedUnitState& state)
{
    QStringList fields { u"unit"_s, state.unitCode, QString::number(state.fields.size()) };
    fields.append(state.fields);
    return sealDigest(fields);
}

QString formatMonthSeal(const MonthSeal& seal)
{
    return u"evaluation:%1 status:%2 sha256:%3"_s.arg(
        QString::number(seal.evaluationId), idList(seal.statusIds), seal.digest);
}

QString formatStatusSeal(const StatusSeal& seal)
{
    return u"status:%1 rows:%2 unit:%3"_s.arg(
        idList(seal.statusIds), seal.rowsDigest, seal.unitDigest);
}

std::optional<MonthSeal> parseMonthSeal(const QString& text)
{
    const QHash<QString, QString> words = sealWords(text);
    MonthSeal seal;
    bool ok = false;
    seal.evaluationId = words.value(u"evaluation"_s).toLongLong(&ok);
    const std::optional<QList<qint64>> ids = parseIds(words.value(u"status"_s));
    seal.digest = words.value(u"sha256"_s);
    if (!ok || seal.evaluationId <= 0 || !ids || !words.contains(u"status"_s)
        || !isDigest(seal.digest))
        return std::nullopt;
    seal.statusIds = *ids;
    return seal;
}

std::optional<StatusSeal> parseStatusSeal(const QString& text)
{
    const QHash<QString, QString> words = sealWords(text);
    StatusSeal seal;
    const std::optional<QList<qint64>> ids = parseIds(words.value(u"status"_s));
    seal.rowsDigest = words.value(u"rows"_s);
    seal.unitDigest = words.value(u"unit"_s);
    if (!ids || ids->isEmpty() || !isDigest(seal.rowsDigest) || !isDigest(seal.unitDigest))
        return std::nullopt;
    seal.statusIds = *ids;
    return seal;
}

QList<AuditFinding> checkSeals(
    const QList<ChainedAuditEntry>& entries, const SealedRecords& records)
{
    QHash<qint64, const SealedEvaluation*> evaluations;
    for (const SealedEvaluation& evaluation : records.evaluations)
        evaluations.insert(evaluation.id, &evaluation);
    QHash<qint64, const SealedStatusChange*> changes;
    QHash<QString, qint64> firstChange; // each unit's first history row: its creation
    for (const SealedStatusChange& change : records.statusChanges) {
        changes.insert(change.id, &change);
        if (!firstChange.contains(change.unitCode))
            firstChange.insert(change.unitCode, change.id);
    }
    QHash<QString, const SealedUnitState*> units;
    for (const SealedUnitState& unit : records.units)
        units.insert(unit.unitCode, &unit);

    QList<AuditFinding> findings;
    QSet<qint64> sealedEvaluations;
    QSet<qint64> sealedChanges;
    QHash<QString, qsizetype> lastReopening; // by "unit/month": index of the newest reopening
    QHash<QString, std::pair<qsizetype, StatusSeal>> lastStatusSeal; // by unit
    QList<std::tuple<qsizetype, MonthSeal>> monthSeals;

    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry& entry = entries.at(i).entry;
        if (entry.action == u"evaluation.reopen"_s)
            lastReopening.insert(entry.entityKey, i);
        if (entry.seal.isEmpty())
            continue;
        if (contains(kMonthSealActions, entry.action)) {
            const std::optional<MonthSeal> seal = parseMonthSeal(entry.seal);
            if (!seal) {
                const auto [unit, month] = unitAndMonth(entry.entityKey);
                findings.append({ unit, month, entry.id,
                    QCoreApplication::translate(
                        "fd::AuditSeal", "Audit entry #%1 holds a seal FiberDesk cannot read.")
                        .arg(entry.id) });
                continue;
            }
            sealedEvaluations.insert(seal->evaluationId);
            monthSeals.append({ i, *seal });
        } else if (contains(kStatusSealActions, entry.action)) {
            const std::optional<StatusSeal> seal = parseStatusSeal(entry.seal);
            if (!seal) {
                findings.append({ entry.entityKey, QString(), entry.id,
                    QCoreApplication::translate(
                        "fd::AuditSeal", "Audit entry #%1 holds a seal FiberDesk cannot read.")
                        .arg(entry.id) });
                continue;
            }
            for (const qint64 id : seal->statusIds)
                sealedChanges.insert(id);
            lastStatusSeal.insert(entry.entityKey, { i, *seal });
            // The rows a status entry seals never change afterwards.
            QList<SealedStatusChange> rows;
            bool missing = false;
            for (const qint64 id : seal->statusIds) {
                const SealedStatusChange* row = changes.value(id);
                missing = missing || !row;
                if (row)
                    rows.append(*row);
            }
            if (missing || statusRowsDigest(rows) != seal->rowsDigest) {
                const QString month
                    = rows.isEmpty() ? entry.at.toString(u"yyyy-MM"_s) : monthOf(rows.last());
                findings.append({ entry.entityKey, month, entry.id,
                    QCoreApplication::translate("fd::AuditSeal",
                        "The status history of unit %1 (%2) was changed outside FiberDesk: it no "
                        "longer matches audit entry #%3.")
                        .arg(entry.entityKey, month)
                        .arg(entry.id) });
            }
        }
    }

    for (const auto& [index, seal] : std::as_const(monthSeals)) {
        const AuditEntry& entry = entries.at(index).entry;
        const auto [unit, month] = unitAndMonth(entry.entityKey);
        const SealedEvaluation* evaluation = evaluations.value(seal.evaluationId);
        if (!evaluation) {
            findings.append({ unit, month, entry.id,
                QCoreApplication::translate("fd::AuditSeal",
                    "The finalized evaluation of %1 for %2 that audit entry #%3 seals is gone: it "
                    "was deleted outside FiberDesk.")
                    .arg(unit, month)
                    .arg(entry.id) });
            continue;
        }
        QList<SealedStatusChange> rows;
        bool missing = false;
        for (const qint64 id : seal.statusIds) {
            const SealedStatusChange* row = changes.value(id);
            missing = missing || !row;
            if (row)
                rows.append(*row);
        }
        if (missing || evaluation->unitCode != unit || evaluation->month != month
            || evaluationSealDigest(*evaluation, rows) != seal.digest) {
            findings.append({ unit, month, entry.id,
                QCoreApplication::translate("fd::AuditSeal",
                    "The evaluation of %1 for %2 was changed outside FiberDesk: its figures, "
                    "counts, rule version, evidence or status change no longer match the seal in "
                    "audit entry #%3.")
                    .arg(unit, month)
                    .arg(entry.id) });
            continue;
        }
        const bool reopened = lastReopening.value(entry.entityKey, -1) > index;
        if (evaluation->final == reopened) {
            findings.append({ unit, month, entry.id,
                evaluation->final
                    ? QCoreApplication::translate("fd::AuditSeal",
                        "The evaluation of %1 for %2 is final, but it was reopened after audit "
                        "entry #%3 sealed it: it was changed outside FiberDesk.")
                          .arg(unit, month)
                          .arg(entry.id)
                    : QCoreApplication::translate("fd::AuditSeal",
                        "The evaluation of %1 for %2 reads as reopened, but the audit log holds "
                        "no reopening after entry #%3: it was changed outside FiberDesk.")
                          .arg(unit, month)
                          .arg(entry.id) });
        }
    }
    for (const SealedEvaluation& evaluation : records.evaluations) {
        if (!sealedEvaluations.contains(evaluation.id)) {
            findings.append({ evaluation.unitCode, evaluation.month, 0,
                QCoreApplication::translate("fd::AuditSeal",
                    "The finalized evaluation of %1 for %2 has no seal in the audit log: it was "
                    "added outside FiberDesk, or audit entries were deleted.")
                    .arg(evaluation.unitCode, evaluation.month) });
        }
    }

    for (const SealedStatusChange& change : records.statusChanges) {
        if (change.id != firstChange.value(change.unitCode) && !sealedChanges.contains(change.id)) {
            findings.append({ change.unitCode, monthOf(change), 0,
                QCoreApplication::translate("fd::AuditSeal",
                    "A status change of unit %1 dated %2 has no entry in the audit log: it was "
                    "added outside FiberDesk, or audit entries were deleted.")
                    .arg(change.unitCode, change.effectiveOn) });
        }
    }
    for (const SealedUnitState& unit : records.units) {
        const auto sealed = lastStatusSeal.constFind(unit.unitCode);
        if (sealed == lastStatusSeal.cend()) {
            if (unit.status != u"candidate"_s) {
                findings.append({ unit.unitCode, QString(), 0,
                    QCoreApplication::translate("fd::AuditSeal",
                        "Unit %1 is %2, but the audit log holds no change of its status: it was "
                        "changed outside FiberDesk, or audit entries were deleted.")
                        .arg(unit.unitCode, unit.status) });
            }
            continue;
        }
        if (unitStateDigest(unit) == sealed->second.unitDigest)
            continue;
        const AuditEntry& entry = entries.at(sealed->first).entry;
        const SealedStatusChange* row = changes.value(sealed->second.statusIds.last());
        const QString month = row ? monthOf(*row) : entry.at.toString(u"yyyy-MM"_s);
        findings.append({ unit.unitCode, month, entry.id,
            QCoreApplication::translate("fd::AuditSeal",
                "The status of unit %1 was changed outside FiberDesk: it is %2 now, not what "
                "audit entry #%3 (%4) left it.")
                .arg(unit.unitCode, unit.status)
                .arg(entry.id)
                .arg(month) });
    }
    return findings;
}

} // namespace fd
