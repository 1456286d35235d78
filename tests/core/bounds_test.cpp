// Issue 14, findings 7, 8 and 12 (SPEC §16): bounds of numbers, times and text, enforced in
// the core for imports and services alike, and unknown time zones refused. On both engines.
#include "rules/allocation.h"
#include "rules/bounds.h"
#include "services/areaservice.h"
#include "services/complianceservice.h"
#include "services/equipmentservice.h"
#include "services/import/importservice.h"
#include "services/ruleservice.h"
#include "services/unitservice.h"
#include "support/testdatabase.h"

#include <QTimeZone>
#include <gtest/gtest.h>
#include <limits>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

// Imports `bytes`; returns the one-line summary of a refusal, or an empty string.
QString importRefusal(Session& session, ImportKind kind, const QByteArray& bytes)
{
    ImportFailure failure;
    Result<ImportOutcome> outcome
        = ImportService(session).importBytes(kind, bytes, u"f.csv"_s, &failure);
    return outcome.ok() ? QString() : failure.describe().join(u" | "_s);
}

} // namespace

class Bounds : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.setNow(QDateTime(QDate(2026, 11, 20), QTime(15, 0), QTimeZone::utc()));
        test::seedSmallOrganisation(db.session());
    }
    test::TestDatabase db;
};

TEST_F(Bounds, SubscribersAndQuantitiesHaveCeilingsOnImportAndInServices)
{
    Session& session = db.session();
    EXPECT_EQ(importRefusal(session, ImportKind::Areas,
                  "code,name,unit_code,subscribers\nA9,Borde,U1,100000000\n"),
        QString());
    for (const QByteArray& number :
        { "100000001"_ba, "9223372036854775807"_ba, "100000000000000000"_ba }) {
        const QString refused = importRefusal(session, ImportKind::Areas,
            "code,name,unit_code,subscribers\nA8,Mucho,U1," + number + "\n");
        EXPECT_FALSE(refused.isEmpty()) << number.constData();
        EXPECT_TRUE(refused.contains(u"subscribers"_s)) << refused.toStdString();
    }
    EXPECT_FALSE(
        AreaService(session).save({ { u"A7"_s, u"Sala"_s, u"U1"_s, 100000001, true } }).ok());

    EXPECT_EQ(importRefusal(session, ImportKind::Equipment,
                  "unit_code,team_code,kind,quantity\nU1,,ladder,100000\n"),
        QString());
    for (const QByteArray& number : { "100001"_ba, "99999999999999999999"_ba }) {
        const QString refused = importRefusal(session, ImportKind::Equipment,
            "unit_code,team_code,kind,quantity\nU1,,electric_drill," + number + "\n");
        EXPECT_TRUE(refused.contains(u"quantity"_s)) << refused.toStdString();
    }
    EXPECT_FALSE(EquipmentService(session)
                     .save({ { u"U1"_s, QString(), EquipmentKind::Ladder, 100001 } })
                     .ok());

    // At the ceilings the report still adds up: A1 + A2 + A9 = 100,012,000 subscribers,
    // projected with the largest growth the command line takes (+999,999.99 %).
    Result<ComplianceReport> report = ComplianceService(session).report(99999999);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    ASSERT_EQ(report.value().units.size(), 1);
    const UnitCompliance& unit = report.value().units.first();
    EXPECT_EQ(unit.currentSubscribers, 100012000);
    EXPECT_EQ(unit.subscribers, projectSubscribers(100012000, 99999999));
    EXPECT_GT(unit.subscribers, 100012000LL * 10000);
    for (const ResourceCheck& check : unit.checks) {
        EXPECT_GE(check.required, 0);
        EXPECT_GE(check.shortfall(), 0);
    }
    EXPECT_GE(unit.totalShortfall(), 0);
}

TEST(AllocationArithmetic, NeverOverflowsAtTheEdges)
{
    AllocationRules rules;
    rules.splicersBase = 1;
    rules.subscribersPerExtraSplicer = 1;
    rules.subscribersPerTechnician = 1;
    rules.techniciansPerTeam = std::numeric_limits<qint64>::max();
    rules.subscribersPerTeam = 1;
    rules.laddersPerTeam = std::numeric_limits<qint64>::max();
    rules.drillsPerTeam = 2;
    constexpr qint64 most = std::numeric_limits<qint64>::max();
    EXPECT_EQ(requiredFusionSplicers(rules, most), most);
    EXPECT_EQ(requiredTeams(rules, most), most);
    EXPECT_EQ(requiredTechnicians(rules, most, 3), most);
    EXPECT_EQ(projectSubscribers(most, 99999999), most);
    EXPECT_EQ(projectSubscribers(bounds::kMaxSubscribers, 99999999), 1000099990000LL);
    UnitResources unit;
    unit.subscribers = most;
    unit.teams = most;
    unit.specialVehicles = most;
    unit.fourWheelVehicles = most;
    for (const ResourceCheck& check : checkAllocation(rules, unit)) {
        EXPECT_GE(check.required, 0) << resourceKey(check.resource).toStdString();
        EXPECT_GE(check.actual, 0) << resourceKey(check.resource).toStdString();
    }
}

