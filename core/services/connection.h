#pragma once

#include "common/databaselocation.h"
#include "common/result.h"
#include "common/session.h"

#include <memory>

namespace fd {

class Database;

// A connection of its own to an existing FiberDesk database, for a front end that does not
// see storage (the desktop program's worker threads: a connection is never shared across
// threads, DESIGN.md habit 6). The database stays inside; sessions are built on database().
class Connection
{
public:
    static Result<std::unique_ptr<Connection>> open(const DatabaseLocation& location);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    Database& database() const { return *m_database; }

private:
    explicit Connection(std::unique_ptr<Database> database);
    std::unique_ptr<Database> m_database;
};

// Where the session's database lives.
const DatabaseLocation& databaseLocation(const Session& session);

} // namespace fd
