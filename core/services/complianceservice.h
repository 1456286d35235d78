#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/organisation.h"
#include "rules/allocation.h"

#include <QList>
#include <QStringList>

namespace fd {

// SPEC §3: per unit, each resource's required and actual count and the shortfall.
struct UnitCompliance
{
    QString unitCode;
    QString unitName;
    UnitStatus status = UnitStatus::Candidate;
    qint64 currentSubscribers = 0;
    qint64 subscribers = 0; // after the growth projection (equal to current without one)
    QList<ResourceCheck> checks;
    QStringList uncoveredAreas;

    bool compliant() const;
    qint64 totalShortfall() const;
};

struct ComplianceReport
{
    int ruleVersion = 0;
    qint64 growthHundredths = 0;
    QList<UnitCompliance> units;
};

class ComplianceService
{
public:
    explicit ComplianceService(const Session& session)
        : m_session(session)
    { }

    // Every unit, whatever its status, in code order. `growthHundredths` projects each
    // unit's subscribers (1250 = +12.5 %), rounded half up.
    Result<ComplianceReport> report(qint64 growthHundredths = 0) const;
    // One unit (for the dispatch warning): nullopt when the unit is unknown.
    Result<std::optional<UnitCompliance>> unit(const QString& unitCode) const;

private:
    // The report of every unit, or of the unit `unitCode` alone (read for that unit only).
    Result<ComplianceReport> compiled(const QString& unitCode, qint64 growthHundredths) const;

    const Session& m_session;
};

} // namespace fd
