#include "orderpaging.h"

namespace fd {

int slaSortRank(const WorkOrder& order)
{
    if (!order.measuredAt.isValid())
        return order.status == OrderStatus::Cancelled ? 3 : 0;
    return order.measuredAt > order.deadline ? 1 : 2;
}

OrderCursor orderCursorAfter(const WorkOrder& order, OrderSort sort)
{
    // Each list is what OrderRepository sorts by for that column: a rank, then the values.
    auto ranked = [&order](int rank, QVariantList values) {
        values.prepend(rank);
        return OrderCursor { QVariant(values), order.id, order.number };
    };
    switch (sort) {
    case OrderSort::Deadline:
        return { order.deadline.toSecsSinceEpoch(), order.id, order.number };
    case OrderSort::Received:
        return { order.receivedAt.toSecsSinceEpoch(), order.id, order.number };
    case OrderSort::Number:
        return { order.number, order.id, order.number };
    case OrderSort::Sla:
        return ranked(slaSortRank(order), { order.deadline.toSecsSinceEpoch() });
    case OrderSort::Kind:
        return ranked(int(allOrderKinds().indexOf(order.kind)), {});
    case OrderSort::Status:
        return ranked(int(allOrderStatuses().indexOf(order.status)), {});
    case OrderSort::Customer:
        return ranked(0, { order.customer });
    case OrderSort::Phone:
        return ranked(0, { order.phone });
    case OrderSort::Area:
        return ranked(0, { order.areaCode });
    case OrderSort::Unit:
        return ranked(0, { order.unitCode });
    case OrderSort::Team:
        return ranked(order.teamCode.isEmpty() ? 0 : 1, { order.teamCode });
    case OrderSort::Technician:
        return ranked(
            order.technicianCode.isEmpty() ? 0 : 1, { order.technicianName, order.technicianCode });
    case OrderSort::Appointment:
        return ranked(order.appointmentStart.isValid() ? 1 : 0,
            { order.appointmentStart.isValid() ? order.appointmentStart.toSecsSinceEpoch()
                                               : qint64(0) });
    }
    return { order.deadline.toSecsSinceEpoch(), order.id, order.number };
}

} // namespace fd
