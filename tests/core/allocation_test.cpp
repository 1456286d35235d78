// SPEC §3 allocation rules, table-tested at their edges.
#include "rules/allocation.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Expected
{
    qint64 subscribers;
    qint64 teams;
    qint64 splicers;
    qint64 fourWheel;
    qint64 technicians;
    qint64 requiredTeams;
};

class AllocationEdges : public ::testing::TestWithParam<Expected>
{
};

ResourceCheck checkFor(const QList<ResourceCheck>& checks, Resource resource)
{
    for (const ResourceCheck& check : checks) {
        if (check.resource == resource)
            return check;
    }
    ADD_FAILURE() << "no check for resource " << resourceKey(resource).toStdString();
    return {};
}

} // namespace

TEST_P(AllocationEdges, RequiredCountsFollowTheSpec)
{
    const Expected e = GetParam();
    const AllocationRules rules;
    EXPECT_EQ(requiredFusionSplicers(rules, e.subscribers), e.splicers);
    EXPECT_EQ(requiredFourWheelVehicles(rules, e.subscribers), e.fourWheel);
    EXPECT_EQ(requiredTechnicians(rules, e.subscribers, e.teams), e.technicians);
    EXPECT_EQ(requiredTeams(rules, e.subscribers), e.requiredTeams);

    UnitResources unit;
    unit.subscribers = e.subscribers;
    unit.teams = e.teams;
    const QList<ResourceCheck> checks = checkAllocation(rules, unit);
    EXPECT_EQ(checkFor(checks, Resource::FusionSplicer).required, e.splicers);
    EXPECT_EQ(checkFor(checks, Resource::FourWheelVehicle).required, e.fourWheel);
    EXPECT_EQ(checkFor(checks, Resource::Technician).required, e.technicians);
    EXPECT_EQ(checkFor(checks, Resource::Team).required, e.requiredTeams);
    EXPECT_EQ(checkFor(checks, Resource::SpecialVehicle).required, 1);
    EXPECT_EQ(checkFor(checks, Resource::Ladder).required, e.teams);
    EXPECT_EQ(checkFor(checks, Resource::ElectricDrill).required, e.teams);
}

// S → splicers 1 + floor(S/5000); four-wheel when S > 5000; technicians
// max(ceil(S/2000), 2 × teams); teams ceil(S/10000).
INSTANTIATE_TEST_SUITE_P(Spec, AllocationEdges,
    ::testing::Values(Expected { 0, 0, 1, 0, 0, 0 }, //
        Expected { 0, 1, 1, 0, 2, 0 }, //
        Expected { 4999, 1, 1, 0, 3, 1 }, //
        Expected { 5000, 1, 2, 0, 3, 1 }, //
        Expected { 5001, 1, 2, 1, 3, 1 }, //
        Expected { 9999, 1, 2, 1, 5, 1 }, //
        Expected { 10000, 1, 3, 1, 5, 1 }, //
        Expected { 10001, 1, 3, 1, 6, 2 }, //
        Expected { 10001, 4, 3, 1, 8, 2 }, //
        Expected { 12000, 2, 3, 1, 6, 2 }, // the SPEC's worked example
        Expected { 2000, 0, 1, 0, 1, 1 }, //
        Expected { 2001, 0, 1, 0, 2, 1 }));

TEST(Allocation, ActualCountsAndShortfalls)
{
    UnitResources unit;
    unit.subscribers = 12000;
    unit.teams = 2;
    unit.activeTechnicians = 5;
    unit.activeTechniciansWithKit = 4;
    unit.fusionSplicers = 3;
    unit.specialVehicles = 0;
    unit.fourWheelVehicles = 1; // counts as the special vehicle too
    unit.ladders = 1;
    unit.electricDrills = 3;
    const QList<ResourceCheck> checks = checkAllocation(AllocationRules(), unit);
    ASSERT_EQ(checks.size(), 8);
    EXPECT_EQ(checks.at(0).resource, Resource::FusionSplicer);
    EXPECT_EQ(checkFor(checks, Resource::FusionSplicer).shortfall(), 0);
    EXPECT_EQ(checkFor(checks, Resource::FtthToolKit).required, 5);
    EXPECT_EQ(checkFor(checks, Resource::FtthToolKit).actual, 4);
    EXPECT_EQ(checkFor(checks, Resource::FtthToolKit).shortfall(), 1);
    EXPECT_EQ(checkFor(checks, Resource::SpecialVehicle).actual, 1);
    EXPECT_EQ(checkFor(checks, Resource::SpecialVehicle).shortfall(), 0);
    EXPECT_EQ(checkFor(checks, Resource::FourWheelVehicle).shortfall(), 0);
    EXPECT_EQ(checkFor(checks, Resource::Ladder).shortfall(), 1);
    EXPECT_EQ(checkFor(checks, Resource::ElectricDrill).shortfall(), 0); // surplus is no shortfall
    EXPECT_EQ(checkFor(checks, Resource::Technician).required, 6);
    EXPECT_EQ(checkFor(checks, Resource::Technician).shortfall(), 1);
    EXPECT_EQ(checkFor(checks, Resource::Team).shortfall(), 0);
}

