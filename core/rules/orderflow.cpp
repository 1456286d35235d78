#include "orderflow.h"

namespace fd {

bool countsTowardTimeliness(OrderStatus status)
{
    return status != OrderStatus::Cancelled;
}

QList<OrderStatus> countingOrderStatuses()
{
    QList<OrderStatus> counting;
    for (OrderStatus status : allOrderStatuses()) {
        if (countsTowardTimeliness(status))
            counting.append(status);
    }
    return counting;
}

} // namespace fd
