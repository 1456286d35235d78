#pragma once

#include "common/result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace fd {

class Database;

// The only way the storage layer talks to the database: prepared statements with bound
// values, every result checked and turned into a translated error (DESIGN.md, habit 2).

QString describeSqlError(const QSqlError& error);

// A QString that was never given text is bound as SQL NULL by Qt; FiberDesk's text columns
// mean "empty" by it. SQL NULL is asked for with an invalid QVariant (see sqlvalues.h).
QVariant bindable(const QVariant& value);

// Runs a statement once; the returned query is positioned before its first row.
Result<QSqlQuery> runSql(
    const Database& database, const QString& sql, const QVariantList& values = {});

// Runs a statement whose rows, if any, are not needed.
Status execSql(const Database& database, const QString& sql, const QVariantList& values = {});

// Rewrites the few spots where SQLite and PostgreSQL differ in DDL:
//   {id}   → an auto-numbered 64-bit primary key
//   {real} → a double-precision column
//   TEXT   → on PostgreSQL, text in the "C" collation (compared byte by byte, as SQLite does)
QString adaptDdl(const Database& database, QString ddl);

// Reads the first column of the first row, or nothing when there is no row.
Result<QVariant> scalar(
    const Database& database, const QString& sql, const QVariantList& values = {});

} // namespace fd
