#include "technicianservice.h"

#include "rules/permissions.h"
#include "services/batchchecks.h"
#include "storage/database.h"
#include "storage/lookups.h"
#include "storage/technicianrepository.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<QList<Technician>> TechnicianService::list() const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrganisation));
    return TechnicianRepository(m_session.database()).all();
}

BatchStatus TechnicianService::save(const QList<Technician>& technicians, SaveSummary* summary)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ManageOrganisation));
    Database& database = m_session.database();
    FD_TRY_ASSIGN(auto teamIds, idsByCode(database, CodedTable::Teams));
    // As stored, so that a row that changes nothing is counted as unchanged (an export
    // imported again, SPEC §13).
    FD_TRY_ASSIGN(QList<Technician> stored, TechnicianRepository(database).all());
    QHash<QString, Technician> existing;
    for (const Technician& technician : stored)
        existing.insert(technician.code, technician);

    BatchChecker checker;
    QList<qint64> resolvedTeams;
    resolvedTeams.reserve(technicians.size());
    for (qsizetype i = 0; i < technicians.size(); ++i) {
        const Technician& technician = technicians.at(i);
        checker.add(i, checkTechnician(technician));
        checker.once(i, u"code"_s, technician.code);
        resolvedTeams.append(checker.reference(i, u"team_code"_s, teamIds, technician.teamCode,
            QCoreApplication::translate("fd::TechnicianService", "there is no team “%1”")
                .arg(technician.teamCode)));
    }
    if (checker.failed())
        return checker.status();

    Transaction transaction(database);
    FD_TRY(transaction.started());
    TechnicianRepository repository(database);
    SaveSummary counts;
    for (qsizetype i = 0; i < technicians.size(); ++i) {
        const Technician& technician = technicians.at(i);
        FD_TRY(repository.upsert(technician, resolvedTeams.at(i)));
        const auto before = existing.constFind(technician.code);
        if (before == existing.cend())
            ++counts.created;
        else if (before->teamCode != technician.teamCode || before->name != technician.name
            || before->phone != technician.phone || before->permitNo != technician.permitNo
            || before->ftthKit != technician.ftthKit || before->active != technician.active)
            ++counts.updated;
        else
            ++counts.unchanged;
    }
    FD_TRY(transaction.commit());
    if (summary)
        *summary = counts;
    return {};
}

Status TechnicianService::setActive(const QString& code, bool active)
{
    FD_TRY_ASSIGN(
        std::optional<Technician> found, TechnicianRepository(m_session.database()).find(code));
    if (!found)
        return Error(
            QCoreApplication::translate("fd::TechnicianService", "There is no technician “%1”.")
                .arg(code));
    Technician technician = *found;
    technician.active = active;
    BatchStatus saved = save({ technician });
    if (!saved.ok())
        return Error(saved.error());
    return Status::success();
}

} // namespace fd
