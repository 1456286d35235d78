#include "boardservice.h"

#include "rules/orderflow.h"
#include "rules/permissions.h"
#include "services/ruleservice.h"
#include "storage/lookups.h"
#include "storage/orderrepository.h"
#include "storage/rulerepository.h"
#include "storage/teamrepository.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>

namespace fd {

BoardService::BoardService(const Session& session)
    : m_session(session)
{
    Result<TimelinessRules> rules = timelinessRulesInForce(session.database());
    if (rules.ok())
        m_rules = rules.value();
    else
        m_loaded = Error(rules.error());
}

namespace {

// The event still to happen and its deadline passed.
void narrowToOverdue(OrderFilter& filter, const QDateTime& now)
{
    filter.measuredPending = true;
    filter.deadlineBefore
        = filter.deadlineBefore.isValid() ? qMin(filter.deadlineBefore, now) : now;
}

// The event still to happen and its deadline within the next `minutes` (edge included).
void narrowToDueSoon(OrderFilter& filter, const QDateTime& now, int minutes)
{
    filter.measuredPending = true;
    filter.deadlineFrom = filter.deadlineFrom.isValid() ? qMax(filter.deadlineFrom, now) : now;
    const QDateTime soon = now.addSecs(qint64(minutes) * 60 + 1);
    filter.deadlineBefore
        = filter.deadlineBefore.isValid() ? qMin(filter.deadlineBefore, soon) : soon;
}

// On site since before `now` less the stuck margin.
void narrowToStuck(OrderFilter& filter, const QDateTime& now, int minutes)
{
    // Within the scope: a status chosen other than "on site" keeps the lane empty.
    if (filter.statuses.isEmpty() || filter.statuses.contains(OrderStatus::OnSite))
        filter.statuses = { OrderStatus::OnSite };
    filter.arrivedBefore = now.addSecs(-qint64(minutes) * 60);
}

} // namespace

OrderFilter BoardService::filterFor(const BoardQuery& query) const
{
    OrderFilter filter;
    switch (query.scope) {
    case BoardQuery::Scope::Open:
        filter.statuses = openOrderStatuses();
        break;
    case BoardQuery::Scope::Completed:
        filter.statuses = { OrderStatus::Completed };
        break;
    case BoardQuery::Scope::Cancelled:
        filter.statuses = { OrderStatus::Cancelled };
        break;
    case BoardQuery::Scope::All:
        break;
    }
    if (query.status)
        filter.statuses = { *query.status };
    filter.kind = query.kind;
    filter.areaCode = query.areaCode;
    filter.teamCode = query.teamCode;
    filter.unitCode = query.unitCode;
    // A representative's board is its own unit's (SPEC §1); checkScope() refuses another.
    if (boundToUnit(m_session.actor()))
        filter.unitCode = m_session.actor().unitCode.isEmpty() ? QStringLiteral("\n")
                                                               : m_session.actor().unitCode;
    filter.unassignedOnly = query.unassignedOnly;
    filter.search = query.search;
    const QDateTime now = m_session.now();
    if (query.dueToday) {
        const QDate today = m_session.today();
        filter.deadlineFrom = QDateTime(today, QTime(0, 0), m_session.zone()).toUTC();
        filter.deadlineBefore = QDateTime(today.addDays(1), QTime(0, 0), m_session.zone()).toUTC();
        filter.measuredPending = true;
    }
    if (query.overdue)
        narrowToOverdue(filter, now);
    if (query.dueSoon)
        narrowToDueSoon(filter, now, m_rules.dueSoonMinutes);
    if (query.stuckOnSite)
        narrowToStuck(filter, now, m_rules.stuckOnSiteMinutes);
    return filter;
}

Status BoardService::checkSearch(const BoardQuery& query)
{
    // Searching every order ever received for one or two letters would list a good part of
    // millions of rows; open work is small enough to search with any text.
    const QString needle = searchNeedle(query.search);
    if (query.scope != BoardQuery::Scope::Open && !needle.isEmpty()
        && needle.size() < kShortestHistorySearch) {
        return Error(QCoreApplication::translate("fd::BoardService",
            "Type at least %1 characters to search all orders (any length searches open ones).")
                         .arg(kShortestHistorySearch));
    }
    return Status::success();
}

Result<QList<WorkOrder>> BoardService::page(
    const BoardQuery& query, const std::optional<OrderCursor>& after, int limit) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrders));
    FD_TRY(checkSearch(query));
    if (boundToUnit(m_session.actor()))
        FD_TRY(checkUnitScope(m_session.actor(),
            query.unitCode.isEmpty() ? m_session.actor().unitCode : query.unitCode));
    return OrderRepository(m_session.database())
        .page(filterFor(query), query.sort, after, limit, query.descending);
}

