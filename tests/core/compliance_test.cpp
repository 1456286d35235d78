// SPEC §3 compliance report end to end: counts taken from the organisation.
#include "services/complianceservice.h"
#include "services/equipmentservice.h"
#include "services/import/importservice.h"
#include "services/ruleservice.h"
#include "services/teamservice.h"
#include "services/technicianservice.h"
#include "services/unitservice.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 required(const UnitCompliance& unit, Resource resource)
{
    for (const ResourceCheck& check : unit.checks) {
        if (check.resource == resource)
            return check.required;
    }
    return -1;
}

qint64 actual(const UnitCompliance& unit, Resource resource)
{
    for (const ResourceCheck& check : unit.checks) {
        if (check.resource == resource)
            return check.actual;
    }
    return -1;
}

void importOrDie(Session& session, ImportKind kind, const QByteArray& bytes)
{
    ImportFailure failure;
    ASSERT_TRUE(ImportService(session).importBytes(kind, bytes, u"f.csv"_s, &failure).ok())
        << failure.describe().join(u" | "_s).toStdString();
}

} // namespace

class ComplianceReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // U1: 4,999 + 7,001 = 12,000 subscribers in areas A1, A2 with team T1 (SPEC example
        // with one team here, so the team rule falls short by one).
        test::seedSmallOrganisation(db.session());
        importOrDie(db.session(), ImportKind::Technicians,
            "code,team_code,name,phone,permit_no,ftth_kit,active\n"
            "P1,T1,Ana,,,yes,yes\nP2,T1,Eva,,,yes,yes\nP3,T1,Luis,,,no,yes\nP4,T1,Raúl,,,yes,no\n");
        importOrDie(db.session(), ImportKind::Equipment,
            "unit_code,team_code,kind,quantity\n"
            "U1,,fusion_splicer,2\nU1,T1,fusion_splicer,1\nU1,T1,ladder,1\nU1,,four_wheel_vehicle,"
            "1\n");
    }

    test::TestDatabase db;
};

TEST_F(ComplianceReportTest, CountsWhatTheUnitHas)
{
    const ComplianceReport report = ComplianceService(db.session()).report().value();
    ASSERT_EQ(report.units.size(), 1);
    const UnitCompliance& unit = report.units.first();
    EXPECT_EQ(unit.subscribers, 12000);
    EXPECT_EQ(report.ruleVersion, 1);
    EXPECT_EQ(required(unit, Resource::FusionSplicer), 3);
    EXPECT_EQ(actual(unit, Resource::FusionSplicer), 3) << "team-held splicers count for the unit";
    EXPECT_EQ(required(unit, Resource::FtthToolKit), 3) << "one per active technician";
    EXPECT_EQ(actual(unit, Resource::FtthToolKit), 2)
        << "the inactive technician's kit does not count";
    EXPECT_EQ(actual(unit, Resource::SpecialVehicle), 1)
        << "a four-wheel vehicle is a special vehicle";
    EXPECT_EQ(required(unit, Resource::FourWheelVehicle), 1);
    EXPECT_EQ(required(unit, Resource::Technician), 6);
    EXPECT_EQ(actual(unit, Resource::Technician), 3);
    EXPECT_EQ(required(unit, Resource::Team), 2);
    EXPECT_EQ(actual(unit, Resource::Team), 1);
    EXPECT_EQ(required(unit, Resource::Ladder), 1);
    EXPECT_EQ(actual(unit, Resource::ElectricDrill), 0);
    EXPECT_FALSE(unit.compliant());
    EXPECT_TRUE(unit.uncoveredAreas.isEmpty());
}

TEST_F(ComplianceReportTest, InactiveAreasAndTeamsDoNotCount)
{
    importOrDie(
        db.session(), ImportKind::Areas, "code,name,unit_code,subscribers\nA3,Barranco,U1,3000\n");
    ComplianceReport report = ComplianceService(db.session()).report().value();
    EXPECT_EQ(report.units.first().subscribers, 15000);
    EXPECT_EQ(report.units.first().uncoveredAreas, QStringList({ u"A3"_s }));

    ASSERT_TRUE(TeamService(db.session()).setActive(u"T1"_s, false).ok());
    report = ComplianceService(db.session()).report().value();
    EXPECT_EQ(actual(report.units.first(), Resource::Team), 0);
    EXPECT_EQ(actual(report.units.first(), Resource::Technician), 0)
        << "technicians of an inactive team";
    EXPECT_EQ(report.units.first().uncoveredAreas, QStringList({ u"A1"_s, u"A2"_s, u"A3"_s }));
}

TEST_F(ComplianceReportTest, GrowthProjectsSubscribersRoundedHalfUp)
{
    // 12,000 × 1.25 = 15,000 → 4 splicers, 8 technicians, 2 teams.
    const UnitCompliance unit = ComplianceService(db.session()).report(2500).value().units.first();
    EXPECT_EQ(unit.currentSubscribers, 12000);
    EXPECT_EQ(unit.subscribers, 15000);
    EXPECT_EQ(required(unit, Resource::FusionSplicer), 4);
    EXPECT_EQ(required(unit, Resource::Technician), 8);
    EXPECT_EQ(required(unit, Resource::Team), 2);
}

TEST_F(ComplianceReportTest, RuleChangesApplyFromTheirVersion)
{
    RuleSet rules = RuleService(db.session()).current().value();
    ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kSubscribersPerTechnician), 1000).ok());
    EXPECT_EQ(RuleService(db.session()).saveVersion(rules, u"tighter staffing"_s).value(), 2);
    const ComplianceReport report = ComplianceService(db.session()).report().value();
    EXPECT_EQ(report.ruleVersion, 2);
    EXPECT_EQ(required(report.units.first(), Resource::Technician), 12);
    EXPECT_EQ(RuleService(db.session()).saveVersion(rules, u"same again"_s).value(), 2)
        << "no change, no version";
}

TEST_F(ComplianceReportTest, EveryUnitIsListedWhateverItsStatus)
{
    ASSERT_TRUE(
        UnitService(db.session()).changeStatus(u"U1"_s, UnitStatus::Retired, u"end"_s).ok());
    const ComplianceReport report = ComplianceService(db.session()).report().value();
    ASSERT_EQ(report.units.size(), 1);
    EXPECT_EQ(report.units.first().status, UnitStatus::Retired);
}
