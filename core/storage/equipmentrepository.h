#pragma once

#include "common/result.h"
#include "domain/organisation.h"

#include <QList>
#include <optional>

namespace fd {

class Database;

class EquipmentRepository
{
public:
    explicit EquipmentRepository(Database& database)
        : m_database(database)
    { }

    Result<QList<EquipmentHolding>> all() const;
    // Sets what the unit (teamId empty) or the team holds of one kind: one row per
    // holder and kind, updated in place.
    Status set(qint64 unitId, std::optional<qint64> teamId, EquipmentKind kind, qint64 quantity);

private:
    Database& m_database;
};

} // namespace fd
