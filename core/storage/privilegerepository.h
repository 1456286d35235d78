#pragma once

#include "common/result.h"

namespace fd {

class Database;

// PostgreSQL roles and privileges (SPEC §16). `role` is always a name already checked by
// the caller (lower-case letters, digits, _), quoted here as an identifier.
class PrivilegeRepository
{
public:
    explicit PrivilegeRepository(Database& database)
        : m_database(database)
    { }

    Result<bool> roleExists(const QString& role) const;
    Result<bool> isCurrentRole(const QString& role) const;
    // Everything on every table and sequence of the schema, then on the audit tables
    // (audit_log, audit_chain) nothing but SELECT and INSERT.
    Status grantRuntime(const QString& role);

private:
    Database& m_database;
};

} // namespace fd
