#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QFileDevice>
#include <QString>
#include <functional>

namespace fd {

// Long file work reports the share done (0 to 1) now and then; returning false stops it,
// and then nothing half-written is left.
using FileProgress = std::function<bool(double done)>;

// The permissions a copy of the database at `databasePath` may have (SPEC §16: never more
// readable than the database): the database's read and write bits, never execute; the
// owner's read and write only when there is no database file.
QFileDevice::Permissions copyPermissionsOf(const QString& databasePath);
// Creates the empty file `path` with at most `permissions` (the umask may take more away),
// so that what is written into it is never readable by others, not even for a moment.
// Refuses a file that exists.
Status createFileWith(const QString& path, QFileDevice::Permissions permissions);
// Creates `path` (and the folders missing above it) readable by its owner only. An existing
// folder is left as it is: it may be one the user chose and shares on purpose.
Status makePrivateFolder(const QString& path);

// A compressed FiberDesk backup (`.db.zst`): a zstd skippable frame holding this, in JSON,
// then the database file compressed with zstd (content size and checksum in the frame), so
// that `zstd -d` gives back the database file as it was.
struct BackupMetadata
{
    QString database; // the database file backed up, absolute and canonical
    QDateTime createdAt; // UTC
    int schemaVersion = 0;
    qint64 bytes = 0; // the database file's size, uncompressed
    // SPEC §16: the head of the audit chain when the backup was made, and its entries. Empty
    // (and -1) until the audit service offers {entries, head} (issue 14, trust-audit); the
    // backup service then fills it in BackupService::metadataFor.
    QString auditHead;
    qint64 auditEntries = -1;
};

// Whether `path` starts like a compressed FiberDesk backup (its first frame's marker).
bool isCompressedBackup(const QString& path);
// The metadata frame of a compressed FiberDesk backup; an error for any other file.
Result<BackupMetadata> readBackupMetadata(const QString& path);

// Compresses the database file `database` into the new file `target` (created with
// `permissions`), the metadata first. Nothing is renamed or synced here.
Status compressDatabaseFile(const QString& database, const QString& target,
    const BackupMetadata& metadata, QFileDevice::Permissions permissions,
    const FileProgress& progress = {});
// Reads the compressed backup `path` through: every frame's checksum and the size the
// metadata names must hold. Writes the database file to `target` (created with
// `permissions`) when `target` is not empty.
Status checkCompressedBackup(const QString& path, const QString& target = {},
    QFileDevice::Permissions permissions = {}, const FileProgress& progress = {});

} // namespace fd
