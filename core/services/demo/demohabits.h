#pragma once

#include <QString>

namespace fd::demo {

// How a demo unit works: how often it misses a deadline, how often its technicians do each
// conduct item, how often a repair comes back, how pleased its customers are. Fixed per unit
// so that every screen tells the same story: most units hover around the 80-point line, one
// (U10) is clearly below it and loses its contract when its months are finalized.
struct UnitHabits
{
    double lateness = 0.08;
    double tidiness = 0.93;
    double satisfaction = 8.5; // mean score 0–10
    int roomScore = 13; // out of 15
};

UnitHabits habitsOf(const QString& unitCode);

} // namespace fd::demo
