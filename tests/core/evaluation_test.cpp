// SPEC §7: a month's evaluation from its evidence, finalization that freezes it, the
// 80-point rule, reopening.
#include "private/sql.h"
#include "services/assessmentservice.h"
#include "services/callbackservice.h"
#include "services/complaintservice.h"
#include "services/evaluationservice.h"
#include "services/import/importservice.h"
#include "services/indicatorservice.h"
#include "services/orderservice.h"
#include "services/ruleservice.h"
#include "services/standingservice.h"
#include "services/unitservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/monthevidencerepository.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kLima("America/Lima");
const QDate kOctober(2026, 10, 1);

void importOrDie(Session& session, ImportKind kind, const QByteArray& rows)
{
    const QByteArray file = importColumns(kind).join(u',').toUtf8() + "\n" + rows;
    ASSERT_TRUE(test::imported(session, kind, file, u"f.csv"_s));
}

UnitEvaluation unitOf(const MonthEvaluation& month, const QString& code)
{
    for (const UnitEvaluation& unit : month.units) {
        if (unit.unitCode == code)
            return unit;
    }
    ADD_FAILURE() << "no evaluation of " << code.toStdString();
    return {};
}

std::string text(const Rational& value, int decimals = 4)
{
    return value.toString(decimals).toStdString();
}

class Evaluation : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::seedSmallOrganisation(db.session()); // U1 active: A1, A2, team T1
        importOrDie(db.session(), ImportKind::Units, "U2,Dos,,,active\n");
        importOrDie(db.session(), ImportKind::Areas, "A3,Barranco,U2,900\n");
        importOrDie(db.session(), ImportKind::Teams, "T2,U2,Cuadrilla 2,A3\n");
        importOrDie(
            db.session(), ImportKind::Technicians, "P1,T1,Ana,,,yes,yes\nP2,T2,Eva,,,yes,yes\n");
    }

    // The month of October 2026 for U1, with everything the SPEC counts and excludes.
    void october()
    {
        const char* done = ",completed,yes,yes,yes,yes,yes,Cliente,-20,";
        QByteArray orders;
        auto add = [&](const char* number, const char* kind, const char* account, const char* area,
                       const char* team, const char* received, const char* arrived,
                       const char* completed, const char* tail) {
            orders += QByteArray(number) + ',' + kind + ',' + account + ",Cliente,,," + area + ','
                + received + ',' + team + ',' + (QByteArray(team) == "T1" ? "P1" : "P2") + ",,,,,"
                + arrived + ',' + completed + tail + '\n';
        };
        // Before October: the earlier orders that make (or do not make) a repeat.
        add("P-R1", "install", "ACC-R1", "A1", "T1", "2026-09-27T09:00:00", "2026-09-27T12:00:00",
            "2026-09-28T10:00:00", done);
        add("P-R2", "install", "ACC-R2", "A1", "T1", "2026-09-04T09:00:00", "2026-09-04T12:00:00",
            "2026-09-05T10:00:00", done);
        add("P-R3", "install", "ACC-R3", "A3", "T2", "2026-09-30T09:00:00", "2026-09-30T12:00:00",
            "2026-10-01T10:00:00", done);
        // Due in October.
        add("T1", "install", "ACC-1", "A1", "T1", "2026-10-05T09:00:00", "2026-10-05T14:00:00",
            "2026-10-05T15:00:00", done);
        add("T2", "install", "ACC-2", "A1", "T1", "2026-10-06T09:00:00", "2026-10-07T10:00:00",
            "2026-10-07T11:00:00", done);
        add("T3", "repair", "ACC-R1", "A1", "T1", "2026-10-07T17:00:00", "2026-10-08T10:00:00",
            "2026-10-08T12:00:00", done);
        orders
            += "T4,repair,ACC-R2,Cliente,,,A1,2026-10-10T09:00:00,T1,P1,,,,,,,assigned,,,,,,,,\n";
        add("T5", "install", "ACC-5", "A1", "T1", "2026-10-11T09:00:00", "2026-10-13T10:00:00",
            "2026-10-13T11:00:00", ",completed,yes,yes,yes,yes,yes,Cliente,-20,third_party");
        orders += "T6,install,ACC-6,Cliente,,,A1,2026-10-12T09:00:00,,,,,,,,,cancelled,,,,,,,,\n";
        add("T7", "repair", "ACC-R3", "A1", "T1", "2026-10-15T09:00:00", "2026-10-15T10:00:00",
            "2026-10-15T12:00:00", done);
        importOrDie(db.session(), ImportKind::Orders, orders);
        importOrDie(db.session(), ImportKind::Callbacks,
            "T1,2026-10-06T10:00:00,reached,yes,yes,yes,yes,yes,yes,10,yes,\n"
            "T3,2026-10-09T10:00:00,reached,yes,yes,no,yes,yes,yes,8,no,\n"
            "T7,2026-11-02T10:00:00,reached,no,no,no,no,no,no,2,no,\n");
        importOrDie(db.session(), ImportKind::Complaints,
            "T2,,2026-10-18T10:00:00,hotline,late,verified,yes,2026-10-20T10:00:00,Llegaron tarde\n"
            "T1,,2026-10-18T11:00:00,hotline,attitude,verified,no,2026-10-21T10:00:00,No fue el "
            "técnico\n"
            "T3,,2026-10-30T11:00:00,callback,untidy_site,verified,yes,2026-11-02T10:00:00,Dejaron "
            "cables\n");
    }

    test::TestDatabase db; // the clock stands at 2026-11-20
};

} // namespace