Result<QList<WorkOrder>> BoardService::search(const QString& text, int limit) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrders));
    const QString needle = searchNeedle(text);
    if (needle.isEmpty()) {
        return Error(QCoreApplication::translate(
            "fd::BoardService", "Give the text to search for (part of a name, number or phone)."));
    }
    if (limit < 1) {
        return Error(QCoreApplication::translate(
            "fd::BoardService", "The number of orders to list must be at least 1."));
    }
    BoardQuery query;
    query.scope
        = needle.size() < kShortestIndexedSearch ? BoardQuery::Scope::Open : BoardQuery::Scope::All;
    query.search = text;
    query.sort = OrderSort::Deadline;
    return OrderRepository(m_session.database()).page(filterFor(query), query.sort, {}, limit);
}

Result<BoardCounts> BoardService::counts(const BoardQuery& query, qint64 cap) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrders));
    FD_TRY(checkSearch(query));
    if (boundToUnit(m_session.actor()))
        FD_TRY(checkUnitScope(m_session.actor(),
            query.unitCode.isEmpty() ? m_session.actor().unitCode : query.unitCode));
    OrderRepository repository(m_session.database());
    const OrderFilter filter = filterFor(query);
    const QDateTime now = m_session.now();
    BoardCounts counts;
    counts.cap = cap;

    // The lanes count open orders only, whatever the scope the board shows.
    OrderFilter open = filter;
    open.statuses = openOrderStatuses();
    OrderFilter unassigned = open;
    unassigned.unassignedOnly = true;
    OrderFilter overdue = open;
    narrowToOverdue(overdue, now);
    OrderFilter dueSoon = open;
    narrowToDueSoon(dueSoon, now, m_rules.dueSoonMinutes);
    OrderFilter stuck = open;
    narrowToStuck(stuck, now, m_rules.stuckOnSiteMinutes);
    // One statement: on a server each count was a round trip of its own.
    FD_TRY_ASSIGN(const QList<qint64> counted,
        repository.counts({ filter, unassigned, overdue, dueSoon, stuck }, cap));
    counts.matching = counted.value(0);
    counts.unassigned = counted.value(1);
    counts.overdue = counted.value(2);
    counts.dueSoon = counted.value(3);
    counts.stuckOnSite = counted.value(4);
    return counts;
}

Result<qint64> BoardService::matching(const BoardQuery& query, qint64 cap) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrders));
    FD_TRY(checkSearch(query));
    if (boundToUnit(m_session.actor()))
        FD_TRY(checkUnitScope(m_session.actor(),
            query.unitCode.isEmpty() ? m_session.actor().unitCode : query.unitCode));
    return OrderRepository(m_session.database()).count(filterFor(query), cap);
}

Result<QList<WorkOrder>> BoardService::teamDay(const QString& teamCode, const QDate& day) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrders));
    if (boundToUnit(m_session.actor())) {
        FD_TRY_ASSIGN(
            std::optional<Placement> team, LookupRepository(m_session.database()).team(teamCode));
        FD_TRY(checkUnitScope(m_session.actor(), team ? team->unitCode : teamCode));
    }
    return OrderRepository(m_session.database())
        .appointments(teamCode, QDateTime(day, QTime(0, 0), m_session.zone()).toUTC(),
            QDateTime(day.addDays(1), QTime(0, 0), m_session.zone()).toUTC());
}

Result<QSet<QString>> BoardService::areasWithEligibleTeam() const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrders));
    FD_TRY_ASSIGN(QList<Unit> units, UnitRepository(m_session.database()).all());
    FD_TRY_ASSIGN(QList<Team> teams, TeamRepository(m_session.database()).all());
    QSet<QString> activeUnits;
    for (const Unit& unit : units) {
        if (unit.status == UnitStatus::Active)
            activeUnits.insert(unit.code);
    }
    QSet<QString> areas;
    for (const Team& team : teams) {
        if (boundToUnit(m_session.actor()) && team.unitCode != m_session.actor().unitCode)
            continue;
        if (team.active && activeUnits.contains(team.unitCode)) {
            for (const QString& area : team.areaCodes)
                areas.insert(area);
        }
    }
    return areas;
}

Timeliness BoardService::timelinessOf(const WorkOrder& order) const
{
    return timeliness(order.deadline, order.measuredAt, m_session.now(), m_rules.dueSoonMinutes);
}

bool BoardService::stuckOnSite(const WorkOrder& order) const
{
    return order.status == OrderStatus::OnSite && order.arrivedAt.isValid()
        && order.arrivedAt < m_session.now().addSecs(-qint64(m_rules.stuckOnSiteMinutes) * 60);
}

double BoardService::creditOf(const WorkOrder& order) const
{
    return orderCredit(m_rules, m_session.zone(), order, m_session.now());
}

} // namespace fd
