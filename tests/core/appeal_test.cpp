// SPEC §10: appeals. Filing inside and outside the window, on items that are and are not
// counted against the unit, decided by someone other than the filer; an upheld appeal
// changes a draft month at once, marks a final one "re-evaluation due", and re-finalizing a
// month that held a termination reinstates the unit on appeal. Every write is audited.
//
// September 2026 of U1 (Lima): L1 an install late (received 09-10, came 09-12); O1 on time;
// P0 an install on 09-01 on account ACC-9, and RP a repair of ACC-9 on 09-15: a repeat; a
// staff-caused complaint on O1 verified 09-20. Counts: 4 orders due, 3 on time; 1 repair,
// 1 repeat; 1 penalty. Score: 30 × 3/4 = 22.5 + 25 × 0 + (30 − 2) + room 15 = 65.5, a strike.
#include "services/appealservice.h"
#include "services/complaintservice.h"
#include "services/evaluationservice.h"
#include "services/export/reportexport.h"
#include "services/import/importservice.h"
#include "services/unitservice.h"
#include "storage/auditrepository.h"
#include "storage/unitrepository.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kLima("America/Lima");
const QDate kAugust(2026, 8, 1);
const QDate kSeptember(2026, 9, 1);

void importOrDie(Session& session, ImportKind kind, const QByteArray& rows)
{
    ImportFailure failure;
    const QByteArray file = importColumns(kind).join(u',').toUtf8() + "\n" + rows;
    ASSERT_TRUE(ImportService(session).importBytes(kind, file, u"f.csv"_s, &failure).ok())
        << failure.describe().join(u"\n"_s).toStdString();
}

QDateTime limaNoon(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(12, 0), kLima).toUTC();
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

class Appeals : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::seedSmallOrganisation(db.session());
        importOrDie(db.session(), ImportKind::Units, "U2,Dos,,,active\n");
        importOrDie(db.session(), ImportKind::Areas, "A3,Barranco,U2,900\n");
        importOrDie(db.session(), ImportKind::Teams, "T2,U2,Cuadrilla 2,A3\n");
        importOrDie(
            db.session(), ImportKind::Technicians, "P1,T1,Ana,,,yes,yes\nP2,T2,Eva,,,yes,yes\n");
        const QByteArray done = ",completed,yes,yes,yes,yes,yes,Cliente,-20,\n";
        QByteArray orders;
        auto add = [&](const char* number, const char* kind, const char* account, const char* area,
                       const char* team, const char* received, const char* arrived,
                       const char* completed) {
            orders += QByteArray(number) + ',' + kind + ',' + account + ",Cliente,,," + area + ','
                + received + ',' + team + ',' + (QByteArray(team) == "T1" ? "P1" : "P2") + ",,,,,"
                + arrived + ',' + completed + done;
        };
        add("P0", "install", "ACC-9", "A1", "T1", "2026-09-01T09:00:00", "2026-09-01T10:00:00",
            "2026-09-01T11:00:00");
        add("L1", "install", "ACC-1", "A1", "T1", "2026-09-10T09:00:00", "2026-09-12T10:00:00",
            "2026-09-12T11:00:00");
        add("O1", "install", "ACC-2", "A1", "T1", "2026-09-11T09:00:00", "2026-09-11T12:00:00",
            "2026-09-11T13:00:00");
        add("RP", "repair", "ACC-9", "A1", "T1", "2026-09-15T09:00:00", "2026-09-15T10:00:00",
            "2026-09-15T11:00:00");
        // U2: a late install of its own.
        add("X1", "install", "ACC-3", "A3", "T2", "2026-09-10T09:00:00", "2026-09-12T10:00:00",
            "2026-09-12T11:00:00");
        importOrDie(db.session(), ImportKind::Orders, orders);
        importOrDie(db.session(), ImportKind::Complaints,
            "O1,,2026-09-18T10:00:00,hotline,attitude,verified,yes,2026-09-20T10:00:00,Rude\n"
            "O1,,2026-09-18T11:00:00,hotline,other,verified,no,2026-09-20T11:00:00,Not them\n");
        for (const Complaint& complaint :
            ComplaintService(db.session()).list(ComplaintFilter()).value()) {
            if (complaint.staffCaused.value_or(false))
                staffCaused = complaint.id;
            else
                notStaffCaused = complaint.id;
        }
        ana = db.sessionAs(Actor { u"ana"_s, Role::Evaluator });
        ben = db.sessionAs(Actor { u"ben"_s, Role::Evaluator });
        rita = db.sessionAs(Actor { u"rita"_s, Role::UnitRepresentative, u"U1"_s });
        omar = db.sessionAs(Actor { u"omar"_s, Role::UnitRepresentative, u"U2"_s });
    }

    void roomScores(const QDate& month)
    {
        EvaluationService evaluations(db.session());
        ASSERT_TRUE(evaluations.setRoomScore(month, u"U1"_s, Rational(15), {}).ok());
        ASSERT_TRUE(evaluations.setRoomScore(month, u"U2"_s, Rational(15), {}).ok());
    }

    void finalizeOn(const QDate& month, const QDateTime& when)
    {
        db.setNow(when);
        Result<MonthEvaluation> done = EvaluationService(db.session()).finalize(month);
        ASSERT_TRUE(done.ok()) << done.error().toStdString();
    }

    test::TestDatabase db;
    std::unique_ptr<Session> ana, ben, rita, omar;
    qint64 staffCaused = 0;
    qint64 notStaffCaused = 0;
};

} // namespace

