#pragma once

#include "common/result.h"
#include "domain/organisation.h"

#include <QDateTime>
#include <QList>

namespace fd {

class Database;

class AssessmentRepository
{
public:
    explicit AssessmentRepository(Database& database)
        : m_database(database)
    { }

    // All assessments, or one unit's, newest first.
    Result<QList<Assessment>> list(const QString& unitCode = {}) const;
    // True when the same assessment (unit, kind, date, score, verdict) is already recorded:
    // importing a file twice records it once.
    Result<bool> exists(qint64 unitId, const Assessment& assessment) const;
    Result<qint64> insert(qint64 unitId, const Assessment& assessment, const QDateTime& recordedAt,
        const QString& recordedBy);

private:
    Database& m_database;
};

} // namespace fd
