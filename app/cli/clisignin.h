#pragma once

#include "cli/clioptions.h"
#include "common/result.h"
#include "common/role.h"

namespace fd {

class Database;

// Who the command line acts as (issue 6). With --user NAME it signs in as that user, the
// password taken from FIBERDESK_PASSWORD or asked for on the terminal without echo. Without
// --user it is the local administrator of a database *file*: whoever may read and write the
// file holds its data anyway, so a password would protect nothing there. A shared PostgreSQL
// database has no such owner and needs --user, once it has users: before its first admin
// exists, whoever set the database up acts as its administrator.
Result<Actor> cliActor(const CliOptions& options, Database& database);

// Asks for a secret on the terminal (stderr for the prompt, no echo). Nothing when standard
// input is not a terminal.
std::optional<QString> askSecret(const QString& prompt);

} // namespace fd
