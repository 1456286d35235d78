// Statements kept prepared per PostgreSQL connection (issue 20): each text is parsed once,
// results of the same text live side by side, and the cache follows reconnections and
// schema changes. The results' part runs on both engines.
#include "private/sql.h"
#include "private/statementcache.h"
#include "services/boardservice.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <gtest/gtest.h>
#include <libpq-fe.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<qint64> rest(QSqlQuery& query)
{
    QList<qint64> values;
    while (query.next())
        values.append(query.value(0).toLongLong());
    return values;
}

const QString kCount
    = u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
      u"SELECT i FROM n ORDER BY i"_s;

} // namespace

TEST(StatementCache, EachTextIsPreparedOncePerConnection)
{
    test::TestDatabase db;
    if (!test::TestDatabase::onPostgres())
        GTEST_SKIP() << "PostgreSQL only: SQLite's statements are prepared in process";
    StatementCache& cache = db.database().statements();
    const qint64 prepares = cache.prepares();
    const qint64 hits = cache.hits();
    for (int i = 0; i < 5; ++i) {
        Result<QVariant> sum = scalar(db.database(), u"SELECT CAST(? AS INTEGER) + 1"_s, { i });
        ASSERT_TRUE(sum.ok()) << sum.error().toStdString();
        EXPECT_EQ(sum.value().toInt(), i + 1);
    }
    EXPECT_EQ(cache.prepares() - prepares, 1);
    EXPECT_EQ(cache.hits() - hits, 4);
    // A query without values is kept as well; a command is not (BEGIN cannot be prepared).
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(scalar(db.database(), u"SELECT count(*) FROM fiberdesk_meta"_s).ok());
    ASSERT_TRUE(execSql(db.database(), u"BEGIN"_s).ok());
    ASSERT_TRUE(execSql(db.database(), u"COMMIT"_s).ok());
    EXPECT_EQ(cache.prepares() - prepares, 2);
    EXPECT_EQ(cache.hits() - hits, 6);
}

TEST(StatementCache, AWarmBoardPreparesNothing)
{
    test::TestDatabase db;
    if (!test::TestDatabase::onPostgres())
        GTEST_SKIP() << "PostgreSQL only";
    test::seedSmallOrganisation(db.session());
    BoardService board(db.session());
    ASSERT_TRUE(board.loaded().ok());
    ASSERT_TRUE(board.counts(BoardQuery()).ok());
    ASSERT_TRUE(board.page(BoardQuery(), std::nullopt, 200).ok());
    StatementCache& cache = db.database().statements();
    const qint64 prepares = cache.prepares();
    const qint64 hits = cache.hits();
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(board.counts(BoardQuery()).ok());
        ASSERT_TRUE(board.page(BoardQuery(), std::nullopt, 200).ok());
    }
    EXPECT_EQ(cache.prepares(), prepares);
    EXPECT_GE(cache.hits() - hits, 6);
}

TEST(StatementCache, TwoLiveResultsOfOneTextKeepTheirOwnRows)
{
    test::TestDatabase db;
    Result<QSqlQuery> three = runSql(db.database(), kCount, { 3 });
    ASSERT_TRUE(three.ok()) << three.error().toStdString();
    ASSERT_TRUE(three.value().next());
    EXPECT_EQ(three.value().value(0).toLongLong(), 1);
    // The same text again while the first is half read, and a third run inside the loop.
    Result<QSqlQuery> five = runSql(db.database(), kCount, { 5 });
    ASSERT_TRUE(five.ok()) << five.error().toStdString();
    QList<qint64> first;
    QList<qint64> second;
    while (three.value().next()) {
        first.append(three.value().value(0).toLongLong());
        ASSERT_TRUE(five.value().next());
        second.append(five.value().value(0).toLongLong());
        Result<QSqlQuery> inner = runSql(db.database(), kCount, { 2 });
        ASSERT_TRUE(inner.ok());
        EXPECT_EQ(rest(inner.value()), (QList<qint64> { 1, 2 }));
    }
    second += rest(five.value());
    EXPECT_EQ(first, (QList<qint64> { 2, 3 }));
    EXPECT_EQ(second, (QList<qint64> { 1, 2, 3, 4, 5 }));
    if (test::TestDatabase::onPostgres()) {
        EXPECT_GT(db.database().statements().size(), 0);
    }
}

