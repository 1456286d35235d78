#include "equipmentservice.h"

#include "rules/permissions.h"
#include "services/batchchecks.h"
#include "storage/database.h"
#include "storage/equipmentrepository.h"
#include "storage/lookups.h"
#include "storage/teamrepository.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<QList<EquipmentHolding>> EquipmentService::list() const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrganisation));
    return EquipmentRepository(m_session.database()).all();
}

BatchStatus EquipmentService::save(const QList<EquipmentHolding>& holdings, SaveSummary* summary)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ManageOrganisation));
    Database& database = m_session.database();
    FD_TRY_ASSIGN(auto unitIds, idsByCode(database, CodedTable::Units));
    FD_TRY_ASSIGN(auto teamIds, idsByCode(database, CodedTable::Teams));
    FD_TRY_ASSIGN(QList<Team> teams, TeamRepository(database).all());
    QHash<QString, QString> unitOfTeam;
    for (const Team& team : teams)
        unitOfTeam.insert(team.code, team.unitCode);
    FD_TRY_ASSIGN(QList<EquipmentHolding> existingList, EquipmentRepository(database).all());
    QHash<QString, qint64> existing;
    const auto holdingKey = [](const EquipmentHolding& holding) -> QString {
        return holding.unitCode + u'\x1f' + holding.teamCode + u'\x1f'
            + equipmentKindKey(holding.kind);
    };
    for (const EquipmentHolding& holding : existingList)
        existing.insert(holdingKey(holding), holding.quantity);

    BatchChecker checker;
    QList<qint64> resolvedUnits;
    QList<std::optional<qint64>> resolvedTeams;
    for (qsizetype i = 0; i < holdings.size(); ++i) {
        const EquipmentHolding& holding = holdings.at(i);
        checker.add(i, checkEquipment(holding));
        checker.once(i, u"kind"_s, holdingKey(holding));
        resolvedUnits.append(checker.reference(i, u"unit_code"_s, unitIds, holding.unitCode,
            QCoreApplication::translate("fd::EquipmentService", "there is no unit “%1”")
                .arg(holding.unitCode)));
        std::optional<qint64> team;
        if (!holding.teamCode.isEmpty()) {
            team = checker.reference(i, u"team_code"_s, teamIds, holding.teamCode,
                QCoreApplication::translate("fd::EquipmentService", "there is no team “%1”")
                    .arg(holding.teamCode));
            if (*team != 0 && unitOfTeam.value(holding.teamCode) != holding.unitCode) {
                checker.add(i, u"team_code"_s,
                    QCoreApplication::translate("fd::EquipmentService",
                        "the team “%1” belongs to the unit “%2”, not to “%3”")
                        .arg(holding.teamCode, unitOfTeam.value(holding.teamCode),
                            holding.unitCode));
            }
        }
        resolvedTeams.append(team);
    }
    if (checker.failed())
        return checker.status();

    Transaction transaction(database);
    FD_TRY(transaction.started());
    EquipmentRepository repository(database);
    SaveSummary counts;
    for (qsizetype i = 0; i < holdings.size(); ++i) {
        const EquipmentHolding& holding = holdings.at(i);
        FD_TRY(repository.set(
            resolvedUnits.at(i), resolvedTeams.at(i), holding.kind, holding.quantity));
        const auto before = existing.constFind(holdingKey(holding));
        if (before == existing.cend())
            ++counts.created;
        else if (*before != holding.quantity)
            ++counts.updated;
        else
            ++counts.unchanged;
    }
    FD_TRY(transaction.commit());
    if (summary)
        *summary = counts;
    return {};
}

} // namespace fd
