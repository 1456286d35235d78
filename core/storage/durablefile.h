#pragma once

#include "common/result.h"

#include <QString>

namespace fd {

// What a copy that must survive a power cut needs beyond QFile: its bytes on the disk
// before it takes its name, and the name itself on the disk after.

// Flushes a file's bytes to the disk (fsync).
Status syncFile(const QString& path);
// Flushes a folder's entries (a rename into it) to the disk.
Status syncFolder(const QString& path);
// Gives `from` the name `to` in one step, replacing a file there, and makes the rename
// durable. Both must be in the same folder (or at least on the same disk).
Status replaceFile(const QString& from, const QString& to);
// Removes an SQLite file and the working files beside it (-wal, -shm, -journal).
void removeSqliteFiles(const QString& path);

} // namespace fd
