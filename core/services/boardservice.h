#pragma once

#include "common/result.h"
#include "common/searchtext.h"
#include "common/session.h"
#include "domain/orderquery.h"
#include "domain/workorder.h"
#include "rules/timeliness.h"

#include <QList>
#include <QSet>
#include <memory>
#include <optional>

namespace fd {

// What the dispatch board shows (SPEC §4, issue 3): which orders, in which order.
struct BoardQuery
{
    enum class Scope
    {
        Open,
        All,
        Completed,
        Cancelled
    };
    Scope scope = Scope::Open;
    std::optional<OrderStatus> status; // one status within the scope
    std::optional<OrderKind> kind;
    QString areaCode;
    QString teamCode;
    QString unitCode;
    bool unassignedOnly = false;
    bool dueToday = false; // deadline within today (operator's zone), still to happen
    bool overdue = false; // deadline passed, still to happen
    bool dueSoon = false; // deadline within the due-soon margin (default 2 h), still to happen
    bool stuckOnSite = false; // on site longer than the stuck margin (default 4 h)
    // Text anywhere in a number, account, customer name, address or phone, without case,
    // accents or width; digits also inside phone and order numbers (SPEC §14).
    QString search;
    OrderSort sort = OrderSort::Deadline;
    bool descending = false; // newest first
};

// The lane counts of the board, for the query's filters (each capped at `cap`).
struct BoardCounts
{
    qint64 matching = 0;
    qint64 unassigned = 0;
    qint64 dueSoon = 0;
    qint64 overdue = 0;
    qint64 stuckOnSite = 0;
    qint64 cap = 0;
};

class BoardService
{
public:
    explicit BoardService(const Session& session);

    // One page of the board; pass the last row's cursor to get the next.
    Result<QList<WorkOrder>> page(
        const BoardQuery& query, const std::optional<OrderCursor>& after, int limit) const;
    Result<BoardCounts> counts(const BoardQuery& query, qint64 cap = 10000) const;
    // How many orders the query selects (at most `cap`), without the lanes.
    Result<qint64> matching(const BoardQuery& query, qint64 cap = 10000) const;
    // A team's appointments on one day of the operator's calendar.
    Result<QList<WorkOrder>> teamDay(const QString& teamCode, const QDate& day) const;

    // The areas some team can take new orders in: an active team of an active unit (SPEC §4,
    // §7) covers them. An open order outside them waits for nobody (issue 16).
    Result<QSet<QString>> areasWithEligibleTeam() const;

    // The SLA colour of an order now.
    Timeliness timelinessOf(const WorkOrder& order) const;
    // On site longer than the rules' stuck margin now (the exception lane, issue 16).
    bool stuckOnSite(const WorkOrder& order) const;
    double creditOf(const WorkOrder& order) const;
    const TimelinessRules& rules() const { return m_rules; }
    const Status& loaded() const { return m_loaded; }

    OrderFilter filterFor(const BoardQuery& query) const;

    // Search anywhere (SPEC §14, `orders search`): up to `limit` orders whose text holds
    // `text`, earliest deadline first. Text of three characters or more searches every
    // order, through the trigram index; one or two characters (a trigram index cannot serve
    // them) search the open orders only, which are few at any size of history.
    Result<QList<WorkOrder>> search(const QString& text, int limit) const;

    static constexpr int kShortestHistorySearch = kShortestIndexedSearch;
    // Refuses a search too short to run over every order (only open work may be searched
    // with one or two characters).
    static Status checkSearch(const BoardQuery& query);

private:
    const Session& m_session;
    TimelinessRules m_rules;
    Status m_loaded;
};

} // namespace fd
