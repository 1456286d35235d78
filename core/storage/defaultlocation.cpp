#include "defaultlocation.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {
const QString kSettingKey = u"database/location"_s;
}

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
    return QSettings().value(kSettingKey).toString();
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
