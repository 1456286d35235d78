#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/complaint.h"
#include "domain/complaintfilter.h"

#include <QHash>
#include <QList>
#include <optional>

namespace fd {

// SPEC §6: complaints from callbacks, the hotline or elsewhere; an evaluator's verdict
// (verified, with whether the maintenance staff caused it, or rejected), then resolution.
// Every verdict goes to the audit log with who and when.
class ComplaintService
{
public:
    explicit ComplaintService(const Session& session)
        : m_session(session)
    { }

    Result<QList<Complaint>> list(const ComplaintFilter& filter) const;
    Result<std::optional<Complaint>> find(qint64 id) const;
    // Who changed the complaint's verdict or resolution and when, oldest first.
    Result<QList<ComplaintChange>> history(qint64 id) const;

    // A new complaint, open. With an order, its unit is the order's; without one the unit
    // must be named. Received now when the draft names no time.
    Result<Complaint> registerComplaint(const Complaint& draft);
    Result<Complaint> verify(qint64 id, int version, bool staffCaused, const QString& note);
    Result<Complaint> reject(qint64 id, int version, const QString& note);
    Result<Complaint> resolve(qint64 id, int version, const QString& resolution);

    // Penalty points per unit for the calendar month starting on `month` (its first day, in
    // the operator's zone): each staff-caused complaint verified that month costs the
    // current rule's points, whatever month it was received in (SPEC §6).
    Result<QHash<QString, double>> penaltiesForMonth(const QDate& month) const;

private:
    Result<Complaint> judge(qint64 id, int version, ComplaintStatus status,
        std::optional<bool> staffCaused, const QString& note);
    Result<Complaint> saveChange(Complaint complaint, const QString& action, const QString& before);

    const Session& m_session;
};

} // namespace fd
