// SPEC §12: the regulatory indicators of a month, checked against a hand calculation on a
// small fixture (below), nearest-rank percentiles, rounding half up, nulls where there is
// nothing to measure. Runs on both engines (the pg. run of this binary).
#include "rules/kpi.h"
#include "services/export/reportexport.h"
#include "services/import/importservice.h"
#include "services/kpiservice.h"
#include "services/ruleservice.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kOctober(2026, 10, 1);

void importOrDie(Session& session, ImportKind kind, const QByteArray& rows)
{
    ImportFailure failure;
    const QByteArray file = importColumns(kind).join(u',').toUtf8() + "\n" + rows;
    ASSERT_TRUE(ImportService(session).importBytes(kind, file, u"f.csv"_s, &failure).ok())
        << failure.describe().join(u"\n"_s).toStdString();
}

std::string text(const std::optional<Rational>& value)
{
    return value ? value->toString(2).toStdString() : std::string("null");
}

// Rational(n, 10): a figure with one decimal.
std::optional<Rational> tenths(qint64 n)
{
    return Rational(n, 10);
}

class Kpi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::seedSmallOrganisation(db.session()); // U1: A1 4,999 + A2 7,001 = 12,000
        importOrDie(db.session(), ImportKind::Units, "U2,Dos,,,active\n");
        importOrDie(db.session(), ImportKind::Areas, "A3,Barranco,U2,900\n");
        importOrDie(db.session(), ImportKind::Teams, "T2,U2,Cuadrilla 2,A3\n");
        importOrDie(
            db.session(), ImportKind::Technicians, "P1,T1,Ana,,,yes,yes\nP2,T2,Eva,,,yes,yes\n");
        // The missed-appointment credit of SPEC §11 (15), beside §4's defaults: install or
        // move 20 once, repair 10 per started day late, at most 100.
        RuleSet rules = RuleService(db.session()).current().value();
        ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kCreditMissedAppointment), 15).ok());
        ASSERT_TRUE(RuleService(db.session()).saveVersion(rules, u"missed appointments"_s).ok());
    }

    // October 2026 in Lima (UTC−5); the clock stands at 2026-11-20 05:00 Lima.
    void october()
    {
        const QByteArray done = ",completed,yes,yes,yes,yes,yes,Cliente,-20,\n";
        QByteArray orders;
        // number, kind, area, team, received, contacted, window start, window end, later,
        // arrived, completed, rest of the row
        auto add = [&](const char* number, const char* kind, const char* area, const char* team,
                       const char* received, const char* contacted, const char* start,
                       const char* end, const char* later, const char* arrived,
                       const char* completed, const QByteArray& tail) {
            orders += QByteArray(number) + ',' + kind + ",ACC-" + number + ",Cliente,,," + area
                + ',' + received + ',' + team + ',' + (QByteArray(team) == "T1" ? "P1" : "P2") + ','
                + contacted + ',' + start + ',' + end + ',' + later + ',' + arrived + ','
                + completed + tail;
        };
        // Installs of U1 completed in October (hours completed − received; met = arrival by
        // the deadline):
        //   S1  6.0 h  met (deadline 10-05 23:59:59)
        //   S2 26.0 h  late (deadline 10-06 23:59:59); window 08–09 on 10-07, came 10:00:
        //              missed; credit 20 + 15
        //   S3 19.5 h  met (after the cut-off: deadline 10-09 17:00)
        //   S4 36.0 h  met (received in September, after the cut-off: deadline 10-01 20:00)
        //   M1 51.0 h  late: the customer asked for the later window, so the deadline is its
        //              end (10-16 10:00) and the arrival at 11:00 misses it; credit 20; no
        //              missed appointment (rearranged at the customer's request)
        add("S1", "install", "A1", "T1", "2026-10-05T09:00:00", "2026-10-05T09:30:00",
            "2026-10-05T13:00:00", "2026-10-05T15:00:00", "no", "2026-10-05T14:00:00",
            "2026-10-05T15:00:00", done);
        add("S2", "install", "A1", "T1", "2026-10-06T09:00:00", "2026-10-06T09:30:00",
            "2026-10-07T08:00:00", "2026-10-07T09:00:00", "no", "2026-10-07T10:00:00",
            "2026-10-07T11:00:00", done);
        add("S3", "install", "A2", "T1", "2026-10-08T17:00:00", "2026-10-08T17:30:00",
            "2026-10-09T08:00:00", "2026-10-09T10:00:00", "no", "2026-10-09T09:00:00",
            "2026-10-09T12:30:00", done);
        add("S4", "install", "A1", "T1", "2026-09-30T20:00:00", "", "", "", "no",
            "2026-10-01T10:00:00", "2026-10-02T08:00:00", done);
        add("M1", "install", "A1", "T1", "2026-10-14T09:00:00", "2026-10-14T09:30:00",
            "2026-10-16T08:00:00", "2026-10-16T10:00:00", "yes", "2026-10-16T11:00:00",
            "2026-10-16T12:00:00", done);
        // Repairs of U1 (hours completed − received):
        //   R1  2.333 h  met
        //   R2 42.0 h    late by 33 h: 2 started days, credit 20
        //   R3  0.25 h   met
        //   R4 cancelled: in no population
        //   R5  4.05 h   met
        //   R6  6.5 h    met
        //   R7 open, deadline 10-30 23:59:59 passed unmet: 21 started days by now, credit
        //      capped at 100
        //   M2 open, window 14–16 on 10-28, nobody came: missed; credit 100 + 15
        add("R1", "repair", "A1", "T1", "2026-10-10T09:00:00", "", "", "", "no",
            "2026-10-10T10:00:00", "2026-10-10T11:20:00", done);
        add("R2", "repair", "A2", "T1", "2026-10-12T15:00:00", "", "", "", "no",
            "2026-10-14T08:00:00", "2026-10-14T09:00:00", done);
        add("R3", "repair", "A1", "T1", "2026-10-20T10:00:00", "", "", "", "no",
            "2026-10-20T10:05:00", "2026-10-20T10:15:00", done);
        orders += "R4,repair,ACC-R4,Cliente,,,A1,2026-10-21T09:00:00,,,,,,,,,cancelled,,,,,,,,\n";
        add("R5", "repair", "A1", "T1", "2026-10-25T08:00:00", "", "", "", "no",
            "2026-10-25T09:00:00", "2026-10-25T12:03:00", done);
        add("R6", "repair", "A1", "T1", "2026-10-26T09:00:00", "", "", "", "no",
            "2026-10-26T10:00:00", "2026-10-26T15:30:00", done);
        orders
            += "R7,repair,ACC-R7,Cliente,,,A1,2026-10-30T09:00:00,T1,P1,,,,,,,assigned,,,,,,,,\n";
        add("M2", "repair", "A1", "T1", "2026-10-28T09:00:00", "2026-10-28T09:30:00",
            "2026-10-28T14:00:00", "2026-10-28T16:00:00", "no", "", "", ",scheduled,,,,,,,,\n");
        // A cancelled order whose window ended in October: in no population.
        add("C1", "install", "A1", "T1", "2026-10-19T09:00:00", "2026-10-19T09:30:00",
            "2026-10-20T08:00:00", "2026-10-20T10:00:00", "no", "", "", ",cancelled,,,,,,,,\n");
        // U2: one install, 2 h, met.
        add("X1", "install", "A3", "T2", "2026-10-03T09:00:00", "", "", "", "no",
            "2026-10-03T10:00:00", "2026-10-03T11:00:00", done);
        importOrDie(db.session(), ImportKind::Orders, orders);
        // Complaints of U1 resolved in October (hours resolved − received; the file's
        // resolution time is its verdict time): K1 36, K2 4.5, K3 72 (received in
        // September), K6 1.1, K7 24. K4 is only verified; K5 was resolved in November.
        importOrDie(db.session(), ImportKind::Complaints,
            ",U1,2026-10-02T09:00:00,hotline,late,resolved,no,2026-10-03T21:00:00,K1\n"
            ",U1,2026-10-10T10:00:00,hotline,late,resolved,no,2026-10-10T14:30:00,K2\n"
            ",U1,2026-09-28T08:00:00,hotline,other,resolved,no,2026-10-01T08:00:00,K3\n"
            ",U1,2026-10-20T09:00:00,hotline,other,verified,no,2026-10-21T09:00:00,K4\n"
            ",U1,2026-10-25T09:00:00,hotline,other,resolved,no,2026-11-02T09:00:00,K5\n"
            ",U1,2026-10-15T09:00:00,hotline,other,resolved,no,2026-10-15T10:06:00,K6\n"
            ",U1,2026-10-16T09:00:00,hotline,other,resolved,no,2026-10-17T09:00:00,K7\n");
    }

    test::TestDatabase db; // the clock stands at 2026-11-20 10:00 UTC
};

} // namespace