TEST_F(Evaluation, CountsWhatTheSpecCounts)
{
    october();
    EvaluationService evaluations(db.session());
    ASSERT_TRUE(
        evaluations
            .setRoomScore(kOctober, u"U1"_s, Rational(25, 2), u"Clean racks, labels missing"_s)
            .ok());
    ASSERT_TRUE(
        evaluations.setAdjustment(kOctober, u"U1"_s, Rational(-1), u"Late monthly report"_s).ok());
    const UnitEvaluation u1 = unitOf(evaluations.evaluate(kOctober).value(), u"U1"_s);
    EXPECT_FALSE(u1.final);
    EXPECT_EQ(u1.counts.ordersDue, 5) << "T1, T2, T3, T4 (still open, deadline passed), T7; not "
                                         "the exempt T5 nor the cancelled T6";
    EXPECT_EQ(u1.counts.ordersOnTime, 3);
    EXPECT_EQ(u1.counts.repairs, 3);
    EXPECT_EQ(u1.counts.repeats, 1)
        << "T3's account had an order completed 9 days before; T4's 35 days; T7's by another unit";
    EXPECT_EQ(u1.counts.callbacksReached, 2) << "T7's callback was reached in November";
    EXPECT_EQ(u1.counts.yesAnswers, 11);
    EXPECT_EQ(u1.counts.penalisedComplaints, 1)
        << "only staff-caused complaints verified in October";
    EXPECT_EQ(u1.score.timeliness, Rational(18)) << "30 × 3/5";
    EXPECT_EQ(u1.score.quality, Rational(50, 3)) << "25 × (1 − 1/3)";
    EXPECT_EQ(u1.score.service, Rational(51, 2)) << "30 × 11/12 − 2";
    EXPECT_EQ(u1.score.room, Rational(25, 2));
    EXPECT_EQ(u1.score.adjustment, Rational(-1));
    EXPECT_EQ(u1.score.total, Rational(717, 10)) << "71.666… → 71.7: " << text(u1.score.total);
    EXPECT_TRUE(u1.score.strike);
    EXPECT_EQ(u1.adjustmentReason, u"Late monthly report"_s);

    const UnitEvaluation u2 = unitOf(evaluations.evaluate(kOctober).value(), u"U2"_s);
    EXPECT_EQ(u2.counts.ordersDue, 0);
    EXPECT_TRUE(u2.score.roomMissing);
}

