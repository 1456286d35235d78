#pragma once

#include "common/role.h"
#include "domain/workorder.h"
#include "rules/permissions.h"

#include <QList>

namespace fd {

// SPEC §4: the steps of an order's life, which statuses each may be taken from and which
// permission it needs. One table (orderflow.cpp), read by OrderService before it writes and
// by the order dialog and the dispatch board before they offer a step.
enum class OrderStep
{
    Assign, // to a team (again, while not yet on site)
    Schedule, // an appointment
    Arrive, // the technician is on site
    Complete,
    Cancel,
    Exempt // from timeliness, or the exemption lifted
};

QList<OrderStep> allOrderSteps();
// The statuses `step` may be taken from.
QList<OrderStatus> statusesAllowing(OrderStep step);
bool stepAllowedFrom(OrderStep step, OrderStatus status);
// The permission a step needs (SPEC §1).
Action actionOf(OrderStep step);
// Both: the status allows the step and the role may take it.
bool canTakeStep(Role role, OrderStep step, OrderStatus status);

// Whether an order in `status` counts at all (the bulletin, the indicators, the evaluation's
// timeliness, compensation): every status but cancelled. The one list of them.
bool countsTowardTimeliness(OrderStatus status);
QList<OrderStatus> countingOrderStatuses(); // the statuses it accepts, in flow order

} // namespace fd
