#pragma once

#include "domain/orderquery.h"
#include "domain/workorder.h"

namespace fd {

// Where a page of orders in `sort` order ended, for the next page (keyset paging): the
// board's model and the demo generator page through orders without seeing storage.
OrderCursor orderCursorAfter(const WorkOrder& order, OrderSort sort);

} // namespace fd
