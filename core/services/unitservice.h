#pragma once

#include "common/batch.h"
#include "common/session.h"
#include "domain/organisation.h"
#include "domain/unitstatuschange.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace fd {

// Maintenance units (SPEC §2, §7).
class UnitService
{
public:
    explicit UnitService(const Session& session)
        : m_session(session)
    { }

    enum class Origin
    {
        Edited, // the desktop program: a new unit starts as candidate, status kept on edit
        Imported, // a file from the operator's records: its status is taken as it is
    };

    Result<QList<Unit>> list() const;
    Result<std::optional<Unit>> find(const QString& code) const;
    Result<QList<UnitStatusChange>> statusHistory(const QString& code) const;

    // Creates or updates units by code, all or none.
    BatchStatus save(const QList<Unit>& units, Origin origin, SaveSummary* summary = nullptr);

    // An evaluator's decision: retire a unit, rescind its contract, or take a retired unit
    // back as a candidate. Activation goes through assessments (AssessmentService).
    Status changeStatus(const QString& code, UnitStatus status, const QString& reason);

private:
    const Session& m_session;
};

} // namespace fd
