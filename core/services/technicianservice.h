#pragma once

#include "common/batch.h"
#include "common/session.h"
#include "domain/organisation.h"

namespace fd {

// Technicians (SPEC §2).
class TechnicianService
{
public:
    explicit TechnicianService(const Session& session)
        : m_session(session)
    { }

    Result<QList<Technician>> list() const;
    // Creates or updates technicians by code, all or none.
    BatchStatus save(const QList<Technician>& technicians, SaveSummary* summary = nullptr);
    Status setActive(const QString& code, bool active);

private:
    const Session& m_session;
};

} // namespace fd
