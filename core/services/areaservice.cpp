#include "areaservice.h"

#include "rules/permissions.h"
#include "services/batchchecks.h"
#include "storage/arearepository.h"
#include "storage/database.h"
#include "storage/lookups.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<QList<Area>> AreaService::list() const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrganisation));
    return AreaRepository(m_session.database()).all();
}

BatchStatus AreaService::save(const QList<Area>& areas, SaveSummary* summary)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ManageOrganisation));
    Database& database = m_session.database();
    AreaRepository repository(database);
    FD_TRY_ASSIGN(auto unitIds, idsByCode(database, CodedTable::Units));
    FD_TRY_ASSIGN(QList<Area> existingList, repository.all());
    QHash<QString, Area> existing;
    for (const Area& area : existingList)
        existing.insert(area.code, area);

    BatchChecker checker;
    QList<qint64> resolvedUnits;
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const Area& area = areas.at(i);
        checker.add(i, checkArea(area));
        checker.once(i, u"code"_s, area.code);
        resolvedUnits.append(checker.reference(i, u"unit_code"_s, unitIds, area.unitCode,
            QCoreApplication::translate("fd::AreaService", "there is no unit “%1”")
                .arg(area.unitCode)));
    }
    if (checker.failed())
        return checker.status();

    Transaction transaction(database);
    FD_TRY(transaction.started());
    SaveSummary counts;
    for (qsizetype i = 0; i < areas.size(); ++i) {
        FD_TRY(repository.upsert(areas.at(i), resolvedUnits.at(i)));
        const auto before = existing.constFind(areas.at(i).code);
        if (before == existing.cend())
            ++counts.created;
        else if (before->name != areas.at(i).name || before->unitCode != areas.at(i).unitCode
            || before->subscribers != areas.at(i).subscribers
            || before->active != areas.at(i).active)
            ++counts.updated;
        else
            ++counts.unchanged;
    }
    FD_TRY(transaction.commit());
    if (summary)
        *summary = counts;
    return {};
}

Status AreaService::setActive(const QString& code, bool active)
{
    FD_TRY_ASSIGN(std::optional<Area> found, AreaRepository(m_session.database()).find(code));
    if (!found)
        return Error(
            QCoreApplication::translate("fd::AreaService", "There is no area “%1”.").arg(code));
    Area area = *found;
    area.active = active;
    BatchStatus saved = save({ area });
    if (!saved.ok())
        return Error(saved.error());
    return Status::success();
}

} // namespace fd
