#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

namespace fd {

class Database;

// The tables whose rows services name by code.
enum class CodedTable
{
    Units,
    Areas,
    Teams,
    Technicians
};

// code → id for every row of `table`.
Result<QHash<QString, qint64>> idsByCode(const Database& database, CodedTable table);

// Where a coded row sits: its id, its unit (areas, teams, orders) or team (technicians).
struct Placement
{
    qint64 id = 0;
    qint64 unitId = 0; // 0 for technicians
    QString unitCode;
    QString teamCode; // teams: their own code; technicians: their team
    bool active = true;
};

// The small questions services ask before they write: which row a code names and where it
// sits, and the few counts a use case checks.
class LookupRepository
{
public:
    explicit LookupRepository(const Database& database)
        : m_database(database)
    { }

    Result<std::optional<Placement>> area(const QString& code) const;
    Result<std::optional<Placement>> team(const QString& code) const;
    Result<std::optional<Placement>> technician(const QString& code) const;
    Result<std::optional<Placement>> order(const QString& number) const; // no team, active
    Result<std::optional<qint64>> unitId(const QString& code) const;

    // Every area, team and technician by code (the order importer checks each row).
    Result<QHash<QString, Placement>> areas() const;
    Result<QHash<QString, Placement>> teams() const;
    Result<QHash<QString, Placement>> technicians() const;

    Result<qint64> unitCount() const;
    Result<qint64> lastOrderId() const; // 0 when there is no order
    Result<QDateTime> firstOrderReceivedAt() const; // invalid when there is no order

private:
    const Database& m_database;
};

} // namespace fd
