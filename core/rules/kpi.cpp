#include "kpi.h"

#include <algorithm>

namespace fd {

std::optional<qint64> nearestRank(QList<qint64> values, int percent)
{
    if (values.isEmpty() || percent <= 0 || percent > 100)
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qint64 n = values.size();
    const qint64 rank = (qint64(percent) * n + 99) / 100; // ⌈P·n/100⌉, at least 1
    return values.at(qsizetype(qMax<qint64>(1, rank) - 1));
}

Rational hoursOneDecimal(qint64 seconds)
{
    return Rational(seconds, 3600).roundedHalfUp(1);
}

std::optional<Rational> percentOneDecimal(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return Rational(100 * part, whole).roundedHalfUp(1);
}

std::optional<Rational> percentileHours(const QList<qint64>& seconds, int percent)
{
    const std::optional<qint64> value = nearestRank(seconds, percent);
    if (!value)
        return std::nullopt;
    return hoursOneDecimal(*value);
}

} // namespace fd
