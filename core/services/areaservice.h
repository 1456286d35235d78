#pragma once

#include "common/batch.h"
#include "common/session.h"
#include "domain/organisation.h"

namespace fd {

// Service areas and their subscriber counts (SPEC §2).
class AreaService
{
public:
    explicit AreaService(const Session& session)
        : m_session(session)
    { }

    Result<QList<Area>> list() const;
    // Creates or updates areas by code, all or none. An area moved to another unit leaves
    // the teams of the unit that served it before.
    BatchStatus save(const QList<Area>& areas, SaveSummary* summary = nullptr);
    Status setActive(const QString& code, bool active);

private:
    const Session& m_session;
};

} // namespace fd
