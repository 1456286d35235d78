#pragma once

#include <QStringList>

namespace fd {

class Database;

// PostgreSQL plans each statement from the statistics ANALYZE keeps of a table; autovacuum
// refreshes them a minute or more after a write, or never on a server that turned it off.
// Until then a table just filled by an import looks empty, and the month's evaluation chose
// plans that read every completed order once per repair: 9.6 s instead of 23 ms for the
// demo's 20,000 orders. After a bulk write of `rowsWritten` rows this analyzes `tables` when
// the rows are at least a tenth of what the server last counted (autovacuum's own
// threshold), so the next statement is planned from what the tables hold.
//
// The same bulk write also leaves every new row's page to be read by the index-only scans
// (the board's lane counts read the open orders' index alone) until a vacuum marks the page
// all-visible, and autovacuum comes only once a fifth of the table has changed: after a
// month's import into years of orders, days later. So the tables are vacuumed at once too,
// outside any transaction (VACUUM cannot run in one): their heap only, where the new pages
// are (INDEX_CLEANUP OFF: inserts leave the indexes nothing to clean, and the trigram index's
// cleanup would read all of it).
//
// Best effort: the write is committed and the statistics only make reads faster, so a
// failure (a user who does not own the tables) is left unsaid. SQLite needs nothing here:
// its planner reads the fixed statistics of migration 15, and it has no visibility map.
void refreshAfterBulkWrite(const Database& database, const QStringList& tables, qint64 rowsWritten);

} // namespace fd
