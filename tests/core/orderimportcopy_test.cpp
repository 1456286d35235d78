// The orders import through COPY on PostgreSQL (issue 20) leaves exactly what the row by
// row import leaves: the same orders under the same ids (search text included), the same
// events, the same everything else; and it refuses a bad file as before.
#include "services/import/importservice.h"
#include "services/technicianservice.h"
#include "storage/orderimportwriter.h"
#include "support/dbfingerprint.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kHeader
    = "number,kind,account,customer,phone,address,area_code,received_at,team_code,technician_code,"
      "contacted_at,appointment_start,appointment_end,customer_requested_later,arrived_at,"
      "completed_at,status,uniform,permit_shown,location_consulted,tested,site_cleaned,signed_by,"
      "rx_power_dbm,exempt_reason\n";

// Orders 1..`count`; from `assignedFrom` on, every third is assigned to T1/P1. Names and
// addresses hold what COPY's text format escapes (a backslash) and non-ASCII text.
QByteArray ordersFile(int first, int last, bool assignSome)
{
    QByteArray file = kHeader;
    for (int i = first; i <= last; ++i) {
        const bool assigned = assignSome && i % 3 == 0;
        const QByteArray n = QByteArray::number(i);
        file += "WO-" + n + (i % 2 ? ",install" : ",repair") + ",ACC-" + n
            + ",\"José \\ Huamán " + n + "\",+51 987 000 " + n.rightJustified(3, '0')
            + ",\"Av. Larco " + n + ", 王 路\"," + (i % 2 ? "A1" : "A2")
            + ",2026-11-20T09:00:00," + (assigned ? "T1,P1,,,,no,,,assigned" : ",,,,,,,,new")
            + ",,,,,,,,\n";
    }
    return file;
}

class ImportThroughCopy : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!test::TestDatabase::onPostgres())
            GTEST_SKIP() << "PostgreSQL only: SQLite writes each row in process";
        for (test::TestDatabase* db : { &rowByRow, &copied }) {
            db->setNow(QDateTime(QDate(2026, 11, 20), QTime(23, 0), QTimeZone::utc()));
            test::seedSmallOrganisation(db->session());
            ASSERT_TRUE(TechnicianService(db->session())
                            .save({ { u"P1"_s, u"T1"_s, u"María Quispe"_s, u""_s, u""_s, true,
                                true } })
                            .ok());
        }
    }

    static Result<ImportOutcome> import(test::TestDatabase& db, const QByteArray& file,
        bool copy, ImportFailure* failure = nullptr)
    {
        if (copy)
            qunsetenv("FIBERDESK_IMPORT_ROW_BY_ROW");
        else
            qputenv("FIBERDESK_IMPORT_ROW_BY_ROW", "1");
        EXPECT_EQ(OrderImportWriter(db.database(), QDateTime(), QString()).copies(), copy);
        Result<ImportOutcome> outcome = ImportService(db.session())
                                            .importBytes(ImportKind::Orders, file,
                                                u"orders.csv"_s, failure);
        qunsetenv("FIBERDESK_IMPORT_ROW_BY_ROW");
        return outcome;
    }

    test::TestDatabase rowByRow;
    test::TestDatabase copied;
};

} // namespace

TEST_F(ImportThroughCopy, LeavesWhatTheRowByRowImportLeaves)
{
    // New orders, then known ones updated (a third), unchanged (the rest) and new ones.
    const QByteArray first = ordersFile(1, 60, false);
    const QByteArray second = ordersFile(1, 90, true);
    for (const QByteArray& file : { first, second }) {
        ImportFailure failure;
        Result<ImportOutcome> slow = import(rowByRow, file, false, &failure);
        ASSERT_TRUE(slow.ok()) << failure.describe().join(u'\n').toStdString();
        Result<ImportOutcome> fast = import(copied, file, true, &failure);
        ASSERT_TRUE(slow.ok()) << slow.error().toStdString();
        ASSERT_TRUE(fast.ok()) << fast.error().toStdString();
        EXPECT_EQ(fast.value().summary.created, slow.value().summary.created);
        EXPECT_EQ(fast.value().summary.updated, slow.value().summary.updated);
        EXPECT_EQ(fast.value().summary.unchanged, slow.value().summary.unchanged);
    }
    Result<ImportOutcome> last = import(copied, second, true);
    ASSERT_TRUE(last.ok());
    EXPECT_EQ(last.value().summary.unchanged, 90);
    ASSERT_TRUE(import(rowByRow, second, false).ok());

    const test::DatabaseFingerprint slowPrint = test::fingerprintOf(rowByRow.database());
    const test::DatabaseFingerprint fastPrint = test::fingerprintOf(copied.database());
    ASSERT_TRUE(slowPrint.error.isEmpty()) << slowPrint.error.toStdString();
    EXPECT_EQ(fastPrint.rows.value(u"orders"_s), 90);
    EXPECT_EQ(fastPrint.rows.value(u"order_events"_s), 60 + 20 + 30);
    EXPECT_EQ(fastPrint, slowPrint) << fastPrint.differenceFrom(slowPrint).toStdString();
}

TEST_F(ImportThroughCopy, ABadFileWritesNothingAndSaysWhere)
{
    ASSERT_TRUE(import(copied, ordersFile(1, 30, false), true).ok());
    const test::DatabaseFingerprint before = test::fingerprintOf(copied.database());
    QByteArray file = ordersFile(1, 40, true);
    file.replace("WO-35,install,ACC-35", "WO-35,install,");  // no account
    file += "WO-7,install,ACC-7,X,,,A1,2026-11-20T09:00:00,,,,,,,,,new,,,,,,,,\n"; // twice
    ImportFailure failure;
    ASSERT_FALSE(import(copied, file, true, &failure).ok());
    ASSERT_GE(failure.problems.size(), 2);
    EXPECT_EQ(failure.problems.at(0).line, 36);
    EXPECT_EQ(failure.problems.at(0).column, 3);
    EXPECT_EQ(failure.problems.at(1).line, 42);
    EXPECT_EQ(failure.problems.at(1).column, 1);
    EXPECT_EQ(test::fingerprintOf(copied.database()), before);
}
