#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace fd {

// SPEC §6.

enum class ComplaintSource
{
    Callback,
    Hotline,
    Other
};
enum class ComplaintCategory
{
    Late,
    NoAppointment,
    Attitude,
    RepeatFault,
    UntidySite,
    Other
};
enum class ComplaintStatus
{
    Open,
    Verified,
    Rejected,
    Resolved
};

struct Complaint
{
    qint64 id = 0;
    QDateTime receivedAt;
    ComplaintSource source = ComplaintSource::Hotline;
    QString orderNumber; // optional
    QString unitCode;
    ComplaintCategory category = ComplaintCategory::Other;
    QString description;
    ComplaintStatus status = ComplaintStatus::Open;
    std::optional<bool> staffCaused; // the verdict, once verified
    QDateTime verifiedAt; // when verified or rejected
    QString verifiedBy;
    QDateTime resolvedAt;
    QString resolution;
    QString registeredBy; // who logged it (an agent, an evaluator, an import)
    int version = 1;
};

// One change of a complaint's verdict or resolution, as the audit log keeps it (SPEC §9).
struct ComplaintChange
{
    QDateTime at;
    QString actor;
    QString action; // "complaint.verdict" or "complaint.resolution"
    QString before; // verdict records: see complaintVerdictRecord()
    QString after;
};

QString complaintSourceKey(ComplaintSource source);
std::optional<ComplaintSource> complaintSourceFromKey(const QString& key);
QString complaintSourceDisplayName(ComplaintSource source);
QList<ComplaintSource> allComplaintSources();

QString complaintCategoryKey(ComplaintCategory category);
std::optional<ComplaintCategory> complaintCategoryFromKey(const QString& key);
QString complaintCategoryDisplayName(ComplaintCategory category);
QList<ComplaintCategory> allComplaintCategories();

QString complaintStatusKey(ComplaintStatus status);
std::optional<ComplaintStatus> complaintStatusFromKey(const QString& key);
QString complaintStatusDisplayName(ComplaintStatus status);
QList<ComplaintStatus> allComplaintStatuses();

// How a complaint's verdict is written into the audit log: the status key, whether the staff
// caused it when verified, and the note after a dash ("verified (staff caused) — confirmed").
// The log keeps this untranslated form; complaintVerdictDisplay() reads it back for people in
// their language (an unknown form comes back as it is).
QString complaintVerdictRecord(const Complaint& complaint, bool withNote);
QString complaintVerdictDisplay(const QString& record);
QString complaintChangeDisplayName(const QString& action);

} // namespace fd
