#include "dbfingerprint.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringList>
#include <sqlite3.h>

namespace fd::test {

QString DatabaseFingerprint::differenceFrom(const DatabaseFingerprint& other) const
{
    if (!error.isEmpty() || !other.error.isEmpty())
        return error + QLatin1Char(' ') + other.error;
    QStringList tables;
    QStringList names = rows.keys() + other.rows.keys();
    names.removeDuplicates();
    for (const QString& name : names) {
        if (rows.value(name, -1) != other.rows.value(name, -1)
            || hashes.value(name) != other.hashes.value(name)) {
            tables.append(QStringLiteral("%1 (%2 rows / %3 rows)")
                              .arg(name)
                              .arg(rows.value(name, -1))
                              .arg(other.rows.value(name, -1)));
        }
    }
    return tables.join(QStringLiteral(", "));
}

DatabaseFingerprint fingerprintOf(sqlite3* handle)
{
    DatabaseFingerprint print;
    auto fail = [&](sqlite3_stmt* statement) {
        print.error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        return print;
    };
    sqlite3_stmt* tables = nullptr;
    if (sqlite3_prepare_v2(handle,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            // A virtual table (the contentless search index) cannot be scanned; its shadow
            // tables hold what it keeps and are read as any other.
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
            -1, &tables, nullptr)
        != SQLITE_OK)
        return fail(tables);
    QStringList names;
    int step = SQLITE_OK;
    while ((step = sqlite3_step(tables)) == SQLITE_ROW)
        names.append(
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(tables, 0))));
    if (step != SQLITE_DONE)
        return fail(tables);
    sqlite3_finalize(tables);

    for (const QString& name : names) {
        const QByteArray all = "SELECT * FROM \"" + name.toUtf8() + "\"";
        QByteArray sql = all + " ORDER BY rowid";
        sqlite3_stmt* rows = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), -1, &rows, nullptr) != SQLITE_OK) {
            // A table WITHOUT ROWID (the search index's shadow tables): ordered by every
            // column, which its primary key makes a total order.
            sqlite3_finalize(rows);
            rows = nullptr;
            if (sqlite3_prepare_v2(handle, all.constData(), -1, &rows, nullptr) != SQLITE_OK)
                return fail(rows);
            QByteArrayList positions;
            for (int c = 1; c <= sqlite3_column_count(rows); ++c)
                positions.append(QByteArray::number(c));
            sqlite3_finalize(rows);
            rows = nullptr;
            sql = all + " ORDER BY " + positions.join(", ");
            if (sqlite3_prepare_v2(handle, sql.constData(), -1, &rows, nullptr) != SQLITE_OK)
                return fail(rows);
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 count = 0;
        const int columns = sqlite3_column_count(rows);
        while ((step = sqlite3_step(rows)) == SQLITE_ROW) {
            ++count;
            for (int c = 0; c < columns; ++c) {
                const char type = char('0' + sqlite3_column_type(rows, c));
                hash.addData(QByteArrayView(&type, 1));
                const auto* data = static_cast<const char*>(sqlite3_column_blob(rows, c));
                const int bytes = sqlite3_column_bytes(rows, c);
                hash.addData(QByteArrayView(reinterpret_cast<const char*>(&bytes), sizeof bytes));
                if (data)
                    hash.addData(QByteArrayView(data, bytes));
            }
        }
        if (step != SQLITE_DONE)
            return fail(rows);
        sqlite3_finalize(rows);
        print.rows.insert(name, count);
        print.hashes.insert(name, hash.result());
    }
    return print;
}

DatabaseFingerprint fingerprintOf(const QString& path)
{
    sqlite3* handle = nullptr;
    DatabaseFingerprint print;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        print.error = QString::fromUtf8(sqlite3_errmsg(handle));
    } else {
        sqlite3_busy_timeout(handle, 5000);
        print = fingerprintOf(handle);
    }
    sqlite3_close_v2(handle);
    return print;
}

} // namespace fd::test