TEST(StatementCache, ATableOfAnotherShapeIsPreparedAgain)
{
    test::TestDatabase db;
    if (!test::TestDatabase::onPostgres())
        GTEST_SKIP() << "PostgreSQL only";
    ASSERT_TRUE(execSql(db.database(), u"CREATE TABLE shape (a INTEGER)"_s).ok());
    ASSERT_TRUE(execSql(db.database(), u"INSERT INTO shape VALUES (?)"_s, { 7 }).ok());
    const QString all = u"SELECT * FROM shape WHERE a = ?"_s;
    Result<QSqlQuery> before = runSql(db.database(), all, { 7 });
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before.value().record().count(), 1);
    ASSERT_TRUE(execSql(db.database(), u"ALTER TABLE shape ADD COLUMN b TEXT DEFAULT 'x'"_s).ok());
    const qint64 prepares = db.database().statements().prepares();
    Result<QSqlQuery> after = runSql(db.database(), all, { 7 });
    ASSERT_TRUE(after.ok()) << after.error().toStdString();
    EXPECT_EQ(db.database().statements().prepares() - prepares, 1);
    ASSERT_TRUE(after.value().next());
    EXPECT_EQ(after.value().value(1).toString(), u"x"_s);
}

TEST(StatementCache, AReconnectionForgetsTheOldSessionsNames)
{
    test::TestDatabase db;
    if (!test::TestDatabase::onPostgres())
        GTEST_SKIP() << "PostgreSQL only";
    const QString text = u"SELECT CAST(? AS INTEGER) * 2"_s;
    ASSERT_TRUE(scalar(db.database(), text, { 2 }).ok());
    const qint64 prepares = db.database().statements().prepares();
    PGconn* connection = postgresConnection(db.database());
    ASSERT_NE(connection, nullptr);
    const int backend = PQbackendPID(connection);
    PQreset(connection); // a new server session on the same handle
    ASSERT_EQ(PQstatus(connection), CONNECTION_OK);
    ASSERT_NE(PQbackendPID(connection), backend);
    Result<QVariant> doubled = scalar(db.database(), text, { 21 });
    ASSERT_TRUE(doubled.ok()) << doubled.error().toStdString();
    EXPECT_EQ(doubled.value().toInt(), 42);
    EXPECT_EQ(db.database().statements().prepares() - prepares, 1);
}

TEST(StatementCache, ValuesComeBackWithQtsTypes)
{
    test::TestDatabase db;
    Result<QSqlQuery> row = runSql(db.database(),
        u"SELECT CAST(? AS BIGINT), CAST(? AS TEXT), CAST(NULL AS TEXT), CAST(? AS DOUBLE "
        u"PRECISION), "
        u"CAST(? AS INTEGER)"_s,
        { qint64(5000000000), u"王秀英"_s, 2.5, QVariant() });
    ASSERT_TRUE(row.ok()) << row.error().toStdString();
    ASSERT_TRUE(row.value().next());
    EXPECT_EQ(row.value().value(0).toLongLong(), 5000000000);
    EXPECT_EQ(row.value().value(1).toString(), u"王秀英"_s);
    EXPECT_TRUE(row.value().value(2).isNull());
    EXPECT_TRUE(row.value().isNull(2));
    EXPECT_DOUBLE_EQ(row.value().value(3).toDouble(), 2.5);
    EXPECT_TRUE(row.value().isNull(4));
    EXPECT_FALSE(row.value().next());
}

// FiberDesk's statements are short: PostgreSQL's JIT compiler, on by default, spent longer
// compiling a month's repairs than running them, so the connection turns it off.
TEST(StatementCache, TheServerCompilesNothingJustInTime)
{
    test::TestDatabase db;
    if (!test::TestDatabase::onPostgres())
        GTEST_SKIP() << "PostgreSQL only";
    Result<QVariant> jit = scalar(db.database(), u"SHOW jit"_s);
    ASSERT_TRUE(jit.ok()) << jit.error().toStdString();
    EXPECT_EQ(jit.value().toString(), u"off"_s);
}
