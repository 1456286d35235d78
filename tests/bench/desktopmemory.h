#pragma once

// The desktop program's resident memory, measured in a process of its own: the benchmark
// program's own memory (millions of rows imported, databases copied) says nothing of what
// a dispatcher's desk needs. The bench program runs itself again as a child that opens the
// main window on the dispatch board and reports its memory (bench_main.cpp routes it).
#include <QString>

namespace fd::bench {

struct ResidentMemory
{
    double residentMiB = 0; // VmRSS once the board is shown and idle
    double peakMiB = 0; // VmHWM: the most it held on the way
};

// The child's argument, followed by the database location, or by kEmptyWindow for the
// floor: a Qt Widgets program showing an empty main window.
inline constexpr char kDesktopMemoryChild[] = "--desktop-memory-child";
inline constexpr char kEmptyWindow[] = "empty-window";

// Runs the child on `location` (a file path or a postgresql:// address, or kEmptyWindow);
// stops the program with a message if the child fails.
ResidentMemory desktopMemory(const QString& location);

// The child's side: opens the window, prints its memory, returns the exit code.
int runDesktopMemoryChild(const QString& location);

} // namespace fd::bench
