#include "allocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// The allocation's arithmetic never overflows (SPEC §16), whatever the stored figures: it
// is done in 128 bits and a result beyond 64 bits is held at the largest 64-bit value
// (a requirement no unit can meet, which the report shows as such).
__extension__ typedef __int128 Wide;

qint64 clamp64(Wide value)
{
    constexpr qint64 most = std::numeric_limits<qint64>::max();
    constexpr qint64 least = std::numeric_limits<qint64>::min();
    return value > Wide(most) ? most : value < Wide(least) ? least : qint64(value);
}

qint64 ceilDiv(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0 || numerator <= 0)
        return 0;
    return numerator / denominator + (numerator % denominator != 0 ? 1 : 0);
}

qint64 multiply(qint64 a, qint64 b)
{
    return clamp64(Wide(a) * Wide(b));
}

} // namespace

QString resourceKey(Resource resource)
{
    switch (resource) {
    case Resource::FusionSplicer:
        return u"fusion_splicer"_s;
    case Resource::FtthToolKit:
        return u"ftth_tool_kit"_s;
    case Resource::SpecialVehicle:
        return u"special_vehicle"_s;
    case Resource::FourWheelVehicle:
        return u"four_wheel_vehicle"_s;
    case Resource::Ladder:
        return u"ladder"_s;
    case Resource::ElectricDrill:
        return u"electric_drill"_s;
    case Resource::Technician:
        return u"technician"_s;
    case Resource::Team:
        return u"team"_s;
    }
    return {};
}

QString resourceDisplayName(Resource resource)
{
    switch (resource) {
    case Resource::FusionSplicer:
        return QCoreApplication::translate("fd::Resource", "Fusion splicers");
    case Resource::FtthToolKit:
        return QCoreApplication::translate("fd::Resource", "FTTH tool kits");
    case Resource::SpecialVehicle:
        return QCoreApplication::translate("fd::Resource", "Special vehicles");
    case Resource::FourWheelVehicle:
        return QCoreApplication::translate("fd::Resource", "Four-wheel vehicles");
    case Resource::Ladder:
        return QCoreApplication::translate("fd::Resource", "Ladders");
    case Resource::ElectricDrill:
        return QCoreApplication::translate("fd::Resource", "Electric drills");
    case Resource::Technician:
        return QCoreApplication::translate("fd::Resource", "Technicians");
    case Resource::Team:
        return QCoreApplication::translate("fd::Resource", "Teams");
    }
    return {};
}

QList<Resource> allResources()
{
    return { Resource::FusionSplicer, Resource::FtthToolKit, Resource::SpecialVehicle,
        Resource::FourWheelVehicle, Resource::Ladder, Resource::ElectricDrill, Resource::Technician,
        Resource::Team };
}

AllocationRules AllocationRules::fromRuleSet(const RuleSet& rules)
{
    AllocationRules result;
    result.splicersBase = rules.whole(rule::kSplicerBase);
    result.subscribersPerExtraSplicer = rules.whole(rule::kSubscribersPerExtraSplicer);
    result.minSpecialVehicles = rules.whole(rule::kMinSpecialVehicles);
    result.fourWheelAboveSubscribers = rules.whole(rule::kFourWheelAbove);
    result.fourWheelRequired = rules.whole(rule::kFourWheelRequired);
    result.laddersPerTeam = rules.whole(rule::kLaddersPerTeam);
    result.drillsPerTeam = rules.whole(rule::kDrillsPerTeam);
    result.subscribersPerTechnician = rules.whole(rule::kSubscribersPerTechnician);
    result.techniciansPerTeam = rules.whole(rule::kTechniciansPerTeam);
    result.subscribersPerTeam = rules.whole(rule::kSubscribersPerTeam);
    return result;
}

qint64 requiredFusionSplicers(const AllocationRules& rules, qint64 subscribers)
{
    // "at least one, one more per 5,000 users": 5,000 users already call for the second.
    if (rules.subscribersPerExtraSplicer <= 0)
        return rules.splicersBase;
    return clamp64(Wide(rules.splicersBase)
        + Wide(qMax<qint64>(0, subscribers) / rules.subscribersPerExtraSplicer));
}

qint64 requiredFourWheelVehicles(const AllocationRules& rules, qint64 subscribers)
{
    return subscribers > rules.fourWheelAboveSubscribers ? rules.fourWheelRequired : 0;
}

qint64 requiredTechnicians(const AllocationRules& rules, qint64 subscribers, qint64 teams)
{
    return qMax(ceilDiv(subscribers, rules.subscribersPerTechnician),
        multiply(rules.techniciansPerTeam, teams));
}

qint64 requiredTeams(const AllocationRules& rules, qint64 subscribers)
{
    return ceilDiv(subscribers, rules.subscribersPerTeam);
}

QList<ResourceCheck> checkAllocation(const AllocationRules& rules, const UnitResources& unit)
{
    const qint64 s = unit.subscribers;
    QList<ResourceCheck> checks;
    checks.reserve(8);
    checks.append(
        { Resource::FusionSplicer, requiredFusionSplicers(rules, s), unit.fusionSplicers });
    checks.append({ Resource::FtthToolKit, unit.activeTechnicians, unit.activeTechniciansWithKit });
    // Four-wheel vehicles count as special vehicles (SPEC §3).
    checks.append({ Resource::SpecialVehicle, rules.minSpecialVehicles,
        clamp64(Wide(unit.specialVehicles) + Wide(unit.fourWheelVehicles)) });
    checks.append({ Resource::FourWheelVehicle, requiredFourWheelVehicles(rules, s),
        unit.fourWheelVehicles });
    checks.append({ Resource::Ladder, multiply(rules.laddersPerTeam, unit.teams), unit.ladders });
    checks.append({ Resource::ElectricDrill, multiply(rules.drillsPerTeam, unit.teams),
        unit.electricDrills });
    checks.append({ Resource::Technician, requiredTechnicians(rules, s, unit.teams),
        unit.activeTechnicians });
    checks.append({ Resource::Team, requiredTeams(rules, s), unit.teams });
    return checks;
}

qint64 projectSubscribers(qint64 subscribers, qint64 growthHundredths)
{
    const qint64 factor = 10000 + growthHundredths; // in hundredths of a percent
    if (factor <= 0 || subscribers <= 0)
        return 0;
    return clamp64((Wide(subscribers) * Wide(factor) + 5000) / 10000);
}

std::optional<qint64> parseGrowthPercent(const QString& text)
{
    static const QRegularExpression pattern(u"^([+-]?)(\\d{1,6})(?:\\.(\\d{1,2}))?$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString decimals = match.captured(3);
    decimals = decimals.leftJustified(2, u'0');
    qint64 hundredths = match.captured(2).toLongLong() * 100 + decimals.toLongLong();
    if (match.captured(1) == u"-"_s)
        hundredths = -hundredths;
    if (hundredths < -10000)
        return std::nullopt;
    return hundredths;
}

} // namespace fd
