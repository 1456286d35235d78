#pragma once

struct sqlite3;

namespace fd {

class Database;

// The SQLite connection under a Database's Qt connection, for what Qt's driver does not
// offer (bulk statements, the online backup API); nullptr for other engines.
sqlite3* sqliteHandle(const Database& database);

} // namespace fd
