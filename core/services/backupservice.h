#pragma once

#include "common/result.h"
#include "common/session.h"

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

    QString folder; // empty: "backups" beside the database; relative: from the database's folder
    int keepDays = kDefaultKeepDays; // 0: no automatic backups
};

struct DailyBackup
{
    QDate date;
    QString path;
};

struct DailyBackupOutcome
{
    QString written; // today's backup, when this call wrote it
    QStringList removed; // daily backups past the keeping period
};

// Backups of an SQLite database while it is in use (the restore is restoreDatabaseFile in
// storage/databaserestore.h: it works on files, also when the database cannot be opened).
class BackupService
{
public:
    explicit BackupService(const Session& session)
        : m_session(session)
    { }

    // A consistent copy of the database in `path` (see writeDatabaseCopy). Refuses a path
    // that is the database itself, a folder, or a file other than a FiberDesk database
    // (an older backup may be replaced; a spreadsheet may not).
    Status backupTo(const QString& path) const;

    Result<BackupSettings> settings() const;
    Status setSettings(const BackupSettings& settings);
    QString folder(const BackupSettings& settings) const; // absolute

    // The first call of a day (operator's time zone) writes `<name>-YYYY-MM-DD.db` into the
    // backup folder, `<name>` being the database file's name without its extension; then
    // removes the daily backups older than the keeping period. Later calls that day, or
    // with automatic backups off, do nothing. Old backups are removed only once today's
    // is written, so a database that cannot be copied never loses its older backups.
    Result<DailyBackupOutcome> runDailyBackup() const;
    // The daily backups in the folder, newest first.
    Result<QList<DailyBackup>> dailyBackups() const;

private:
    Result<QList<DailyBackup>> dailyBackupsIn(const QString& folder) const;
    QString databasePath() const;

    const Session& m_session;
};

} // namespace fd
