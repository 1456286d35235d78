#pragma once

#include "domain/workorder.h"
#include "rules/organisationchecks.h"

#include <QDateTime>

namespace fd {

// Checks of SPEC §4 that need nothing but the order, the clock and the accepted power
// range. The order service and the CSV importer share them. `field` is the SPEC §9 column.

struct PowerRange
{
    double minimumDbm = -27.0;
    double maximumDbm = -8.0;
    bool contains(double dbm) const { return dbm >= minimumDbm && dbm <= maximumDbm; }
};

// The fields a new order needs: number, kind, account, customer, phone, area, receipt.
QList<FieldError> checkOrderDetails(const WorkOrder& order, const QDateTime& now);

// The times of an order against each other and the clock: nothing that has happened may be
// in the future, arrival not before receipt, completion not before arrival, an appointment
// window that ends after it starts.
QList<FieldError> checkOrderTimes(const WorkOrder& order, const QDateTime& now);

// Completion (SPEC §4): service tested (item 5) and the customer's signature or refusal
// reason (item 7) are required, and the FTTH receive power must be recorded and lie in the
// accepted range for the test to count as passed. A removal has no test: item 7 and whether
// the ONT was collected are required, and neither item 5 nor a reading may be given; every
// other order says nothing about an ONT collected.
QList<FieldError> checkCompletion(OrderKind kind, const ConductChecklist& checklist,
    std::optional<double> rxPowerDbm, std::optional<bool> ontCollected, const PowerRange& range);

} // namespace fd
