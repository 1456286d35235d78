// SPEC §9 callbacks and complaints files: all or nothing, replayed through the same rules.
#include "private/sql.h"
#include "services/callbackservice.h"
#include "services/complaintservice.h"
#include "services/import/importservice.h"
#include "services/technicianservice.h"
#include "storage/auditrepository.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kCallbacksHeader
    = "order_number,attempted_at,outcome,on_time,appointment,uniform,standard_service,"
      "tested,site_cleaned,satisfaction,commendation,comment\n";
const QByteArray kComplaintsHeader = "order_number,unit_code,received_at,source,category,status,"
                                     "staff_caused,verified_at,description\n";

class CallbackImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.setNow(QDateTime(QDate(2026, 11, 20), QTime(18, 0), QTimeZone("America/Lima")).toUTC());
        test::seedSmallOrganisation(db.session());
        ASSERT_TRUE(TechnicianService(db.session())
                        .save({ { u"P1"_s, u"T1"_s, u"María Quispe"_s, u""_s, u""_s, true, true } })
                        .ok());
        QByteArray orders = importColumns(ImportKind::Orders).join(u',').toUtf8() + "\n";
        for (const char* number : { "WO-1", "WO-2", "WO-3" }) {
            orders += QByteArray(number)
                + ",repair,AC,Rosa,,,A1,2026-11-18T08:00:00,T1,P1,2026-11-18T08:10:00,"
                  "2026-11-18T09:00:00,2026-11-18T11:00:00,no,2026-11-18T09:30:00,2026-11-18T10:30:"
                  "00,completed,"
                  "yes,yes,yes,yes,yes,Rosa,-20,\n";
        }
        orders += "WO-4,install,AC,Eva,,,A1,2026-11-20T08:00:00,,,,,,,,,new,,,,,,,,\n";
        ASSERT_TRUE(test::imported(db.session(), ImportKind::Orders, orders, u"o.csv"_s));
    }

    Result<ImportOutcome> import(
        ImportKind kind, const QByteArray& bytes, ImportFailure* failure = nullptr)
    {
        return ImportService(db.session()).importBytes(kind, bytes, u"file.csv"_s, failure);
    }
    qint64 count(const QString& table)
    {
        return scalar(db.database(), u"SELECT COUNT(*) FROM "_s + table).value().toLongLong();
    }

    test::TestDatabase db;
};

const QByteArray kCalls = kCallbacksHeader
    + "WO-1,2026-11-19T09:00:00,no_answer,,,,,,,,,\n"
      "WO-2,2026-11-19T09:05:00,no_answer,,,,,,,,,\n"
      "WO-1,2026-11-19T11:00:00,busy,,,,,,,,,\n"
      "WO-2,2026-11-19T11:05:00,no_answer,,,,,,,,,\n"
      "WO-1,2026-11-19T15:00:00,reached,yes,yes,yes,no,yes,yes,9,yes,\"Muy amable, gracias\"\n"
      "WO-2,2026-11-19T15:05:00,wrong_number,,,,,,,,,\n";

} // namespace

TEST_F(CallbackImport, AttemptsReplayedThroughTheRules)
{
    ImportFailure failure;
    Result<ImportOutcome> outcome = import(ImportKind::Callbacks, kCalls, &failure);
    ASSERT_TRUE(outcome.ok()) << failure.describe().join(u"\n"_s).toStdString();
    EXPECT_EQ(outcome.value().summary.created, 6);
    CallbackService callbacks(db.session());
    const QList<CallbackTask> queue = callbacks.queue(QDate(2026, 11, 19)).value();
    ASSERT_EQ(queue.size(), 2) << "tasks created due the day after completion";
    QHash<QString, CallbackTask> byOrder;
    for (const CallbackTask& task : queue)
        byOrder.insert(task.orderNumber, task);
    EXPECT_EQ(byOrder.value(u"WO-1"_s).status, CallbackStatus::Reached);
    ASSERT_TRUE(byOrder.value(u"WO-1"_s).answers.has_value());
    EXPECT_EQ(byOrder.value(u"WO-1"_s).answers->yesCount(), 5);
    EXPECT_EQ(byOrder.value(u"WO-1"_s).answers->satisfaction, 9);
    EXPECT_TRUE(byOrder.value(u"WO-1"_s).answers->commendation);
    EXPECT_EQ(byOrder.value(u"WO-1"_s).answers->comment, u"Muy amable, gracias"_s);
    EXPECT_EQ(byOrder.value(u"WO-2"_s).status, CallbackStatus::Unreachable);
    EXPECT_EQ(byOrder.value(u"WO-2"_s).attempts, 3);

    Result<ImportOutcome> again = import(ImportKind::Callbacks, kCalls);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_EQ(again.value().summary.unchanged, 6);
    EXPECT_EQ(count(u"callback_attempts"_s), 6);
    EXPECT_EQ(callbacks.generate(QDate(2026, 11, 19)).value().created, 1)
        << "only WO-3 was still without a task";
}

