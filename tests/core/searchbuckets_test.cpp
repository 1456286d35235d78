// PostgreSQL's trigram index by deadline bucket (migration 17, private/searchkey.h): a
// search's pages and counts are those of a plain scan of every order's text, across many
// buckets, both ways, for texts of every kind. On SQLite the same pages come through its
// own index (migration 16), so the test holds both engines to one answer.
#include "common/searchtext.h"
#include "private/searchkey.h"
#include "private/sql.h"
#include "services/import/importservice.h"
#include "storage/orderrepository.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kHeader = importColumns(ImportKind::Orders).join(u',').toUtf8() + "\n";

// 60 orders received five days apart (about 300 days: a dozen buckets of 2^21 seconds),
// the ids out of deadline order, names from a few that repeat, and a fifth cancelled.
class SearchBuckets : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.setNow(QDateTime(QDate(2026, 11, 20), QTime(15, 0), QTimeZone("America/Lima")).toUTC());
        test::seedSmallOrganisation(db.session());
        static const char* const customers[]
            = { "Andrés Quispe Huamán", "王秀英", "Rosa Mamani", "ＡＢＣ Comercial", "Zoë Müller",
                  "Comercializadora Andina de Telecomunicaciones del Sur" };
        QByteArray file = kHeader;
        const QDateTime first(QDate(2026, 1, 10), QTime(9, 0));
        for (int i = 0; i < 60; ++i) {
            const int slot = (i * 23) % 60;
            const QByteArray line = u"WO-2026-%1,install,AC-%2,\"%3\",\"+51 9%4\",\"Jr. Puno %5\","
                                    "A1,%6,,,,,,,,,%7,,,,,,,,\n"_s.arg(19400 + i)
                                        .arg(7000 + i % 7)
                                        .arg(QString::fromUtf8(customers[i % 6]))
                                        .arg(10000000 + i * 7919)
                                        .arg(i % 11)
                                        .arg(first.addDays(slot * 5).toString(Qt::ISODate))
                                        .arg(i % 5 == 0 ? u"cancelled"_s : u"new"_s)
                                        .toUtf8();
            file += line;
        }
        ASSERT_TRUE(test::imported(db.session(), ImportKind::Orders, file, u"o.csv"_s));
    }

    // The numbers of the orders whose text holds `text`, by a scan that no index serves,
    // in deadline order.
    QStringList scanned(const QString& text, bool descending)
    {
        Result<QSqlQuery> rows = runSql(db.database(),
            u"SELECT number, search_text FROM orders ORDER BY deadline_at %1, id %1"_s.arg(
                descending ? u"DESC"_s : u"ASC"_s));
        EXPECT_TRUE(rows.ok()) << rows.error().toStdString();
        QStringList numbers;
        if (!rows.ok())
            return numbers;
        while (rows.value().next()) {
            if (rows.value().value(1).toString().contains(searchNeedle(text)))
                numbers.append(rows.value().value(0).toString());
        }
        return numbers;
    }

    // Every page of `size` through the matches of `text`, joined.
    QStringList paged(const QString& text, int size, bool descending)
    {
        OrderRepository orders(db.database());
        OrderFilter filter;
        filter.search = text;
        QStringList numbers;
        std::optional<OrderCursor> after;
        for (int guard = 0; guard < 100; ++guard) {
            Result<QList<WorkOrder>> page
                = orders.page(filter, OrderSort::Deadline, after, size, descending);
            EXPECT_TRUE(page.ok()) << page.error().toStdString();
            if (!page.ok() || page.value().isEmpty())
                break;
            EXPECT_LE(page.value().size(), size);
            for (const WorkOrder& order : page.value())
                numbers.append(order.number);
            after = OrderRepository::cursorAfter(page.value().last(), OrderSort::Deadline);
        }
        return numbers;
    }

    test::TestDatabase db;
};

} // namespace

TEST_F(SearchBuckets, PagesAndCountsAreThoseOfAPlainScan)
{
    // Common and rare text, accents and width folded, Chinese, digits inside numbers and
    // phones, a wildcard, three characters exactly, and text nothing holds.
    const QStringList texts { u"quispe"_s, u"andres quispe"_s, u"王秀英"_s, u"abc comercial"_s,
        u"zoe"_s, u"1943"_s, u"194"_s, u"wo-2026-1942"_s, u"puno 1"_s, u"ac-7003"_s, u"%"_s,
        u"nadie"_s, u"9100"_s,
        // Longer than the index is asked for (its first 32 characters): the rest still counts.
        u"comercializadora andina de telecomunicaciones del sur"_s,
        u"comercializadora andina de telecomunicaciones del norte"_s };
    OrderRepository orders(db.database());
    int longest = 0;
    for (const QString& text : texts) {
        for (const bool descending : { false, true }) {
            const QStringList expected = scanned(text, descending);
            longest = qMax(longest, int(expected.size()));
            for (const int size : { 1, 4, 50 }) {
                EXPECT_EQ(paged(text, size, descending), expected)
                    << text.toStdString() << (descending ? " descending" : "") << ", pages of "
                    << size;
            }
            OrderFilter filter;
            filter.search = text;
            // Every match gathered bucket by bucket and sorted whole, as other sorts read them.
            Result<QList<WorkOrder>> whole
                = orders.filteredPage(filter, OrderSort::Deadline, std::nullopt, 1000, descending);
            ASSERT_TRUE(whole.ok()) << whole.error().toStdString();
            QStringList numbers;
            for (const WorkOrder& order : whole.value())
                numbers.append(order.number);
            EXPECT_EQ(numbers, expected) << text.toStdString() << ", sorted whole";
            for (const qint64 cap : { qint64(3), qint64(expected.size()) + 1 }) {
                Result<qint64> counted = orders.count(filter, cap);
                ASSERT_TRUE(counted.ok()) << counted.error().toStdString();
                EXPECT_EQ(counted.value(), qMin(cap, qint64(expected.size())))
                    << text.toStdString() << ", cap " << cap;
            }
        }
    }
    EXPECT_GE(longest, 24) << "no text is common enough to span buckets";
}