TEST_F(Appeals, UpheldInADraftMonthChangesTheFiguresAtOnce)
{
    db.setNow(limaNoon(10, 5));
    EvaluationService evaluations(db.session());
    UnitEvaluation before = unitOf(evaluations.evaluate(kSeptember).value(), u"U1"_s);
    EXPECT_EQ(before.counts.ordersDue, 4);
    EXPECT_EQ(before.counts.ordersOnTime, 3);
    EXPECT_EQ(before.counts.repeats, 1);
    EXPECT_EQ(before.counts.penalisedComplaints, 1);

    Result<Appeal> late = AppealService(*rita).file(
        u"U1"_s, kSeptember, AppealItem::LateOrder, u"L1"_s, u"The customer was away"_s);
    ASSERT_TRUE(late.ok()) << late.error().toStdString();
    EXPECT_EQ(late.value().status, AppealStatus::Open);
    EXPECT_EQ(late.value().filedBy, u"rita"_s);
    Result<Appeal> repeat = AppealService(*ana).file(
        u"U1"_s, kSeptember, AppealItem::Repeat, u"RP"_s, u"Another fault: the drop was cut"_s);
    ASSERT_TRUE(repeat.ok()) << repeat.error().toStdString();
    Result<Appeal> complaint = AppealService(*rita).file(u"U1"_s, kSeptember, AppealItem::Complaint,
        QString::number(staffCaused), u"A neighbour's complaint"_s);
    ASSERT_TRUE(complaint.ok()) << complaint.error().toStdString();
    EXPECT_FALSE(AppealService(*rita)
                     .file(u"U1"_s, kSeptember, AppealItem::LateOrder, u"L1"_s, u"again"_s)
                     .ok())
        << "an item is contested once";
    // Open appeals change nothing.
    EXPECT_EQ(
        unitOf(evaluations.evaluate(kSeptember).value(), u"U1"_s).score.total, before.score.total);

    ASSERT_TRUE(AppealService(*ben).decide(late.value().id, true, u"Away, proven"_s).ok());
    ASSERT_TRUE(AppealService(*ben).decide(repeat.value().id, true, u"Cut drop"_s).ok());
    ASSERT_TRUE(AppealService(*ben).decide(complaint.value().id, true, u"Neighbour"_s).ok());
    const UnitEvaluation after = unitOf(evaluations.evaluate(kSeptember).value(), u"U1"_s);
    EXPECT_EQ(after.counts.ordersDue, 3) << "L1 left the timeliness population";
    EXPECT_EQ(after.counts.ordersOnTime, 3);
    EXPECT_EQ(after.counts.repairs, 1);
    EXPECT_EQ(after.counts.repeats, 0) << "RP is not a repeat";
    EXPECT_EQ(after.counts.penalisedComplaints, 0) << "the penalty is waived";
    // No machine-room score yet in the draft: 30 + 25 + 30 + 0 = 85.
    EXPECT_EQ(after.score.total, Rational(85)) << after.score.total.toString(1).toStdString();
    const Complaint kept = *ComplaintService(db.session()).find(staffCaused).value();
    EXPECT_EQ(kept.staffCaused, std::optional<bool>(true)) << "the verdict stays";

    const QList<Appeal> listed = AppealService(db.session()).list(kSeptember).value();
    ASSERT_EQ(listed.size(), 3);
    EXPECT_EQ(listed.first().status, AppealStatus::Upheld);
    EXPECT_EQ(listed.first().decidedBy, u"ben"_s);
    EXPECT_TRUE(AppealService(db.session()).list(kAugust).value().isEmpty());
    // Filing and deciding are audited.
    const QList<AuditEntry> audit = AuditRepository(db.database())
                                        .list(u"appeal"_s, QString::number(late.value().id))
                                        .value();
    ASSERT_EQ(audit.size(), 2);
    EXPECT_EQ(audit.at(0).action, u"appeal.file"_s);
    EXPECT_EQ(audit.at(0).actor, u"rita"_s);
    EXPECT_EQ(audit.at(1).action, u"appeal.decide"_s);
    EXPECT_TRUE(audit.at(1).after.startsWith(u"upheld"_s));
    // The month's report lists its appeals.
    ReportRequest request;
    request.month = kSeptember;
    Result<ExportReport> report = buildReport(db.session(), ReportKind::Evaluation, request);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    ASSERT_EQ(report.value().tables.size(), 2);
    const ExportTable& appeals = report.value().tables.at(1);
    ASSERT_EQ(appeals.rows.size(), 3);
    EXPECT_EQ(appeals.rows.at(0).at(3).text, u"late_order"_s);
    EXPECT_EQ(appeals.rows.at(0).at(5).text, u"upheld"_s);
}