namespace {

struct BadCall
{
    const char* row;
    const char* field;
};

class CallbackImportBadRows : public CallbackImport, public ::testing::WithParamInterface<BadCall>
{
};

} // namespace

TEST_P(CallbackImportBadRows, RefusedAndNothingWritten)
{
    const QByteArray file
        = kCallbacksHeader + "WO-3,2026-11-19T09:00:00,busy,,,,,,,,,\n" + GetParam().row + "\n";
    ImportFailure failure;
    ASSERT_FALSE(import(ImportKind::Callbacks, file, &failure).ok()) << GetParam().row;
    ASSERT_FALSE(failure.problems.isEmpty()) << failure.general.toStdString();
    const CsvProblem& problem = failure.problems.first();
    EXPECT_EQ(problem.line, 3) << failure.describe().join(u"\n"_s).toStdString();
    EXPECT_EQ(problem.field, QString::fromLatin1(GetParam().field))
        << failure.describe().join(u"\n"_s).toStdString();
    EXPECT_EQ(problem.column,
        kCallbacksHeader.left(kCallbacksHeader.indexOf(GetParam().field)).count(',') + 1);
    EXPECT_EQ(count(u"callback_tasks"_s), 0);
    EXPECT_EQ(count(u"callback_attempts"_s), 0);
}

INSTANTIATE_TEST_SUITE_P(EveryColumn, CallbackImportBadRows,
    ::testing::Values(BadCall { "WO-9,2026-11-19T09:00:00,busy,,,,,,,,,", "order_number" },
        BadCall { "WO-4,2026-11-20T09:00:00,busy,,,,,,,,,", "order_number" },
        BadCall { "WO-1,19/11/2026 09:00,busy,,,,,,,,,", "attempted_at" },
        BadCall { "WO-1,2026-11-21T09:00:00,busy,,,,,,,,,", "attempted_at" },
        BadCall { "WO-1,2026-11-18T09:00:00,busy,,,,,,,,,", "attempted_at" },
        BadCall { "WO-3,2026-11-19T08:00:00,busy,,,,,,,,,", "attempted_at" },
        BadCall { "WO-1,2026-11-19T09:00:00,hung_up,,,,,,,,,", "outcome" },
        BadCall { "WO-1,2026-11-19T09:00:00,busy,yes,,,,,,,,", "on_time" },
        BadCall { "WO-1,2026-11-19T09:00:00,reached,,yes,yes,yes,yes,yes,9,no,", "on_time" },
        BadCall { "WO-1,2026-11-19T09:00:00,reached,yes,x,yes,yes,yes,yes,9,no,", "appointment" },
        BadCall { "WO-1,2026-11-19T09:00:00,reached,yes,yes,,yes,yes,yes,9,no,", "uniform" },
        BadCall {
            "WO-1,2026-11-19T09:00:00,reached,yes,yes,yes,1,yes,yes,9,no,", "standard_service" },
        BadCall { "WO-1,2026-11-19T09:00:00,reached,yes,yes,yes,yes,si,yes,9,no,", "tested" },
        BadCall { "WO-1,2026-11-19T09:00:00,reached,yes,yes,yes,yes,yes,,9,no,", "site_cleaned" },
        BadCall {
            "WO-1,2026-11-19T09:00:00,reached,yes,yes,yes,yes,yes,yes,11,no,", "satisfaction" },
        BadCall { "WO-1,2026-11-19T09:00:00,reached,yes,yes,yes,yes,yes,yes,,no,", "satisfaction" },
        BadCall {
            "WO-1,2026-11-19T09:00:00,reached,yes,yes,yes,yes,yes,yes,9,maybe,", "commendation" },
        BadCall { "WO-1,2026-11-19T09:00:00,no_answer,,,,,,,,,hola", "comment" }));

