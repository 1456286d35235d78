#include "complaintimporter.h"

#include "rules/bounds.h"
#include "rules/permissions.h"
#include "storage/auditrepository.h"
#include "storage/complaintrepository.h"
#include "storage/database.h"
#include "storage/lookups.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

template <typename Enum> QStringList keysOf(const QList<Enum>& values, QString (*key)(Enum))
{
    QStringList keys;
    for (Enum value : values)
        keys.append(key(value));
    return keys;
}

QString identity(const Complaint& complaint)
{
    return QStringList { complaint.unitCode, complaint.orderNumber,
        QString::number(complaint.receivedAt.toSecsSinceEpoch()),
        complaintCategoryKey(complaint.category), complaint.description }
        .join(u'\x1f');
}

QString verdictOf(const Complaint& complaint)
{
    QString text = complaintStatusKey(complaint.status);
    if (complaint.staffCaused)
        text += *complaint.staffCaused ? u" (staff caused)"_s : u" (not staff caused)"_s;
    return text;
}

int progressOf(ComplaintStatus status)
{
    return status == ComplaintStatus::Open ? 0 : status == ComplaintStatus::Resolved ? 2 : 1;
}

} // namespace

bool ComplaintImporter::run(const CsvDocument& document, const CsvColumns& columns,
    QList<CsvProblem>& problems, SaveSummary& summary, QString& generalError)
{
    auto fail = [&](const QString& message) {
        generalError = message;
        return false;
    };
    const Status allowed = checkAllowed(m_session.actor(), Action::JudgeComplaint);
    if (!allowed.ok())
        return fail(allowed.error());
    Database& database = m_session.database();
    const QDateTime now = m_session.now();
    const QStringList sources = keysOf(allComplaintSources(), complaintSourceKey);
    const QStringList categories = keysOf(allComplaintCategories(), complaintCategoryKey);
    const QStringList statuses = keysOf(allComplaintStatuses(), complaintStatusKey);

    // The units and orders the file may name.
    Result<QHash<QString, qint64>> units = idsByCode(database, CodedTable::Units);
    if (!units.ok())
        return fail(units.error());
    const QHash<QString, qint64> unitIds = units.value();
    const LookupRepository lookups(database);

    QList<Complaint> rows;
    QList<std::optional<qint64>> orderIds;
    QList<qint64> rowUnitIds;
    for (const CsvRecord& record : document.records) {
        const CsvRow row(record, columns, problems);
        Complaint complaint;
        complaint.orderNumber = row.identifier(u"order_number"_s);
        complaint.unitCode = row.identifier(u"unit_code"_s);
        complaint.receivedAt = row.instant(u"received_at"_s, m_session.zone());
        complaint.source = row.choice<ComplaintSource>(
            u"source"_s, complaintSourceFromKey, sources, ComplaintSource::Other);
        complaint.category = row.choice<ComplaintCategory>(
            u"category"_s, complaintCategoryFromKey, categories, ComplaintCategory::Other);
        complaint.status = row.choice<ComplaintStatus>(
            u"status"_s, complaintStatusFromKey, statuses, ComplaintStatus::Open);
        complaint.staffCaused = row.optionalYesNo(u"staff_caused"_s);
        // "no" agrees with an open or a rejected complaint (SPEC §13: what a CRM export
        // writes); it is stored as no answer, as the desk would have it.
        const bool staffCausedNo = complaint.staffCaused == std::optional<bool>(false);
        complaint.verifiedAt = row.instant(u"verified_at"_s, m_session.zone(), true);
        complaint.description = row.text(u"description"_s);
        if (complaint.description.isEmpty())
            row.complain(
                u"description"_s, QCoreApplication::translate("fd::Checks", "must not be empty"));
        else if (const QString problem = textCharacterProblem(complaint.description, true);
                 !problem.isEmpty())
            row.complain(u"description"_s, problem);
        if (complaint.receivedAt.isValid() && complaint.receivedAt > now)
            row.complain(
                u"received_at"_s, QCoreApplication::translate("fd::Checks", "is in the future"));

        // What each status needs: a verdict time once judged, a staff-caused answer once
        // verified, neither while open.
        const ComplaintStatus status = complaint.status;
        if (status == ComplaintStatus::Open) {
            if (complaint.verifiedAt.isValid())
                row.complain(u"verified_at"_s,
                    QCoreApplication::translate(
                        "fd::ComplaintImporter", "is set, but the complaint is open"));
            if (complaint.staffCaused && !staffCausedNo)
                row.complain(u"staff_caused"_s,
                    QCoreApplication::translate(
                        "fd::ComplaintImporter", "is set, but the complaint is open"));
            complaint.staffCaused.reset();
        } else {
            if (!complaint.verifiedAt.isValid() && !row.text(u"verified_at"_s).isEmpty()) {
                // already reported as a bad time
            } else if (!complaint.verifiedAt.isValid()) {
                row.complain(u"verified_at"_s,
                    QCoreApplication::translate(
                        "fd::ComplaintImporter", "is empty; a %1 complaint was judged at some time")
                        .arg(complaintStatusKey(status)));
            } else if (complaint.verifiedAt < complaint.receivedAt) {
                row.complain(u"verified_at"_s,
                    QCoreApplication::translate(
                        "fd::ComplaintImporter", "is before the complaint was received"));
            } else if (complaint.verifiedAt > now) {
                row.complain(u"verified_at"_s,
                    QCoreApplication::translate("fd::Checks", "is in the future"));
            }
            if (status == ComplaintStatus::Verified && !complaint.staffCaused) {
                row.complain(u"staff_caused"_s,
                    QCoreApplication::translate("fd::ComplaintImporter",
                        "is empty; a verified complaint says whether the staff caused it"));
            }
            if (status == ComplaintStatus::Rejected && complaint.staffCaused && !staffCausedNo) {
                row.complain(u"staff_caused"_s,
                    QCoreApplication::translate(
                        "fd::ComplaintImporter", "is set, but the complaint was rejected"));
            }
            if (status == ComplaintStatus::Rejected)
                complaint.staffCaused.reset();
        }
        if (status == ComplaintStatus::Resolved)
            complaint.resolvedAt
                = complaint.verifiedAt; // the file has no resolution time of its own
        std::optional<qint64> orderId;
        qint64 unitId = 0;
        if (!complaint.orderNumber.isEmpty()) {
            Result<std::optional<Placement>> order = lookups.order(complaint.orderNumber);
            if (!order.ok())
                return fail(order.error());
            if (!order.value()) {
                row.complain(u"order_number"_s,
                    QCoreApplication::translate("fd::CallbackImporter", "there is no order “%1”")
                        .arg(complaint.orderNumber));
            } else {
                orderId = order.value()->id;
                unitId = order.value()->unitId;
                const QString orderUnit = order.value()->unitCode;
                if (!complaint.unitCode.isEmpty() && complaint.unitCode != orderUnit) {
                    row.complain(u"unit_code"_s,
                        QCoreApplication::translate(
                            "fd::ComplaintImporter", "the order %1 belongs to the unit “%2”")
                            .arg(complaint.orderNumber, orderUnit));
                }
                complaint.unitCode = orderUnit;
            }
        } else if (complaint.unitCode.isEmpty()) {
            row.complain(u"unit_code"_s,
                QCoreApplication::translate("fd::ComplaintImporter",
                    "is empty; a complaint without an order names its unit"));
        } else if (!unitIds.contains(complaint.unitCode)) {
            row.complain(u"unit_code"_s,
                QCoreApplication::translate("fd::ComplaintImporter", "there is no unit “%1”")
                    .arg(complaint.unitCode));
        } else {
            unitId = unitIds.value(complaint.unitCode);
        }
        rows.append(complaint);
        orderIds.append(orderId);
        rowUnitIds.append(unitId);
    }
    if (!problems.isEmpty())
        return false;

    Transaction transaction(database);
    if (!transaction.started().ok())
        return fail(transaction.started().error());
    ComplaintRepository repository(database);
    AuditRepository audit(database);
    QHash<QString, Complaint> existing;
    ComplaintFilter everything;
    Result<QList<Complaint>> stored = repository.list(everything, std::numeric_limits<int>::max());
    if (!stored.ok())
        return fail(stored.error());
    for (const Complaint& complaint : stored.value())
        existing.insert(identity(complaint), complaint);

    SaveSummary counts;
    const QString actor = m_session.actor().user;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Complaint complaint = rows.at(i);
        const auto found = existing.constFind(identity(complaint));
        if (found != existing.cend()) {
            if (verdictOf(*found) == verdictOf(complaint)
                || progressOf(complaint.status) < progressOf(found->status)) {
                ++counts.unchanged;
                continue;
            }
            complaint.id = found->id;
            complaint.version = found->version;
            complaint.verifiedBy = actor;
            Result<bool> updated = repository.update(complaint);
            if (!updated.ok())
                return fail(updated.error());
            if (!audit
                     .append({ 0, now, actor, u"complaint.verdict"_s, u"complaint"_s,
                         QString::number(complaint.id), verdictOf(*found),
                         verdictOf(complaint) + u" — imported"_s })
                     .ok())
                return fail(QCoreApplication::translate(
                    "fd::Database", "The change was undone because part of it failed."));
            ++counts.updated;
            continue;
        }
        if (complaint.status != ComplaintStatus::Open)
            complaint.verifiedBy = actor;
        Result<qint64> id = repository.insert(complaint, rowUnitIds.at(i), orderIds.at(i), actor);
        if (!id.ok())
            return fail(id.error());
        if (complaint.status != ComplaintStatus::Open) {
            if (!audit
                     .append({ 0, now, actor, u"complaint.verdict"_s, u"complaint"_s,
                         QString::number(id.value()), {}, verdictOf(complaint) + u" — imported"_s })
                     .ok())
                return fail(QCoreApplication::translate(
                    "fd::Database", "The change was undone because part of it failed."));
        }
        existing.insert(identity(complaint), complaint);
        ++counts.created;
    }
    const Status committed = transaction.commit();
    if (!committed.ok())
        return fail(committed.error());
    summary = counts;
    return true;
}

} // namespace fd
