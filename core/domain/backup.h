#pragma once

#include <QDateTime>
#include <QString>
#include <functional>

namespace fd {

// Long file work reports the share done (0 to 1) now and then; returning false stops it,
// and then nothing half-written is left.
using FileProgress = std::function<bool(double done)>;

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

// What a restore did (BackupService::restore).
struct RestoreOutcome
{
    int backupSchemaVersion = 0; // as the backup was written
    int schemaVersion = 0; // of the database now (older backups are upgraded)
    QString keptAs; // the database as it was before, kept beside it; empty when there was none
};

} // namespace fd
