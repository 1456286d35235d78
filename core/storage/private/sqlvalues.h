#pragma once

#include "common/result.h"
#include "rules/orderflow.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QVariant>

namespace fd {

class Database;

// How domain values are written to columns that both SQLite and PostgreSQL read alike:
// dates as ISO text (NULL when unknown), booleans as 0/1, instants as UTC seconds.
// SQL NULL is always an invalid QVariant; a null QString is bound as ''.
QVariant dateToSql(const QDate& date);
QDate dateFromSql(const QVariant& value);
inline QVariant boolToSql(bool value)
{
    return value ? 1 : 0;
}
QVariant instantToSql(const QDateTime& instant); // NULL when invalid
QDateTime instantFromSql(const QVariant& value); // UTC; invalid for NULL

// "`column` IN ('new', …)" with the statuses' keys written out, not bound: a planner uses a
// (status, …) index or a partial index only for a predicate it can read.
QString statusInList(const QString& column, const QList<OrderStatus>& statuses);

// code → id for a table with `code` and `id` columns.
Result<QHash<QString, qint64>> idsByCode(const Database& database, const QString& table);

} // namespace fd
