#include "benchfloor.h"

#include <algorithm>

namespace fd::bench {

double millisecondsPerIteration(const QElapsedTimer& timer, const benchmark::State& state)
{
    return double(timer.nsecsElapsed()) / 1e6
        / double(std::max<benchmark::IterationCount>(state.iterations(), 1));
}

double meanMilliseconds(int times, const std::function<bool()>& work)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < times; ++i) {
        if (!work())
            return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6 / std::max(times, 1);
}

void reportBesideFloor(benchmark::State& state, double caseMilliseconds, double floorMilliseconds)
{
    if (floorMilliseconds < 0) {
        state.SkipWithError("the floor failed");
        return;
    }
    state.counters["floor_ms"] = floorMilliseconds;
    if (floorMilliseconds > 0)
        state.counters["x_floor"] = caseMilliseconds / floorMilliseconds;
}

int floorRuns(const benchmark::State& state)
{
    return int(std::max<benchmark::IterationCount>(state.iterations(), 20));
}

} // namespace fd::bench