TEST_F(Appeals, FiledOnlyInsideTheWindow)
{
    db.setNow(limaNoon(9, 25));
    Result<Appeal> early = AppealService(*rita).file(
        u"U1"_s, kSeptember, AppealItem::LateOrder, u"L1"_s, u"Too soon"_s);
    ASSERT_FALSE(early.ok()) << "September has not ended";
    EXPECT_TRUE(early.error().contains(u"2026-10-01"_s)) << early.error().toStdString();

    roomScores(kSeptember);
    finalizeOn(kSeptember, limaNoon(10, 3)); // appeal_days 10: the window closes on 10-13
    db.setNow(limaNoon(10, 14));
    Result<Appeal> late = AppealService(*rita).file(
        u"U1"_s, kSeptember, AppealItem::LateOrder, u"L1"_s, u"A day late"_s);
    ASSERT_FALSE(late.ok()) << "filed a day after the window";
    EXPECT_TRUE(late.error().contains(u"2026-10-13"_s)) << late.error().toStdString();
    db.setNow(QDateTime(QDate(2026, 10, 13), QTime(23, 59, 59), kLima).toUTC());
    Result<Appeal> last = AppealService(*rita).file(
        u"U1"_s, kSeptember, AppealItem::LateOrder, u"L1"_s, u"On the last day"_s);
    EXPECT_TRUE(last.ok()) << last.error().toStdString();
}

// The window a page shows before anyone files (the desktop's "Appeal this item…"): the one
// file() holds to, scoped like the rest for a representative.
TEST_F(Appeals, TheWindowIsTheOneFilingHoldsTo)
{
    db.setNow(limaNoon(9, 25));
    Result<AppealWindow> open = AppealService(*rita).window(u"U1"_s, kSeptember);
    ASSERT_TRUE(open.ok()) << open.error().toStdString();
    EXPECT_EQ(open.value().opens, QDate(2026, 10, 1));
    EXPECT_FALSE(open.value().closes.isValid()) << "not finalized: no end yet";
    EXPECT_EQ(appealTiming(open.value(), db.session().today()), AppealTiming::TooEarly);
    roomScores(kSeptember);
    finalizeOn(kSeptember, limaNoon(10, 3));
    db.setNow(limaNoon(10, 14));
    Result<AppealWindow> closed = AppealService(*ana).window(u"U1"_s, kSeptember);
    ASSERT_TRUE(closed.ok()) << closed.error().toStdString();
    EXPECT_EQ(closed.value().closes, QDate(2026, 10, 13));
    EXPECT_EQ(appealTiming(closed.value(), db.session().today()), AppealTiming::TooLate);
    EXPECT_FALSE(AppealService(*rita).window(u"U2"_s, kSeptember).ok()) << "another unit";
}

