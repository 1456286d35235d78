#pragma once

#include "common/batch.h"
#include "common/session.h"
#include "domain/organisation.h"

namespace fd {

// Equipment held by a unit or one of its teams (SPEC §2).
class EquipmentService
{
public:
    explicit EquipmentService(const Session& session)
        : m_session(session)
    { }

    Result<QList<EquipmentHolding>> list() const;
    // Sets each holding's quantity, all or none. A team's equipment must be its own unit's.
    BatchStatus save(const QList<EquipmentHolding>& holdings, SaveSummary* summary = nullptr);

private:
    const Session& m_session;
};

} // namespace fd
