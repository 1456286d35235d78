#pragma once

#include <Qt>

namespace fd {

// Roles FiberDesk's table models answer besides Qt's own. The proxies sort by the raw value
// (a number sorts as a number, not as its formatted text) and search only the text columns.
enum ItemRole
{
    SortRole = Qt::UserRole + 1,
    FilterRole, // the text a search box matches; empty for numbers, dates and yes/no
};

} // namespace fd
