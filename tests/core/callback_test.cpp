// SPEC §5 next-day callbacks and §6 complaints and bulletin.
#include "private/sql.h"
#include "services/bulletinservice.h"
#include "services/callbackservice.h"
#include "services/complaintservice.h"
#include "services/import/importservice.h"
#include "services/technicianservice.h"
#include "storage/auditrepository.h"
#include "storage/callbackrepository.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kLima("America/Lima");

QDateTime lima(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), kLima).toUTC();
}

class Callbacks : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.setNow(lima(11, 20, 12));
        test::seedSmallOrganisation(db.session());
        ASSERT_TRUE(TechnicianService(db.session())
                        .save({ { u"P1"_s, u"T1"_s, u"María Quispe"_s, u""_s, u""_s, true, true } })
                        .ok());
    }

    // A completed repair, arrived an hour before it was completed at `completed` (local).
    void completedOrder(const QString& number, const QString& completedLocal)
    {
        const QByteArray file = importColumns(ImportKind::Orders).join(u',').toUtf8() + "\n"
            + number.toUtf8() + ",repair,AC-" + number.toUtf8()
            + ",Rosa Mamani,+51 900 000 000,Av. Larco 1,A1,2026-11-17T08:00:00,T1,P1,"
              "2026-11-17T08:10:00,2026-11-17T09:00:00,2026-11-17T11:00:00,no,2026-11-17T09:30:00,"
            + completedLocal.toUtf8() + ",completed,yes,yes,yes,yes,yes,Rosa Mamani,-20,\n";
        ASSERT_TRUE(test::imported(db.session(), ImportKind::Orders, file, u"o.csv"_s));
    }

    CallbackAnswers allYes(int satisfaction = 10) const
    {
        CallbackAnswers answers;
        answers.yes.fill(true);
        answers.satisfaction = satisfaction;
        return answers;
    }

    test::TestDatabase db;
};

} // namespace

TEST_F(Callbacks, EveryOrderCompletedTheDayBeforeOnceAcrossTheDaysEdges)
{
    completedOrder(u"WO-A"_s, u"2026-11-18T23:59:00"_s); // the 18th: due on the 19th
    completedOrder(u"WO-B"_s, u"2026-11-19T00:01:00"_s); // the 19th: due on the 20th
    completedOrder(u"WO-C"_s, u"2026-11-19T23:59:59"_s);
    completedOrder(u"WO-D"_s, u"2026-11-20T00:00:00"_s); // the 20th: due on the 21st
    CallbackService callbacks(db.session());
    Result<CallbackQueueOutcome> queue = callbacks.generate(QDate(2026, 11, 20));
    ASSERT_TRUE(queue.ok()) << queue.error().toStdString();
    EXPECT_EQ(queue.value().created, 2);
    EXPECT_EQ(queue.value().total, 2);
    QStringList numbers;
    for (const CallbackTask& task : callbacks.queue(QDate(2026, 11, 20)).value())
        numbers.append(task.orderNumber);
    numbers.sort();
    EXPECT_EQ(numbers, QStringList({ u"WO-B"_s, u"WO-C"_s }));

    Result<CallbackQueueOutcome> again = callbacks.generate(QDate(2026, 11, 20));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().created, 0) << "no duplicates on a second run";
    EXPECT_EQ(again.value().total, 2);
    EXPECT_EQ(callbacks.generate(QDate(2026, 11, 19)).value().created, 1);
    EXPECT_EQ(callbacks.generate(QDate(2026, 11, 21)).value().created, 1);
    EXPECT_EQ(scalar(db.database(), u"SELECT COUNT(*) FROM callback_tasks"_s).value().toInt(), 4)
        << "one task per order";
}

// Among millions of orders nearly all are completed: the queue must be found through the
// day's completion times, not through the status (5 million orders took seconds a day).
TEST_F(Callbacks, GeneratingReadsTheDaysCompletionTimesNotEveryCompletedOrder)
{
    if (!db.database().isSqlite())
        GTEST_SKIP() << "SQLite's query planner";
    const Result<QString> plan = test::queryPlan(
        db.database(), CallbackRepository::generateStatement(), { u"2026-11-20"_s, 0, 0, 1 });
    ASSERT_TRUE(plan.ok()) << plan.error().toStdString();
    const QString& described = plan.value();
    EXPECT_TRUE(
        described.contains(u"USING INDEX orders_completed (completed_at>? AND completed_at<?)"_s))
        << described.toStdString();
    EXPECT_FALSE(described.contains(u"orders_status_deadline"_s)) << described.toStdString();

    completedOrder(u"WO-1"_s, u"2026-11-19T15:00:00"_s);
    EXPECT_EQ(CallbackService(db.session()).generate(QDate(2026, 11, 20)).value().created, 1)
        << "the status still counts";
}