TEST(Allocation, ResourceKeysInSpecOrder)
{
    QStringList keys;
    for (Resource resource : allResources())
        keys.append(resourceKey(resource));
    EXPECT_EQ(keys,
        QStringList({ u"fusion_splicer"_s, u"ftth_tool_kit"_s, u"special_vehicle"_s,
            u"four_wheel_vehicle"_s, u"ladder"_s, u"electric_drill"_s, u"technician"_s,
            u"team"_s }));
}

TEST(Allocation, RulesComeFromTheRuleSet)
{
    RuleSet rules = RuleSet::defaults();
    ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kSubscribersPerExtraSplicer), 4000).ok());
    ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kFourWheelAbove), 8000).ok());
    ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kTechniciansPerTeam), 3).ok());
    const AllocationRules allocation = AllocationRules::fromRuleSet(rules);
    EXPECT_EQ(requiredFusionSplicers(allocation, 8000), 3);
    EXPECT_EQ(requiredFourWheelVehicles(allocation, 8000), 0);
    EXPECT_EQ(requiredFourWheelVehicles(allocation, 8001), 1);
    EXPECT_EQ(requiredTechnicians(allocation, 100, 2), 6);
}

struct Growth
{
    qint64 subscribers;
    qint64 hundredths;
    qint64 projected;
};

class GrowthRounding : public ::testing::TestWithParam<Growth>
{
};

TEST_P(GrowthRounding, RoundsHalfUp)
{
    EXPECT_EQ(
        projectSubscribers(GetParam().subscribers, GetParam().hundredths), GetParam().projected);
}

INSTANTIATE_TEST_SUITE_P(Spec, GrowthRounding,
    ::testing::Values(Growth { 4999, 0, 4999 }, //
        Growth { 4999, 1000, 5499 }, // 5498.9 → 5499
        Growth { 4545, 1000, 5000 }, // 4999.5 → 5000 (half up)
        Growth { 4545, 1001, 5000 }, // 4999.9545 → 5000
        Growth { 4546, 1000, 5001 }, // 5000.6 → 5001
        Growth { 1, 5000, 2 }, // 1.5 → 2
        Growth { 3, 5000, 5 }, // 4.5 → 5
        Growth { 10000, 1250, 11250 }, //
        Growth { 10001, -5000, 5001 }, // 5000.5 → 5001
        Growth { 12000, -10000, 0 }, //
        Growth { 0, 2500, 0 }));

TEST(GrowthParsing, AcceptsPercentagesWithTwoDecimals)
{
    EXPECT_EQ(parseGrowthPercent(u"10"_s), 1000);
    EXPECT_EQ(parseGrowthPercent(u"12.5"_s), 1250);
    EXPECT_EQ(parseGrowthPercent(u"+0.25"_s), 25);
    EXPECT_EQ(parseGrowthPercent(u"-3"_s), -300);
    EXPECT_EQ(parseGrowthPercent(u"-100"_s), -10000);
    EXPECT_FALSE(parseGrowthPercent(u"-100.01"_s));
    EXPECT_FALSE(parseGrowthPercent(u"1.234"_s));
    EXPECT_FALSE(parseGrowthPercent(u"ten"_s));
    EXPECT_FALSE(parseGrowthPercent(u""_s));
    EXPECT_FALSE(parseGrowthPercent(u"1,5"_s));
}