TEST_F(CallbackImport, ComplaintsWithTheirVerdicts)
{
    const QByteArray file = kComplaintsHeader
        + "WO-1,,2026-11-19T15:00:00,callback,untidy_site,open,,,Dejaron cables\n"
          "WO-2,U1,2026-10-28T10:00:00,hotline,late,verified,yes,2026-11-02T09:00:00,Llegaron "
          "tarde\n"
          ",U1,2026-10-15T10:00:00,other,attitude,rejected,,2026-10-20T09:00:00,\"Técnico de otra "
          "empresa\"\n"
          "WO-3,,2026-11-01T10:00:00,hotline,repeat_fault,resolved,yes,2026-11-03T09:00:00,Falla "
          "repetida\n";
    ImportFailure failure;
    Result<ImportOutcome> outcome = import(ImportKind::Complaints, file, &failure);
    ASSERT_TRUE(outcome.ok()) << failure.describe().join(u"\n"_s).toStdString();
    EXPECT_EQ(outcome.value().summary.created, 4);
    EXPECT_EQ(AuditRepository(db.database()).list(u"complaint"_s).value().size(), 3)
        << "each imported verdict is audited";
    EXPECT_DOUBLE_EQ(
        ComplaintService(db.session()).penaltiesForMonth(QDate(2026, 11, 1)).value().value(u"U1"_s),
        4.0);
    EXPECT_TRUE(
        ComplaintService(db.session()).penaltiesForMonth(QDate(2026, 10, 1)).value().isEmpty());

    Result<ImportOutcome> again = import(ImportKind::Complaints, file);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().summary.unchanged, 4);

    QByteArray later = file;
    later.replace(
        "untidy_site,open,,,Dejaron", "untidy_site,verified,no,2026-11-20T10:00:00,Dejaron");
    Result<ImportOutcome> judged = import(ImportKind::Complaints, later);
    ASSERT_TRUE(judged.ok()) << judged.error().toStdString();
    EXPECT_EQ(judged.value().summary.updated, 1);
    EXPECT_EQ(count(u"complaints"_s), 4);
}

TEST_F(CallbackImport, BadComplaintRowsAreRefused)
{
    const std::pair<QByteArray, const char*> bad[] = {
        { "WO-1,,2026-11-19T15:00:00,callback,late,verified,,2026-11-19T16:00:00,x",
            "staff_caused" },
        { "WO-1,,2026-11-19T15:00:00,callback,late,open,,2026-11-19T16:00:00,x", "verified_at" },
        { "WO-1,,2026-11-19T15:00:00,callback,late,rejected,,,x", "verified_at" },
        { "WO-1,,2026-11-19T15:00:00,callback,late,verified,yes,2026-11-19T14:00:00,x",
            "verified_at" },
        { "WO-1,,2026-11-19T15:00:00,fax,late,open,,,x", "source" },
        { "WO-1,,2026-11-19T15:00:00,callback,rude,open,,,x", "category" },
        { "WO-1,,2026-11-19T15:00:00,callback,late,closed,,,x", "status" },
        { "WO-9,,2026-11-19T15:00:00,callback,late,open,,,x", "order_number" },
        { ",U9,2026-11-19T15:00:00,callback,late,open,,,x", "unit_code" },
        { ",,2026-11-19T15:00:00,callback,late,open,,,x", "unit_code" },
        { "WO-1,,2026-11-21T15:00:00,callback,late,open,,,x", "received_at" },
        { "WO-1,,2026-11-19T15:00:00,callback,late,open,,,", "description" },
    };
    for (const auto& [row, field] : bad) {
        ImportFailure failure;
        ASSERT_FALSE(import(ImportKind::Complaints, kComplaintsHeader + row + "\n", &failure).ok())
            << row.constData();
        ASSERT_FALSE(failure.problems.isEmpty()) << row.constData();
        EXPECT_EQ(failure.problems.first().field, QString::fromLatin1(field)) << row.constData();
        EXPECT_EQ(failure.problems.first().line, 2);
    }
    EXPECT_EQ(count(u"complaints"_s), 0);
}

// A refusal that a service words as a sentence keeps one full stop in the file's summary.
TEST_F(CallbackImport, RoomScoreOutOfRangeIsRefusedInOneSentence)
{
    ImportFailure failure;
    const Result<ImportOutcome> refused = import(
        ImportKind::RoomScores, "unit_code,month,points,note\nU1,2026-10,15.5,\n", &failure);
    ASSERT_FALSE(refused.ok());
    ASSERT_EQ(failure.problems.size(), 1);
    EXPECT_EQ(failure.problems.first().field, u"points"_s);
    EXPECT_TRUE(refused.error().endsWith(u"15.00. Nothing was imported."_s))
        << refused.error().toStdString();
    EXPECT_EQ(count(u"room_scores"_s), 0);
}
