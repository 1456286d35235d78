#pragma once

// What the benchmark programs share to fill their databases: an operator-sized
// organisation (100 units, 1,000 teams) as CSV files, millions of demo orders through the
// orders importer, and databases kept between runs in FIBERDESK_BENCH_DIR.
#include "common/result.h"
#include "common/session.h"
#include "rules/schedule.h"
#include "services/import/importkind.h"
#include "storage/database.h"

#include <QDateTime>
#include <QTimeZone>
#include <functional>
#include <memory>

namespace fd::bench {

inline constexpr int kUnits = 100;
inline constexpr int kTeamsPerUnit = 10;

QTimeZone benchZone(); // America/Lima
QDateTime benchNow(); // 2026-11-20 10:30 in Lima, as UTC

// Units, areas (one per team, 4,500 subscribers) or teams of the 100-unit organisation.
QByteArray organisationFile(ImportKind kind);
// `count` technicians spread over the teams, most with a tool kit.
QByteArray techniciansFile(int count);
// Units, areas and teams of organisationFile(), through the importers.
void importOrganisation(const Session& session);

// `orders` demo orders (DemoOrderWriter, `perDay` a day ending today) through the orders
// importer, printing its rows per second.
void importDemoOrders(const Session& session, qint64 orders, qint64 perDay);

struct BenchDatabase
{
    std::unique_ptr<Database> database;
    std::unique_ptr<Session> session; // the admin, on benchNow()
};

// The database `fileName` in the bench folder, filled by `fill` unless `isFilled` says it
// already is (filling five million orders takes minutes; a rerun reuses the file). Kept
// open until the program ends.
BenchDatabase& benchDatabase(const QString& fileName,
    const std::function<bool(const Session&)>& isFilled,
    const std::function<void(const Session&)>& fill);

// The demo organisation (seed 1) and `orders` demo orders, `perDay` of them a day up to
// today, through the importers: the board's and the callbacks' databases.
BenchDatabase& filledDatabase(qint64 orders, qint64 perDay);

// Sizes from an environment variable ("5000,1000000"), or `fallback`.
QList<qint64> sizesFrom(const char* variable, const QString& fallback);

// A drop on the schedule saved as the desktop saves it: the order read, the booking's
// problems previewed, then the order assigned and booked. The error says what failed.
Status saveDrop(const Session& session, const QString& number, const Booking& target);

} // namespace fd::bench
