#include "sql.h"

#include "private/statementcache.h"
#include "storage/database.h"
#include "storage/sqlitefailure.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(u""_s));
    return value;
}

QString describeSqlError(const QSqlError& error)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    // Qt's SQLite driver reports SQLite's result code as the native code, so the failures a
    // site meets (read-only, disk full, locked, damaged) get a sentence of their own.
    // PostgreSQL's native code is a five-character SQLSTATE; SQLite's codes, extended ones
    // included, have at most four digits.
    const QString native = error.nativeErrorCode();
    bool numeric = false;
    const int code = native.toInt(&numeric);
    if (numeric && code > 0 && native.size() <= 4)
        return describeSqliteFailure(code, detail);
    return QCoreApplication::translate("fd::Database", "The database reported an error: %1")
        .arg(detail);
}

Result<QSqlQuery> runSql(const Database& database, const QString& sql, const QVariantList& values)
{
    // PostgreSQL: through libpq, each text prepared once per connection (statementcache.h).
    // FIBERDESK_PG_QT_STATEMENTS=1 goes through Qt's driver as before issue 20 (benches
    // compare the two).
    static const bool qtStatements
        = qEnvironmentVariableIntValue("FIBERDESK_PG_QT_STATEMENTS") == 1;
    if (!database.isSqlite() && !qtStatements)
        return database.statements().run(database, sql, values);
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        // Nothing to bind: run it as it is. PostgreSQL cannot PREPARE every statement
        // (BEGIN, COMMIT, most DDL), and Qt's driver prepares whatever it is given.
        if (!query.exec(sql))
            return Error(describeSqlError(query.lastError()));
        return query;
    }
    if (!query.prepare(sql))
        return Error(describeSqlError(query.lastError()));
    for (const QVariant& value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return Error(describeSqlError(query.lastError()));
    return query;
}

Status execSql(const Database& database, const QString& sql, const QVariantList& values)
{
    FD_TRY(runSql(database, sql, values));
    return Status::success();
}

QString adaptDdl(const Database& database, QString ddl)
{
    if (database.isSqlite()) {
        ddl.replace(u"{id}"_s, u"INTEGER PRIMARY KEY"_s);
        ddl.replace(u"{real}"_s, u"REAL"_s);
    } else {
        ddl.replace(u"{id}"_s, u"BIGSERIAL PRIMARY KEY"_s);
        ddl.replace(u"{real}"_s, u"DOUBLE PRECISION"_s);
        // Text compares byte by byte, as on SQLite: lists sort alike on both engines, and
        // the board's prefix searches (number >= ? AND number < ?) find the same orders
        // whatever the server's locale.
        static const QRegularExpression text(u"\\bTEXT\\b"_s);
        ddl.replace(text, u"TEXT COLLATE \"C\""_s);
    }
    return ddl;
}

Result<QVariant> scalar(const Database& database, const QString& sql, const QVariantList& values)
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(database, sql, values));
    if (!query.next())
        return QVariant();
    return query.value(0);
}

} // namespace fd