// PostgreSQL reads the search through its bucket index, the old pg_trgm index gone.
TEST_F(SearchBuckets, PostgreSQLReadsTheBucketIndex)
{
    if (db.database().isSqlite())
        GTEST_SKIP() << "PostgreSQL's index";
    Result<QVariant> indexes = scalar(db.database(),
        u"SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes WHERE "
        "tablename = 'orders' AND indexname LIKE 'orders_search%'"_s);
    ASSERT_TRUE(indexes.ok()) << indexes.error().toStdString();
    EXPECT_EQ(indexes.value().toString(), u"orders_search_buckets"_s);
    OrderFilter filter;
    filter.search = u"quispe"_s;
    QVariantList values;
    const QString statement
        = OrderRepository::bucketedSearchStatement(filter, std::nullopt, 50, false, values);
    // Plain scans of a table this small are cheaper: the planner is told otherwise.
    ASSERT_TRUE(runSql(db.database(), u"SET enable_seqscan = off"_s).ok());
    const Result<QString> plan = test::queryPlan(db.database(), statement, values);
    ASSERT_TRUE(runSql(db.database(), u"RESET enable_seqscan"_s).ok());
    ASSERT_TRUE(plan.ok()) << plan.error().toStdString();
    EXPECT_TRUE(plan.value().contains(u"orders_search_buckets"_s)) << plan.value().toStdString();
    EXPECT_TRUE(plan.value().contains(u"Nested Loop"_s)) << plan.value().toStdString();
}

// Every token of an order carries its deadline's bucket in its high 32 bits, and the
// fixture's orders span many buckets (what the pages above cross).
TEST_F(SearchBuckets, TheTokensCarryTheDeadlinesBucket)
{
    if (db.database().isSqlite())
        GTEST_SKIP() << "PostgreSQL's function";
    const QString bits = QString::number(kSearchBucketBits);
    const QString tokens = orderSearchTokensSql(u"orders"_s);
    Result<QVariant> buckets = scalar(db.database(),
        u"SELECT COUNT(*) FROM orders WHERE EXISTS (SELECT 1 FROM unnest(%1) AS token "
        "WHERE token >> 32 <> deadline_at >> %2)"_s.arg(tokens, bits));
    ASSERT_TRUE(buckets.ok()) << buckets.error().toStdString();
    EXPECT_EQ(buckets.value().toInt(), 0);
    Result<QVariant> distinct = scalar(
        db.database(), u"SELECT COUNT(DISTINCT deadline_at >> %1) FROM orders"_s.arg(bits));
    ASSERT_TRUE(distinct.ok());
    EXPECT_GE(distinct.value().toInt(), 10);
}

// Migration 19: every search asks the index once per bucket, and each ask reads the index's
// pending list whole, so the list is kept short. FiberDesk's sessions let it grow to 64 kB
// (8 pages), and an import empties it when it ends. fd_flush_search_index() says how many
// pending pages it emptied.
TEST_F(SearchBuckets, WritesLeaveTheIndexsPendingListShort)
{
    if (db.database().isSqlite())
        GTEST_SKIP() << "PostgreSQL's GIN index";
    Database& database = db.database();
    Result<QVariant> limit = scalar(database, u"SHOW gin_pending_list_limit"_s);
    ASSERT_TRUE(limit.ok()) << limit.error().toStdString();
    EXPECT_EQ(limit.value().toString().toStdString(), "64kB");
    // SetUp's import emptied the list behind it: nothing is left to flush.
    Result<QVariant> afterImport = scalar(database, u"SELECT fd_flush_search_index()"_s);
    ASSERT_TRUE(afterImport.ok()) << afterImport.error().toStdString();
    EXPECT_EQ(afterImport.value().toLongLong(), 0);
    limit = scalar(database, u"SHOW gin_pending_list_limit"_s);
    EXPECT_EQ(limit.value().toString().toStdString(), "64kB") << "the import's limit is put back";

    // 600 writes of one order each, as desks make them. Each rewrites an indexed column,
    // so each row's tokens are filed again (about a third of a page an order): left to
    // PostgreSQL's default of 4 MB, the list would hold some 200 pages.
    for (int round = 0; round < 10; ++round) {
        for (int order = 1; order <= 60; ++order) {
            ASSERT_TRUE(
                execSql(database, u"UPDATE orders SET received_at = received_at + ? WHERE id = ?"_s,
                    { round % 2 == 0 ? 1 : -1, order })
                    .ok());
        }
    }
    Result<QVariant> pending = scalar(database, u"SELECT fd_flush_search_index()"_s);
    ASSERT_TRUE(pending.ok()) << pending.error().toStdString();
    EXPECT_LE(pending.value().toLongLong(), 8);
}
