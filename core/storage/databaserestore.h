#pragma once

#include "common/result.h"
#include "domain/backup.h"

#include <QString>

namespace fd {

// Checks that the FiberDesk database at `path` has exactly FiberDesk's own schema of its
// version: no table, index, trigger or view more, none missing, none changed.
Status checkOwnSchema(const QString& path);

// Puts the backup `backupPath` in the place of the SQLite database `livePath`.
//
// The backup is a compressed FiberDesk backup (storage/backupfile.h) or a database file.
// Refused, with nothing changed, when the backup is not a FiberDesk database, is from a
// newer FiberDesk, is damaged (full integrity check, and the compressed file's checksums),
// has a schema FiberDesk did not make (checkOwnSchema), is the database itself, or when
// another program holds the database's write lock past the busy timeout. Otherwise:
//  1. the backup is copied beside the database (`livePath`.restoring), checked and upgraded
//     to this program's schema there, so that what is installed is what was checked;
//  2. the database as it is is kept as `<name>-before-restore-<date>-<time>.db` beside it
//     (a copy of the raw files when it is too damaged to be read);
//  3. the checked copy replaces the database's contents in one write transaction (SQLite's
//     backup API into the live file): a program that has it open sees the old data or the
//     restored data, never a mixture, and a crash halfway leaves the old data. A database
//     file too damaged to be written is replaced by renaming the copy over it.
Result<RestoreOutcome> restoreDatabaseFile(const QString& backupPath, const QString& livePath);

} // namespace fd