TEST_F(Bounds, TimesBefore2000AndFutureEventsAreRefused)
{
    Session& session = db.session();
    const QByteArray header
        = "number,kind,account,customer,phone,address,area_code,received_at,team_code,"
          "technician_code,contacted_at,appointment_start,appointment_end,customer_requested_"
          "later,arrived_at,completed_at,status,uniform,permit_shown,location_consulted,tested,"
          "site_cleaned,signed_by,rx_power_dbm,exempt_reason\n";
    const QString old = importRefusal(session, ImportKind::Orders,
        header + "O-1,install,AC1,Ana,,Calle 1,A1,1900-01-01T09:00:00Z,,,,,,no,,,new,,,,,,,,\n");
    EXPECT_TRUE(old.contains(u"2000-01-01"_s)) << old.toStdString();
    EXPECT_TRUE(old.contains(u"received_at"_s)) << old.toStdString();
    const QString future = importRefusal(session, ImportKind::Orders,
        header + "O-1,install,AC1,Ana,,Calle 1,A1,2027-01-01T09:00:00Z,,,,,,no,,,new,,,,,,,,\n");
    EXPECT_TRUE(future.contains(u"future"_s)) << future.toStdString();
    const QString oldContract = importRefusal(session, ImportKind::Units,
        "code,name,contract_no,contract_start,status\nU5,Cinco,,1999-12-31,candidate\n");
    EXPECT_TRUE(oldContract.contains(u"2000-01-01"_s)) << oldContract.toStdString();
    const QString complaint = importRefusal(session, ImportKind::Complaints,
        "order_number,unit_code,received_at,source,category,status,staff_caused,verified_at,"
        "description\n,U1,1970-01-01T00:00:00Z,call,delay,open,,,Nunca vino\n");
    EXPECT_TRUE(complaint.contains(u"2000-01-01"_s)) << complaint.toStdString();
}

TEST_F(Bounds, ImpossibleReceivePowerIsRefused)
{
    Session& session = db.session();
    const QByteArray header
        = "number,kind,account,customer,phone,address,area_code,received_at,team_code,"
          "technician_code,contacted_at,appointment_start,appointment_end,customer_requested_"
          "later,arrived_at,completed_at,status,uniform,permit_shown,location_consulted,tested,"
          "site_cleaned,signed_by,rx_power_dbm,exempt_reason\n";
    const QByteArray row = "O-1,install,AC1,Ana,,Calle 1,A1,2026-11-01T09:00:00Z,T1,,,,,no,"
                           "2026-11-02T09:00:00Z,2026-11-02T11:00:00Z,completed,yes,yes,yes,yes,"
                           "yes,Ana,";
    for (const QByteArray& power : { "1e20"_ba, "100000000000000000000"_ba, "-99"_ba, "31"_ba }) {
        const QString refused
            = importRefusal(session, ImportKind::Orders, header + row + power + ",\n");
        EXPECT_TRUE(refused.contains(u"rx_power_dbm"_s))
            << power.constData() << ": " << refused.toStdString();
    }
    EXPECT_EQ(importRefusal(session, ImportKind::Orders, header + row + "-35.5,\n"), QString())
        << "outside the accepted range but a real reading: stored, the test did not pass";
}

TEST_F(Bounds, ControlAndZeroWidthCharactersAreRefusedInText)
{
    Session& session = db.session();
    for (const QString& name : { u"Uni\u200Bdad"_s, u"Uni\u202Edad"_s, u"Uni\uFEFFdad"_s,
             u"Uni\u0007dad"_s, u"Uni\u00ADdad"_s }) {
        const QString refused = importRefusal(session, ImportKind::Units,
            "code,name,contract_no,contract_start,status\nU6," + name.toUtf8() + ",,,candidate\n");
        EXPECT_TRUE(refused.contains(u"name"_s)) << refused.toStdString();
        Unit unit;
        unit.code = u"U6"_s;
        unit.name = name;
        EXPECT_FALSE(UnitService(session).save({ unit }, UnitService::Origin::Edited).ok());
    }
    const QString code = importRefusal(session, ImportKind::Units,
        "code,name,contract_no,contract_start,status\n\"U\u200D7\",Siete,,,candidate\n");
    EXPECT_TRUE(code.contains(u"code"_s)) << code.toStdString();
    // Accents, Chinese and a line break in a multi-line description are fine.
    EXPECT_EQ(importRefusal(session, ImportKind::Units,
                  "code,name,contract_no,contract_start,status\nU8,Ñandú 华南,,,candidate\n"),
        QString());
}

TEST_F(Bounds, UnknownTimeZoneNamesAreRefusedInTheSettings)
{
    RuleService rules(db.session());
    for (const QString& zone : { u"Foo"_s, u"Lima"_s, u"America/Nowhere"_s }) {
        const Status refused = rules.setTimeZoneId(zone);
        EXPECT_FALSE(refused.ok()) << zone.toStdString();
        EXPECT_TRUE(refused.error().contains(zone)) << refused.error().toStdString();
        EXPECT_FALSE(timeZoneNamed(zone).ok());
    }
    EXPECT_TRUE(rules.setTimeZoneId(u"America/Lima"_s).ok());
    EXPECT_EQ(rules.timeZoneId().value(), u"America/Lima"_s);
    Result<QTimeZone> zone = operatorTimeZone(db.database(), u"Lima"_s);
    EXPECT_FALSE(zone.ok());
}
