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
    QString search; // the start of a number, account, customer name or phone
};

enum class OrderSort
{
    Deadline,
    Received,
    Number
};

// Where the previous page ended (keyset paging): the sort key and id of its last row.
struct OrderCursor
{
    QVariant key;
    qint64 id = 0;
};

} // namespace fd
