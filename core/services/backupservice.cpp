#include "backupservice.h"

#include "rules/permissions.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/rulerepository.h"
#include "storage/sqlitebackup.h"
#include "storage/sqlitehandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

const QString kFolderKey = u"backup.folder"_s;
const QString kKeepDaysKey = u"backup.keep_days"_s;

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

} // namespace

QString BackupService::databasePath() const
{
    return m_session.database().location().filePath;
}

Status BackupService::backupTo(const QString& path) const
{
    Database& database = m_session.database();
    sqlite3* handle = sqliteHandle(database);
    if (!handle)
        return notSqlite();
    const QString live = databasePath();
    for (const QString& suffix : { QString(), u"-wal"_s, u"-shm"_s }) {
        if (samePath(path, live + suffix)) {
            return Error(QCoreApplication::translate(
                "fd::Backup", "“%1” is the database itself; a backup must go to another file.")
                             .arg(path));
        }
    }
    const QFileInfo target(path);
    const DatabaseFileKind kind = classifyDatabaseFile(path);
    if (kind == DatabaseFileKind::Folder) {
        return Error(QCoreApplication::translate(
            "fd::Backup", "“%1” is a folder; name the backup file, for example “%2”.")
                         .arg(path, QDir(path).filePath(u"fiberdesk-backup.db"_s)));
    }
    if (kind != DatabaseFileKind::Missing && kind != DatabaseFileKind::FiberDesk) {
        return Error(QCoreApplication::translate("fd::Backup",
            "“%1” exists and is not a FiberDesk database; it was left untouched. Name "
            "another file for the backup.")
                         .arg(path));
    }
    if (!target.absoluteDir().exists()) {
        return Error(QCoreApplication::translate("fd::Backup", "The folder “%1” does not exist.")
                         .arg(target.absolutePath()));
    }
    if (database.inTransaction()) {
        // A backup inside a write would copy what is not yet committed.
        return Error(QCoreApplication::translate(
            "fd::Backup", "A backup cannot be made in the middle of a change."));
    }
    return writeDatabaseCopy(handle, target.absoluteFilePath());
}

Result<BackupSettings> BackupService::settings() const
{
    SettingsRepository repository(m_session.database());
    Result<QString> folder = repository.value(kFolderKey);
    if (!folder.ok())
        return Error(folder.error());
    Result<QString> keep
        = repository.value(kKeepDaysKey, QString::number(BackupSettings::kDefaultKeepDays));
    if (!keep.ok())
        return Error(keep.error());
    BackupSettings settings;
    settings.folder = folder.value();
    bool numeric = false;
    const int days = keep.value().toInt(&numeric);
    settings.keepDays = numeric && days >= 0 ? qMin(days, BackupSettings::kMaxKeepDays)
                                             : BackupSettings::kDefaultKeepDays;
    return settings;
}

Status BackupService::setSettings(const BackupSettings& settings)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ChangeSettings));
    if (settings.keepDays < 0 || settings.keepDays > BackupSettings::kMaxKeepDays) {
        return Error(QCoreApplication::translate(
            "fd::Backup", "Daily backups are kept from 0 (no automatic backups) to %1 days.")
                         .arg(BackupSettings::kMaxKeepDays));
    }
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    Result<BackupSettings> before = this->settings();
    if (!before.ok())
        return Error(before.error());
    SettingsRepository repository(database);
    const std::pair<QString, std::pair<QString, QString>> changes[] = {
        { kFolderKey, { before.value().folder, settings.folder.trimmed() } },
        { kKeepDaysKey,
            { QString::number(before.value().keepDays), QString::number(settings.keepDays) } },
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
    const QRegularExpression name(
        u"^"_s + QRegularExpression::escape(stem) + uR"(-(\d{4}-\d{2}-\d{2})\.db$)"_s);
    QList<DailyBackup> found;
    const QStringList files = QDir(folder).entryList(QDir::Files);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = name.match(file);
        if (!match.hasMatch())
            continue;
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        if (date.isValid())
            found.append({ date, QDir(folder).filePath(file) });
    }
    std::sort(found.begin(), found.end(),
        [](const DailyBackup& a, const DailyBackup& b) { return a.date > b.date; });
    return found;
}

Result<QList<DailyBackup>> BackupService::dailyBackups() const
{
    if (!m_session.database().isSqlite())
        return QList<DailyBackup>();
    Result<BackupSettings> current = settings();
    if (!current.ok())
        return Error(current.error());
    return dailyBackupsIn(folder(current.value()));
}

Result<DailyBackupOutcome> BackupService::runDailyBackup() const
{
    DailyBackupOutcome outcome;
    if (!m_session.database().isSqlite())
        return outcome;
    Result<BackupSettings> current = settings();
    if (!current.ok())
        return Error(current.error());
    if (current.value().keepDays == 0)
        return outcome;
    const QString where = folder(current.value());
    const QDate today = m_session.today();
    const QString stem = QFileInfo(databasePath()).completeBaseName();
    const QString path = QDir(where).filePath(stem + u'-' + today.toString(Qt::ISODate) + u".db"_s);
    if (QFileInfo::exists(path))
        return outcome;
    if (!QDir().mkpath(where)) {
        return Error(QCoreApplication::translate(
            "fd::Backup", "Today's backup was not written: cannot create the folder “%1”.")
                         .arg(where));
    }
    const Status written = backupTo(path);
    if (!written.ok()) {
        return Error(QCoreApplication::translate("fd::Backup", "Today's backup was not written: %1")
                         .arg(written.error()));
    }
    outcome.written = path;
    Result<QList<DailyBackup>> existing = dailyBackupsIn(where);
    if (!existing.ok())
        return Error(existing.error());
    const QDate oldestKept = today.addDays(1 - current.value().keepDays);
    for (const DailyBackup& backup : existing.value()) {
        if (backup.date < oldestKept && QFile::remove(backup.path))
            outcome.removed.append(backup.path);
    }
    return outcome;
}

} // namespace fd
