#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/organisation.h"

namespace fd {

// A unit's contract standing (SPEC §7, `fiberdesk-cli units`).
struct UnitStanding
{
    QString unitCode;
    QString unitName;
    UnitStatus status = UnitStatus::Candidate;
    int strikes = 0; // strikes in the 12-month window of the unit's latest finalized month
    QDate rectifyBy; // only while terminated
};

class StandingService
{
public:
    explicit StandingService(const Session& session)
        : m_session(session)
    { }

    Result<QList<UnitStanding>> standings() const;

private:
    const Session& m_session;
};

} // namespace fd
