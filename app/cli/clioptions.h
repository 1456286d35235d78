#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace fd {

// The command line of SPEC §9: global options anywhere, then the command's words.
struct CliOptions
{
    QString database; // --db; empty: the desktop program's database
    bool json = false; // --json
    QString timeZone; // --timezone
    QStringList words; // the command and its arguments, e.g. {"import", "units", "u.csv"}

    // Command options; each command says which it takes.
    std::optional<QString> seed, orders, growth, date, month, format, out, user, role, displayName;
    std::optional<QString> keepDays, folder; // backups
    std::optional<QString> unit, status, separator; // export
    std::optional<QString> anchor; // audit verify
    std::optional<QString> runtimeRole; // init on PostgreSQL
    std::optional<QString> encoding; // import
    std::optional<QString> marks, recording; // quality score
    std::optional<QString> limit, team; // orders search, schedule
    std::optional<QString> accept; // plan
    std::optional<QString> item, ref, grounds, reason; // appeals
    bool uphold = false, dismiss = false; // appeals decide
    bool finalize = false;
    bool force = false; // --force: an --out file may replace an existing one
    bool help = false;
    bool version = false;
};

// Parses argv (without the program name). Returns an error message for an unknown option
// or a missing value.
std::optional<QString> parseCliOptions(const QStringList& arguments, CliOptions& options);

QString cliUsage();

} // namespace fd