// Migration 18: a repair's repeat test reads the index of completed visits alone, on both
// engines; on PostgreSQL a callback's unit comes from the index of ids with their unit, not
// from each order's row.
TEST_F(Evaluation, TheMonthsEvidenceIsReadFromItsIndexes)
{
    october();
    const QDateTime from = kOctober.startOfDay(kLima).toUTC();
    const QDateTime before = kOctober.addMonths(1).startOfDay(kLima).toUTC();
    const QList<MonthEvidenceRepository::Statement> statements
        = MonthEvidenceRepository::countStatements(
            from, before, QDateTime(QDate(2026, 11, 20), QTime(12, 0), kLima), 30);
    Database& database = db.database();
    const bool postgres = !database.isSqlite();
    // Plain scans of tables this small are cheaper: the planner is told otherwise.
    if (postgres) {
        ASSERT_TRUE(runSql(database, u"ANALYZE orders"_s).ok());
        ASSERT_TRUE(runSql(database, u"SET enable_seqscan = off"_s).ok());
        ASSERT_TRUE(runSql(database, u"SET enable_bitmapscan = off"_s).ok());
        ASSERT_TRUE(runSql(database, u"SET enable_nestloop = off"_s).ok());
    }
    QMap<EvidenceKind, QString> plans;
    for (const auto& [kind, sql, values] : statements) {
        const Result<QString> plan = test::queryPlan(database, sql, values);
        ASSERT_TRUE(plan.ok()) << plan.error().toStdString();
        plans.insert(kind, plan.value());
    }
    if (postgres) {
        for (const char* setting : { "enable_seqscan", "enable_bitmapscan", "enable_nestloop" })
            ASSERT_TRUE(runSql(database, u"RESET "_s + QLatin1String(setting)).ok());
    }
    const QString repairs = plans.value(EvidenceKind::Repair);
    EXPECT_TRUE(repairs.contains(u"orders_account_completed"_s)) << repairs.toStdString();
    if (postgres) {
        const QString callbacks = plans.value(EvidenceKind::Callback);
        EXPECT_TRUE(callbacks.contains(u"Index Only Scan using orders_id_unit"_s))
            << callbacks.toStdString();
    }
}

// An existing database at version 17 is upgraded to the evidence indexes with its orders:
// the upgrade is announced first, with about how many orders it works through, and the
// month's figures are the same after it.
TEST_F(Evaluation, UpgradingToTheEvidenceIndexesKeepsTheFigures)
{
    october();
    const MonthEvaluation before = EvaluationService(db.session()).evaluate(kOctober).value();
    Database& database = db.database();
    ASSERT_TRUE(runSql(database, u"DROP INDEX orders_account_completed"_s).ok());
    if (!database.isSqlite()) {
        ASSERT_TRUE(runSql(database, u"DROP INDEX orders_id_unit"_s).ok());
    } else {
        ASSERT_TRUE(
            runSql(database, u"DELETE FROM sqlite_stat1 WHERE idx = 'orders_account_completed'"_s)
                .ok());
    }
    ASSERT_TRUE(
        runSql(database, u"UPDATE fiberdesk_meta SET value = '17' WHERE key = 'schema_version'"_s)
            .ok());
    const Result<QVariant> highest = scalar(database, u"SELECT MAX(id) FROM orders"_s);
    ASSERT_TRUE(highest.ok());

    QList<SchemaUpgrade> notices;
    Result<std::unique_ptr<Database>> upgraded
        = Database::open(db.location(), Database::OpenMode::ExistingOnly,
            [&](const SchemaUpgrade& upgrade) { notices.append(upgrade); });
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().toStdString();
    ASSERT_EQ(notices.size(), 1);
    EXPECT_EQ(notices.first().from, 17);
    EXPECT_EQ(notices.first().to, Database::latestSchemaVersion());
    EXPECT_EQ(notices.first().orders, highest.value().toLongLong());
    EXPECT_EQ(upgraded.value()->schemaVersion().value(), Database::latestSchemaVersion());

    const MonthEvaluation after = EvaluationService(db.session()).evaluate(kOctober).value();
    ASSERT_EQ(after.units.size(), before.units.size());
    for (const UnitEvaluation& unit : before.units) {
        const UnitEvaluation again = unitOf(after, unit.unitCode);
        EXPECT_EQ(again.counts.repairs, unit.counts.repairs) << unit.unitCode.toStdString();
        EXPECT_EQ(again.counts.repeats, unit.counts.repeats) << unit.unitCode.toStdString();
        EXPECT_EQ(again.counts.yesAnswers, unit.counts.yesAnswers) << unit.unitCode.toStdString();
        EXPECT_EQ(again.score.total, unit.score.total) << unit.unitCode.toStdString();
    }

    // Opened again, at the latest version: nothing to announce.
    notices.clear();
    Result<std::unique_ptr<Database>> current
        = Database::open(db.location(), Database::OpenMode::ExistingOnly,
            [&](const SchemaUpgrade& upgrade) { notices.append(upgrade); });
    ASSERT_TRUE(current.ok()) << current.error().toStdString();
    EXPECT_TRUE(notices.isEmpty());
}

