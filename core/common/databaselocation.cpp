#include "databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    DatabaseLocation location;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(QCoreApplication::translate("fd::Database", "No database was named."));
    if (trimmed.startsWith(u"postgresql://"_s) || trimmed.startsWith(u"postgres://"_s)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        const QString name = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || name.isEmpty()) {
            return Error(QCoreApplication::translate("fd::Database",
                "“%1” is not a PostgreSQL address of the form "
                "postgresql://user@host:port/dbname.")
                             .arg(trimmed));
        }
        location.engine = Engine::Postgres;
        location.host = url.host();
        location.port = url.port(5432);
        location.user = url.userName();
        location.databaseName = name;
        location.password = url.password();
        if (location.password.isEmpty()) {
            const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            location.password = env.value(u"FIBERDESK_DB_PASSWORD"_s, env.value(u"PGPASSWORD"_s));
        }
        return location;
    }
    location.engine = Engine::Sqlite;
    location.filePath = QDir::cleanPath(QFileInfo(trimmed).absoluteFilePath());
    return location;
}

QString DatabaseLocation::displayName() const
{
    if (engine == Engine::Sqlite)
        return QDir::toNativeSeparators(filePath);
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host, QString::number(port), databaseName);
}

} // namespace fd
