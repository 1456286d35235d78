#include "storage/plannerstatistics.h"

#include "private/sql.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// Below this a table's statistics are not worth a statement: small imports and the desks'
// everyday saves leave them to autovacuum.
constexpr qint64 kFewestRowsWorthAnalyzing = 500;

} // namespace

void refreshAfterBulkWrite(const Database& database, const QStringList& tables, qint64 rowsWritten)
{
    if (database.isSqlite() || rowsWritten < kFewestRowsWorthAnalyzing)
        return;
    for (const QString& table : tables) {
        // reltuples is -1 for a table never analyzed (PostgreSQL 14 and later).
        const Result<QVariant> counted = scalar(
            database, u"SELECT reltuples FROM pg_class WHERE oid = to_regclass(?)"_s, { table });
        if (!counted.ok())
            continue;
        const double rows = counted.value().toDouble();
        const bool analyze = rows < 0 || double(rowsWritten) * 10 >= rows;
        if (database.inTransaction()) {
            if (analyze)
                (void)execSql(database, u"ANALYZE "_s + table);
            continue;
        }
        (void)execSql(database,
            u"VACUUM (INDEX_CLEANUP OFF"_s + (analyze ? u", ANALYZE"_s : QString()) + u") "_s
                + table);
    }
}

} // namespace fd
