#pragma once

#include "common/result.h"
#include "domain/organisation.h"
#include "rules/allocation.h"

#include <QList>
#include <QStringList>

namespace fd {

class Database;

// What each unit actually has, counted for the SPEC §3 report.
struct UnitInventory
{
    QString unitCode;
    QString unitName;
    UnitStatus status = UnitStatus::Candidate;
    UnitResources resources;
    QStringList uncoveredAreas; // active areas of the unit no active team of it covers
};

class ResourceRepository
{
public:
    explicit ResourceRepository(Database& database)
        : m_database(database)
    { }

    // Every unit by code, or only the unit `unitCode` (none when it is unknown). Subscribers
    // count active areas only; technicians count when both they and their team are active;
    // equipment counts all the unit holds, its teams' included.
    Result<QList<UnitInventory>> inventories(const QString& unitCode = QString()) const;

private:
    Database& m_database;
};

} // namespace fd