TEST_F(Appeals, DecidedByAnEvaluatorOtherThanItsFiler)
{
    db.setNow(limaNoon(10, 5));
    Result<Appeal> filed = AppealService(*ana).file(
        u"U1"_s, kSeptember, AppealItem::LateOrder, u"L1"_s, u"On the unit's behalf"_s);
    ASSERT_TRUE(filed.ok()) << filed.error().toStdString();
    const qint64 id = filed.value().id;
    Result<Appeal> own = AppealService(*ana).decide(id, true, u"My own"_s);
    ASSERT_FALSE(own.ok()) << "decided by its filer";
    EXPECT_TRUE(own.error().contains(u"ana"_s)) << own.error().toStdString();
    EXPECT_FALSE(AppealService(*rita).decide(id, true, u"ours"_s).ok())
        << "a representative does not decide";
    EXPECT_FALSE(AppealService(*ben).decide(id, false, u" "_s).ok()) << "a reason is required";
    Result<Appeal> dismissed = AppealService(*ben).decide(id, false, u"No proof"_s);
    ASSERT_TRUE(dismissed.ok()) << dismissed.error().toStdString();
    EXPECT_EQ(dismissed.value().status, AppealStatus::Dismissed);
    EXPECT_FALSE(AppealService(db.session()).decide(id, true, u"Again"_s).ok()) << "decided once";
    EXPECT_EQ(unitOf(EvaluationService(db.session()).evaluate(kSeptember).value(), u"U1"_s)
                  .counts.ordersDue,
        4)
        << "a dismissed appeal changes nothing";
}

TEST_F(Appeals, OnlyItemsCountedAgainstTheUnit)
{
    db.setNow(limaNoon(10, 5));
    AppealService appeals(*ana);
    auto refused = [&](AppealItem item, const QString& ref, const QString& unit = u"U1"_s) {
        Result<Appeal> result = appeals.file(unit, kSeptember, item, ref, u"grounds"_s);
        EXPECT_FALSE(result.ok()) << ref.toStdString();
        return result.ok() ? QString() : result.error();
    };
    EXPECT_TRUE(refused(AppealItem::LateOrder, u"O1"_s).contains(u"not counted"_s))
        << "O1 was on time";
    refused(AppealItem::LateOrder, u"X1"_s); // late, but U2's
    refused(AppealItem::Repeat, u"L1"_s); // not a repair
    refused(AppealItem::Complaint, QString::number(notStaffCaused)); // no penalty
    refused(AppealItem::Complaint, u"abc"_s);
    refused(AppealItem::LateOrder, u"NO-SUCH"_s);
    refused(AppealItem::LateOrder, u"L1"_s, u"U9"_s);
    EXPECT_FALSE(appeals.file(u"U1"_s, kSeptember, AppealItem::LateOrder, u"L1"_s, u" "_s).ok())
        << "grounds are required";
    EXPECT_FALSE(appeals.file(u"U1"_s, kAugust, AppealItem::LateOrder, u"L1"_s, u"x"_s).ok())
        << "L1 counts in September, not August";
    // A representative files for its own unit only; a dispatcher not at all.
    EXPECT_FALSE(AppealService(*omar)
                     .file(u"U1"_s, kSeptember, AppealItem::LateOrder, u"L1"_s, u"x"_s)
                     .ok());
    EXPECT_TRUE(AppealService(*omar)
                    .file(u"U2"_s, kSeptember, AppealItem::LateOrder, u"X1"_s, u"x"_s)
                    .ok());
    std::unique_ptr<Session> dispatcher = db.sessionAs(Role::Dispatcher);
    EXPECT_FALSE(AppealService(*dispatcher)
                     .file(u"U1"_s, kSeptember, AppealItem::LateOrder, u"L1"_s, u"x"_s)
                     .ok());
    // Each representative lists its own unit's appeals only.
    EXPECT_TRUE(AppealService(*rita).list(kSeptember).value().isEmpty());
    ASSERT_EQ(AppealService(*omar).list(kSeptember).value().size(), 1);
}

