#include "desktopmemory.h"
#include "startupbench.h"

#include <QApplication>
#include <benchmark/benchmark.h>
#include <cstring>

int main(int argc, char** argv)
{
    // Pages are timed offscreen: no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], fd::bench::kDesktopMemoryChild) == 0)
        return fd::bench::runDesktopMemoryChild(QString::fromLocal8Bit(argv[2]));
    if (argc == 4 && std::strcmp(argv[1], fd::bench::kStartupChild) == 0)
        return fd::bench::runStartupChild(
            QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    ::benchmark::Initialize(&argc, argv);
    if (::benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
