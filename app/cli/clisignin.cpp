#include "clisignin.h"

#include "services/userservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace fd {

std::optional<QString> askSecret(const QString& prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    termios saved {};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fprintf(stderr, "\n");
    return QString::fromStdString(line);
}

Result<Actor> cliActor(const CliOptions& options, Database& database)
{
    if (!options.user) {
        if (!database.isSqlite()) {
            // A new server database has nobody to sign in as: whoever set it up may run
            // init, demo or `users add` for its first admin. After that, users sign in.
            FD_TRY_ASSIGN(bool empty,
                SignInService(database, QDateTime::currentDateTimeUtc()).needsFirstAdmin());
            if (!empty)
                return Error(QCoreApplication::translate("fd::Cli",
                    "A shared PostgreSQL database needs --user NAME: the command line acts as that "
                    "user."));
        }
        // The audit log names the system account (not $USER, which a caller sets at will),
        // refused when it would read like another name (UserService::localActorName).
        FD_TRY_ASSIGN(
            QString local, UserService::localActorName(u"cli"_s, UserService::systemAccountName()));
        return Actor { local, Role::Admin };
    }
    QString password = qEnvironmentVariable("FIBERDESK_PASSWORD");
    if (password.isEmpty()) {
        const std::optional<QString> typed = askSecret(
            QCoreApplication::translate("fd::Cli", "Password for %1: ").arg(*options.user));
        if (!typed)
            return Error(QCoreApplication::translate("fd::Cli",
                "No password for %1: set FIBERDESK_PASSWORD or run the command in a terminal.")
                             .arg(*options.user));
        password = *typed;
    }
    return SignInService(database, QDateTime::currentDateTimeUtc()).signIn(*options.user, password);
}

} // namespace fd
