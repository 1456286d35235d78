#pragma once

#include "domain/workorder.h"
#include "storage/orderrepository.h"

#include <QString>
#include <QVariantList>

namespace fd {

// The columns an order's write sets ("number, kind, …"), in the order of orderWriteValues
// (storage/orderrepository.h): the import's bulk writer stages the same.
QString orderWriteColumns();

} // namespace fd