// What is said of an upgrade names the versions, and of a large database also the orders,
// that it may take long, and that stopping it changes nothing.
TEST(UpgradeNotice, SaysWhatIsUpgradedAndWarnsOfALargeDatabase)
{
    const QString small = upgradeNoticeText({ 16, 18, 5'000 }, u"/srv/fd.db"_s);
    EXPECT_TRUE(small.contains(u"/srv/fd.db"_s)) << small.toStdString();
    EXPECT_TRUE(small.contains(u"16"_s) && small.contains(u"18"_s)) << small.toStdString();
    EXPECT_FALSE(small.contains(u"minutes"_s)) << small.toStdString();
    const QString large = upgradeNoticeText({ 16, 18, 5'000'000 }, u"/srv/fd.db"_s);
    EXPECT_TRUE(large.contains(QLocale().toString(qint64(5'000'000)))) << large.toStdString();
    EXPECT_TRUE(large.contains(u"minutes"_s)) << large.toStdString();
    EXPECT_TRUE(large.contains(u"stays as it was"_s)) << large.toStdString();
}

TEST_F(Evaluation, IndicatorsOfTheMonth)
{
    october();
    const MonthIndicators month = IndicatorService(db.session()).month(kOctober).value();
    Indicators u1;
    for (const Indicators& unit : month.units) {
        if (unit.unitCode == u"U1"_s)
            u1 = unit;
    }
    EXPECT_EQ(u1.onTimeRate(), Rational(3, 5));
    EXPECT_EQ(u1.repeatRate(), Rational(1, 3));
    EXPECT_EQ(u1.callbacksDue, 3) << "T1, T3 and T7 were due for a call in October";
    EXPECT_EQ(u1.reachRate(), Rational(1)) << "all three were reached (T7's in November)";
    EXPECT_EQ(u1.callbacksReached, 2);
    EXPECT_EQ(u1.yesRate(CallbackQuestion::Uniform), Rational(1, 2));
    EXPECT_EQ(u1.yesRate(CallbackQuestion::Tested), Rational(1));
    EXPECT_EQ(u1.netPromoterScore(), Rational(50)) << "one promoter (10), one passive (8)";
    EXPECT_EQ(u1.commendations, 1);
    EXPECT_EQ(u1.ordersCompleted, 5);
    EXPECT_EQ(u1.complaints(), 3);
    EXPECT_EQ(u1.complaintsPerThousandOrders(), Rational(600));
    ASSERT_EQ(u1.pareto().size(), 3);
    EXPECT_EQ(u1.lateOrders, 2);
    EXPECT_DOUBLE_EQ(u1.compensation, 20.0 + 100.0)
        << "a late install once; an open repair, capped";
    EXPECT_EQ(month.overall.ordersDue, u1.ordersDue);
    EXPECT_EQ(month.overall.complaints(), 3);
}

TEST_F(Evaluation, FinalizedFiguresNeverChange)
{
    october();
    EvaluationService evaluations(db.session());
    Result<MonthEvaluation> refused = evaluations.finalize(kOctober);
    ASSERT_FALSE(refused.ok()) << "machine-room scores are required";
    EXPECT_TRUE(refused.error().contains(u"U1, U2"_s)) << refused.error().toStdString();
    ASSERT_TRUE(evaluations.setRoomScore(kOctober, u"U1"_s, Rational(25, 2), {}).ok());
    ASSERT_TRUE(evaluations.setRoomScore(kOctober, u"U2"_s, Rational(15), {}).ok());
    Result<MonthEvaluation> finalized = evaluations.finalize(kOctober);
    ASSERT_TRUE(finalized.ok()) << finalized.error().toStdString();
    const UnitEvaluation frozen = unitOf(finalized.value(), u"U1"_s);
    EXPECT_TRUE(frozen.final);
    EXPECT_EQ(frozen.ruleVersion, 1);
    EXPECT_EQ(frozen.score.total, Rational(727, 10)) << text(frozen.score.total);
    EXPECT_EQ(frozen.strikes, 1);
    ASSERT_FALSE(finalized.value().warnings.isEmpty()) << "one strike is a warning";
    EXPECT_TRUE(finalized.value().warnings.first().contains(u"U1"_s));
    EXPECT_FALSE(evaluations.finalize(kOctober).ok()) << "already final";
    EXPECT_FALSE(evaluations.setRoomScore(kOctober, u"U1"_s, Rational(15), {}).ok()) << "frozen";

    // Rules and data change afterwards: October stays as it was.
    RuleSet rules = RuleService(db.session()).current().value();
    ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kWeightTimeliness), 40).ok());
    ASSERT_TRUE(RuleService(db.session()).saveVersion(rules, u"more weight on time"_s).ok());
    std::unique_ptr<Session> evaluator = db.sessionAs(Role::Evaluator);
    const WorkOrder t2 = *OrderService(db.session()).find(u"T2"_s).value();
    ASSERT_TRUE(OrderService(*evaluator)
                    .exempt(u"T2"_s, t2.version, ExemptReason::ThirdParty, u"strike"_s)
                    .ok());
    const UnitEvaluation later = unitOf(evaluations.evaluate(kOctober).value(), u"U1"_s);
    EXPECT_EQ(later.score.total, frozen.score.total);
    EXPECT_EQ(later.score.timeliness, Rational(18));
    EXPECT_EQ(later.counts.ordersDue, 5);
    EXPECT_EQ(later.ruleVersion, 1);
    EXPECT_EQ(evaluations.evidence(kOctober, u"U1"_s).value().size(), 5 + 3 + 2 + 1)
        << "the frozen evidence";
}

