#include "connection.h"

#include "storage/database.h"

namespace fd {

Result<std::unique_ptr<Connection>> Connection::open(const DatabaseLocation& location)
{
    FD_TRY_ASSIGN(std::unique_ptr<Database> database,
        Database::open(location, Database::OpenMode::ExistingOnly));
    return std::unique_ptr<Connection>(new Connection(std::move(database)));
}

Connection::Connection(std::unique_ptr<Database> database)
    : m_database(std::move(database))
{ }

Connection::~Connection() = default;

const DatabaseLocation& databaseLocation(const Session& session)
{
    return session.database().location();
}

} // namespace fd
