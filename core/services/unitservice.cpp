#include "unitservice.h"

#include "rules/organisationchecks.h"
#include "rules/permissions.h"
#include "services/batchchecks.h"
#include "services/unitstatuswriter.h"
#include "storage/database.h"
#include "storage/lookups.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<QList<Unit>> UnitService::list() const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrganisation));
    return UnitRepository(m_session.database()).all();
}

Result<std::optional<Unit>> UnitService::find(const QString& code) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrganisation));
    return UnitRepository(m_session.database()).find(code);
}

Result<QList<UnitStatusChange>> UnitService::statusHistory(const QString& code) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrganisation));
    return UnitRepository(m_session.database()).statusHistory(code);
}

BatchStatus UnitService::save(const QList<Unit>& units, Origin origin, SaveSummary* summary)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ManageOrganisation));
    Database& database = m_session.database();
    UnitRepository repository(database);
    FD_TRY_ASSIGN(QList<Unit> existingList, repository.all());
    QHash<QString, Unit> existing;
    for (const Unit& unit : existingList)
        existing.insert(unit.code, unit);

    BatchChecker checker;
    for (qsizetype i = 0; i < units.size(); ++i) {
        checker.add(i, checkUnit(units.at(i)));
        checker.once(i, u"code"_s, units.at(i).code);
    }
    if (checker.failed())
        return checker.status();

    FD_TRY_ASSIGN(auto ids, idsByCode(database, CodedTable::Units));
    Transaction transaction(database);
    FD_TRY(transaction.started());
    UnitStatusWriter statusWriter(m_session);
    SaveSummary counts;
    for (const Unit& incoming : units) {
        const auto before = existing.constFind(incoming.code);
        Unit unit = incoming;
        const bool isNew = before == existing.cend();
        // Status moves only through the status writer, so that history and audit follow.
        const UnitStatus wanted = origin == Origin::Imported ? incoming.status
            : isNew                                          ? UnitStatus::Candidate
                                                             : before->status;
        if (!isNew) {
            unit.status = before->status;
            unit.statusSince = before->statusSince;
            unit.rectifyBy = before->rectifyBy;
        } else {
            unit.status = UnitStatus::Candidate;
            unit.statusSince = QDate();
            unit.rectifyBy = QDate();
        }
        FD_TRY_ASSIGN(qint64 id, repository.upsert(unit));
        if (isNew) {
            FD_TRY(repository.appendStatusHistory(id,
                { unit.code, UnitStatus::Candidate, m_session.today(), m_session.now(),
                    m_session.actor().user,
                    origin == Origin::Imported
                        ? QCoreApplication::translate("fd::UnitService", "imported")
                        : QCoreApplication::translate("fd::UnitService", "created"),
                    {} }));
        }
        if (wanted != unit.status) {
            FD_TRY(statusWriter.change(id, unit, wanted, m_session.today(), false,
                QCoreApplication::translate("fd::UnitService", "imported")));
        }
        if (isNew)
            ++counts.created;
        else if (before->name != unit.name || before->contractNo != unit.contractNo
            || before->contractStart != unit.contractStart || before->status != unit.status)
            ++counts.updated;
        else
            ++counts.unchanged;
    }
    FD_TRY(transaction.commit());
    if (summary)
        *summary = counts;
    return {};
}

Status UnitService::changeStatus(const QString& code, UnitStatus status, const QString& reason)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ManageOrganisation));
    if (reason.trimmed().isEmpty())
        return Error(QCoreApplication::translate(
            "fd::UnitService", "Give a reason for changing a unit's status."));
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    FD_TRY_ASSIGN(std::optional<Unit> found, UnitRepository(database).find(code));
    if (!found)
        return Error(
            QCoreApplication::translate("fd::UnitService", "There is no unit “%1”.").arg(code));
    Unit unit = *found;
    if (unit.status == status)
        return Error(QCoreApplication::translate("fd::UnitService", "The unit “%1” is already %2.")
                         .arg(code, unitStatusDisplayName(status).toLower()));
    if (status == UnitStatus::Active) {
        return Error(unit.status == UnitStatus::Terminated
                ? QCoreApplication::translate("fd::UnitService",
                    "A terminated unit becomes active again only by passing a retraining "
                    "assessment.")
                : QCoreApplication::translate("fd::UnitService",
                    "A unit becomes active only by passing a qualification assessment."));
    }
    if (status == UnitStatus::Candidate && unit.status != UnitStatus::Retired)
        return Error(QCoreApplication::translate(
            "fd::UnitService", "Only a retired unit can be taken back as a candidate."));
    FD_TRY_ASSIGN(auto ids, idsByCode(database, CodedTable::Units));
    FD_TRY(UnitStatusWriter(m_session).change(
        ids.value(code), unit, status, m_session.today(), true, reason.trimmed()));
    return transaction.commit();
}

} // namespace fd
