#pragma once

#include "common/result.h"
#include "domain/orderquery.h"
#include "domain/workorder.h"

#include <QList>
#include <memory>
#include <optional>

namespace fd {

class Database;
class PreparedStatement;

// The row ids a write needs, resolved from the order's codes by the caller.
struct OrderKeys
{
    qint64 areaId = 0;
    qint64 unitId = 0;
    std::optional<qint64> teamId;
    std::optional<qint64> technicianId;
    // The order's search text (orderSearchText) when it was made ahead: the import folds it
    // on its reader thread, off the thread that writes. Empty: made when the order is written.
    QString searchText;
    // The values a new order is written with (orderWriteValues) when made ahead, as the
    // import makes them on its reader thread too. Only a new order's: the importer changes a
    // known order (its id, version, notes) after reading it. Empty: made when it is written.
    QVariantList newOrderValues;
};

// An order's values as OrderRepository::insert and update bind them, in the column order the
// import's bulk writer stages (private/ordercolumns.h).
QVariantList orderWriteValues(const WorkOrder& order, const OrderKeys& keys);

class OrderRepository
{
public:
    explicit OrderRepository(Database& database);
    ~OrderRepository();

    Result<std::optional<WorkOrder>> find(const QString& number) const;
    // The orders among `numbers` that exist, by number (looked up in batches).
    Result<QHash<QString, WorkOrder>> findMany(const QStringList& numbers) const;
    // One page of a board, in `sort` order, after `cursor` when given.
    Result<QList<WorkOrder>> page(const OrderFilter& filter, OrderSort sort,
        const std::optional<OrderCursor>& after, int limit, bool descending = false) const;
    // A search's page by deadline may walk the orders in deadline order and test each
    // one's text, stopping once a page is full: a full page found there is exactly the page
    // (no earlier match lies beyond the walk). Both engines' trigram indexes now list their
    // matches in deadline order (SQLite's deadlineOrderedSearch, PostgreSQL's
    // bucketedSearch), so the walk serves only text too short for them (two letters).
    // Why 20,000: a full walk costs ~1.5 µs a row (30 ms at five million orders on
    // PostgreSQL); a board page of 200 fills within 20,000 rows when 1 % of the orders hold
    // the text. A walk that falls short leaves the page to a read of every match.
    static constexpr int kSearchWalkRows = 20000;
    // The walk: the page when `rows` orders in deadline order hold a full page of matches,
    // nothing when they do not or when the filter has no search of every order by deadline.
    Result<std::optional<QList<WorkOrder>>> searchWalk(const OrderFilter& filter, OrderSort sort,
        const std::optional<OrderCursor>& after, int limit, bool descending,
        int rows = kSearchWalkRows) const;
    // A search for the start of an order number on SQLite ("WO-2611": the newest month's
    // tens of thousands of matches, which the walk never reaches and the trigram index
    // reads whole): the numbers' range in orders_number_deadline (migration 14) for each
    // case of the letters, and the trigram index only beyond that range of ids. Nothing
    // when that is not exact: ids in the range that are not in it, many matches beyond it.
    Result<std::optional<QList<WorkOrder>>> numberPrefixPage(const OrderFilter& filter,
        const std::optional<OrderCursor>& after, int limit, bool descending) const;
    // A search of every order (or of the completed ones) by deadline on SQLite, through the
    // trigram index in its own order (the deadline's day, then the id: migration 16): the
    // page's days are read and no more. Nothing for text too short for the index.
    Result<std::optional<QList<WorkOrder>>> deadlineOrderedSearch(const OrderFilter& filter,
        const std::optional<OrderCursor>& after, int limit, bool descending) const;
    // The same on PostgreSQL, through its index by deadline bucket (migration 17): the
    // buckets in deadline order until the page is full. Nothing for text too short for it.
    Result<std::optional<QList<WorkOrder>>> bucketedSearch(const OrderFilter& filter,
        const std::optional<OrderCursor>& after, int limit, bool descending) const;
    static QString bucketedSearchStatement(const OrderFilter& filter,
        const std::optional<OrderCursor>& after, int limit, bool descending, QVariantList& values);
    // The page through the filter's own indexes (the trigram index for a search), no walk.
    Result<QList<WorkOrder>> filteredPage(const OrderFilter& filter, OrderSort sort,
        const std::optional<OrderCursor>& after, int limit, bool descending = false) const;
    static std::optional<QString> searchWalkStatement(const OrderFilter& filter, OrderSort sort,
        const std::optional<OrderCursor>& after, int limit, bool descending, int rows, bool sqlite,
        QVariantList& values);
    // The statement filteredPage() runs and the values it binds (tests read its plan).
    static QString pageStatement(const OrderFilter& filter, OrderSort sort,
        const std::optional<OrderCursor>& after, int limit, bool descending, bool sqlite,
        QVariantList& values);
    // A page sorted by any column but deadline, receipt and number (issue 16), tied by the
    // number. Open work (and any narrow scope, or a search) is sorted whole; all orders and
    // the completed ones are read one index range at a time (migration 14).
    Result<QList<WorkOrder>> rankedPage(const OrderFilter& filter, OrderSort sort,
        const std::optional<OrderCursor>& after, int limit, bool descending = false) const;
    // The statement of a ranked sort that sorts every match (tests read its plan).
    static QString wholeSortStatement(const OrderFilter& filter, OrderSort sort,
        const std::optional<OrderCursor>& after, int limit, bool descending, bool sqlite,
        QVariantList& values);
    // How many orders match, counting no further than `cap` (a board shows "10,000+").
    Result<qint64> count(const OrderFilter& filter, qint64 cap) const;
    // The same for several filters in one statement (the board's lanes): one round trip to
    // a server instead of one a filter.
    Result<QList<qint64>> counts(const QList<OrderFilter>& filters, qint64 cap) const;
    static OrderCursor cursorAfter(const WorkOrder& order, OrderSort sort);
    // "`column` IN ('new', 'assigned', 'scheduled', 'on_site')", with the keys written out:
    // the predicate of the partial index of open orders by deadline (migration 7), which
    // a planner uses only for a query that states it word for word, not through parameters.
    static QString openStatusPredicate(const QString& column);