TEST_F(Callbacks, DaysFollowTheOperatorsZone)
{
    // 23:30 in Lima on the 18th is 04:30 UTC on the 19th: the order is the 18th's.
    completedOrder(u"WO-L"_s, u"2026-11-18T23:30:00-05:00"_s);
    EXPECT_EQ(CallbackService(db.session()).generate(QDate(2026, 11, 19)).value().created, 1);
}

TEST_F(Callbacks, ThreeFailedAttemptsMakeTheCustomerUnreachable)
{
    completedOrder(u"WO-1"_s, u"2026-11-19T15:00:00"_s);
    CallbackService callbacks(db.session());
    ASSERT_TRUE(callbacks.generate(QDate(2026, 11, 20)).ok());
    CallbackTask task = callbacks.nextCall(QDate(2026, 11, 20)).value().value();
    EXPECT_EQ(task.customer, u"Rosa Mamani"_s);
    EXPECT_EQ(task.technicianName, u"María Quispe"_s);

    task
        = callbacks.recordAttempt(task.id, task.version, lima(11, 20, 9), CallbackOutcome::NoAnswer)
              .value();
    EXPECT_EQ(task.status, CallbackStatus::Pending);
    EXPECT_EQ(task.nextAttemptAt, lima(11, 20, 11)) << "retried two hours later";
    EXPECT_EQ(callbacks.counts(QDate(2026, 11, 20)).value().toCall, 1)
        << "12:00 is after the retry time";
    task = callbacks.recordAttempt(task.id, task.version, lima(11, 20, 11), CallbackOutcome::Busy)
               .value();
    EXPECT_EQ(callbacks.counts(QDate(2026, 11, 20)).value().toRetry, 1) << "13:00 is still to come";
    EXPECT_FALSE(callbacks.nextCall(QDate(2026, 11, 20)).value().has_value());
    task = callbacks
               .recordAttempt(
                   task.id, task.version, lima(11, 20, 11, 30), CallbackOutcome::WrongNumber)
               .value();
    EXPECT_EQ(task.status, CallbackStatus::Unreachable);
    EXPECT_EQ(task.attempts, 3);
    EXPECT_FALSE(callbacks
                     .recordAttempt(task.id, task.version, lima(11, 20, 11, 45),
                         CallbackOutcome::Reached, allYes())
                     .ok())
        << "an unreachable customer is not called a fourth time";
    EXPECT_EQ(callbacks.attempts(task.id).value().size(), 3);
    const CallbackCounts counts = callbacks.counts(QDate(2026, 11, 20)).value();
    EXPECT_EQ(counts.unreachable, 1);
    EXPECT_EQ(counts.due, 1);
}

TEST_F(Callbacks, ReachedAnswersAndAComplaintLinkedToTheOrder)
{
    completedOrder(u"WO-1"_s, u"2026-11-19T15:00:00"_s);
    CallbackService callbacks(db.session());
    ASSERT_TRUE(callbacks.generate(QDate(2026, 11, 20)).ok());
    const CallbackTask task = callbacks.nextCall(QDate(2026, 11, 20)).value().value();
    EXPECT_FALSE(
        callbacks.recordAttempt(task.id, task.version, lima(11, 20, 9), CallbackOutcome::Reached)
            .ok())
        << "a reached call needs its answers";
    EXPECT_FALSE(callbacks
                     .recordAttempt(task.id, task.version, lima(11, 20, 9),
                         CallbackOutcome::NoAnswer, allYes())
                     .ok());
    CallbackAnswers answers = allYes(6);
    answers.yes[size_t(CallbackQuestion::SiteCleaned)] = false;
    answers.comment = u"Dejaron restos de cable en la sala"_s;
    Result<CallbackTask> reached = callbacks.recordAttempt(task.id, task.version, lima(11, 20, 9),
        CallbackOutcome::Reached, answers, CallComplaint { ComplaintCategory::UntidySite, {} });
    ASSERT_TRUE(reached.ok()) << reached.error().toStdString();
    EXPECT_EQ(reached.value().status, CallbackStatus::Reached);
    ASSERT_TRUE(reached.value().answers.has_value());
    EXPECT_EQ(reached.value().answers->yesCount(), 5);
    EXPECT_EQ(satisfactionBand(reached.value().answers->satisfaction), SatisfactionBand::Detractor);

    const QList<Complaint> complaints = ComplaintService(db.session()).list({}).value();
    ASSERT_EQ(complaints.size(), 1);
    EXPECT_EQ(complaints.first().orderNumber, u"WO-1"_s);
    EXPECT_EQ(complaints.first().unitCode, u"U1"_s);
    EXPECT_EQ(complaints.first().source, ComplaintSource::Callback);
    EXPECT_EQ(complaints.first().category, ComplaintCategory::UntidySite);
    EXPECT_EQ(complaints.first().description, u"Dejaron restos de cable en la sala"_s);
    EXPECT_EQ(complaints.first().status, ComplaintStatus::Open);
}

