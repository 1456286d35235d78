#include "complaintservice.h"

#include "rules/bounds.h"
#include "rules/permissions.h"
#include "rules/ruleset.h"
#include "services/readback.h"
#include "storage/auditrepository.h"
#include "storage/complaintrepository.h"
#include "storage/database.h"
#include "storage/lookups.h"
#include "storage/rulerepository.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<QList<Complaint>> ComplaintService::list(const ComplaintFilter& filter) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewCallbacks));
    return ComplaintRepository(m_session.database()).list(filter);
}

Result<std::optional<Complaint>> ComplaintService::find(qint64 id) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewCallbacks));
    return ComplaintRepository(m_session.database()).find(id);
}

Result<QList<ComplaintChange>> ComplaintService::history(qint64 id) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewCallbacks));
    FD_TRY_ASSIGN(QList<AuditEntry> entries,
        AuditRepository(m_session.database()).list(u"complaint"_s, QString::number(id)));
    QList<ComplaintChange> changes;
    for (const AuditEntry& entry : entries)
        changes.append({ entry.at, entry.actor, entry.action, entry.before, entry.after });
    return changes;
}

Result<QHash<QString, double>> ComplaintService::penaltiesForMonth(const QDate& month) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewCallbacks));
    const QDate first(month.year(), month.month(), 1);
    FD_TRY_ASSIGN(auto counts,
        ComplaintRepository(m_session.database())
            .staffCausedVerified(QDateTime(first, QTime(0, 0), m_session.zone()),
                QDateTime(first.addMonths(1), QTime(0, 0), m_session.zone())));
    FD_TRY_ASSIGN(RuleSet rules, RuleRepository(m_session.database()).current());
    const double points = rules.value(rule::kComplaintPenaltyPoints);
    QHash<QString, double> penalties;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        penalties.insert(it.key(), double(it.value()) * points);
    return penalties;
}

Result<Complaint> ComplaintService::registerComplaint(const Complaint& draft)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::RegisterComplaint));
    Database& database = m_session.database();
    Complaint complaint = draft;
    complaint.id = 0;
    complaint.status = ComplaintStatus::Open;
    complaint.staffCaused.reset();
    complaint.verifiedAt = complaint.resolvedAt = QDateTime();
    complaint.receivedAt = draft.receivedAt.isValid() ? draft.receivedAt.toUTC() : m_session.now();
    complaint.description = draft.description.trimmed();
    if (complaint.receivedAt > m_session.now())
        return Error(QCoreApplication::translate(
            "fd::ComplaintService", "A complaint cannot be received in the future."));
    if (complaint.description.isEmpty())
        return Error(QCoreApplication::translate(
            "fd::ComplaintService", "Describe what the customer complains about."));
    if (const QString problem = earliestProblem(complaint.receivedAt); !problem.isEmpty())
        return Error(QCoreApplication::translate("fd::ComplaintService", "The receipt time %1.")
                         .arg(problem));
    if (const QString problem = textCharacterProblem(complaint.description, true);
        !problem.isEmpty())
        return Error(QCoreApplication::translate("fd::ComplaintService", "The description %1.")
                         .arg(problem));

    std::optional<qint64> orderId;
    qint64 unitId = 0;
    if (!complaint.orderNumber.isEmpty()) {
        Result<std::optional<Placement>> order
            = LookupRepository(database).order(complaint.orderNumber);
        if (!order.ok())
            return Error(order.error());
        if (!order.value()) {
            return Error(
                QCoreApplication::translate("fd::ComplaintService", "There is no order “%1”.")
                    .arg(complaint.orderNumber));
        }
        orderId = order.value()->id;
        unitId = order.value()->unitId;
        if (!complaint.unitCode.isEmpty() && complaint.unitCode != order.value()->unitCode) {
            return Error(
                QCoreApplication::translate(
                    "fd::ComplaintService", "The order %1 belongs to the unit “%2”, not “%3”.")
                    .arg(complaint.orderNumber, order.value()->unitCode, complaint.unitCode));
        }
        complaint.unitCode = order.value()->unitCode;
    } else {
        if (complaint.unitCode.isEmpty()) {
            return Error(QCoreApplication::translate(
                "fd::ComplaintService", "Name the order or the unit the complaint is about."));
        }
        Result<std::optional<qint64>> unit = LookupRepository(database).unitId(complaint.unitCode);
        if (!unit.ok())
            return Error(unit.error());
        if (!unit.value())
            return Error(
                QCoreApplication::translate("fd::ComplaintService", "There is no unit “%1”.")
                    .arg(complaint.unitCode));
        unitId = *unit.value();
    }
    FD_TRY_ASSIGN(qint64 id,
        ComplaintRepository(database).insert(complaint, unitId, orderId, m_session.actor().user));
    FD_TRY_ASSIGN(Complaint saved, readBack(ComplaintRepository(database).find(id)));
    return saved;
}

