#include "complaint.h"

#include "domain/namedenum.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

const NamedValue<ComplaintSource> kSources[] = {
    { ComplaintSource::Callback, u"callback",
        QT_TRANSLATE_NOOP("fd::ComplaintSource", "Callback") },
    { ComplaintSource::Hotline, u"hotline", QT_TRANSLATE_NOOP("fd::ComplaintSource", "Hotline") },
    { ComplaintSource::Other, u"other", QT_TRANSLATE_NOOP("fd::ComplaintSource", "Other") },
};

const NamedValue<ComplaintCategory> kCategories[] = {
    { ComplaintCategory::Late, u"late", QT_TRANSLATE_NOOP("fd::ComplaintCategory", "Late") },
    { ComplaintCategory::NoAppointment, u"no_appointment",
        QT_TRANSLATE_NOOP("fd::ComplaintCategory", "No appointment agreed") },
    { ComplaintCategory::Attitude, u"attitude",
        QT_TRANSLATE_NOOP("fd::ComplaintCategory", "Attitude") },
    { ComplaintCategory::RepeatFault, u"repeat_fault",
        QT_TRANSLATE_NOOP("fd::ComplaintCategory", "Repeat fault") },
    { ComplaintCategory::UntidySite, u"untidy_site",
        QT_TRANSLATE_NOOP("fd::ComplaintCategory", "Untidy site") },
    { ComplaintCategory::Other, u"other", QT_TRANSLATE_NOOP("fd::ComplaintCategory", "Other") },
};

const NamedValue<ComplaintStatus> kStatuses[] = {
    { ComplaintStatus::Open, u"open", QT_TRANSLATE_NOOP("fd::ComplaintStatus", "Open") },
    { ComplaintStatus::Verified, u"verified",
        QT_TRANSLATE_NOOP("fd::ComplaintStatus", "Verified") },
    { ComplaintStatus::Rejected, u"rejected",
        QT_TRANSLATE_NOOP("fd::ComplaintStatus", "Rejected") },
    { ComplaintStatus::Resolved, u"resolved",
        QT_TRANSLATE_NOOP("fd::ComplaintStatus", "Resolved") },
};

} // namespace

QString complaintSourceKey(ComplaintSource source)
{
    return keyForValue(kSources, source);
}
std::optional<ComplaintSource> complaintSourceFromKey(const QString& key)
{
    return valueForKey(kSources, key);
}
QString complaintSourceDisplayName(ComplaintSource source)
{
    return labelForValue(kSources, source, "fd::ComplaintSource");
}
QList<ComplaintSource> allComplaintSources()
{
    return valuesOf(kSources);
}

QString complaintCategoryKey(ComplaintCategory category)
{
    return keyForValue(kCategories, category);
}
std::optional<ComplaintCategory> complaintCategoryFromKey(const QString& key)
{
    return valueForKey(kCategories, key);
}
QString complaintCategoryDisplayName(ComplaintCategory category)
{
    return labelForValue(kCategories, category, "fd::ComplaintCategory");
}
QList<ComplaintCategory> allComplaintCategories()
{
    return valuesOf(kCategories);
}

QString complaintStatusKey(ComplaintStatus status)
{
    return keyForValue(kStatuses, status);
}
std::optional<ComplaintStatus> complaintStatusFromKey(const QString& key)
{
    return valueForKey(kStatuses, key);
}
QString complaintStatusDisplayName(ComplaintStatus status)
{
    return labelForValue(kStatuses, status, "fd::ComplaintStatus");
}
QList<ComplaintStatus> allComplaintStatuses()
{
    return valuesOf(kStatuses);
}

namespace {
const QString kStaffCaused = u" (staff caused)"_s;
const QString kNotStaffCaused = u" (not staff caused)"_s;
const QString kNoteSeparator = u" — "_s;
} // namespace

QString complaintVerdictRecord(const Complaint& complaint, bool withNote)
{
    QString text = complaintStatusKey(complaint.status);
    if (complaint.staffCaused)
        text += *complaint.staffCaused ? kStaffCaused : kNotStaffCaused;
    if (withNote && !complaint.resolution.isEmpty())
        text += kNoteSeparator + complaint.resolution;
    return text;
}

QString complaintVerdictDisplay(const QString& record)
{
    const qsizetype dash = record.indexOf(kNoteSeparator);
    QString verdict = dash < 0 ? record : record.left(dash);
    const QString note = dash < 0 ? QString() : record.mid(dash + kNoteSeparator.size());
    std::optional<bool> staffCaused;
    if (verdict.endsWith(kStaffCaused)) {
        staffCaused = true;
        verdict.chop(kStaffCaused.size());
    } else if (verdict.endsWith(kNotStaffCaused)) {
        staffCaused = false;
        verdict.chop(kNotStaffCaused.size());
    }
    const std::optional<ComplaintStatus> status = complaintStatusFromKey(verdict);
    if (!status)
        return record;
    QString text = complaintStatusDisplayName(*status);
    if (staffCaused) {
        text = *staffCaused
            ? QCoreApplication::translate("fd::ComplaintVerdict", "%1, caused by the staff")
                  .arg(text)
            : QCoreApplication::translate("fd::ComplaintVerdict", "%1, not caused by the staff")
                  .arg(text);
    }
    if (!note.isEmpty())
        text = QCoreApplication::translate("fd::ComplaintVerdict", "%1: “%2”").arg(text, note);
    return text;
}

QString complaintChangeDisplayName(const QString& action)
{
    if (action == u"complaint.verdict"_s)
        return QCoreApplication::translate("fd::ComplaintVerdict", "Verdict");
    if (action == u"complaint.resolution"_s)
        return QCoreApplication::translate("fd::ComplaintVerdict", "Resolution");
    return action;
}

} // namespace fd
