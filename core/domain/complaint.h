#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace fd {

// SPEC §6.

enum class ComplaintSource { Callback, Hotline, Other };
enum class ComplaintCategory { Late, NoAppointment, Attitude, RepeatFault, UntidySite, Other };
enum class ComplaintStatus { Open, Verified, Rejected, Resolved };

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
    int version = 1;
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

} // namespace fd
