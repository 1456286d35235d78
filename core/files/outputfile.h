#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <functional>

class QIODevice;

namespace fd {

// Where an output file (an export, a report; SPEC §16) goes and what it must not harm.
struct OutputTarget
{
    QString path; // the file to write
    // The replacement of an existing regular file: `--force` on the command line; the
    // desktop's save dialog has already asked, so it passes true.
    bool force = false;
    // The SQLite database the program has open (empty on PostgreSQL): never written over,
    // nor its journals, and the output is never more readable than it.
    QString databasePath;
};

// The one way FiberDesk writes a file the user named. It refuses, before writing anything:
// the open database and its -journal, -wal and -shm files; any SQLite database, journal or
// WAL file (by its header); a folder, device, pipe or socket; a symbolic link (the name
// itself, not the folders above it); a missing folder; an existing regular file unless
// `force`. The bytes go to a temporary file in the same folder, flushed to the disk, then
// take the name in one step (rename), so a reader sees the old file or the new one and a
// failure leaves nothing half-written. The file's mode is 0666 less the umask and, with an
// SQLite database, less whatever the database does not grant (0600 for a 0600 database).
class OutputFile
{
public:
    // Writes the file through `write` on an open, empty device; a failed Status from it
    // removes the temporary file and is returned as it is.
    using Writer = std::function<Status(QIODevice& device)>;

    static Status write(const OutputTarget& target, const Writer& write);
    static Status write(const OutputTarget& target, const QByteArray& bytes);

    // Only the checks, for a caller that wants to refuse before a long computation. The
    // writes above run them again.
    static Status check(const OutputTarget& target);

    // The mode an output file gets for `target` (see above).
    static unsigned modeFor(const OutputTarget& target);
};

} // namespace fd
