#pragma once

#include <functional>

namespace fd {

// Reports how far a long import has got; returning false asks it to stop, and it then
// writes nothing (DESIGN.md habit 6: long work shows progress and can be cancelled).
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace fd
