#include "backupservice.h"

#include "rules/permissions.h"
#include "services/auditservice.h"
#include "storage/auditrepository.h"
#include "storage/backupfile.h"
#include "storage/database.h"
#include "storage/databaserestore.h"
#include "storage/rulerepository.h"
#include "storage/sqlitebackup.h"
#include "storage/sqlitehandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMap>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

const QString kFolderKey = u"backup.folder"_s;
const QString kKeepDaysKey = u"backup.keep_days"_s;
const QString kCompressedSuffix = u".db.zst"_s;

Error notSqlite()
{
    return Error(QCoreApplication::translate("fd::Backup",
        "Backups are made of a FiberDesk database file; a PostgreSQL database is backed up "
        "on its server (pg_dump)."));
}

bool samePath(const QString& a, const QString& b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return QDir::cleanPath(first.absoluteFilePath()) == QDir::cleanPath(second.absoluteFilePath());
}

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    const QString found = info.canonicalFilePath();
    return found.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : found;
}

// The working files of a daily backup that was killed before it ended (a stop or a failure
// removes its own): removed when they are FiberDesk's, left alone when not.
void removeLeftovers(const QString& folder, const QString& stem)
{
    const QRegularExpression name(u"^"_s + QRegularExpression::escape(stem)
        + uR"(-\d{4}-\d{2}-\d{2}\.db\.zst\.(partial|snapshot(\.partial)?)(-journal|-wal|-shm)?$)"_s);
    const QStringList files = QDir(folder).entryList(QDir::Files | QDir::NoSymLinks);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = name.match(file);
        if (!match.hasMatch())
            continue;
        const QString path = QDir(folder).filePath(file);
        const bool working = !match.captured(3).isEmpty();
        const DatabaseFileKind kind = classifyDatabaseFile(path);
        if (working || isCompressedBackup(path) || kind == DatabaseFileKind::FiberDesk
            || kind == DatabaseFileKind::Empty)
            QFile::remove(path);
    }
}

} // namespace

QString BackupService::databasePath() const
{
    return m_session.database().location().filePath;
}

BackupMetadata BackupService::metadataFor() const
{
    BackupMetadata metadata;
    metadata.database = canonical(databasePath());
    metadata.createdAt = m_session.now();
    Result<int> version = m_session.database().schemaVersion();
    metadata.schemaVersion = version.ok() ? version.value() : Database::latestSchemaVersion();
    // SPEC §16: every backup carries the audit chain's head of the time it was made, so a
    // chain rewritten later is found against it (`audit verify --anchor`). Read before the
    // copy starts: the copy holds at least these entries. A plain copy (`backup FILE.db`)
    // has no metadata but holds the chain itself.
    if (Result<AuditChainHead> head = AuditService(m_session).head(); head.ok()) {
        metadata.auditHead = head.value().lastHash;
        metadata.auditEntries = head.value().entries;
    }
    return metadata;
}

Status BackupService::writeBackup(const QString& path, const FileProgress& progress) const
{
    Database& database = m_session.database();
    sqlite3* handle = sqliteHandle(database);
    if (!handle)
        return notSqlite();
    if (database.inTransaction()) {
        // A backup inside a write would copy what is not yet committed.
        return Error(QCoreApplication::translate(
            "fd::Backup", "A backup cannot be made in the middle of a change."));
    }
    const QFileDevice::Permissions permissions = copyPermissionsOf(databasePath());
    if (path.endsWith(u".zst"_s))
        return writeCompressedBackup(handle, path, metadataFor(), permissions, progress);
    return writeDatabaseCopy(handle, path, permissions, progress);
}

Status BackupService::backupTo(const QString& path, const FileProgress& progress) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ManageBackups));
    if (!m_session.database().isSqlite())
        return notSqlite();
    const QString live = databasePath();
    for (const QString& suffix : { QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s }) {
        if (samePath(path, live + suffix)) {
            return Error(QCoreApplication::translate(
                "fd::Backup", "“%1” is the database itself; a backup must go to another file.")
                             .arg(path));
        }
    }
    const QFileInfo target(path);
    if (target.isSymLink()) {
        return Error(QCoreApplication::translate("fd::Backup",
            "“%1” is a symbolic link; it was left untouched. Name the backup file itself.")
                         .arg(path));
    }
    const DatabaseFileKind kind = classifyDatabaseFile(path);
    if (kind == DatabaseFileKind::Folder) {
        return Error(QCoreApplication::translate(
            "fd::Backup", "“%1” is a folder; name the backup file, for example “%2”.")
                         .arg(path, QDir(path).filePath(u"fiberdesk-backup.db.zst"_s)));
    }
    if (kind != DatabaseFileKind::Missing && kind != DatabaseFileKind::FiberDesk
        && !isCompressedBackup(path)) {
        return Error(QCoreApplication::translate("fd::Backup",
            "“%1” exists and is not a FiberDesk database; it was left untouched. Name "
            "another file for the backup.")
                         .arg(path));
    }
    if (!target.absoluteDir().exists()) {
        return Error(QCoreApplication::translate("fd::Backup", "The folder “%1” does not exist.")
                         .arg(target.absolutePath()));
    }
    return writeBackup(target.absoluteFilePath(), progress);
}

