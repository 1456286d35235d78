#include "sqlitehandle.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace fd {

sqlite3* sqliteHandle(const Database& database)
{
    if (!database.isSqlite())
        return nullptr;
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace fd
