#pragma once

#include "domain/workorder.h"
#include "storage/orderrepository.h"

#include <QString>
#include <QVariantList>

namespace fd {

// The columns an order's write sets ("number, kind, …"), and its values in that order, as
// OrderRepository::insert and update bind them: the import's bulk writer stages the same.
QString orderWriteColumns();
QVariantList orderWriteValues(const WorkOrder& order, const OrderKeys& keys);

} // namespace fd
