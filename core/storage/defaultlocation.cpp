#include "defaultlocation.h"

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

QString storedDatabaseLocation() { return QSettings().value(kSettingKey).toString(); }

void setStoredDatabaseLocation(const QString& location)
{
    QSettings settings;
    if (location.isEmpty())
        settings.remove(kSettingKey);
    else
        settings.setValue(kSettingKey, location);
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
