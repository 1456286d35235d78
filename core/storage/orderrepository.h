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
};

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
    // The statement page() runs and the values it binds (tests read its plan).
    static QString pageStatement(const OrderFilter& filter, OrderSort sort,
        const std::optional<OrderCursor>& after, int limit, bool descending, bool sqlite,
        QVariantList& values);
    // How many orders match, counting no further than `cap` (a board shows "10,000+").
    Result<qint64> count(const OrderFilter& filter, qint64 cap) const;
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

    // Writes every order's search text (migration 11: orders stored before search anywhere),
    // in batches of ids, each row once.
    static Status fillSearchText(Database& database);

private:
    Database& m_database;
    std::unique_ptr<PreparedStatement> m_insert;
    std::unique_ptr<PreparedStatement> m_insertEvent;
};

} // namespace fd