Result<RestoreOutcome> BackupService::restore(
    const Actor& actor, const QString& backupPath, const DatabaseLocation& location)
{
    if (const Status allowed = checkAllowed(actor, Action::ManageBackups); !allowed.ok()) {
        return Error(QCoreApplication::translate("fd::Backup", "%1 Nothing was restored.")
                         .arg(allowed.error()));
    }
    if (location.engine != DatabaseLocation::Engine::Sqlite)
        return notSqlite();
    return restoreDatabaseFile(backupPath, location.filePath);
}

Result<BackupSettings> BackupService::settings() const
{
    SettingsRepository repository(m_session.database());
    FD_TRY_ASSIGN(QString folder, repository.value(kFolderKey));
    FD_TRY_ASSIGN(QString keep,
        repository.value(kKeepDaysKey, QString::number(BackupSettings::kDefaultKeepDays)));
    BackupSettings settings;
    settings.folder = folder;
    bool numeric = false;
    const int days = keep.toInt(&numeric);
    settings.keepDays = numeric && days >= 0 ? qMin(days, BackupSettings::kMaxKeepDays)
                                             : BackupSettings::kDefaultKeepDays;
    return settings;
}

Status BackupService::setSettings(const BackupSettings& settings)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ManageBackups));
    if (settings.keepDays < 0 || settings.keepDays > BackupSettings::kMaxKeepDays) {
        return Error(QCoreApplication::translate(
            "fd::Backup", "Daily backups are kept from 0 (no automatic backups) to %1 days.")
                         .arg(BackupSettings::kMaxKeepDays));
    }
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    FD_TRY_ASSIGN(BackupSettings before, this->settings());
    SettingsRepository repository(database);
    const std::pair<QString, std::pair<QString, QString>> changes[] = {
        { kFolderKey, { before.folder, settings.folder.trimmed() } },
        { kKeepDaysKey, { QString::number(before.keepDays), QString::number(settings.keepDays) } },
    };
    for (const auto& [key, values] : changes) {
        if (values.first == values.second)
            continue;
        FD_TRY(repository.setValue(key, values.second));
        FD_TRY(AuditRepository(database).append({ 0, m_session.now(), m_session.actor().user,
            u"settings.backup"_s, u"settings"_s, key, values.first, values.second }));
    }
    return transaction.commit();
}

QString BackupService::folder(const BackupSettings& settings) const
{
    const QDir home = QFileInfo(databasePath()).absoluteDir();
    const QString named = settings.folder.isEmpty() ? u"backups"_s : settings.folder;
    return QDir::cleanPath(home.absoluteFilePath(named));
}

Result<QList<DailyBackup>> BackupService::dailyBackupsIn(const QString& folder) const
{
    const QString stem = QFileInfo(databasePath()).completeBaseName();
    const QString self = canonical(databasePath());
    const QRegularExpression name(
        u"^"_s + QRegularExpression::escape(stem) + uR"(-(\d{4}-\d{2}-\d{2})\.db(\.zst)?$)"_s);
    QList<DailyBackup> found;
    const QStringList files = QDir(folder).entryList(QDir::Files | QDir::NoSymLinks);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = name.match(file);
        if (!match.hasMatch())
            continue;
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        if (!date.isValid())
            continue;
        const QString path = QDir(folder).filePath(file);
        DailyBackup backup { date, path, QFileInfo(path).size(), match.hasCaptured(2) };
        // Only what is verifiably FiberDesk's backup of this database counts (SPEC §16):
        // a compressed one names its database in its metadata; an uncompressed one of an
        // older FiberDesk carries at least FiberDesk's mark and schema.
        if (backup.compressed) {
            Result<BackupMetadata> metadata = readBackupMetadata(path);
            if (!metadata.ok() || metadata.value().database != self)
                continue;
        } else if (!inspectDatabaseFile(path, false).ok()) {
            continue;
        }
        found.append(backup);
    }
    std::sort(found.begin(), found.end(), [](const DailyBackup& a, const DailyBackup& b) {
        return a.date != b.date ? a.date > b.date : a.compressed > b.compressed;
    });
    return found;
}

