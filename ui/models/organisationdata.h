#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/organisation.h"

#include <QHash>
#include <QList>

namespace fd {

// Everything the organisation tabs show, read through the services in one go: the tabs
// cross-reference each other (a technician's unit is his team's), so they are refreshed
// together from one consistent snapshot.
struct OrganisationData
{
    QList<Unit> units;
    QList<Area> areas;
    QList<Team> teams;
    QList<Technician> technicians;
    QList<EquipmentHolding> equipment;
    QList<Assessment> assessments;

    static Result<OrganisationData> load(const Session& session);

    const Unit* findUnit(const QString& code) const;
    const Area* findArea(const QString& code) const;
    const Team* findTeam(const QString& code) const;
    QString unitOfTeam(const QString& teamCode) const;
    // "U1 — Unidad Uno", the way a record is named in combo boxes and tooltips.
    QString unitLabel(const QString& code) const;
    QString teamLabel(const QString& code) const;
};

} // namespace fd
