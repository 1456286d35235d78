#pragma once

#include "common/session.h"
#include "files/outputfile.h"

namespace fd {

// The output target for a file the user named while `session`'s database is open: the
// database (SQLite) is protected and sets how readable the file may be (files/outputfile.h).
OutputTarget outputTarget(const Session& session, const QString& path, bool force);

} // namespace fd
