#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/evidence.h"
#include "rules/scoring.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace fd {

// SPEC §8: "the evaluator can open the evidence behind any figure". The evaluation's own
// populations come from EvaluationService::evidence (frozen with a final month); the
// indicators' other two (callbacks due, complaints received) are read here. Every list is
// given with the details an evaluator needs to check a record.
class EvidenceService
{
public:
    explicit EvidenceService(const Session& session)
        : m_session(session)
    { }

    // EvaluationService::evidence of the unit's month, described.
    Result<QList<EvidenceDetail>> evaluation(const QDate& month, const QString& unitCode) const;
    // The callbacks of the unit's orders due that month (the reach rate; flag: reached).
    Result<QList<EvidenceDetail>> callbacksDue(const QDate& month, const QString& unitCode) const;
    // The complaints against the unit received that month (complaints per thousand orders
    // and their Pareto; flag: verified as staff-caused).
    Result<QList<EvidenceDetail>> complaintsReceived(
        const QDate& month, const QString& unitCode) const;

    Result<QList<EvidenceDetail>> describe(const QList<EvidenceRow>& rows) const;

private:
    Result<qint64> unitId(const QString& unitCode) const;

    const Session& m_session;
};

} // namespace fd