TEST(KpiRules, NearestRank)
{
    // ⌈P·n/100⌉: n = 5, p80 → rank 4; p95 → rank ⌈4.75⌉ = 5; p50 → rank ⌈2.5⌉ = 3.
    const QList<qint64> five { 50, 10, 40, 20, 30 };
    EXPECT_EQ(nearestRank(five, 80), 40);
    EXPECT_EQ(nearestRank(five, 95), 50);
    EXPECT_EQ(nearestRank(five, 50), 30);
    EXPECT_EQ(nearestRank(five, 20), 10) << "rank exactly 1";
    EXPECT_EQ(nearestRank(five, 100), 50);
    EXPECT_EQ(nearestRank({ 7 }, 1), 7);
    // n = 4, p50 → rank 2 (not the mean of the middle two).
    EXPECT_EQ(nearestRank({ 4, 1, 3, 2 }, 50), 2);
    EXPECT_FALSE(nearestRank({}, 50).has_value());
}

TEST(KpiRules, RoundingHalfUp)
{
    EXPECT_EQ(hoursOneDecimal(900), Rational(3, 10)) << "0.25 h → 0.3";
    EXPECT_EQ(hoursOneDecimal(14580), Rational(41, 10)) << "4.05 h → 4.1";
    EXPECT_EQ(hoursOneDecimal(8400), Rational(23, 10)) << "2.333 h → 2.3";
    EXPECT_EQ(hoursOneDecimal(179), Rational(0)) << "0.0497 h → 0.0";
    EXPECT_EQ(hoursOneDecimal(180), Rational(1, 10)) << "0.05 h → 0.1";
    EXPECT_EQ(percentOneDecimal(2, 3), Rational(667, 10));
    EXPECT_EQ(percentOneDecimal(1, 8), Rational(125, 10)) << "12.5 stays";
    EXPECT_EQ(percentOneDecimal(1, 16), Rational(63, 10)) << "6.25 → 6.3";
    EXPECT_FALSE(percentOneDecimal(0, 0).has_value());
}