    Result<qint64> insert(const WorkOrder& order, const OrderKeys& keys);
    // Writes every changed column when the stored version is still `order.version`, and
    // moves it on by one. Returns false when someone else saved the order first.
    Result<bool> update(const WorkOrder& order, const OrderKeys& keys);
    Status appendEvent(qint64 orderId, const OrderEvent& event);
    Result<QList<OrderEvent>> events(const QString& number) const;

    // Orders in progress per team (assigned, scheduled or on site).
    Result<QHash<QString, qint64>> openLoadByTeam() const;
    // A team's appointments that start within [from, before).
    Result<QList<WorkOrder>> appointments(
        const QString& teamCode, const QDateTime& from, const QDateTime& before) const;
    // Every team's appointments that start within [from, before), through the index of a
    // team's appointments (one range per team), by team then start.
    Result<QList<WorkOrder>> appointmentsOfAllTeams(
        const QDateTime& from, const QDateTime& before) const;
    // Open orders with no agreed window (new or assigned) due before `before`, by deadline
    // then number: what the day plan (SPEC §15) places.
    Result<QList<WorkOrder>> unbookedDueBefore(const QDateTime& before) const;

    // Writes every order's search text (migration 11: orders stored before search anywhere),
    // in batches of ids, each row once.
    static Status fillSearchText(Database& database);

private:
    Database& m_database;
    std::unique_ptr<PreparedStatement> m_insert;
    std::unique_ptr<PreparedStatement> m_insertEvent;
};

} // namespace fd
