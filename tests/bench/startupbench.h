#pragma once

// The desktop program's start, timed in a process of its own (tests/bench/startup_bench.cpp;
// bench_main.cpp routes the child).
#include <QString>

namespace fd::bench {

// The child's argument, followed by the database file and the mode: "first" (the day's
// backup is due and runs in the background after the window), "later" (it is written) or
// "before" (FiberDesk before issue 24: the backup on the GUI thread before the window).
inline constexpr char kStartupChild[] = "--startup-child";

// The child's side: starts as the desktop program does, prints its figures.
int runStartupChild(const QString& path, const QString& mode);

} // namespace fd::bench
