// The fingerprint of a Database on either engine: SQLite through its file's handle, a
// PostgreSQL database through its own tables, each row's text in a total order.
#include "dbfingerprint.h"
#include "private/sql.h"
#include "storage/database.h"
#include "storage/sqlitehandle.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace fd::test {

DatabaseFingerprint fingerprintOf(const Database& database)
{
    if (sqlite3* handle = sqliteHandle(database))
        return fingerprintOf(handle);
    DatabaseFingerprint print;
    Result<QSqlQuery> tables = runSql(database,
        QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                       "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"));
    if (!tables.ok()) {
        print.error = tables.error();
        return print;
    }
    QStringList names;
    while (tables.value().next())
        names.append(tables.value().value(0).toString());
    for (const QString& name : names) {
        // Every column of every row, the id among them, ordered by the row's whole text.
        Result<QSqlQuery> rows = runSql(database,
            QStringLiteral("SELECT t::text FROM \"%1\" t ORDER BY t::text COLLATE \"C\"")
                .arg(name));
        if (!rows.ok()) {
            print.error = rows.error();
            return print;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 count = 0;
        while (rows.value().next()) {
            ++count;
            hash.addData(rows.value().value(0).toString().toUtf8());
            hash.addData(QByteArrayView("\n", 1));
        }
        print.rows.insert(name, count);
        print.hashes.insert(name, hash.result());
    }
    return print;
}

} // namespace fd::test
