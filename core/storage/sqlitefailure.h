#pragma once

#include <QString>

struct sqlite3;

namespace fd {

// What a failed SQLite call means for the person at the desk. The failures a site meets —
// a read-only file or disk, a full disk, another program holding the write lock past the
// busy timeout, a damaged file, a disk error — each get one translated sentence that says
// what happened and that nothing was saved; so do broken constraints. SQLite's own (English)
// words go only to the log category fd.database, never into the translated sentence.
QString describeSqliteFailure(int resultCode, const QString& detail);

// The same for the last failure on a connection.
QString describeSqliteFailure(sqlite3* handle);

// A result code that says the file itself is damaged or not a database at all.
bool isSqliteDamage(int resultCode);

} // namespace fd
