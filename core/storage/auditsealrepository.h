#pragma once

#include "common/result.h"
#include "rules/auditseal.h"

#include <QList>

namespace fd {

class Database;

// The stored rows that sealing entries vouch for (rules/auditseal.h), each column read as
// canonical text. Sealing reads them back right after writing them and `audit verify`
// reads them again with the same statements, so the two digests can only differ when a row
// changed in between.
class AuditSealRepository
{
public:
    explicit AuditSealRepository(Database& database)
        : m_database(database)
    { }

    // Every evaluation (with its evidence), every status history row and every unit.
    Result<SealedRecords> all() const;
    Result<SealedEvaluation> evaluation(qint64 id) const;
    // The rows with these ids that exist, in id order.
    Result<QList<SealedStatusChange>> statusChanges(const QList<qint64>& ids) const;
    // The newest status history row's id, over all units (0 when none).
    Result<qint64> lastStatusChangeId() const;
    // The ids of one unit's history rows after `afterId`.
    Result<QList<qint64>> statusChangesAfter(const QString& unitCode, qint64 afterId) const;
    // Every history row id of a unit.
    Result<QList<qint64>> statusChangeIds(const QString& unitCode) const;
    Result<SealedUnitState> unitState(const QString& unitCode) const;

    // The seal text of a finalized evaluation and the status changes its finalization made,
    // and of a unit's status changes with the unit as they left it, read from the rows now.
    Result<QString> monthSeal(qint64 evaluationId, const QList<qint64>& statusIds) const;
    Result<QString> statusSeal(const QString& unitCode, const QList<qint64>& statusIds) const;
    // Seals what a FiberDesk before seals wrote (the schema upgrade to them): one entry per
    // evaluation and one per unit, so that `audit verify` checks them from then on.
    static Status sealExistingRecords(Database& database);

private:
    Result<QList<SealedEvaluation>> evaluations(
        const QString& where, const QVariantList& values) const;
    Result<QList<SealedStatusChange>> changes(
        const QString& where, const QVariantList& values) const;
    Result<QList<SealedUnitState>> units(const QString& where, const QVariantList& values) const;
    Result<QList<qint64>> ids(const QString& sql, const QVariantList& values) const;

    Database& m_database;
};

} // namespace fd
