// SPEC §9 orders import: every status, time zones, all or nothing, re-imports.
#include "private/sql.h"
#include "services/import/importservice.h"
#include "services/orderservice.h"
#include "services/technicianservice.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kLima("America/Lima");

const QByteArray kHeader
    = "number,kind,account,customer,phone,address,area_code,received_at,team_code,technician_code,"
      "contacted_at,appointment_start,appointment_end,customer_requested_later,arrived_at,"
      "completed_at,status,uniform,permit_shown,location_consulted,tested,site_cleaned,signed_by,"
      "rx_power_dbm,exempt_reason\n";

// One order of each status, times with and without offsets (Lima is UTC−5).
const QByteArray kOrders = kHeader
    + "WO-1,install,ACC-1,Rosa Mamani,+51 987 000 111,\"Av. Larco 123, "
      "Miraflores\",A1,2026-11-20T09:00:00,,,,,,,,,new,,,,,,,,\n"
      "WO-2,repair,ACC-2,王秀英,138 1234 5678,朝阳路 8 号,A2,2026-11-20 "
      "16:00,T1,P1,,,,no,,,assigned,,,,,,,,\n"
      "WO-3,move,ACC-3,José "
      "Huamán,,,A1,2026-11-19T14:00:00Z,T1,,2026-11-19T10:00:00-05:00,2026-11-21T09:00:00-05:00,"
      "2026-11-21T12:00:00-05:00,yes,,,scheduled,,,,,,,,\n"
      "WO-4,install,ACC-4,Ana "
      "Flores,,,A1,2026-11-20T08:00:00-05:00,T1,P1,2026-11-20T08:30:00-05:00,"
      "2026-11-20T10:00:00-05:00,2026-11-20T12:00:00-05:00,no,2026-11-20T10:15:00-05:00,,on_site,,,"
      ",,,,,\n"
      "WO-5,repair,ACC-5,\"Quispe, "
      "Luis\",,,A2,2026-11-18T10:00:00,T1,P1,2026-11-18T10:30:00,2026-11-19T09:00:00,"
      "2026-11-19T11:00:00,no,2026-11-19T09:10:00,2026-11-20T10:00:00,completed,yes,yes,no,yes,yes,"
      "Luis Quispe,-21.5,\n"
      "WO-6,install,ACC-6,Eva Rojas,,,A1,2026-11-17T10:00:00,,,,,,,,,cancelled,,,,,,,,\n"
      "WO-7,repair,ACC-7,Raúl "
      "Peña,,,A1,2026-11-15T17:00:00,T1,P1,2026-11-15T17:10:00,2026-11-18T09:00:00,"
      "2026-11-18T10:00:00,no,2026-11-18T09:00:00,2026-11-18T10:00:00,completed,yes,yes,yes,yes,"
      "yes,Raúl Peña,-18,third_party\n";

class OrderImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.setNow(QDateTime(QDate(2026, 11, 20), QTime(18, 0), kLima).toUTC());
        test::seedSmallOrganisation(db.session());
        ASSERT_TRUE(TechnicianService(db.session())
                        .save({ { u"P1"_s, u"T1"_s, u"María Quispe"_s, u""_s, u""_s, true, true } })
                        .ok());
    }

    Result<ImportOutcome> import(const QByteArray& bytes, ImportFailure* failure = nullptr)
    {
        return ImportService(db.session())
            .importBytes(ImportKind::Orders, bytes, u"orders.csv"_s, failure);
    }

    WorkOrder order(const QString& number)
    {
        return *OrderService(db.session()).find(number).value();
    }
    qint64 count(const QString& table)
    {
        return scalar(db.database(), u"SELECT COUNT(*) FROM "_s + table).value().toLongLong();
    }

    test::TestDatabase db;
};

QDateTime lima(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), kLima).toUTC();
}

} // namespace

