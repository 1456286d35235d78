#pragma once

#include "common/result.h"
#include "domain/organisation.h"

#include <QList>
#include <optional>

namespace fd {

class Database;

class AreaRepository
{
public:
    explicit AreaRepository(Database& database)
        : m_database(database)
    { }

    Result<QList<Area>> all() const;
    Result<std::optional<Area>> find(const QString& code) const;
    // Inserts or updates by code. Moving an area to another unit takes it off the teams of
    // the unit that served it before (a team covers only its own unit's areas).
    Result<qint64> upsert(const Area& area, qint64 unitId);

private:
    Database& m_database;
};

} // namespace fd
