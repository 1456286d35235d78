#include "standingservice.h"

#include "rules/permissions.h"
#include "services/evaluationservice.h"
#include "storage/unitrepository.h"

namespace fd {

Result<QList<UnitStanding>> StandingService::standings() const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrganisation));
    FD_TRY_ASSIGN(QList<Unit> units, UnitRepository(m_session.database()).all());
    QList<UnitStanding> standings;
    for (const Unit& unit : units) {
        UnitStanding standing;
        standing.unitCode = unit.code;
        standing.unitName = unit.name;
        standing.status = unit.status;
        FD_TRY_ASSIGN(int strikes, EvaluationService(m_session).currentStrikes(unit.code));
        standing.strikes = strikes;
        if (unit.status == UnitStatus::Terminated)
            standing.rectifyBy = unit.rectifyBy;
        standings.append(standing);
    }
    return standings;
}

} // namespace fd
