#pragma once

#include "domain/organisation.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace fd {

// One step in a unit's contract standing, as its history keeps it.
struct UnitStatusChange
{
    QString unitCode;
    UnitStatus status = UnitStatus::Candidate;
    QDate effectiveOn;
    QDateTime changedAt;
    QString changedBy;
    QString reason;
    QString evaluationMonth; // "YYYY-MM" when finalizing that month ended the contract
};

} // namespace fd
