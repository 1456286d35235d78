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
    // A reinstatement on appeal (SPEC §10): re-finalizing a month after an upheld appeal took
    // away the strike that ended the contract. It undoes the termination, so the 80-point
    // rule still counts the strikes before it.
    bool onAppeal = false;
};

} // namespace fd
