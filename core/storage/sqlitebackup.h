#pragma once

#include "common/result.h"
#include "storage/backupfile.h"

#include <QString>

struct sqlite3;

namespace fd {

// Copies the open database `source` into the file `target` with SQLite's online backup
// API: one consistent snapshot, read in steps inside a single read transaction, so other
// programs go on writing meanwhile (WAL mode) and the copy holds each of their changes
// wholly or not at all. The copy is written beside `target` (`target`.partial, created with
// `permissions`), made a single self-contained file (rollback journal, no -wal beside it),
// checked with quick_check, flushed to the disk and only then renamed into place: `target`
// is the old file or a whole new copy, never half of one. A damaged database is not copied
// over a good backup. `progress` may stop the copy: then nothing is left of it.
Status writeDatabaseCopy(sqlite3* source, const QString& target,
    QFileDevice::Permissions permissions, const FileProgress& progress = {});

// A compressed FiberDesk backup (storage/backupfile.h) of `source` in `target`: the
// snapshot above beside it, compressed, read back and checked, then renamed into place.
// `metadata.bytes` is filled in here. Stopped or failed, no file of it is left.
Status writeCompressedBackup(sqlite3* source, const QString& target, BackupMetadata metadata,
    QFileDevice::Permissions permissions, const FileProgress& progress = {});

// What a file holds, read from its first bytes without opening it as a database.
enum class DatabaseFileKind
{
    Missing,
    Folder,
    NotRegular, // a device, a pipe
    Unreadable,
    Empty,
    NotSqlite,
    OtherSqlite, // an SQLite database of another program (another application_id)
    FiberDesk,
};
DatabaseFileKind classifyDatabaseFile(const QString& path);
// Why a file of `kind` (not FiberDesk) is refused, naming it.
QString describeDatabaseFileKind(DatabaseFileKind kind, const QString& path);

// Checks that `path` is a FiberDesk database this program can use: FiberDesk's
// application_id, a schema version it knows (a newer one is refused), and, when asked,
// SQLite's full integrity check. Opens the file read-only and changes nothing. Returns its
// schema version.
Result<int> inspectDatabaseFile(const QString& path, bool checkIntegrity);

} // namespace fd