TEST_F(OrderImport, EveryStatusWithItsTimes)
{
    ImportFailure failure;
    Result<ImportOutcome> outcome = import(kOrders, &failure);
    ASSERT_TRUE(outcome.ok()) << failure.describe().join(u"\n"_s).toStdString();
    EXPECT_EQ(outcome.value().summary.created, 7);

    const WorkOrder wo1 = order(u"WO-1"_s);
    EXPECT_EQ(wo1.status, OrderStatus::New);
    EXPECT_EQ(wo1.receivedAt, lima(20, 9)) << "no offset: the operator's time zone";
    EXPECT_EQ(wo1.deadline, lima(20, 23, 59).addSecs(59));
    EXPECT_EQ(wo1.unitCode, u"U1"_s);
    EXPECT_EQ(wo1.address, u"Av. Larco 123, Miraflores"_s);

    const WorkOrder wo2 = order(u"WO-2"_s);
    EXPECT_EQ(wo2.customer, u"王秀英"_s);
    EXPECT_EQ(wo2.deadline, lima(21, 16)) << "received at the cut-off: 24 hours";

    const WorkOrder wo3 = order(u"WO-3"_s);
    EXPECT_EQ(wo3.receivedAt, lima(19, 9)) << "Z is UTC";
    EXPECT_TRUE(wo3.customerRequestedLater);
    EXPECT_EQ(wo3.deadline, lima(21, 12)) << "the later window the customer asked for";

    const WorkOrder wo5 = order(u"WO-5"_s);
    EXPECT_EQ(wo5.status, OrderStatus::Completed);
    EXPECT_EQ(wo5.measuredAt, lima(20, 10)) << "a repair is measured at completion";
    EXPECT_FALSE(wo5.checklist.locationConsulted);
    EXPECT_EQ(wo5.checklist.signedBy, u"Luis Quispe"_s);
    EXPECT_DOUBLE_EQ(*wo5.rxPowerDbm, -21.5);
    EXPECT_EQ(order(u"WO-7"_s).exemptReason, ExemptReason::ThirdParty);
    EXPECT_EQ(order(u"WO-6"_s).status, OrderStatus::Cancelled);

    const QList<OrderEvent> events = OrderService(db.session()).history(u"WO-5"_s).value();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.first().action, u"import"_s);
}

TEST_F(OrderImport, SecondImportChangesNothingAndALaterExportMovesOrdersOn)
{
    ASSERT_TRUE(import(kOrders).ok());
    Result<ImportOutcome> again = import(kOrders);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().summary.unchanged, 7);
    EXPECT_EQ(count(u"order_events"_s), 7);

    QByteArray later = kOrders;
    later.replace("WO-1,install,ACC-1,Rosa Mamani,+51 987 000 111,\"Av. Larco 123, "
                  "Miraflores\",A1,2026-11-20T09:00:00,,,,,,,,,new",
        "WO-1,install,ACC-1,Rosa Mamani,+51 987 000 111,\"Av. Larco 123, "
        "Miraflores\",A1,2026-11-20T09:00:00,T1,P1,,,,,,,assigned");
    Result<ImportOutcome> moved = import(later);
    ASSERT_TRUE(moved.ok()) << moved.error().toStdString();
    EXPECT_EQ(moved.value().summary.updated, 1);
    EXPECT_EQ(order(u"WO-1"_s).status, OrderStatus::Assigned);
    EXPECT_EQ(order(u"WO-1"_s).version, 2);
}

TEST_F(OrderImport, AnOlderExportCannotMoveOrdersBack)
{
    ASSERT_TRUE(import(kOrders).ok());
    QByteArray older = kOrders;
    older.replace(
        "2026-11-19T09:10:00,2026-11-20T10:00:00,completed,yes,yes,no,yes,yes,Luis Quispe,-21.5,",
        "2026-11-19T09:10:00,,on_site,,,,,,,,");
    ImportFailure failure;
    ASSERT_FALSE(import(older, &failure).ok());
    ASSERT_EQ(failure.problems.size(), 1);
    EXPECT_EQ(failure.problems.first().line, 6);
    EXPECT_EQ(failure.problems.first().field, u"status"_s);
    EXPECT_EQ(order(u"WO-5"_s).status, OrderStatus::Completed);
}

namespace {

struct BadOrder
{
    const char* row;
    const char* field;
};

class OrderImportBadValues : public OrderImport, public ::testing::WithParamInterface<BadOrder>
{
};

} // namespace

