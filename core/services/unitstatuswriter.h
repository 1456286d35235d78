#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/organisation.h"

namespace fd {

// The one place a unit's status changes: the unit row, its status history and the audit
// log move together (SPEC §7, §9). Callers hold the transaction.
class UnitStatusWriter
{
public:
    explicit UnitStatusWriter(const Session& session)
        : m_session(session)
    { }

    // Moves `unit` (row `unitId`) to `status` from `effectiveOn`. `knownDate` is false for
    // statuses taken from an imported file, whose real start is not known. A termination
    // gets its rectification deadline from the rules unless the unit already names one.
    Status change(qint64 unitId, Unit& unit, UnitStatus status, const QDate& effectiveOn,
        bool knownDate, const QString& reason, const QString& evaluationMonth = {},
        bool onAppeal = false);

private:
    const Session& m_session;
};

} // namespace fd
