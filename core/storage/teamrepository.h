#pragma once

#include "common/result.h"
#include "domain/organisation.h"

#include <QList>
#include <optional>

namespace fd {

class Database;

class TeamRepository
{
public:
    explicit TeamRepository(Database& database)
        : m_database(database)
    { }

    Result<QList<Team>> all() const;
    Result<std::optional<Team>> find(const QString& code) const;
    // Inserts or updates by code and replaces the team's areas with `areaIds`.
    Result<qint64> upsert(const Team& team, qint64 unitId, const QList<qint64>& areaIds);

private:
    Result<QList<Team>> select(const QString& where, const QVariantList& values) const;

    Database& m_database;
};

} // namespace fd