TEST_F(Appeals, UpheldOnAFinalizedMonthReinstatesOnReFinalizing)
{
    // August: a strike (no work, room 15, −30: 70). September: 65.5, the second strike.
    EvaluationService evaluations(db.session());
    roomScores(kAugust);
    ASSERT_TRUE(evaluations.setAdjustment(kAugust, u"U1"_s, Rational(-30), u"breach"_s).ok());
    finalizeOn(kAugust, limaNoon(9, 3));
    roomScores(kSeptember);
    finalizeOn(kSeptember, limaNoon(10, 3));
    ASSERT_EQ(UnitService(db.session()).find(u"U1"_s).value()->status, UnitStatus::Terminated);
    const UnitEvaluation frozen = unitOf(evaluations.evaluate(kSeptember).value(), u"U1"_s);
    EXPECT_EQ(frozen.score.total, Rational(655, 10));

    // The repeat is appealed and upheld: September is "re-evaluation due", its figures frozen.
    db.setNow(limaNoon(10, 5));
    Result<Appeal> filed = AppealService(*rita).file(
        u"U1"_s, kSeptember, AppealItem::Repeat, u"RP"_s, u"A new fault"_s);
    ASSERT_TRUE(filed.ok()) << filed.error().toStdString();
    EXPECT_FALSE(unitOf(evaluations.evaluate(kSeptember).value(), u"U1"_s).reevaluationDue)
        << "not while the appeal is open";
    ASSERT_TRUE(AppealService(*ben).decide(filed.value().id, true, u"Cut by a third party"_s).ok());
    const UnitEvaluation due = unitOf(evaluations.evaluate(kSeptember).value(), u"U1"_s);
    EXPECT_TRUE(due.final);
    EXPECT_TRUE(due.reevaluationDue);
    EXPECT_EQ(due.score.total, Rational(655, 10)) << "finalized figures do not move by themselves";

    // The admin reopens (the termination stands meanwhile) and re-finalizes: 22.5 + 25 + 28 +
    // 15 = 90.5, no strike; the unit is reinstated on appeal.
    db.setNow(limaNoon(10, 6));
    ASSERT_TRUE(evaluations.reopen(kSeptember, u"U1"_s, u"appeal upheld"_s).ok());
    EXPECT_EQ(UnitService(db.session()).find(u"U1"_s).value()->status, UnitStatus::Terminated);
    Result<MonthEvaluation> refinalized = evaluations.finalize(kSeptember);
    ASSERT_TRUE(refinalized.ok()) << refinalized.error().toStdString();
    const UnitEvaluation after = unitOf(refinalized.value(), u"U1"_s);
    EXPECT_EQ(after.score.total, Rational(905, 10)) << after.score.total.toString(1).toStdString();
    EXPECT_FALSE(after.score.strike);
    EXPECT_FALSE(after.reevaluationDue);
    const Unit u1 = *UnitService(db.session()).find(u"U1"_s).value();
    EXPECT_EQ(u1.status, UnitStatus::Active);
    EXPECT_EQ(u1.statusSince, QDate(2026, 10, 6));
    const QList<UnitStatusChange> history
        = UnitRepository(db.database()).statusHistory(u"U1"_s).value();
    ASSERT_FALSE(history.isEmpty());
    EXPECT_EQ(history.last().status, UnitStatus::Active);
    EXPECT_TRUE(history.last().onAppeal) << "recorded as a reinstatement on appeal";
    EXPECT_TRUE(history.last().reason.contains(u"appeal"_s)) << history.last().reason.toStdString();
    EXPECT_EQ(after.strikes, 1) << "August's strike still counts after an appeal";
    EXPECT_FALSE(refinalized.value().warnings.isEmpty());
}