TEST_F(Callbacks, StaleVersionAndRolesAreRefused)
{
    completedOrder(u"WO-1"_s, u"2026-11-19T15:00:00"_s);
    CallbackService callbacks(db.session());
    ASSERT_TRUE(callbacks.generate(QDate(2026, 11, 20)).ok());
    const CallbackTask task = callbacks.nextCall(QDate(2026, 11, 20)).value().value();
    ASSERT_TRUE(
        callbacks.recordAttempt(task.id, task.version, lima(11, 20, 9), CallbackOutcome::Busy)
            .ok());
    EXPECT_FALSE(
        callbacks.recordAttempt(task.id, task.version, lima(11, 20, 9, 5), CallbackOutcome::Busy)
            .ok())
        << "another agent recorded this call meanwhile";
    std::unique_ptr<Session> dispatcher = db.sessionAs(Role::Dispatcher);
    EXPECT_FALSE(
        CallbackService(*dispatcher)
            .recordAttempt(task.id, task.version + 1, lima(11, 20, 11), CallbackOutcome::Busy)
            .ok());
    EXPECT_TRUE(CallbackService(*dispatcher).generate(QDate(2026, 11, 21)).ok())
        << "anyone's program may build the queue";
    std::unique_ptr<Session> agent = db.sessionAs(Role::CallbackAgent);
    EXPECT_TRUE(
        CallbackService(*agent)
            .recordAttempt(task.id, task.version + 1, lima(11, 20, 11), CallbackOutcome::Busy)
            .ok());
}

TEST_F(Callbacks, ComplaintVerdictsAreAuditedAndPenalisedInTheMonthOfVerification)
{
    ComplaintService complaints(db.session());
    Complaint draft;
    draft.receivedAt = lima(10, 30, 10);
    draft.source = ComplaintSource::Hotline;
    draft.unitCode = u"U1"_s;
    draft.category = ComplaintCategory::Attitude;
    draft.description = u"El técnico fue grosero"_s;
    const Complaint october = complaints.registerComplaint(draft).value();
    draft.description = u"Llegó tarde"_s;
    draft.category = ComplaintCategory::Late;
    const Complaint second = complaints.registerComplaint(draft).value();
    draft.description = u"No era nuestro técnico"_s;
    const Complaint third = complaints.registerComplaint(draft).value();

    std::unique_ptr<Session> agent = db.sessionAs(Role::CallbackAgent);
    EXPECT_FALSE(ComplaintService(*agent).verify(october.id, october.version, true, {}).ok())
        << "agents do not judge";
    EXPECT_FALSE(complaints.resolve(october.id, october.version, u"apologised"_s).ok())
        << "a verdict comes first";

    const Complaint verified
        = complaints.verify(october.id, october.version, true, u"confirmed by the supervisor"_s)
              .value();
    EXPECT_EQ(verified.status, ComplaintStatus::Verified);
    EXPECT_EQ(verified.staffCaused, true);
    EXPECT_EQ(verified.verifiedAt, db.session().now());
    ASSERT_TRUE(complaints.verify(second.id, second.version, false, {}).ok());
    EXPECT_FALSE(complaints.reject(third.id, third.version, u" "_s).ok()) << "a rejection says why";
    ASSERT_TRUE(
        complaints.reject(third.id, third.version, u"another operator's technician"_s).ok());
    EXPECT_FALSE(complaints.verify(october.id, verified.version, false, {}).ok())
        << "already verified";
    const Complaint resolved
        = complaints
              .resolve(october.id, verified.version, u"Unit apologised; technician retrained"_s)
              .value();
    EXPECT_EQ(resolved.status, ComplaintStatus::Resolved);
    EXPECT_EQ(resolved.staffCaused, true) << "the verdict stays";

    // Received in October, verified in November: the points fall in November.
    EXPECT_TRUE(complaints.penaltiesForMonth(QDate(2026, 10, 1)).value().isEmpty());
    const QHash<QString, double> november
        = complaints.penaltiesForMonth(QDate(2026, 11, 1)).value();
    EXPECT_DOUBLE_EQ(november.value(u"U1"_s), 2.0)
        << "one staff-caused verified complaint × 2 points";

    const QList<AuditEntry> audit
        = AuditRepository(db.database()).list(u"complaint"_s, QString::number(october.id)).value();
    ASSERT_EQ(audit.size(), 2);
    EXPECT_EQ(audit.at(0).action, u"complaint.verdict"_s);
    EXPECT_EQ(audit.at(0).before, u"open"_s);
    EXPECT_TRUE(audit.at(0).after.startsWith(u"verified (staff caused)"_s))
        << audit.at(0).after.toStdString();
    EXPECT_EQ(audit.at(1).action, u"complaint.resolution"_s);
}