TEST_F(Evaluation, AMonthIsFinalizedOnceItHasEnded)
{
    EvaluationService evaluations(db.session());
    const QDate november(2026, 11, 1);
    ASSERT_TRUE(evaluations.setRoomScore(november, u"U1"_s, Rational(15), {}).ok());
    ASSERT_TRUE(evaluations.setRoomScore(november, u"U2"_s, Rational(15), {}).ok());
    EXPECT_FALSE(evaluations.finalize(november).ok());
    db.setNow(QDateTime(QDate(2026, 12, 1), QTime(5, 0), Qt::UTC)); // 00:00 in Lima
    EXPECT_TRUE(evaluations.finalize(november).ok());
}

TEST_F(Evaluation, RoomScoresAndAdjustmentsAreCheckedAndAudited)
{
    EvaluationService evaluations(db.session());
    EXPECT_FALSE(evaluations.setRoomScore(kOctober, u"U1"_s, Rational(16), {}).ok());
    EXPECT_FALSE(evaluations.setRoomScore(kOctober, u"U1"_s, Rational(-1), {}).ok());
    EXPECT_FALSE(evaluations.setRoomScore(kOctober, u"U9"_s, Rational(10), {}).ok());
    EXPECT_FALSE(evaluations.setAdjustment(kOctober, u"U1"_s, Rational(2), u" "_s).ok())
        << "a reason is required";
    std::unique_ptr<Session> dispatcher = db.sessionAs(Role::Dispatcher);
    EXPECT_FALSE(
        EvaluationService(*dispatcher).setRoomScore(kOctober, u"U1"_s, Rational(10), {}).ok());
    ASSERT_TRUE(evaluations.setRoomScore(kOctober, u"U1"_s, Rational(14), {}).ok());
    ASSERT_TRUE(evaluations.setRoomScore(kOctober, u"U1"_s, Rational(13), u"recheck"_s).ok());
    ASSERT_TRUE(evaluations.setAdjustment(kOctober, u"U1"_s, Rational(3, 2), u"storm week"_s).ok());
    const QList<AuditEntry> audit
        = AuditRepository(db.database()).list(u"evaluation"_s, u"U1/2026-10"_s).value();
    ASSERT_EQ(audit.size(), 3);
    EXPECT_EQ(audit.at(1).before, u"14.00"_s);
    EXPECT_TRUE(audit.at(1).after.startsWith(u"13.00"_s));
    EXPECT_TRUE(audit.at(2).after.startsWith(u"1.50"_s));
}

