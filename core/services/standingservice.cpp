#include "standingservice.h"

#include "rules/permissions.h"
#include "services/evaluationservice.h"
#include "storage/unitrepository.h"

namespace fd {

Result<QList<UnitStanding>> StandingService::standings() const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrganisation));
    Result<QList<Unit>> units = UnitRepository(m_session.database()).all();
    if (!units.ok())
        return Error(units.error());
    QList<UnitStanding> standings;
    for (const Unit& unit : units.value()) {
        UnitStanding standing;
        standing.unitCode = unit.code;
        standing.unitName = unit.name;
        standing.status = unit.status;
        Result<int> strikes = EvaluationService(m_session).currentStrikes(unit.code);
        if (!strikes.ok())
            return Error(strikes.error());
        standing.strikes = strikes.value();
        if (unit.status == UnitStatus::Terminated)
            standing.rectifyBy = unit.rectifyBy;
        standings.append(standing);
    }
    return standings;
}

} // namespace fd
