#pragma once

#include "common/result.h"
#include "domain/appeal.h"

#include <QList>
#include <optional>

namespace fd {

class Database;

// The appeals of SPEC §10.
class AppealRepository
{
public:
    explicit AppealRepository(const Database& database)
        : m_database(database)
    { }

    // Stores a new appeal (its unit named by id) and returns its id.
    Result<qint64> insert(qint64 unitId, const Appeal& appeal);
    Result<std::optional<Appeal>> find(qint64 id) const;
    // All appeals, or those of one month ("YYYY-MM") and/or one unit, by id.
    Result<QList<Appeal>> list(
        const QString& month = {}, std::optional<qint64> unitId = std::nullopt) const;
    // The open or upheld appeals on one item (an item is contested once at a time).
    Result<QList<Appeal>> standing(AppealItem item, qint64 refId) const;
    // Decides an open appeal; false when it was no longer open.
    Result<bool> decide(qint64 id, AppealStatus status, const QString& by, const QDateTime& at,
        const QString& reason);

private:
    const Database& m_database;
};

} // namespace fd
