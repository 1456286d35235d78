#pragma once

#include "rules/rational.h"

#include <QList>
#include <optional>

namespace fd {

// SPEC §12's arithmetic, pure: nearest-rank percentiles, hours and percentages rounded half
// up to one decimal.

// Percentile `percent` (1–100) of `values` by nearest rank: the value at rank
// ⌈percent·n/100⌉ of the values sorted ascending; none when there are no values. `values`
// need not be sorted.
std::optional<qint64> nearestRank(QList<qint64> values, int percent);

// Seconds as hours, rounded half up to one decimal.
Rational hoursOneDecimal(qint64 seconds);

// part/whole × 100 rounded half up to one decimal; none when whole is 0.
std::optional<Rational> percentOneDecimal(qint64 part, qint64 whole);

// The percentile of `seconds` in hours (one decimal), none when there are none.
std::optional<Rational> percentileHours(const QList<qint64>& seconds, int percent);

} // namespace fd
