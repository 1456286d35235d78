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
// Best effort: the write is committed and the statistics only make reads faster, so a
// failure (a user who does not own the tables) is left unsaid. SQLite needs nothing here:
// its planner reads the fixed statistics of migration 15.
void refreshPlannerStatistics(
    const Database& database, const QStringList& tables, qint64 rowsWritten);

} // namespace fd
