#pragma once

#include <QString>
#include <QtGlobal>

namespace fd {

// The row key of SQLite's trigram index of orders (order_search, migration 16): the day of
// the order's deadline above its id, so that the index lists its matches in deadline order,
// a day at a time. A search's first page is then the index's first matches, read in its
// own order until the page is full and the last day read whole (SQLite's FTS5 stops there;
// with the order's id as key it gathered every match, 7,262 of "lucia huaman" at five
// million orders, to sort them by deadline). A whole day keeps the index small: a term's
// keys step by more than an id only from one day to the next (+5 % of the index against
// +17 % with an hour). Ids up to 2^32 - 1 (the insert refuses others), days up to 2^31 - 1.
constexpr int kSearchKeyIdBits = 32;
constexpr qint64 kSearchKeyIdMask = (qint64(1) << kSearchKeyIdBits) - 1;
constexpr qint64 kSecondsPerSearchDay = 86400;

constexpr qint64 searchKeyDay(qint64 deadlineSecs)
{
    return deadlineSecs / kSecondsPerSearchDay;
}

// The first and last key a day's orders can have.
constexpr qint64 firstSearchKeyOfDay(qint64 day)
{
    return day * (kSearchKeyIdMask + 1); // a shift, defined for days before 1970 too
}
constexpr qint64 lastSearchKeyOfDay(qint64 day)
{
    return firstSearchKeyOfDay(day) | kSearchKeyIdMask;
}

// The key of a row of orders aliased `row` ("new", "old"), as SQL.
inline QString searchKeySql(const QString& row)
{
    return QStringLiteral("((%1.deadline_at / %2) << %3) | %1.id")
        .arg(row)
        .arg(kSecondsPerSearchDay)
        .arg(kSearchKeyIdBits);
}

// While this key is in fiberdesk_meta the insert trigger leaves new orders out of the index:
// the import writes a batch of orders and then indexes them itself, in key order. Inserted
// one by one, in the order of their ids, the keys go back and forth between days, and FTS5
// writes out what it holds at every key lower than the last: 14.7 s for 300,000 orders
// against 4.2 s in key order. Set and removed inside the import's transaction, it is never
// seen by another connection.
inline const char* const kSearchIndexDeferredKey = "search_index_deferred";

// The order's id of a key in column `key`, as SQL.
inline QString orderIdOfSearchKeySql(const QString& key)
{
    return QStringLiteral("(%1 & %2)").arg(key).arg(kSearchKeyIdMask);
}

// PostgreSQL's trigram index in deadline order (migration 17). pg_trgm's GIN index lists
// the orders holding a trigram by their place in the table, so a search's first page read
// every match to sort them by deadline (13,876 of "lucia huaman" at five million orders:
// 194 ms). Its own index, orders_search_buckets, is keyed by the deadline's bucket (2^19
// seconds, about 6 days: some 12,000 orders at 2,000 a day) above the trigram: a page asks
// the buckets one after another, in deadline order, and stops once it is full. The keys are
// the function fd_search_tokens(deadline, text): for each three characters of the text,
// the bucket in the high 32 bits and the low 32 bits of hashtextextended(trigram, 0), which
// PostgreSQL keeps stable across versions (hash partitions depend on it). Two trigrams of
// a hash are only a match to test again: every page tests the text with LIKE.
// The function's body holds this number as the database was upgraded: a change of it needs
// a migration that replaces the function and rebuilds the index.
constexpr int kSearchBucketBits = 19;

// The function's definition, and the tokens of `needle` for the bucket in SQL `bucket`.
inline QString searchTokensFunctionSql()
{
    return QStringLiteral(
        "CREATE OR REPLACE FUNCTION fd_search_tokens(deadline_at BIGINT, body TEXT) "
        "RETURNS BIGINT[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT ARRAY(SELECT "
        "((deadline_at >> %1) << 32) | (hashtextextended(substr(body, i, 3), 0) & 4294967295) "
        "FROM generate_series(1, length(body) - 2) AS i) $$")
        .arg(kSearchBucketBits);
}
inline QString searchTokensOfBucketSql(const QString& bucket)
{
    return QStringLiteral("fd_search_tokens(%1 << %2, ?)").arg(bucket).arg(kSearchBucketBits);
}
// The tokens of an order, as the index has them; `row` is the alias of orders, or empty.
inline QString orderSearchTokensSql(const QString& row)
{
    const QString prefix = row.isEmpty() ? QString() : row + QLatin1Char('.');
    return QStringLiteral("fd_search_tokens(%1deadline_at, %1search_text)").arg(prefix);
}

} // namespace fd