TEST_F(Evaluation, TwoStrikesWithinAYearEndTheContract)
{
    EvaluationService evaluations(db.session());
    // Each month: no work (rates 1: 85 points) + room 15 − 30 adjustment = 70: a strike.
    auto strikeMonth = [&](const QDate& month) {
        ASSERT_TRUE(evaluations.setRoomScore(month, u"U1"_s, Rational(15), {}).ok());
        ASSERT_TRUE(
            evaluations.setAdjustment(month, u"U1"_s, Rational(-30), u"serious breach"_s).ok());
        ASSERT_TRUE(evaluations.setRoomScore(month, u"U2"_s, Rational(15), {}).ok());
        db.setNow(QDateTime(month.addMonths(1).addDays(2), QTime(12, 0), Qt::UTC));
        Result<MonthEvaluation> done = evaluations.finalize(month);
        ASSERT_TRUE(done.ok()) << done.error().toStdString();
    };
    auto cleanMonth = [&](const QDate& month) {
        ASSERT_TRUE(evaluations.setRoomScore(month, u"U1"_s, Rational(15), {}).ok());
        ASSERT_TRUE(evaluations.setRoomScore(month, u"U2"_s, Rational(15), {}).ok());
        db.setNow(QDateTime(month.addMonths(1).addDays(2), QTime(12, 0), Qt::UTC));
        ASSERT_TRUE(evaluations.finalize(month).ok());
    };
    db.setNow(QDateTime(QDate(2025, 12, 1), QTime(12, 0), Qt::UTC));
    strikeMonth(QDate(2025, 11, 1));
    for (QDate month(2025, 12, 1); month < QDate(2026, 11, 1); month = month.addMonths(1))
        cleanMonth(month);
    strikeMonth(QDate(2026, 11, 1)); // 12 months after the first: outside its window
    Unit u1 = *UnitService(db.session()).find(u"U1"_s).value();
    EXPECT_EQ(u1.status, UnitStatus::Active);
    EXPECT_EQ(StandingService(db.session()).standings().value().first().strikes, 1);

    strikeMonth(QDate(2026, 12, 1)); // 1 month after the second: two in the window
    u1 = *UnitService(db.session()).find(u"U1"_s).value();
    EXPECT_EQ(u1.status, UnitStatus::Terminated);
    const QDate finalizedOn = db.session().today();
    EXPECT_EQ(u1.statusSince, finalizedOn);
    EXPECT_EQ(u1.rectifyBy, finalizedOn.addDays(30));
    const UnitStanding standing = StandingService(db.session()).standings().value().first();
    EXPECT_EQ(standing.strikes, 2);
    EXPECT_EQ(standing.rectifyBy, finalizedOn.addDays(30));

    // Retraining: not dated in the future, not before the termination; a pass reinstates.
    Assessment retraining;
    retraining.unitCode = u"U1"_s;
    retraining.kind = AssessmentKind::Retraining;
    retraining.score = 85;
    retraining.passed = true;
    retraining.date = finalizedOn.addDays(1);
    EXPECT_FALSE(AssessmentService(db.session()).record({ retraining }).ok());
    retraining.date = finalizedOn.addDays(-1);
    EXPECT_FALSE(AssessmentService(db.session()).record({ retraining }).ok());
    db.setNow(db.session().now().addDays(10));
    retraining.date = db.session().today();
    ASSERT_TRUE(AssessmentService(db.session()).record({ retraining }).ok());
    EXPECT_EQ(UnitService(db.session()).find(u"U1"_s).value()->status, UnitStatus::Active);

    // After the reinstatement, the strikes of months that ended before it no longer count.
    strikeMonth(QDate(2027, 1, 1));
    EXPECT_EQ(UnitService(db.session()).find(u"U1"_s).value()->status, UnitStatus::Active)
        << "November and December 2026 ended before the reinstatement";
    EXPECT_EQ(StandingService(db.session()).standings().value().first().strikes, 1);
    // Each unit's strikes come from its own evaluations and status changes, which the month's
    // evaluation reads for every unit at once.
    const Result<MonthEvaluation> january = evaluations.evaluate(QDate(2027, 1, 1));
    ASSERT_TRUE(january.ok()) << january.error().toStdString();
    EXPECT_EQ(unitOf(january.value(), u"U1"_s).strikes, 1);
    EXPECT_EQ(unitOf(january.value(), u"U2"_s).strikes, 0);
}

