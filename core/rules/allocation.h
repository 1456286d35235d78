#pragma once

#include "rules/ruleset.h"

#include <QList>
#include <QString>
#include <optional>

namespace fd {

// SPEC §3: what a unit must hold for the subscribers it serves. Pure functions.

enum class Resource
{
    FusionSplicer,
    FtthToolKit,
    SpecialVehicle,
    FourWheelVehicle,
    Ladder,
    ElectricDrill,
    Technician,
    Team,
};

QString resourceKey(Resource resource); // the SPEC §9 JSON name
QString resourceDisplayName(Resource resource);
QList<Resource> allResources(); // in the SPEC's order

struct AllocationRules
{
    qint64 splicersBase = 1;
    qint64 subscribersPerExtraSplicer = 5000;
    qint64 minSpecialVehicles = 1;
    qint64 fourWheelAboveSubscribers = 5000;
    qint64 fourWheelRequired = 1;
    qint64 laddersPerTeam = 1;
    qint64 drillsPerTeam = 1;
    qint64 subscribersPerTechnician = 2000;
    qint64 techniciansPerTeam = 2;
    qint64 subscribersPerTeam = 10000;

    static AllocationRules fromRuleSet(const RuleSet& rules);
};

// What a unit actually has, counted by the storage layer.
struct UnitResources
{
    qint64 subscribers = 0;
    qint64 teams = 0; // active teams
    qint64 activeTechnicians = 0;
    qint64 activeTechniciansWithKit = 0;
    qint64 fusionSplicers = 0;
    qint64 specialVehicles = 0; // not counting four-wheel vehicles
    qint64 fourWheelVehicles = 0;
    qint64 ladders = 0;
    qint64 electricDrills = 0;
};

struct ResourceCheck
{
    Resource resource = Resource::FusionSplicer;
    qint64 required = 0;
    qint64 actual = 0;

    qint64 shortfall() const { return required > actual ? required - actual : 0; }
};

qint64 requiredFusionSplicers(const AllocationRules& rules, qint64 subscribers);
qint64 requiredFourWheelVehicles(const AllocationRules& rules, qint64 subscribers);
qint64 requiredTechnicians(const AllocationRules& rules, qint64 subscribers, qint64 teams);
qint64 requiredTeams(const AllocationRules& rules, qint64 subscribers);

// One check per resource, in allResources() order.
QList<ResourceCheck> checkAllocation(const AllocationRules& rules, const UnitResources& unit);

// Subscribers after a growth of `growthHundredths` hundredths of a percent (1250 = 12.5 %),
// rounded half up (SPEC §3 planning view). Growth below −100 % leaves no subscribers.
qint64 projectSubscribers(qint64 subscribers, qint64 growthHundredths);

// Parses a growth percentage such as "12.5" or "-3" into hundredths of a percent.
// At most two decimals; nothing below −100 %.
std::optional<qint64> parseGrowthPercent(const QString& text);

} // namespace fd
