#pragma once

#include "common/batch.h"
#include "common/session.h"
#include "domain/organisation.h"

namespace fd {

// Teams and the areas each covers (SPEC §2).
class TeamService
{
public:
    explicit TeamService(const Session& session)
        : m_session(session)
    { }

    Result<QList<Team>> list() const;
    // Creates or updates teams by code, all or none; a team covers only areas of its unit.
    BatchStatus save(const QList<Team>& teams, SaveSummary* summary = nullptr);
    Status setActive(const QString& code, bool active);

private:
    const Session& m_session;
};

} // namespace fd