TEST_P(OrderImportBadValues, RefusedWithLineAndColumnAndNothingWritten)
{
    const BadOrder& bad = GetParam();
    const QByteArray file = kHeader
        + "WO-1,install,ACC-1,Rosa,,,A1,2026-11-20T09:00:00,,,,,,,,,new,,,,,,,,\n" + bad.row + "\n";
    ImportFailure failure;
    ASSERT_FALSE(import(file, &failure).ok()) << bad.row;
    bool located = false;
    for (const CsvProblem& problem : failure.problems)
        located = located
            || (problem.line == 3 && problem.field == QString::fromLatin1(bad.field)
                && problem.column == kHeader.left(kHeader.indexOf(bad.field)).count(',') + 1);
    EXPECT_TRUE(located) << bad.row << "\n" << failure.describe().join(u"\n"_s).toStdString();
    EXPECT_EQ(count(u"orders"_s), 0);
    EXPECT_EQ(count(u"order_events"_s), 0);
}

INSTANTIATE_TEST_SUITE_P(EveryColumn, OrderImportBadValues,
    ::testing::Values(
        BadOrder {
            "WO-1,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,,,,,,,,,new,,,,,,,,", "number" },
        BadOrder { ",install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,,,,,,,,,new,,,,,,,,", "number" },
        BadOrder { "WO-9,upgrade,ACC-9,Eva,,,A1,2026-11-20T09:00:00,,,,,,,,,new,,,,,,,,", "kind" },
        BadOrder { "WO-9,install,,Eva,,,A1,2026-11-20T09:00:00,,,,,,,,,new,,,,,,,,", "account" },
        BadOrder { "WO-9,install,ACC-9,,,,A1,2026-11-20T09:00:00,,,,,,,,,new,,,,,,,,", "customer" },
        BadOrder {
            "WO-9,install,ACC-9,Eva,ring me,,A1,2026-11-20T09:00:00,,,,,,,,,new,,,,,,,,", "phone" },
        BadOrder {
            "WO-9,install,ACC-9,Eva,,,A9,2026-11-20T09:00:00,,,,,,,,,new,,,,,,,,", "area_code" },
        BadOrder {
            "WO-9,install,ACC-9,Eva,,,A1,20/11/2026 09:00,,,,,,,,,new,,,,,,,,", "received_at" },
        BadOrder {
            "WO-9,install,ACC-9,Eva,,,A1,2026-11-21T09:00:00,,,,,,,,,new,,,,,,,,", "received_at" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T9,,,,,,,,assigned,,,,,,,,",
            "team_code" },
        BadOrder {
            "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,,,,,,,,new,,,,,,,,", "team_code" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,,,,,,,,,assigned,,,,,,,,",
            "team_code" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,P9,,,,,,,assigned,,,,,,,,",
            "technician_code" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,,2026-11-20T08:00:00,2026-"
                   "11-21T09:00:00,"
                   "2026-11-21T10:00:00,,,,scheduled,,,,,,,,",
            "contacted_at" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,,2026-11-20T10:00:00,,,,,,"
                   "scheduled,,,,,,,,",
            "appointment_start" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,,2026-11-20T10:00:00,2026-"
                   "11-21T09:00:00,"
                   "2026-11-21T08:00:00,,,,scheduled,,,,,,,,",
            "appointment_end" },
        BadOrder {
            "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,,,,,perhaps,,,assigned,,,,,,,,",
            "customer_requested_later" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,,,,,,2026-11-20T08:00:00,,"
                   "on_site,,,,,,,,",
            "arrived_at" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,,,,,,,,on_site,,,,,,,,",
            "arrived_at" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,,,,,,2026-11-20T10:00:00,"
                   "2026-11-20T09:30:00,"
                   "completed,yes,yes,yes,yes,yes,Eva,-20,",
            "completed_at" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,,,,,,2026-11-20T10:00:00,,"
                   "completed,yes,yes,yes,"
                   "yes,yes,Eva,-20,",
            "completed_at" },
        BadOrder {
            "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,,,,,,,,,closed,,,,,,,,", "status" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,,,,,,2026-11-20T10:00:00,"
                   "2026-11-20T11:00:00,"
                   "completed,si,yes,yes,yes,yes,Eva,-20,",
            "uniform" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,,,,,,2026-11-20T10:00:00,"
                   "2026-11-20T11:00:00,"
                   "completed,yes,,yes,yes,yes,Eva,-20,",
            "permit_shown" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,,,,,,2026-11-20T10:00:00,"
                   "2026-11-20T11:00:00,"
                   "completed,yes,yes,x,yes,yes,Eva,-20,",
            "location_consulted" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,,,,,,2026-11-20T10:00:00,"
                   "2026-11-20T11:00:00,"
                   "completed,yes,yes,yes,1,yes,Eva,-20,",
            "tested" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,,,,,,2026-11-20T10:00:00,"
                   "2026-11-20T11:00:00,"
                   "completed,yes,yes,yes,yes,,Eva,-20,",
            "site_cleaned" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,,,,,,,,assigned,,,,,,Eva,,",
            "signed_by" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,T1,,,,,,2026-11-20T10:00:00,"
                   "2026-11-20T11:00:00,"
                   "completed,yes,yes,yes,yes,yes,Eva,strong,",
            "rx_power_dbm" },
        BadOrder { "WO-9,install,ACC-9,Eva,,,A1,2026-11-20T09:00:00,,,,,,,,,new,,,,,,,,weather",
            "exempt_reason" }));

