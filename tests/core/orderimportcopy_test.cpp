// The orders import through a staging table and set-based writes (issue 20: COPY on
// PostgreSQL) leaves exactly what the row by row import leaves: the same orders under the
// same ids (search text included), the same events, the same everything else; and it
// refuses a bad file as before. On both engines.
#include "private/sql.h"
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
        file += "WO-" + n + (i % 2 ? ",install" : ",repair") + ",ACC-" + n + ",\"José \\ Huamán "
            + n + "\",+51 987 000 " + n.rightJustified(3, '0') + ",\"Av. Larco " + n + ", 王 路\","
            + (i % 2 ? "A1" : "A2") + ",2026-11-20T09:00:00,"
            + (assigned ? "T1,P1,,,,no,,,assigned" : ",,,,,,,,new") + ",,,,,,,,\n";
    }
    return file;
}

class ImportThroughCopy : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (test::TestDatabase* db : { &rowByRow, &copied }) {
            db->setNow(QDateTime(QDate(2026, 11, 20), QTime(23, 0), QTimeZone::utc()));
            test::seedSmallOrganisation(db->session());
            ASSERT_TRUE(
                TechnicianService(db->session())
                    .save({ { u"P1"_s, u"T1"_s, u"María Quispe"_s, u""_s, u""_s, true, true } })
                    .ok());
        }
    }

    static Result<ImportOutcome> import(
        test::TestDatabase& db, const QByteArray& file, bool copy, ImportFailure* failure = nullptr)
    {
        if (copy)
            qunsetenv("FIBERDESK_IMPORT_ROW_BY_ROW");
        else
            qputenv("FIBERDESK_IMPORT_ROW_BY_ROW", "1");
        const OrderImportWriter writer(db.database(), QDateTime(), QString());
        EXPECT_EQ(writer.staged(), copy);
        EXPECT_EQ(writer.copies(), copy && test::TestDatabase::onPostgres());
        Result<ImportOutcome> outcome
            = ImportService(db.session())
                  .importBytes(ImportKind::Orders, file, u"orders.csv"_s, failure);
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

    test::DatabaseFingerprint slowPrint = test::fingerprintOf(rowByRow.database());
    test::DatabaseFingerprint fastPrint = test::fingerprintOf(copied.database());
    if (!test::TestDatabase::onPostgres()) {
        // SQLite's trigram index keeps its terms in segments, one per statement that wrote
        // (its shadow tables' rows; the row by row import writes more of them): the same
        // terms laid out otherwise. Its content is compared by what it finds, and each copy
        // is checked whole.
        for (const QString& shadow : { u"order_search_data"_s, u"order_search_idx"_s }) {
            for (test::DatabaseFingerprint* print : { &slowPrint, &fastPrint }) {
                print->rows.remove(shadow);
                print->hashes.remove(shadow);
            }
        }
        for (test::TestDatabase* db : { &rowByRow, &copied }) {
            EXPECT_TRUE(execSql(db->database(),
                u"INSERT INTO order_search(order_search) VALUES ('integrity-check')"_s)
                            .ok());
        }
        for (const QString& text : { u"huam"_s, u"wo-1"_s, u"王 路"_s, u"987 000 03"_s }) {
            QList<qint64> found[2];
            for (int i = 0; i < 2; ++i) {
                Result<QSqlQuery> rows = runSql((i ? copied : rowByRow).database(),
                    u"SELECT rowid FROM order_search WHERE order_search MATCH ? ORDER BY rowid"_s,
                    { QVariant(u"\""_s + text + u"\""_s) });
                ASSERT_TRUE(rows.ok()) << rows.error().toStdString();
                while (rows.value().next())
                    found[i].append(rows.value().value(0).toLongLong());
            }
            EXPECT_FALSE(found[1].isEmpty()) << text.toStdString();
            EXPECT_EQ(found[1], found[0]) << text.toStdString();
        }
    }
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
    file.replace("WO-35,install,ACC-35", "WO-35,install,"); // no account
    file += "WO-7,install,ACC-7,X,,,A1,2026-11-20T09:00:00,,,,,,,,,new,,,,,,,,\n"; // twice
    ImportFailure failure;
    ASSERT_FALSE(import(copied, file, true, &failure).ok());
    ASSERT_GE(failure.problems.size(), 2);
    EXPECT_EQ(failure.problems.at(0).line, 36);
    EXPECT_EQ(failure.problems.at(0).column, 3);
    EXPECT_EQ(failure.problems.at(1).line, 42);
    EXPECT_EQ(failure.problems.at(1).column, 1);
    const test::DatabaseFingerprint after = test::fingerprintOf(copied.database());
    EXPECT_EQ(after, before) << after.differenceFrom(before).toStdString();
}

// PostgreSQL plans from the statistics ANALYZE keeps; a table an import has just filled
// looked empty to it until autovacuum came by, and the month's evaluation then read every
// completed order once per repair (9.6 s for the demo). A large import analyzes what it
// wrote; a small one leaves that to autovacuum.
TEST_F(ImportThroughCopy, ALargeImportLeavesThePlannerItsStatistics)
{
    if (!test::TestDatabase::onPostgres())
        GTEST_SKIP() << "SQLite's planner reads the fixed statistics of migration 15";
    const auto analyzedRows = [&](const QString& table) {
        const Result<QVariant> rows = scalar(copied.database(),
            u"SELECT reltuples FROM pg_class WHERE oid = to_regclass(?)"_s, { table });
        EXPECT_TRUE(rows.ok()) << rows.error().toStdString();
        return rows.ok() ? rows.value().toDouble() : -2.0;
    };
    ASSERT_TRUE(import(copied, ordersFile(1, 100, false), true).ok());
    EXPECT_LT(analyzedRows(u"orders"_s), 1) << "a hundred orders are left to autovacuum";
    // The test role's commits do not wait for the disk (scripts/postgres.sh), and a vacuum
    // marks a page visible to all only once its rows' commit is on disk: this import's must be.
    ASSERT_TRUE(execSql(copied.database(), u"SET synchronous_commit = on"_s).ok());
    ASSERT_TRUE(import(copied, ordersFile(101, 1200, false), true).ok());
    EXPECT_EQ(analyzedRows(u"orders"_s), 1200);
    // And vacuumed: every page of the table all-visible, so that the board's index-only
    // counts read no row from it.
    const Result<QVariant> pages = scalar(copied.database(),
        u"SELECT relallvisible::float8 / GREATEST(relpages, 1) FROM pg_class "
        u"WHERE oid = to_regclass('orders')"_s);
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    EXPECT_EQ(pages.value().toDouble(), 1.0);
}
