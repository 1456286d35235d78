#include "outputtarget.h"

#include "storage/database.h"

namespace fd {

OutputTarget outputTarget(const Session& session, const QString& path, bool force)
{
    const Database& database = session.database();
    return OutputTarget { path, force,
        database.isSqlite() ? database.location().filePath : QString() };
}

} // namespace fd
