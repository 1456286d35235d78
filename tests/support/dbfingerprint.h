#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

struct sqlite3;

namespace fd {
class Database;
}

namespace fd::test {

// What a database holds, table by table: the number of rows and a hash of every row in
// rowid order. Two databases with the same fingerprint hold the same data, so "nothing was
// written" and "all of it or none of it" can be asserted without knowing the schema.
struct DatabaseFingerprint
{
    QMap<QString, qint64> rows;
    QMap<QString, QByteArray> hashes;
    QString error; // set when the database could not be read

    bool operator==(const DatabaseFingerprint& other) const
    {
        return error.isEmpty() && other.error.isEmpty() && rows == other.rows
            && hashes == other.hashes;
    }
    bool operator!=(const DatabaseFingerprint& other) const { return !(*this == other); }
    // Tables whose contents differ, for a failure message.
    QString differenceFrom(const DatabaseFingerprint& other) const;
};

// Reads every table through a plain SQLite connection (a test's own, or a Database's).
DatabaseFingerprint fingerprintOf(sqlite3* handle);
// Opens `path` read-only for the purpose.
DatabaseFingerprint fingerprintOf(const QString& path);
// A Database on either engine (PostgreSQL: every table of its schema, rows by their text);
// in dbfingerprintdatabase.cpp, for programs that link storage.
DatabaseFingerprint fingerprintOf(const Database& database);

} // namespace fd::test