TEST_F(Kpi, MatchesTheHandCalculation)
{
    october();
    Result<QList<KpiRow>> result = KpiService(db.session()).month(kOctober);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    const QList<KpiRow>& rows = result.value();
    ASSERT_EQ(rows.size(), 3) << "U1, U2, then all";
    EXPECT_EQ(rows.at(0).unit, u"U1"_s);
    EXPECT_EQ(rows.at(1).unit, u"U2"_s);
    EXPECT_EQ(rows.at(2).unit, u"all"_s);

    const KpiRow& u1 = rows.at(0);
    // Supply: 6, 19.5, 26, 36, 51 → p50 rank 3 = 26.0; p95 rank 5 = 51.0; met 3/5 = 60.0 %.
    EXPECT_EQ(u1.supplyCount, 5);
    EXPECT_EQ(u1.supplyP50, tenths(260)) << text(u1.supplyP50);
    EXPECT_EQ(u1.supplyP95, tenths(510)) << text(u1.supplyP95);
    EXPECT_EQ(u1.supplyMetPct, tenths(600)) << text(u1.supplyMetPct);
    // Repair: 0.25, 2.333, 4.05, 6.5, 42 → p80 rank 4 = 6.5; p95 rank 5 = 42.0; 4/5 = 80.0 %.
    EXPECT_EQ(u1.repairCount, 5);
    EXPECT_EQ(u1.repairP80, tenths(65)) << text(u1.repairP80);
    EXPECT_EQ(u1.repairP95, tenths(420)) << text(u1.repairP95);
    EXPECT_EQ(u1.repairMetPct, tenths(800)) << text(u1.repairMetPct);
    // Faults: R1 R2 R3 R5 R6 R7 M2 = 7 (not the cancelled R4) per 12,000 subscribers:
    // 7 × 100 / 12,000 = 0.0583 → 0.06.
    EXPECT_EQ(u1.faultsReceived, 7);
    EXPECT_EQ(u1.subscribers, 12000);
    EXPECT_EQ(u1.faultRatePer100, Rational(6, 100)) << text(u1.faultRatePer100);
    // Windows ended: S1 S2 S3 M1 M2 (not the cancelled C1); missed S2, M2 → 2/5 = 40.0 %.
    EXPECT_EQ(u1.appointments, 5);
    EXPECT_EQ(u1.missedAppointments, 2);
    EXPECT_EQ(u1.missedPct, tenths(400)) << text(u1.missedPct);
    // Complaints: 1.1, 4.5, 24, 36, 72 → p80 rank 4 = 36.0; p95 rank 5 = 72.0.
    EXPECT_EQ(u1.complaintCount, 5);
    EXPECT_EQ(u1.complaintP80, tenths(360)) << text(u1.complaintP80);
    EXPECT_EQ(u1.complaintP95, tenths(720)) << text(u1.complaintP95);
    // Credits: S2 35, M1 20, R2 20, R7 100, M2 115 → 5 orders, 290.
    EXPECT_EQ(u1.creditCount, 5);
    EXPECT_DOUBLE_EQ(u1.creditAmount, 290.0);

    const KpiRow& u2 = rows.at(1);
    EXPECT_EQ(u2.supplyCount, 1);
    EXPECT_EQ(u2.supplyP50, tenths(20));
    EXPECT_EQ(u2.supplyP95, tenths(20));
    EXPECT_EQ(u2.supplyMetPct, tenths(1000));
    EXPECT_EQ(u2.repairCount, 0);
    EXPECT_FALSE(u2.repairP80.has_value()) << "null where there are no values";
    EXPECT_FALSE(u2.repairP95.has_value());
    EXPECT_FALSE(u2.repairMetPct.has_value());
    EXPECT_EQ(u2.faultRatePer100, Rational(0)) << "no faults among 900 subscribers";
    EXPECT_FALSE(u2.missedPct.has_value());
    EXPECT_FALSE(u2.complaintP80.has_value());
    EXPECT_EQ(u2.creditCount, 0);

    const KpiRow& all = rows.at(2);
    // Supply: 2, 6, 19.5, 26, 36, 51 → p50 rank 3 = 19.5; p95 rank ⌈5.7⌉ = 6 = 51.0;
    // met 4/6 = 66.7 %.
    EXPECT_EQ(all.supplyCount, 6);
    EXPECT_EQ(all.supplyP50, tenths(195)) << text(all.supplyP50);
    EXPECT_EQ(all.supplyP95, tenths(510));
    EXPECT_EQ(all.supplyMetPct, tenths(667)) << text(all.supplyMetPct);
    EXPECT_EQ(all.repairP80, tenths(65));
    // 7 × 100 / 12,900 = 0.0543 → 0.05.
    EXPECT_EQ(all.faultRatePer100, Rational(5, 100)) << text(all.faultRatePer100);
    EXPECT_EQ(all.missedPct, tenths(400));
    EXPECT_EQ(all.complaintCount, 5);
    EXPECT_EQ(all.creditCount, 5);
    EXPECT_DOUBLE_EQ(all.creditAmount, 290.0);
}

