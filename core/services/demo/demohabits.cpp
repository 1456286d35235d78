#include "demohabits.h"

#include <QHash>

namespace fd::demo {

UnitHabits habitsOf(const QString& unitCode)
{
    static const QHash<QString, UnitHabits> habits = {
        { QStringLiteral("U01"), { 0.06, 0.95, 8.8, 14 } },
        { QStringLiteral("U02"), { 0.03, 0.97, 9.2, 15 } },
        { QStringLiteral("U03"), { 0.10, 0.90, 8.1, 12 } },
        { QStringLiteral("U04"), { 0.04, 0.96, 9.0, 14 } },
        { QStringLiteral("U05"), { 0.12, 0.88, 7.9, 12 } },
        { QStringLiteral("U06"), { 0.07, 0.94, 8.6, 13 } },
        { QStringLiteral("U07"), { 0.05, 0.95, 8.9, 15 } },
        { QStringLiteral("U08"), { 0.14, 0.87, 7.6, 11 } },
        { QStringLiteral("U09"), { 0.08, 0.92, 8.4, 13 } },
        { QStringLiteral("U10"), { 0.30, 0.80, 6.4, 9 } },
        { QStringLiteral("U11"), { 0.09, 0.91, 8.3, 12 } },
        { QStringLiteral("U12"), { 0.05, 0.95, 8.8, 14 } },
    };
    const auto found = habits.constFind(unitCode);
    if (found != habits.cend())
        return *found;
    const uint hash = qHash(unitCode, 7);
    return { 0.03 + (hash % 13) / 100.0, 0.88 + (hash % 9) / 100.0, 7.5 + (hash % 20) / 10.0,
        11 + int(hash % 5) };
}

} // namespace fd::demo
