#pragma once

#include "common/databaselocation.h"
#include "common/result.h"
#include "common/session.h"
#include "domain/backup.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace fd {

// Where and for how long the automatic daily backups are kept (settings in the database).
struct BackupSettings
{
    static constexpr int kDefaultKeepDays = 14;
    static constexpr int kMaxKeepDays = 3650;
    // Besides the dailies, the last backup of each of this many months (the current one
    // included) is kept.
    static constexpr int kMonthlyKept = 12;

    QString folder; // empty: "backups" beside the database; relative: from the database's folder
    int keepDays = kDefaultKeepDays; // 0: no automatic backups
};

struct DailyBackup
{
    QDate date;
    QString path;
    qint64 bytes = 0; // on the disk
    bool compressed = true; // false: an uncompressed one of an older FiberDesk
};

struct DailyBackupOutcome
{
    QString written; // today's backup, when this call wrote it
    qint64 bytes = 0; // its size on the disk
    qint64 databaseBytes = 0; // the database's, uncompressed
    QStringList removed; // backups past the keeping rule
};

// Backups of an SQLite database while it is in use, and their restore. Making a backup of
// one's own choosing, restoring one and changing where and how long backups are kept are an
// admin's (SPEC §16); the automatic daily backup is the program's own and runs for anyone.
class BackupService
{
public:
    explicit BackupService(const Session& session)
        : m_session(session)
    { }

    // A consistent copy of the database in `path`: a compressed FiberDesk backup when the
    // name ends in ".zst", else a database file (see writeDatabaseCopy). Admins only. Refuses
    // a path that is the database itself, a folder, or a file other than a FiberDesk
    // database or backup (an older backup may be replaced; a spreadsheet may not). The file
    // is never more readable than the database.
    Status backupTo(const QString& path, const FileProgress& progress = {}) const;

    // Puts the backup `backupPath` in the place of the database file at `location`
    // (restoreDatabaseFile), when `actor`, signed in, is an admin. The database is not
    // opened here: it may be damaged or missing; the caller signs in on it first when it can.
    static Result<RestoreOutcome> restore(
        const Actor& actor, const QString& backupPath, const DatabaseLocation& location);

    Result<BackupSettings> settings() const;
    Status setSettings(const BackupSettings& settings); // admins only
    QString folder(const BackupSettings& settings) const; // absolute

    // Whether today's automatic backup (operator's time zone) is still to be written.
    Result<bool> dailyBackupDue() const;
    // Writes today's backup `<name>-YYYY-MM-DD.db.zst` into the backup folder (created
    // readable by its owner only), `<name>` being the database file's name without its
    // extension, when it is due; then removes the backups the keeping rule no longer
    // keeps: every daily of the last `keepDays` days stays, and the last backup of each of
    // the last twelve months. Only verified FiberDesk backups of this very database are
    // ever removed, and only once today's is written, so a database that cannot be copied
    // never loses its older backups. Later calls that day, or with automatic backups off,
    // do nothing. `progress` may stop it: then no file of it is left.
    Result<DailyBackupOutcome> runDailyBackup(const FileProgress& progress = {}) const;
    // The same, asked for by someone (`fiberdesk-cli backups run`): admins only.
    Result<DailyBackupOutcome> runDailyBackupNow(const FileProgress& progress = {}) const;
    // The daily backups in the folder that are verifiably this database's, newest first.
    // Admins only.
    Result<QList<DailyBackup>> dailyBackups() const;

    // Which of `backups` (this database's, any order) the keeping rule removes on `today`.
    static QList<DailyBackup> pastKeeping(
        const QList<DailyBackup>& backups, const QDate& today, int keepDays);

private:
    Result<QList<DailyBackup>> dailyBackupsIn(const QString& folder) const;
    BackupMetadata metadataFor() const;
    QString databasePath() const;
    Status writeBackup(const QString& path, const FileProgress& progress) const;

    const Session& m_session;
};

} // namespace fd