TEST_F(Kpi, OneUnitAndUnknownUnits)
{
    october();
    Result<QList<KpiRow>> one = KpiService(db.session()).month(kOctober, u"U2"_s);
    ASSERT_TRUE(one.ok()) << one.error().toStdString();
    ASSERT_EQ(one.value().size(), 1);
    EXPECT_EQ(one.value().first().unit, u"U2"_s);
    EXPECT_EQ(one.value().first().supplyCount, 1);
    Result<QList<KpiRow>> unknown = KpiService(db.session()).month(kOctober, u"U9"_s);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(u"U9"_s)) << unknown.error().toStdString();
}

TEST_F(Kpi, NoMissedAppointmentCreditWithoutThePolicy)
{
    october();
    RuleSet rules = RuleService(db.session()).current().value();
    ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kCreditMissedAppointment), 0).ok());
    ASSERT_TRUE(RuleService(db.session()).saveVersion(rules, u"none"_s).ok());
    const KpiRow u1 = KpiService(db.session()).month(kOctober).value().first();
    EXPECT_EQ(u1.missedAppointments, 2) << "still missed, whatever the credit";
    EXPECT_EQ(u1.creditCount, 5);
    EXPECT_DOUBLE_EQ(u1.creditAmount, 290.0 - 2 * 15);
}

// The indicators report (CSV, XLSX, PDF) carries SPEC §12's table: the same figures.
TEST_F(Kpi, TheIndicatorsReportCarriesTheRegulatoryTable)
{
    october();
    ReportRequest request;
    request.month = kOctober;
    Result<ExportReport> report = buildReport(db.session(), ReportKind::Indicators, request);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    const ExportTable& kpi = report.value().tables.constLast();
    ASSERT_EQ(kpi.header.size(), 18);
    EXPECT_EQ(kpi.header.at(3), u"supply_p50_h"_s);
    ASSERT_EQ(kpi.rows.size(), 3);
    EXPECT_EQ(kpi.rows.at(0).at(1).text, u"U1"_s);
    EXPECT_EQ(kpi.rows.at(0).at(3).text, u"26.0"_s);
    EXPECT_EQ(kpi.rows.at(0).at(10).text, u"0.06"_s);
    EXPECT_DOUBLE_EQ(kpi.rows.at(0).at(17).number, 290.0);
    EXPECT_EQ(kpi.rows.at(1).at(7).type, ExportCell::Type::Text) << "null: an empty cell";
    EXPECT_TRUE(kpi.rows.at(1).at(7).text.isEmpty());
    EXPECT_EQ(kpi.rows.at(2).at(1).text, u"all"_s);
}
