#pragma once

#include "common/session.h"
#include "storage/database.h"

#include <QList>
#include <memory>

namespace fd::bench {

// The operator every benchmark works for: Lima, on 2026-11-20 at 10:30 local time.
QTimeZone benchZone();
QDateTime benchNow();

struct BenchDatabase
{
    std::unique_ptr<Database> database;
    std::unique_ptr<Session> session; // an admin on the pinned clock
};

// A database of the demo organisation (seed 1) holding `orders` demo work orders, `perDay` of
// them received each day up to today, filled through the orders importer (the rows per
// second are printed). Kept in FIBERDESK_BENCH_DIR (default /tmp/fiberdesk-bench) and
// reused while it holds that many orders; opened once per program run.
BenchDatabase& filledDatabase(qint64 orders, qint64 perDay);

// The sizes listed in the environment variable `variable` ("5000,1000000"), or in `fallback`
// when it is unset.
QList<qint64> benchSizes(const char* variable, const QString& fallback);

} // namespace fd::bench
