#include "teamservice.h"

#include "rules/permissions.h"
#include "services/batchchecks.h"
#include "storage/arearepository.h"
#include "storage/database.h"
#include "storage/lookups.h"
#include "storage/teamrepository.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<QList<Team>> TeamService::list() const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrganisation));
    return TeamRepository(m_session.database()).all();
}

BatchStatus TeamService::save(const QList<Team>& teams, SaveSummary* summary)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ManageOrganisation));
    Database& database = m_session.database();
    TeamRepository repository(database);
    Result<QHash<QString, qint64>> unitIds = idsByCode(database, CodedTable::Units);
    Result<QHash<QString, qint64>> areaIds = idsByCode(database, CodedTable::Areas);
    Result<QList<Area>> areas = AreaRepository(database).all();
    Result<QList<Team>> existingList = repository.all();
    for (const QString* failure :
        { &unitIds.error(), &areaIds.error(), &areas.error(), &existingList.error() }) {
        if (!failure->isEmpty())
            return Error(*failure);
    }
    QHash<QString, QString> unitOfArea;
    for (const Area& area : areas.value())
        unitOfArea.insert(area.code, area.unitCode);
    QHash<QString, Team> existing;
    for (const Team& team : existingList.value())
        existing.insert(team.code, team);

    BatchChecker checker;
    QList<qint64> resolvedUnits;
    QList<QList<qint64>> resolvedAreas;
    for (qsizetype i = 0; i < teams.size(); ++i) {
        const Team& team = teams.at(i);
        checker.add(i, checkTeam(team));
        checker.once(i, u"code"_s, team.code);
        resolvedUnits.append(checker.reference(i, u"unit_code"_s, unitIds.value(), team.unitCode,
            QCoreApplication::translate("fd::TeamService", "there is no unit “%1”")
                .arg(team.unitCode)));
        QList<qint64> ids;
        for (const QString& areaCode : team.areaCodes) {
            const qint64 id = checker.reference(i, u"area_codes"_s, areaIds.value(), areaCode,
                QCoreApplication::translate("fd::TeamService", "there is no area “%1”")
                    .arg(areaCode));
            if (id == 0)
                break;
            if (unitOfArea.value(areaCode) != team.unitCode) {
                checker.add(i, u"area_codes"_s,
                    QCoreApplication::translate(
                        "fd::TeamService", "the area “%1” is served by the unit “%2”, not by “%3”")
                        .arg(areaCode, unitOfArea.value(areaCode), team.unitCode));
                break;
            }
            ids.append(id);
        }
        resolvedAreas.append(ids);
    }
    if (checker.failed())
        return checker.status();

    Transaction transaction(database);
    FD_TRY(transaction.started());
    SaveSummary counts;
    for (qsizetype i = 0; i < teams.size(); ++i) {
        const Team& team = teams.at(i);
        FD_TRY(repository.upsert(team, resolvedUnits.at(i), resolvedAreas.at(i)));
        const auto before = existing.constFind(team.code);
        QStringList sortedAreas = team.areaCodes;
        sortedAreas.sort();
        if (before == existing.cend())
            ++counts.created;
        else if (before->name != team.name || before->unitCode != team.unitCode
            || before->active != team.active || before->areaCodes != sortedAreas)
            ++counts.updated;
        else
            ++counts.unchanged;
    }
    FD_TRY(transaction.commit());
    if (summary)
        *summary = counts;
    return {};
}

Status TeamService::setActive(const QString& code, bool active)
{
    FD_TRY_ASSIGN(std::optional<Team> found, TeamRepository(m_session.database()).find(code));
    if (!found)
        return Error(
            QCoreApplication::translate("fd::TeamService", "There is no team “%1”.").arg(code));
    Team team = *found;
    team.active = active;
    BatchStatus saved = save({ team });
    if (!saved.ok())
        return Error(saved.error());
    return Status::success();
}

} // namespace fd
