#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/kpi.h"

#include <QDate>
#include <QList>

namespace fd {

// SPEC §12: the regulatory indicators of a month, per unit and for the whole operator.
class KpiService
{
public:
    explicit KpiService(const Session& session)
        : m_session(session)
    { }

    // One row per unit (by code) and a last row "all"; with `unitCode`, that unit's row only.
    Result<QList<KpiRow>> month(const QDate& month, const QString& unitCode = {}) const;

    static QString allUnits(); // "all"

private:
    const Session& m_session;
};

} // namespace fd
