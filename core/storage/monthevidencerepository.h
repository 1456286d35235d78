#pragma once

#include "common/result.h"
#include "domain/evidence.h"
#include "rules/scoring.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

namespace fd {

class Database;

// The month's evidence as it stands now, per unit, read straight from orders, callbacks and
// complaints. Each kind is one query over an indexed range of the month.
class MonthEvidenceRepository
{
public:
    explicit MonthEvidenceRepository(Database& database)
        : m_database(database)
    { }

    // [from, before) is the month in UTC; `now` leaves out orders whose deadline has not yet
    // come; `repeatWindowDays` is the quality rule's window.
    Result<QList<EvidenceRow>> evidence(const QDateTime& from, const QDateTime& before,
        const QDateTime& now, int repeatWindowDays,
        std::optional<qint64> unitId = std::nullopt) const;
    // The same figures counted in SQL, per unit id (the evaluation of a month for all units).
    Result<QHash<qint64, MonthCounts>> counts(const QDateTime& from, const QDateTime& before,
        const QDateTime& now, int repeatWindowDays) const;

    // One kind of evidence's statement with its values.
    struct Statement
    {
        EvidenceKind kind;
        QString sql;
        QVariantList values;
    };
    // Each kind as counts() asks for it, per unit (its plan is tested).
    static QList<Statement> countStatements(
        const QDateTime& from, const QDateTime& before, const QDateTime& now, int repeatWindowDays);

private:
    Database& m_database;
};

// Adds one evidence row to its unit's counts.
void countEvidence(MonthCounts& counts, const EvidenceRow& row);

} // namespace fd
