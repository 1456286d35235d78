#pragma once

#include "common/result.h"

#include <functional>
#include <vector>

namespace fd {

class Database;

// One step of the schema's history. Steps are cumulative: a database at version N is
// brought to the latest by applying steps N+1, N+2, ... in one transaction.
struct Migration
{
    int version = 0;
    const char* description = nullptr;
    std::function<Status(Database&)> apply;
};

const std::vector<Migration>& migrations();

} // namespace fd
