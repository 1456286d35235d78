#pragma once

#include "common/result.h"
#include "domain/organisation.h"

#include <QList>
#include <memory>
#include <optional>

namespace fd {

class Database;
class PreparedStatement;

class TechnicianRepository
{
public:
    explicit TechnicianRepository(Database& database);
    ~TechnicianRepository();

    Result<QList<Technician>> all() const;
    Result<std::optional<Technician>> find(const QString& code) const;
    // One team's technicians, by code (the schedule counts its active ones).
    Result<QList<Technician>> ofTeam(const QString& teamCode) const;
    // Inserts or updates by code. The statement is prepared once per repository, so a
    // bulk import pays for parsing the SQL only once.
    Status upsert(const Technician& technician, qint64 teamId);

private:
    Database& m_database;
    std::unique_ptr<PreparedStatement> m_upsert;
};

} // namespace fd
