#pragma once

#include "common/result.h"
#include "domain/organisation.h"
#include "domain/unitstatuschange.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace fd {

class Database;

class UnitRepository
{
public:
    explicit UnitRepository(Database& database)
        : m_database(database)
    { }

    Result<QList<Unit>> all() const;
    Result<std::optional<Unit>> find(const QString& code) const;
    // Inserts or updates by code, the status columns included; returns the row id.
    Result<qint64> upsert(const Unit& unit);
    Status appendStatusHistory(qint64 unitId, const UnitStatusChange& change);
    // A unit's status changes, oldest first.
    Result<QList<UnitStatusChange>> statusHistory(const QString& unitCode) const;
    // Every unit's, by unit code, in one read: a month's evaluation asks for a hundred units'
    // (on PostgreSQL a round trip each, a third of the evaluation's time).
    Result<QHash<QString, QList<UnitStatusChange>>> statusHistories() const;

private:
    Database& m_database;
};

} // namespace fd