TEST_F(Callbacks, ComplaintsNeedAnOrderOrAUnit)
{
    ComplaintService complaints(db.session());
    Complaint draft;
    draft.description = u"Sin servicio"_s;
    EXPECT_FALSE(complaints.registerComplaint(draft).ok());
    draft.orderNumber = u"WO-404"_s;
    EXPECT_FALSE(complaints.registerComplaint(draft).ok());
    draft.orderNumber.clear();
    draft.unitCode = u"U1"_s;
    draft.receivedAt = db.session().now().addSecs(3600);
    EXPECT_FALSE(complaints.registerComplaint(draft).ok()) << "not from the future";
    std::unique_ptr<Session> dispatcher = db.sessionAs(Role::Dispatcher);
    draft.receivedAt = QDateTime();
    EXPECT_FALSE(ComplaintService(*dispatcher).registerComplaint(draft).ok());
    EXPECT_TRUE(complaints.registerComplaint(draft).ok());
}

TEST_F(Callbacks, DailyBulletinPerUnit)
{
    completedOrder(u"WO-1"_s, u"2026-11-19T15:00:00"_s);
    completedOrder(u"WO-2"_s, u"2026-11-19T16:00:00"_s);
    CallbackService callbacks(db.session());
    ASSERT_TRUE(callbacks.generate(QDate(2026, 11, 20)).ok());
    const CallbackTask task = callbacks.nextCall(QDate(2026, 11, 20)).value().value();
    ASSERT_TRUE(callbacks
                    .recordAttempt(
                        task.id, task.version, lima(11, 20, 9), CallbackOutcome::Reached, allYes())
                    .ok());
    Complaint draft;
    draft.unitCode = u"U1"_s;
    draft.description = u"Ruido en la línea"_s;
    const Complaint complaint = ComplaintService(db.session()).registerComplaint(draft).value();
    ASSERT_TRUE(
        ComplaintService(db.session()).verify(complaint.id, complaint.version, true, {}).ok());

    const Bulletin nineteenth = BulletinService(db.session()).daily(QDate(2026, 11, 19)).value();
    ASSERT_EQ(nineteenth.units.size(), 1);
    EXPECT_EQ(nineteenth.units.first().completed, 2);
    EXPECT_EQ(nineteenth.units.first().received, 0);
    const Bulletin seventeenth = BulletinService(db.session()).daily(QDate(2026, 11, 17)).value();
    EXPECT_EQ(seventeenth.units.first().received, 2);
    EXPECT_EQ(seventeenth.units.first().overdue, 2) << "repairs due the 17th, completed the 19th";
    const Bulletin twentieth = BulletinService(db.session()).daily(QDate(2026, 11, 20)).value();
    EXPECT_EQ(twentieth.units.first().callbacksDone, 1);
    EXPECT_EQ(twentieth.units.first().complaintsReceived, 1);
    EXPECT_EQ(twentieth.units.first().complaintsVerified, 1);
}
