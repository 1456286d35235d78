#include "defaultlocation.h"

#include "common/databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

const QString kSettingKey = u"database/location"_s;

// The site-wide file alone, without the user's files Qt would otherwise look at first.
QString siteValue(const QString& key)
{
    const QSettings site(QSettings::SystemScope, QCoreApplication::organizationName(),
        QCoreApplication::applicationName());
    return site.value(key).toString();
}

QString userDatabaseLocation()
{
    QSettings settings;
    settings.setFallbacksEnabled(false); // not the site-wide value: only the user's own
    return settings.value(kSettingKey).toString();
}

// The site-wide file that gives `key`: Qt reads every folder of $XDG_CONFIG_DIRS, the first
// holding a key giving it, so a message names the file IT has to change.
QString siteFileHolding(const QString& key)
{
    QString folders = qEnvironmentVariable("XDG_CONFIG_DIRS");
    if (folders.isEmpty())
        folders = u"/etc/xdg"_s;
    const QString name = QCoreApplication::organizationName() + u'/'
        + QCoreApplication::applicationName() + u".conf"_s;
    for (const QString& folder : folders.split(u':', Qt::SkipEmptyParts)) {
        const QString file = QDir(folder).filePath(name);
        if (QSettings(file, QSettings::IniFormat).contains(key))
            return file;
    }
    return siteSettingsFile();
}

struct SiteLocation
{
    QString location; // without any password
    bool hadPassword = false;
};

SiteLocation readSiteLocation()
{
    const QString written = siteValue(kSettingKey).trimmed();
    const Result<DatabaseLocation> parsed = DatabaseLocation::parse(written);
    if (written.isEmpty() || !parsed.ok()
        || parsed.value().engine != DatabaseLocation::Engine::Postgres)
        return { written, false };
    return { parsed.value().displayName(), !parsed.value().password.isEmpty() };
}

} // namespace

void applyFiberDeskIdentity()
{
    QCoreApplication::setOrganizationName(u"FiberDesk"_s);
    QCoreApplication::setOrganizationDomain(u"fiberdesk.example"_s);
    QCoreApplication::setApplicationName(u"FiberDesk"_s);
}

QString standardDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(u"fiberdesk.db"_s);
}

QString storedDatabaseLocation()
{
    const QString own = userDatabaseLocation();
    return own.isEmpty() ? siteDatabaseLocation() : own;
}

QString siteSettingsFile()
{
    const QSettings site(QSettings::SystemScope, QCoreApplication::organizationName(),
        QCoreApplication::applicationName());
    return site.fileName();
}

QString siteDatabaseLocation()
{
    return readSiteLocation().location;
}

QString siteSettingsWarning()
{
    if (!readSiteLocation().hadPassword)
        return QString();
    return QCoreApplication::translate("fd::Settings",
        "The site-wide settings file %1 holds a database password, which every user of this "
        "machine can read; FiberDesk ignores it. Remove it from %2 there and give the password "
        "at sign-in or in FIBERDESK_DB_PASSWORD.")
        .arg(siteFileHolding(kSettingKey), kSettingKey);
}

void setStoredDatabaseLocation(const QString& location)
{
    QSettings settings;
    if (location.isEmpty()) {
        settings.remove(kSettingKey);
        return;
    }
    // A server's password is never written to the settings file: it is asked for at start
    // (or taken from FIBERDESK_DB_PASSWORD / PGPASSWORD).
    const Result<DatabaseLocation> parsed = DatabaseLocation::parse(location);
    const bool server = parsed.ok() && parsed.value().engine == DatabaseLocation::Engine::Postgres;
    settings.setValue(kSettingKey, server ? parsed.value().displayName() : location);
}

QString defaultDatabaseLocation()
{
    const QString fromEnvironment = qEnvironmentVariable("FIBERDESK_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString stored = storedDatabaseLocation();
    if (!stored.isEmpty())
        return stored;
    return standardDatabasePath();
}

} // namespace fd