TEST_F(Evaluation, ReopeningIsAnAdminsAndRestoresTheContractItEnded)
{
    EvaluationService evaluations(db.session());
    auto strikeMonth = [&](const QDate& month) {
        ASSERT_TRUE(evaluations.setRoomScore(month, u"U1"_s, Rational(15), {}).ok());
        ASSERT_TRUE(evaluations.setAdjustment(month, u"U1"_s, Rational(-30), u"breach"_s).ok());
        ASSERT_TRUE(evaluations.setRoomScore(month, u"U2"_s, Rational(15), {}).ok());
        db.setNow(QDateTime(month.addMonths(1).addDays(2), QTime(12, 0), Qt::UTC));
        ASSERT_TRUE(evaluations.finalize(month).ok());
    };
    db.setNow(QDateTime(QDate(2026, 9, 3), QTime(12, 0), Qt::UTC));
    strikeMonth(QDate(2026, 8, 1));
    strikeMonth(QDate(2026, 9, 1));
    ASSERT_EQ(UnitService(db.session()).find(u"U1"_s).value()->status, UnitStatus::Terminated);

    std::unique_ptr<Session> evaluator = db.sessionAs(Role::Evaluator);
    EXPECT_FALSE(EvaluationService(*evaluator).reopen(QDate(2026, 9, 1), u"U1"_s, u"typo"_s).ok())
        << "admins only";
    EXPECT_FALSE(evaluations.reopen(QDate(2026, 9, 1), u"U1"_s, u""_s).ok())
        << "a reason is required";
    ASSERT_TRUE(evaluations.reopen(QDate(2026, 9, 1), u"U1"_s, u"adjustment entered twice"_s).ok());
    EXPECT_EQ(UnitService(db.session()).find(u"U1"_s).value()->status, UnitStatus::Active);
    const UnitEvaluation draft = unitOf(evaluations.evaluate(QDate(2026, 9, 1)).value(), u"U1"_s);
    EXPECT_FALSE(draft.final);

    ASSERT_TRUE(evaluations.setAdjustment(QDate(2026, 9, 1), u"U1"_s, Rational(0), {}).ok())
        << "the adjustment removed";
    Result<MonthEvaluation> again = evaluations.finalize(QDate(2026, 9, 1));
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_EQ(unitOf(again.value(), u"U1"_s).score.total, Rational(100));
    EXPECT_EQ(UnitService(db.session()).find(u"U1"_s).value()->status, UnitStatus::Active)
        << "the rule re-applied";
    const QList<AuditEntry> audit
        = AuditRepository(db.database()).list(u"evaluation"_s, u"U1/2026-09"_s).value();
    QStringList actions;
    for (const AuditEntry& entry : audit)
        actions.append(entry.action);
    EXPECT_TRUE(actions.contains(u"evaluation.reopen"_s));
    EXPECT_EQ(actions.count(u"evaluation.finalize"_s), 2);
}