Result<QList<DailyBackup>> BackupService::dailyBackups() const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ManageBackups));
    if (!m_session.database().isSqlite())
        return QList<DailyBackup>();
    FD_TRY_ASSIGN(BackupSettings current, settings());
    return dailyBackupsIn(folder(current));
}

QList<DailyBackup> BackupService::pastKeeping(
    const QList<DailyBackup>& backups, const QDate& today, int keepDays)
{
    const QDate oldestDaily = today.addDays(1 - keepDays);
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate oldestMonth = thisMonth.addMonths(1 - BackupSettings::kMonthlyKept);
    // The last backup of each month still kept whole or in part.
    QMap<QDate, QString> lastOfMonth;
    QMap<QDate, QDate> lastDateOfMonth;
    for (const DailyBackup& backup : backups) {
        const QDate month(backup.date.year(), backup.date.month(), 1);
        if (!lastDateOfMonth.contains(month) || backup.date > lastDateOfMonth.value(month)
            || (backup.date == lastDateOfMonth.value(month) && backup.compressed)) {
            lastDateOfMonth.insert(month, backup.date);
            lastOfMonth.insert(month, backup.path);
        }
    }
    QList<DailyBackup> removed;
    for (const DailyBackup& backup : backups) {
        if (backup.date >= oldestDaily)
            continue;
        const QDate month(backup.date.year(), backup.date.month(), 1);
        if (month >= oldestMonth && lastOfMonth.value(month) == backup.path)
            continue;
        removed.append(backup);
    }
    return removed;
}

Result<bool> BackupService::dailyBackupDue() const
{
    if (!m_session.database().isSqlite() || m_session.database().isReadOnly())
        return false;
    FD_TRY_ASSIGN(BackupSettings current, settings());
    if (current.keepDays == 0)
        return false;
    const QString stem = QFileInfo(databasePath()).completeBaseName();
    const QString dated
        = QDir(folder(current)).filePath(stem + u'-' + m_session.today().toString(Qt::ISODate));
    return !QFileInfo::exists(dated + kCompressedSuffix) && !QFileInfo::exists(dated + u".db"_s);
}

Result<DailyBackupOutcome> BackupService::runDailyBackupNow(const FileProgress& progress) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ManageBackups));
    if (!m_session.database().isSqlite())
        return notSqlite();
    return runDailyBackup(progress);
}

Result<DailyBackupOutcome> BackupService::runDailyBackup(const FileProgress& progress) const
{
    DailyBackupOutcome outcome;
    Result<bool> due = dailyBackupDue();
    if (!due.ok())
        return Error(due.error());
    if (!due.value())
        return outcome;
    FD_TRY_ASSIGN(BackupSettings current, settings());
    const QString where = folder(current);
    const QDate today = m_session.today();
    const QString stem = QFileInfo(databasePath()).completeBaseName();
    const QString path
        = QDir(where).filePath(stem + u'-' + today.toString(Qt::ISODate) + kCompressedSuffix);
    const Status folderMade = makePrivateFolder(where);
    if (!folderMade.ok()) {
        return Error(QCoreApplication::translate("fd::Backup", "Today's backup was not written: %1")
                         .arg(folderMade.error()));
    }
    // One writer of the day's backup at a time: a desk and a scheduled job may both find it
    // due. The other one leaves it to the first.
    QLockFile lock(QDir(where).filePath(u"."_s + stem + u".backup.lock"_s));
    lock.setStaleLockTime(0); // a lock whose process is gone is stale; a live one never is
    if (!lock.tryLock(0))
        return outcome;
    due = dailyBackupDue();
    if (!due.ok())
        return Error(due.error());
    if (!due.value())
        return outcome;
    removeLeftovers(where, stem);
    const Status written = writeBackup(path, progress);
    if (!written.ok()) {
        return Error(QCoreApplication::translate("fd::Backup", "Today's backup was not written: %1")
                         .arg(written.error()));
    }
    outcome.written = path;
    outcome.bytes = QFileInfo(path).size();
    Result<BackupMetadata> metadata = readBackupMetadata(path);
    outcome.databaseBytes = metadata.ok() ? metadata.value().bytes : 0;
    FD_TRY_ASSIGN(QList<DailyBackup> existing, dailyBackupsIn(where));
    const QList<DailyBackup> removed = pastKeeping(existing, today, current.keepDays);
    for (const DailyBackup& backup : removed) {
        if (QFile::remove(backup.path))
            outcome.removed.append(backup.path);
    }
    return outcome;
}

} // namespace fd
