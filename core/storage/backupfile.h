#pragma once

#include "common/result.h"
#include "domain/backup.h"

#include <QFileDevice>
#include <QString>

namespace fd {

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
