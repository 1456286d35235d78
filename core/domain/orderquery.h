#pragma once

#include "domain/workorder.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace fd {

// Which orders a board, a lane or a report wants. Instants are UTC; the service turns
// "due today" and "overdue" into deadline bounds in the operator's zone.
struct OrderFilter
{
    QList<OrderStatus> statuses; // empty: any
    std::optional<OrderKind> kind;
    QString areaCode;
    QString teamCode;
    QString unitCode;
    bool unassignedOnly = false;
    QDateTime deadlineFrom; // inclusive
    QDateTime deadlineBefore; // exclusive
    bool measuredPending = false; // the event timeliness measures has not happened yet
    QDateTime arrivedBefore; // the team arrived before this (exclusive)
    QString search; // the start of a number, account, customer name or phone
};

// A board's sort: one per column (issue 16). Deadline, receipt and number pages are tied by
// the order's id (the order they were stored in); every other sort is tied by the order's
// number. Ascending puts what is missing first (an unassigned order's team, no window).
enum class OrderSort
{
    Deadline,
    Received,
    Number,
    Sla, // still to happen (soonest deadline first), late, on time, cancelled; then deadline
    Kind, // install, move, repair, removal
    Status, // the order of the work: new, assigned, scheduled, on site, completed, cancelled
    Customer,
    Phone,
    Area, // by code
    Unit, // by code
    Team, // by code, unassigned first
    Technician, // by name (then code), nobody first
    Appointment, // by the window's start, none first
};

// Where the previous page ended (keyset paging). Deadline, receipt and number: the sort key
// and id of its last row. The other sorts: `key` is a list, the rank of the row's group
// (kind, status, SLA state, missing or not) then its sort values, and `number` its number.
struct OrderCursor
{
    QVariant key;
    qint64 id = 0;
    QString number;
};

// Whether a sort's pages are tied by the order's number (and keyed by a list).
inline bool sortTiedByNumber(OrderSort sort)
{
    return sort != OrderSort::Deadline && sort != OrderSort::Received && sort != OrderSort::Number;
}

} // namespace fd