Result<Complaint> ComplaintService::verify(
    qint64 id, int version, bool staffCaused, const QString& note)
{
    return judge(id, version, ComplaintStatus::Verified, staffCaused, note);
}

Result<Complaint> ComplaintService::reject(qint64 id, int version, const QString& note)
{
    if (note.trimmed().isEmpty())
        return Error(QCoreApplication::translate(
            "fd::ComplaintService", "Say why the complaint is rejected."));
    return judge(id, version, ComplaintStatus::Rejected, std::nullopt, note);
}

Result<Complaint> ComplaintService::judge(qint64 id, int version, ComplaintStatus status,
    std::optional<bool> staffCaused, const QString& note)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::JudgeComplaint));
    Transaction transaction(m_session.database());
    FD_TRY(transaction.started());
    FD_TRY_ASSIGN(
        std::optional<Complaint> found, ComplaintRepository(m_session.database()).find(id));
    if (!found)
        return Error(
            QCoreApplication::translate("fd::ComplaintService", "There is no complaint %1.")
                .arg(id));
    Complaint complaint = *found;
    if (complaint.version != version) {
        return Error(QCoreApplication::translate("fd::ComplaintService",
            "Complaint %1 was changed by someone else after you opened it; reload it.")
                         .arg(id));
    }
    if (complaint.status != ComplaintStatus::Open) {
        return Error(
            QCoreApplication::translate("fd::ComplaintService", "Complaint %1 is already %2.")
                .arg(QString::number(id), complaintStatusDisplayName(complaint.status).toLower()));
    }
    const QString before = complaintVerdictRecord(complaint, false);
    complaint.status = status;
    complaint.staffCaused = staffCaused;
    complaint.verifiedAt = m_session.now();
    complaint.verifiedBy = m_session.actor().user;
    if (!note.trimmed().isEmpty())
        complaint.resolution = note.trimmed();
    Result<Complaint> saved = saveChange(complaint, u"complaint.verdict"_s, before);
    if (!saved.ok())
        return saved;
    FD_TRY(transaction.commit());
    return saved;
}

Result<Complaint> ComplaintService::resolve(qint64 id, int version, const QString& resolution)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::JudgeComplaint));
    if (resolution.trimmed().isEmpty())
        return Error(QCoreApplication::translate(
            "fd::ComplaintService", "Say how the complaint was resolved."));
    Transaction transaction(m_session.database());
    FD_TRY(transaction.started());
    FD_TRY_ASSIGN(
        std::optional<Complaint> found, ComplaintRepository(m_session.database()).find(id));
    if (!found)
        return Error(
            QCoreApplication::translate("fd::ComplaintService", "There is no complaint %1.")
                .arg(id));
    Complaint complaint = *found;
    if (complaint.version != version) {
        return Error(QCoreApplication::translate("fd::ComplaintService",
            "Complaint %1 was changed by someone else after you opened it; reload it.")
                         .arg(id));
    }
    if (complaint.status != ComplaintStatus::Verified
        && complaint.status != ComplaintStatus::Rejected) {
        return Error(QCoreApplication::translate("fd::ComplaintService",
            "Complaint %1 must be verified or rejected before it is resolved.")
                         .arg(id));
    }
    const QString before = complaintVerdictRecord(complaint, false);
    complaint.status = ComplaintStatus::Resolved;
    complaint.resolvedAt = m_session.now();
    complaint.resolution = resolution.trimmed();
    Result<Complaint> saved = saveChange(complaint, u"complaint.resolution"_s, before);
    if (!saved.ok())
        return saved;
    FD_TRY(transaction.commit());
    return saved;
}

Result<Complaint> ComplaintService::saveChange(
    Complaint complaint, const QString& action, const QString& before)
{
    Database& database = m_session.database();
    FD_TRY_ASSIGN(bool updated, ComplaintRepository(database).update(complaint));
    if (!updated) {
        return Error(QCoreApplication::translate("fd::ComplaintService",
            "Complaint %1 was changed by someone else after you opened it; reload it.")
                         .arg(complaint.id));
    }
    FD_TRY(AuditRepository(database).append(
        { 0, m_session.now(), m_session.actor().user, action, u"complaint"_s,
            QString::number(complaint.id), before, complaintVerdictRecord(complaint, true) }));
    FD_TRY_ASSIGN(Complaint saved, readBack(ComplaintRepository(database).find(complaint.id)));
    return saved;
}

} // namespace fd