TEST_F(OrderImport, CancellingAfterSomeChunksWritesNothing)
{
    QByteArray file = kHeader;
    for (int i = 0; i < 12000; ++i)
        file += "N-" + QByteArray::number(i)
            + ",install,ACC,Rosa,,,A1,2026-11-20T09:00:00,,,,,,,,,new,,,,,,,,\n";
    int calls = 0;
    qint64 lastDone = 0;
    ImportFailure failure;
    Result<ImportOutcome> outcome
        = ImportService(db.session())
              .importBytes(ImportKind::Orders, file, u"orders.csv"_s, &failure,
                  [&](qint64 done, qint64 total) {
                      EXPECT_EQ(total, file.size());
                      EXPECT_GE(done, lastDone);
                      lastDone = done;
                      return ++calls < 3; // two chunks are written by then
                  });
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(calls, 3);
    EXPECT_TRUE(failure.general.contains(u"cancelled"_s));
    EXPECT_EQ(count(u"orders"_s), 0) << "the chunks already written were rolled back";
    EXPECT_EQ(count(u"order_events"_s), 0);

    Result<ImportOutcome> whole
        = ImportService(db.session()).importBytes(ImportKind::Orders, file, u"orders.csv"_s);
    ASSERT_TRUE(whole.ok());
    EXPECT_EQ(whole.value().rows, 12000);
    EXPECT_EQ(count(u"orders"_s), 12000);
}

TEST_F(OrderImport, DuplicatesAcrossChunksAreFound)
{
    QByteArray file = kHeader;
    for (int i = 0; i < 6000; ++i)
        file += "N-" + QByteArray::number(i)
            + ",install,ACC,Rosa,,,A1,2026-11-20T09:00:00,,,,,,,,,new,,,,,,,,\n";
    file += "N-17,install,ACC,Rosa,,,A1,2026-11-20T09:00:00,,,,,,,,,new,,,,,,,,\n";
    ImportFailure failure;
    ASSERT_FALSE(ImportService(db.session())
                     .importBytes(ImportKind::Orders, file, u"orders.csv"_s, &failure)
                     .ok());
    ASSERT_EQ(failure.problems.size(), 1);
    EXPECT_EQ(failure.problems.first().line, 6002);
    EXPECT_EQ(failure.problems.first().field, u"number"_s);
    EXPECT_EQ(count(u"orders"_s), 0);
}

TEST_F(OrderImport, EvaluatorsDoNotImportOrders)
{
    std::unique_ptr<Session> evaluator = db.sessionAs(Role::Evaluator);
    EXPECT_FALSE(
        ImportService(*evaluator).importBytes(ImportKind::Orders, kOrders, u"orders.csv"_s).ok());
    std::unique_ptr<Session> dispatcher = db.sessionAs(Role::Dispatcher);
    EXPECT_TRUE(
        ImportService(*dispatcher).importBytes(ImportKind::Orders, kOrders, u"orders.csv"_s).ok());
}
