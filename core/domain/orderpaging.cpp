#include "orderpaging.h"

namespace fd {

OrderCursor orderCursorAfter(const WorkOrder& order, OrderSort sort)
{
    switch (sort) {
    case OrderSort::Deadline:
        return { order.deadline.toSecsSinceEpoch(), order.id };
    case OrderSort::Received:
        return { order.receivedAt.toSecsSinceEpoch(), order.id };
    case OrderSort::Number:
        return { order.number, order.id };
    }
    return { order.deadline.toSecsSinceEpoch(), order.id };
}

} // namespace fd
