#pragma once

#include "domain/workorder.h"

#include <QList>

namespace fd {

// Whether an order in `status` counts at all (the bulletin, the indicators, the evaluation's
// timeliness, compensation): every status but cancelled. The one list of them.
bool countsTowardTimeliness(OrderStatus status);
QList<OrderStatus> countingOrderStatuses(); // the statuses it accepts, in flow order

} // namespace fd
