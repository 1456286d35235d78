#include "rules/ruleset.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

TEST(RuleSet, DefaultsAreTheSpecs)
{
    const RuleSet rules = RuleSet::defaults();
    EXPECT_EQ(rules.whole(rule::kSplicerBase), 1);
    EXPECT_EQ(rules.whole(rule::kSubscribersPerExtraSplicer), 5000);
    EXPECT_EQ(rules.whole(rule::kFourWheelAbove), 5000);
    EXPECT_EQ(rules.whole(rule::kSubscribersPerTechnician), 2000);
    EXPECT_EQ(rules.whole(rule::kTechniciansPerTeam), 2);
    EXPECT_EQ(rules.whole(rule::kSubscribersPerTeam), 10000);
    EXPECT_DOUBLE_EQ(rules.value(rule::kQualificationPassMark), 60.0);
    EXPECT_EQ(rules.whole(rule::kRectifyDays), 30);
}

TEST(RuleSet, RefusesUnknownKeysOutOfRangeAndFractions)
{
    RuleSet rules = RuleSet::defaults();
    EXPECT_FALSE(rules.set(u"no.such.rule"_s, 1).ok());
    const QString perSplicer = QString::fromUtf16(rule::kSubscribersPerExtraSplicer);
    EXPECT_FALSE(rules.set(perSplicer, 0).ok()) << "a divisor of zero must be refused";
    EXPECT_FALSE(rules.set(perSplicer, 2500.5).ok());
    EXPECT_FALSE(rules.set(QString::fromUtf16(rule::kQualificationPassMark), 100.5).ok());
    EXPECT_TRUE(rules.set(QString::fromUtf16(rule::kQualificationPassMark), 62.5).ok());
    EXPECT_DOUBLE_EQ(rules.value(rule::kQualificationPassMark), 62.5);
    EXPECT_EQ(rules.whole(rule::kSubscribersPerExtraSplicer), 5000)
        << "refused values leave the old one";
}

TEST(RuleSet, EveryDefinitionHasLabelsAndSaneBounds)
{
    for (const RuleDefinition& definition : ruleDefinitions()) {
        EXPECT_FALSE(definition.displayName().isEmpty()) << definition.key.toStdString();
        EXPECT_FALSE(definition.groupName().isEmpty()) << definition.key.toStdString();
        EXPECT_LE(definition.minimum, definition.defaultValue) << definition.key.toStdString();
        EXPECT_GE(definition.maximum, definition.defaultValue) << definition.key.toStdString();
    }
}
