#pragma once

// A case timed beside its floor (issue 16): the least work any implementation must do to
// give the same answer on the same engine, measured in the same run, so that a figure at
// five million orders can be read against what the answer itself costs at that size.
#include <QElapsedTimer>
#include <benchmark/benchmark.h>
#include <functional>

namespace fd::bench {

// The case's own mean: `timer`, started before `state`'s loop, over its iterations.
double millisecondsPerIteration(const QElapsedTimer& timer, const benchmark::State& state);

// `work` run `times` times; its mean in milliseconds, or a negative value once it fails.
double meanMilliseconds(int times, const std::function<bool()>& work);

// The counters floor_ms (the floor's mean) and x_floor (the case's mean over the floor's),
// printed on the case's own line.
void reportBesideFloor(benchmark::State& state, double caseMilliseconds, double floorMilliseconds);

// How many times a floor is run after `state`'s loop: as often as the case, at least 20.
int floorRuns(const benchmark::State& state);

} // namespace fd::bench
