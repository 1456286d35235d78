#include "organisationdata.h"

#include "services/areaservice.h"
#include "services/assessmentservice.h"
#include "services/equipmentservice.h"
#include "services/teamservice.h"
#include "services/technicianservice.h"
#include "services/unitservice.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

template <typename T> bool take(Result<QList<T>> result, QList<T>& into, QString& error)
{
    if (!result.ok()) {
        error = result.error();
        return false;
    }
    into = std::move(result).value();
    return true;
}

template <typename T> const T* findByCode(const QList<T>& list, const QString& code)
{
    for (const T& item : list) {
        if (item.code == code)
            return &item;
    }
    return nullptr;
}

} // namespace

Result<OrganisationData> OrganisationData::load(const Session& session)
{
    OrganisationData data;
    QString error;
    if (!take(UnitService(session).list(), data.units, error)
        || !take(AreaService(session).list(), data.areas, error)
        || !take(TeamService(session).list(), data.teams, error)
        || !take(TechnicianService(session).list(), data.technicians, error)
        || !take(EquipmentService(session).list(), data.equipment, error)
        || !take(AssessmentService(session).list(), data.assessments, error))
        return Error(error);
    return data;
}

const Unit* OrganisationData::findUnit(const QString& code) const
{
    return findByCode(units, code);
}
const Area* OrganisationData::findArea(const QString& code) const
{
    return findByCode(areas, code);
}
const Team* OrganisationData::findTeam(const QString& code) const
{
    return findByCode(teams, code);
}

QString OrganisationData::unitOfTeam(const QString& teamCode) const
{
    const Team* team = findTeam(teamCode);
    return team ? team->unitCode : QString();
}

QString OrganisationData::unitLabel(const QString& code) const
{
    const Unit* unit = findUnit(code);
    if (!unit)
        return code;
    return QCoreApplication::translate("fd::OrganisationData", "%1 — %2")
        .arg(unit->code, unit->name);
}

QString OrganisationData::teamLabel(const QString& code) const
{
    const Team* team = findTeam(code);
    if (!team)
        return code;
    return QCoreApplication::translate("fd::OrganisationData", "%1 — %2")
        .arg(team->code, team->name);
}

} // namespace fd
