#pragma once

#include "common/batch.h"
#include "common/session.h"
#include "domain/organisation.h"

namespace fd {

// Qualification and retraining assessments (SPEC §2, §7) and the status changes they make:
// a passed qualification makes a candidate active; a passed retraining reinstates a
// terminated unit from the assessment's date.
class AssessmentService
{
public:
    explicit AssessmentService(const Session& session)
        : m_session(session)
    { }

    Result<QList<Assessment>> list(const QString& unitCode = {}) const;

    // Records assessments in date order, all or none. Refused: a date in the future; a
    // qualification whose verdict contradicts the pass mark; a retraining of a unit that is
    // not terminated at that date, or dated before its termination. An assessment already
    // on record (same unit, kind, date, score and verdict) is counted as unchanged.
    BatchStatus record(const QList<Assessment>& assessments, SaveSummary* summary = nullptr);

    // Whether a qualification with `score` passes under the current rules.
    Result<bool> qualificationPasses(double score) const;

private:
    const Session& m_session;
};

} // namespace fd
