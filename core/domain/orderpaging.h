#pragma once

#include "domain/orderquery.h"
#include "domain/workorder.h"

namespace fd {

// Where a page of orders in `sort` order ended, for the next page (keyset paging): the
// board's model and the demo generator page through orders without seeing storage.
OrderCursor orderCursorAfter(const WorkOrder& order, OrderSort sort);
// The group an order falls in when sorted by SLA: 0 still to happen (overdue, due soon, on
// track: their deadlines in order), 1 met late, 2 met on time, 3 cancelled before the visit.
int slaSortRank(const WorkOrder& order);

} // namespace fd
