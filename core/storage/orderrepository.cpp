#include "orderrepository.h"

#include "common/searchtext.h"
#include "domain/orderpaging.h"
#include "private/preparedstatement.h"
#include "private/searchkey.h"
#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

const QString kColumns = u"SELECT o.id, o.number, o.kind, o.account, o.customer, o.phone, "
                         u"o.address, a.code, a.name, u.code, "
                         "o.received_at, COALESCE(t.code, ''), COALESCE(p.code, ''), "
                         "COALESCE(p.name, ''), o.contacted_at, "
                         "o.appointment_start, o.appointment_end, o.customer_requested_later, "
                         "o.arrived_at, o.completed_at, "
                         "o.status, o.deadline_at, o.measured_at, o.uniform, o.permit_shown, "
                         "o.location_consulted, o.tested, "
                         "o.site_cleaned, o.signed_by, o.refusal_reason, o.rx_power_dbm, "
                         "o.exempt_reason, o.exempt_note, o.notes, "
                         "o.version, o.ont_collected "_s;
const QString kJoins
    = u" JOIN areas a ON a.id = o.area_id JOIN units u ON u.id = o.unit_id "
      "LEFT JOIN teams t ON t.id = o.team_id LEFT JOIN technicians p ON p.id = o.technician_id"_s;
const QString kSelect = kColumns + u"FROM orders o"_s + kJoins;

// `texts` as a JSON array of strings, for SQLite's json_each. Written by hand: QJsonArray
// took 15 ms for the 5,000 numbers of an import's chunk, the lookup itself under 1 ms.
QString jsonArrayOf(const QStringList& texts)
{
    QString json;
    json.reserve(texts.size() * 24 + 2);
    json += u'[';
    for (const QString& text : texts) {
        if (json.size() > 1)
            json += u',';
        json += u'"';
        for (const QChar c : text) {
            if (c == u'"' || c == u'\\') {
                json += u'\\';
                json += c;
            } else if (c.unicode() < 0x20) {
                json += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
            } else {
                json += c;
            }
        }
        json += u'"';
    }
    json += u']';
    return json;
}

// Whether a filter asks for exactly the open orders (the board's default scope).
bool asksForOpenOrders(const OrderFilter& filter)
{
    static const QList<OrderStatus> open = openOrderStatuses();
    return QSet<OrderStatus>(filter.statuses.cbegin(), filter.statuses.cend())
        == QSet<OrderStatus>(open.cbegin(), open.cend());
}

// The orders table as a board's statement names it. Open work is read through the index of
// open orders by deadline (migration 7): the first page is then its first 200 entries.
// SQLite's planner, without statistics, would take the status index instead and sort every
// open order, so there the index is named; PostgreSQL's statistics find it on their own.
QString ordersFor(const OrderFilter& filter, bool sqlite)
{
    return sqlite && asksForOpenOrders(filter) ? u"orders o INDEXED BY orders_open_deadline"_s
                                               : u"orders o"_s;
}

WorkOrder orderFromRow(const QSqlQuery& row)
{
    WorkOrder order;
    order.id = row.value(0).toLongLong();
    order.number = row.value(1).toString();
    order.kind = orderKindFromKey(row.value(2).toString()).value_or(OrderKind::Install);
    order.account = row.value(3).toString();
    order.customer = row.value(4).toString();
    order.phone = row.value(5).toString();
    order.address = row.value(6).toString();
    order.areaCode = row.value(7).toString();
    order.areaName = row.value(8).toString();
    order.unitCode = row.value(9).toString();
    order.receivedAt = instantFromSql(row.value(10));
    order.teamCode = row.value(11).toString();
    order.technicianCode = row.value(12).toString();
    order.technicianName = row.value(13).toString();
    order.contactedAt = instantFromSql(row.value(14));
    order.appointmentStart = instantFromSql(row.value(15));
    order.appointmentEnd = instantFromSql(row.value(16));
    order.customerRequestedLater = row.value(17).toInt() != 0;
    order.arrivedAt = instantFromSql(row.value(18));
    order.completedAt = instantFromSql(row.value(19));
    order.status = orderStatusFromKey(row.value(20).toString()).value_or(OrderStatus::New);
    order.deadline = instantFromSql(row.value(21));
    order.measuredAt = instantFromSql(row.value(22));
    order.checklist.uniform = row.value(23).toInt() != 0;
    order.checklist.permitShown = row.value(24).toInt() != 0;
    order.checklist.locationConsulted = row.value(25).toInt() != 0;
    order.checklist.tested = row.value(26).toInt() != 0;
    order.checklist.siteCleaned = row.value(27).toInt() != 0;
    order.checklist.signedBy = row.value(28).toString();
    order.checklist.refusalReason = row.value(29).toString();
    if (!row.value(30).isNull())
        order.rxPowerDbm = row.value(30).toDouble();
    if (!row.value(31).isNull())
        order.exemptReason = exemptReasonFromKey(row.value(31).toString());
    order.exemptNote = row.value(32).toString();
    order.notes = row.value(33).toString();
    order.version = row.value(34).toInt();
    if (!row.value(35).isNull())
        order.ontCollected = row.value(35).toInt() != 0;
    return order;
}

// A phone's digits last first: a search for the end of a number (the local number without
// the country code, or its last digits) is then a prefix search, which an index serves.
QString reversedDigitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.prepend(c);
    }
    return digits;
}

QString sortColumn(OrderSort sort)
{
    switch (sort) {
    case OrderSort::Deadline:
        return u"o.deadline_at"_s;
    case OrderSort::Received:
        return u"o.received_at"_s;
    case OrderSort::Number:
        return u"o.number"_s;
    case OrderSort::Sla:
    case OrderSort::Kind:
    case OrderSort::Status:
    case OrderSort::Customer:
    case OrderSort::Phone:
    case OrderSort::Area:
    case OrderSort::Unit:
    case OrderSort::Team:
    case OrderSort::Technician:
    case OrderSort::Appointment:
        break; // ranked sorts (rankedSort), tied by the number
    }
    return u"o.deadline_at"_s;
}

// " ORDER BY column, o.id", either way. Appended, not built with `+`: GCC 12 took an empty
// direction there for a write past QString's shared empty text (-Warray-bounds).
QString orderThenId(const QString& column, bool descending)
{
    QString sql = u" ORDER BY "_s;
    sql.append(column);
    if (descending)
        sql.append(u" DESC"_s);
    sql.append(u", o.id"_s);
    if (descending)
        sql.append(u" DESC"_s);
    return sql;
}

// A LIKE pattern that holds `needle` anywhere (its wildcards escaped).
QString likePattern(const QString& needle)
{
    QString pattern = needle;
    pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + pattern + u'%';
}

// What a trigram index is asked for `needle`: its last digits when there are three or more
// after other text ("wo-2611" -> "2611"), else the needle; at most its first 32 characters.
// Every order holding the needle holds any part of it, and each candidate is then tested
// with the whole needle. A number's first trigrams ("wo-") are in every order, which makes
// the whole needle slow to seek; and a pasted paragraph of a thousand characters had
// PostgreSQL look up a thousand tokens in every bucket (3.9 s at five million orders).
QString indexProbe(const QString& needle)
{
    constexpr qsizetype kLongestProbe = 32;
    qsizetype digitsFrom = needle.size();
    while (digitsFrom > 0 && needle.at(digitsFrom - 1).isDigit())
        --digitsFrom;
    const QString probe
        = needle.size() - digitsFrom >= kShortestIndexedSearch ? needle.mid(digitsFrom) : needle;
    return probe.left(kLongestProbe);
}

// The FTS5 query of `needle`: one phrase, the trigrams in a row, which is the needle as a
// substring.
QString ftsPhrase(const QString& needle)
{
    QString phrase = needle;
    phrase.replace(u'"', u"\"\""_s);
    return u'"' + phrase + u'"';
}

// Search anywhere (SPEC §14): the needle anywhere in the order's folded search text
// (common/searchtext.h). A narrow scope (open work: a few thousand orders at any size of
// history) is read through its own index and each of its rows tested, which serves needles
// of any length. A large scope asks the trigram index: SQLite's FTS5 table order_search
// (migrations 11 and 16) for a needle of three characters or more, PostgreSQL's index by
// deadline bucket (migration 17: bucketedMatches). Shorter text in a large scope is a test
// of every row.
QString bucketedMatches(const OrderFilter& filter, const QString& columns, const QString& tail,
    bool descending, const std::optional<OrderCursor>& after, QVariantList& values);

QString searchClause(const OrderFilter& filter, const QString& needle, bool narrow, bool sqlite,
    QVariantList& values)
{
    if (sqlite) {
        if (narrow || needle.size() < kShortestIndexedSearch) {
            values.append(needle);
            return u"instr(o.search_text, ?) > 0"_s;
        }
        values.append(ftsPhrase(needle));
        return u"o.id IN (SELECT "_s + orderIdOfSearchKeySql(u"rowid"_s)
            + u" FROM order_search WHERE order_search MATCH ?)"_s;
    }
    if (!narrow && needle.size() >= kShortestIndexedSearch) {
        // Every match, bucket by bucket; the outer statement sorts them.
        OrderFilter searchOnly;
        searchOnly.search = filter.search;
        searchOnly.statuses = filter.statuses;
        return u"o.id IN (SELECT id FROM ("_s
            + bucketedMatches(searchOnly, u"o.id"_s, QString(), false, std::nullopt, values)
            + u") matched)"_s;
    }
    // Each row tested: no index of PostgreSQL's serves a LIKE of search_text (pg_trgm's went
    // with migration 17; its generic plan for two letters had read the whole index, 2.9 s at
    // five million orders, where the open orders' own index answers in a millisecond).
    values.append(likePattern(needle));
    return u"o.search_text LIKE ? ESCAPE '\\'"_s;
}

// The conditions of a filter and the values they bind: its statuses and its search when
// asked for, and the other columns, led (`narrow`) or not by the status index.
QStringList filterConditions(const OrderFilter& filter, QVariantList& values, bool sqlite,
    bool narrow, bool withStatus, bool withSearch)
{
    // Which index should lead. Open work (a few thousand orders however long the history)
    // is found through the status index and everything else only filters its rows; a unary
    // plus keeps the planner from walking a team's, unit's or name's whole history instead.
    // For the large scopes (all orders, the completed ones) the status index would lead to
    // nearly every row, so there it steps aside for the sort's or the search's own index.
    // "Not this index" is a unary plus on SQLite and an expression on PostgreSQL, whose
    // planner otherwise ANDs a team's whole history (a hundred thousand entries at five
    // million orders) into the few thousand open ones.
    auto hidden = [sqlite](const QString& name, bool text) -> QString {
        if (sqlite)
            return u"+o."_s + name;
        return text ? u"(o."_s + name + u" || '')"_s : u"(o."_s + name + u" + 0)"_s;
    };
    auto filterColumn = [&](const QString& name, bool text) -> QString {
        return narrow ? hidden(name, text) : u"o."_s + name;
    };
    const QString statusColumn = narrow ? u"o.status"_s : hidden(u"status"_s, true);
    QStringList clauses;
    if (withStatus && asksForOpenOrders(filter)) {
        clauses.append(OrderRepository::openStatusPredicate(u"o.status"_s));
    } else if (withStatus && !filter.statuses.isEmpty()) {
        // Written into the text, as the open statuses are: a plan kept for the statement
        // (PostgreSQL's generic plan) knew no bound status, and read the whole table for
        // the board's "stuck on site" lane (0.8 s at five million orders).
        clauses.append(statusInList(statusColumn, filter.statuses));
    }
    if (filter.kind) {
        clauses.append(filterColumn(u"kind"_s, true) + u" = ?"_s);
        values.append(orderKindKey(*filter.kind));
    }
    if (!filter.areaCode.isEmpty()) {
        clauses.append(
            filterColumn(u"area_id"_s, false) + u" = (SELECT id FROM areas WHERE code = ?)"_s);
        values.append(filter.areaCode);
    }
    if (!filter.teamCode.isEmpty()) {
        clauses.append(
            filterColumn(u"team_id"_s, false) + u" = (SELECT id FROM teams WHERE code = ?)"_s);
        values.append(filter.teamCode);
    }
    if (!filter.unitCode.isEmpty()) {
        clauses.append(
            filterColumn(u"unit_id"_s, false) + u" = (SELECT id FROM units WHERE code = ?)"_s);
        values.append(filter.unitCode);
    }
    if (filter.unassignedOnly)
        clauses.append(filterColumn(u"team_id"_s, false) + u" IS NULL"_s);
    if (filter.deadlineFrom.isValid()) {
        clauses.append(u"o.deadline_at >= ?"_s);
        values.append(filter.deadlineFrom.toSecsSinceEpoch());
    }
    if (filter.deadlineBefore.isValid()) {
        clauses.append(u"o.deadline_at < ?"_s);
        values.append(filter.deadlineBefore.toSecsSinceEpoch());
    }
    if (filter.measuredPending)
        clauses.append(u"o.measured_at IS NULL"_s);
    if (filter.arrivedBefore.isValid()) {
        clauses.append(u"o.arrived_at < ?"_s);
        values.append(filter.arrivedBefore.toSecsSinceEpoch());
    }
    const QString needle = searchNeedle(filter.search);
    if (withSearch && !needle.isEmpty())
        clauses.append(searchClause(filter, needle, narrow, sqlite, values));
    return clauses;
}

// The matches of a search of every order (or of the completed ones) through PostgreSQL's
// index by deadline bucket (migration 17, private/searchkey.h): one bucket after another in
// deadline order (the latest first when `descending`), each bucket's matches tested whole
// and ended by `tail` (its order and limit). The engine runs the buckets in turn and stops
// as soon as the statement's own limit is reached. The first and last bucket are those of
// the scope's earliest and latest deadline (each status's, from its own index), or the
// cursor's. Every other filter only tests a match.
QString bucketedMatches(const OrderFilter& filter, const QString& columns, const QString& tail,
    bool descending, const std::optional<OrderCursor>& after, QVariantList& values)
{
    const QList<OrderStatus> statuses
        = filter.statuses.isEmpty() ? allOrderStatuses() : filter.statuses;
    const QString shift = u" >> "_s + QString::number(kSearchBucketBits);
    // The bucket of the scope's earliest (or latest) deadline, or of the cursor's.
    auto bucketOf = [&](bool earliest, bool fromCursor) -> QString {
        if (fromCursor) {
            values.append(after->key);
            return u"(?::BIGINT"_s + shift + u')';
        }
        QStringList each;
        for (OrderStatus status : statuses) {
            each.append(u"(SELECT "_s + (earliest ? u"MIN"_s : u"MAX"_s)
                + u"(deadline_at) FROM orders WHERE "_s + statusInList(u"status"_s, { status })
                + u')');
        }
        return u"("_s + (earliest ? u"LEAST("_s : u"GREATEST("_s) + each.join(u", "_s) + u')'
            + shift + u')';
    };
    const QString first = bucketOf(!descending, after.has_value());
    const QString last = bucketOf(descending, false) + (descending ? u", -1"_s : QString());
    const QString needle = searchNeedle(filter.search);
    QStringList clauses { orderSearchTokensSql(u"o"_s) + u" @> "_s
            + searchTokensOfBucketSql(u"b.bucket"_s),
        u"o.search_text LIKE ? ESCAPE '\\'"_s };
    values << indexProbe(needle) << likePattern(needle);
    if (!filter.statuses.isEmpty())
        clauses.append(statusInList(u"(o.status || '')"_s, filter.statuses));
    clauses += filterConditions(filter, values, false, true, false, false);
    if (after) {
        const QString past = descending ? u" < "_s : u" > "_s;
        clauses.append(
            u"(o.deadline_at"_s + past + u"? OR (o.deadline_at = ? AND o.id"_s + past + u"?))"_s);
        values << after->key << after->key << after->id;
    }
    return u"SELECT m.* FROM generate_series("_s + first + u", "_s + last
        + u") AS b(bucket) CROSS JOIN LATERAL (SELECT "_s + columns + u" FROM orders o WHERE "_s
        + clauses.join(u" AND "_s) + tail + u") m"_s;
}

// Whether a filter's scope is narrow: open work, led by the status index.
bool isNarrow(const OrderFilter& filter)
{
    return !filter.statuses.isEmpty() && !filter.statuses.contains(OrderStatus::Completed);
}

// Whether a page of `filter` may walk the orders in deadline order to search (searchWalk):
// a search of every order or of the completed ones, earliest (or latest) deadline first.
bool walksToSearch(const OrderFilter& filter, OrderSort sort)
{
    return !searchNeedle(filter.search).isEmpty() && sort == OrderSort::Deadline
        && !isNarrow(filter);
}

// Whether a count of `filter` is best led by SQLite's trigram index: a search of every order
// (or the completed ones) with text long enough for it, and no team, unit, area or kind
// whose own index a planner could lead with instead (a few of a common text's matches).
bool countsThroughTheSearchIndex(const OrderFilter& filter)
{
    return !isNarrow(filter) && searchNeedle(filter.search).size() >= kShortestIndexedSearch
        && filter.teamCode.isEmpty() && filter.unitCode.isEmpty() && filter.areaCode.isEmpty()
        && !filter.kind && !filter.unassignedOnly;
}

// Sorting by a column other than deadline, receipt and number (issue 16). Every such sort is
// a rank (the group: a kind, a status, an SLA state, a value missing or not), then values
// within the group, then the order's number, which ties it. Over the joined area (a), unit
// (u), team (t) and technician (p).
struct RankedSort
{
    QString rank;
    QStringList keys;
};

// `CASE column WHEN 'a' THEN 0 WHEN 'b' THEN 1 ... END`: the keys' positions.
QString positionOf(const QString& column, const QStringList& keys)
{
    QString sql = u"CASE "_s + column;
    for (qsizetype i = 0; i < keys.size(); ++i)
        sql += u" WHEN '"_s + keys.at(i) + u"' THEN "_s + QString::number(i);
    return sql + u" ELSE "_s + QString::number(keys.size()) + u" END"_s;
}

QStringList kindKeys()
{
    QStringList keys;
    for (OrderKind kind : allOrderKinds())
        keys.append(orderKindKey(kind));
    return keys;
}

QStringList statusKeys()
{
    QStringList keys;
    for (OrderStatus status : allOrderStatuses())
        keys.append(orderStatusKey(status));
    return keys;
}

RankedSort rankedSort(OrderSort sort)
{
    switch (sort) {
    case OrderSort::Sla:
        // As orderpaging.cpp's slaSortRank().
        return { u"CASE WHEN o.measured_at IS NULL AND o.status = 'cancelled' THEN 3 "
                 "WHEN o.measured_at IS NULL THEN 0 WHEN o.measured_at > o.deadline_at THEN 1 "
                 "ELSE 2 END"_s,
            { u"o.deadline_at"_s } };
    case OrderSort::Kind:
        return { positionOf(u"o.kind"_s, kindKeys()), {} };
    case OrderSort::Status:
        return { positionOf(u"o.status"_s, statusKeys()), {} };
    case OrderSort::Customer:
        return { u"0"_s, { u"o.customer"_s } };
    case OrderSort::Phone:
        return { u"0"_s, { u"o.phone"_s } };
    case OrderSort::Area:
        return { u"0"_s, { u"a.code"_s } };
    case OrderSort::Unit:
        return { u"0"_s, { u"u.code"_s } };
    case OrderSort::Team:
        return { u"CASE WHEN o.team_id IS NULL THEN 0 ELSE 1 END"_s,
            { u"COALESCE(t.code, '')"_s } };
    case OrderSort::Technician:
        return { u"CASE WHEN o.technician_id IS NULL THEN 0 ELSE 1 END"_s,
            { u"COALESCE(p.name, '')"_s, u"COALESCE(p.code, '')"_s } };
    case OrderSort::Appointment:
        return { u"CASE WHEN o.appointment_start IS NULL THEN 0 ELSE 1 END"_s,
            { u"COALESCE(o.appointment_start, 0)"_s } };
    case OrderSort::Deadline:
    case OrderSort::Received:
    case OrderSort::Number:
        break;
    }
    return { u"0"_s, { sortColumn(sort) } };
}

// `(a, b, c) > (?, ?, ?)` (or `<` newest first): the rows after a cursor in a sort of
// several columns, which both engines seek in an index of those columns.
QString rowsAfter(const QStringList& columns, bool descending)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(u"?"_s);
    return u"("_s + columns.join(u", "_s) + (descending ? u") < ("_s : u") > ("_s)
        + marks.join(u", "_s) + u')';
}

QString orderBy(const QStringList& columns, bool descending)
{
    QStringList terms;
    for (const QString& column : columns) {
        // A constant rank (one group) sorts nothing, and a number there would name a column.
        if (column == u"0"_s)
            continue;
        terms.append(descending ? column + u" DESC"_s : column);
    }
    return u" ORDER BY "_s + terms.join(u", "_s);
}

// Whether a ranked sort of `filter` sorts every match at once: open work (a few thousand
// orders however long the history), another narrow scope, or a search (its matches). All
// orders and the completed ones are read an index range at a time instead (SortArm).
bool sortsWhole(const OrderFilter& filter)
{
    return isNarrow(filter) || !searchNeedle(filter.search).isEmpty();
}

// A range of a ranked sort that an index serves in order (a page of all orders, or of the
// completed ones): the orders of one kind, status, area, unit, team or technician by number
// (their own index, migration 14), or those with a value in order of it. A page reads the
// ranges from the cursor's on, until it is full.
struct SortArm
{
    QString condition; // empty: every order
    QVariantList values;
    int rank = 0;
    QVariant ident; // the code of the area, unit, team or technician the range is of
    QStringList inner; // sort columns before the number
};

// The rows of one of the small tables, in the order their codes (or names) sort.
using CodedRows = QList<std::pair<qint64, QString>>;

Result<CodedRows> codesInOrder(Database& database, const QString& sql)
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(database, sql));
    CodedRows rows;
    while (query.next())
        rows.append({ query.value(0).toLongLong(), query.value(1).toString() });
    return rows;
}

Result<QList<SortArm>> sortArms(Database& database, const OrderFilter& filter, OrderSort sort)
{
    const bool sqlite = database.isSqlite();
    // The status only tested, not led by its index (as filterConditions does).
    const QString status = sqlite ? u"+o.status"_s : u"(o.status || '')"_s;
    QList<SortArm> arms;
    // One range per row of a small table, the orders without one first when they may exist.
    auto perRow = [&](const QString& sql, const QString& column, const QString& only, bool withNone,
                      bool withSome) -> Status {
        if (withNone)
            arms.append({ column + u" IS NULL"_s, {}, 0, {}, {} });
        if (!withSome)
            return Status::success();
        FD_TRY_ASSIGN(CodedRows rows, codesInOrder(database, sql));
        for (const auto& [id, code] : rows) {
            if (only.isEmpty() || only == code)
                arms.append({ column + u" = ?"_s, { id }, withNone ? 1 : 0, code, {} });
        }
        return Status::success();
    };
    switch (sort) {
    case OrderSort::Sla: {
        const QStringList deadline { u"o.deadline_at"_s };
        arms.append({ u"o.measured_at IS NULL AND "_s + status + u" <> 'cancelled'"_s, {}, 0, {},
            deadline });
        arms.append({ u"o.measured_at IS NOT NULL AND o.measured_at > o.deadline_at"_s, {}, 1, {},
            deadline });
        arms.append({ u"o.measured_at IS NOT NULL AND o.measured_at <= o.deadline_at"_s, {}, 2, {},
            deadline });
        if (filter.statuses.isEmpty() || filter.statuses.contains(OrderStatus::Cancelled)) {
            arms.append({ u"o.measured_at IS NULL AND "_s + status + u" = 'cancelled'"_s, {}, 3, {},
                deadline });
        }
        break;
    }
    case OrderSort::Kind: {
        const QList<OrderKind> kinds = allOrderKinds();
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            if (!filter.kind || *filter.kind == kinds.at(i))
                arms.append({ u"o.kind = ?"_s, { orderKindKey(kinds.at(i)) }, int(i), {}, {} });
        }
        break;
    }
    case OrderSort::Status: {
        const QList<OrderStatus> statuses = allOrderStatuses();
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            if (filter.statuses.isEmpty() || filter.statuses.contains(statuses.at(i))) {
                arms.append(
                    { u"o.status = ?"_s, { orderStatusKey(statuses.at(i)) }, int(i), {}, {} });
            }
        }
        break;
    }
    case OrderSort::Customer:
        arms.append({ QString(), {}, 0, {}, { u"o.customer"_s } });
        break;
    case OrderSort::Phone:
        arms.append({ QString(), {}, 0, {}, { u"o.phone"_s } });
        break;
    case OrderSort::Area:
        FD_TRY(perRow(u"SELECT id, code FROM areas ORDER BY code"_s, u"o.area_id"_s,
            filter.areaCode, false, true));
        break;
    case OrderSort::Unit:
        FD_TRY(perRow(u"SELECT id, code FROM units ORDER BY code"_s, u"o.unit_id"_s,
            filter.unitCode, false, true));
        break;
    case OrderSort::Team:
        FD_TRY(perRow(u"SELECT id, code FROM teams ORDER BY code"_s, u"o.team_id"_s,
            filter.teamCode, filter.teamCode.isEmpty(), !filter.unassignedOnly));
        break;
    case OrderSort::Technician:
        FD_TRY(perRow(u"SELECT id, code FROM technicians ORDER BY name, code"_s,
            u"o.technician_id"_s, QString(), true, !filter.unassignedOnly));
        break;
    case OrderSort::Appointment:
        arms.append({ u"o.appointment_start IS NULL"_s, {}, 0, {}, {} });
        arms.append(
            { u"o.appointment_start IS NOT NULL"_s, {}, 1, {}, { u"o.appointment_start"_s } });
        break;
    case OrderSort::Deadline:
    case OrderSort::Received:
    case OrderSort::Number:
        break;
    }
    return arms;
}

Error badCursor()
{
    return Error(QCoreApplication::translate(
        "fd::OrderRepository", "The board's page does not follow the sort it was read in."));
}

// The WHERE clause of a filter and the values it binds.
QString whereClause(const OrderFilter& filter, QVariantList& values, bool sqlite)
{
    const QStringList clauses
        = filterConditions(filter, values, sqlite, isNarrow(filter), true, true);
    return clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(u" AND "_s);
}

QVariantList writeValues(const WorkOrder& order, const OrderKeys& keys)
{
    auto optionalId
        = [](const std::optional<qint64>& id) { return id ? QVariant(*id) : QVariant(); };
    const bool completed = order.status == OrderStatus::Completed;
    auto checklistItem
        = [completed](bool value) { return completed ? QVariant(value ? 1 : 0) : QVariant(); };
    return { order.number, orderKindKey(order.kind), order.account, order.customer,
        order.customer.toCaseFolded(), order.phone, reversedDigitsOf(order.phone), order.address,
        keys.searchText.isEmpty() ? orderSearchText(
            order.number, order.account, order.customer, order.address, order.phone)
                                  : keys.searchText,
        keys.areaId, keys.unitId, instantToSql(order.receivedAt), optionalId(keys.teamId),
        optionalId(keys.technicianId), instantToSql(order.contactedAt),
        instantToSql(order.appointmentStart), instantToSql(order.appointmentEnd),
        boolToSql(order.customerRequestedLater), instantToSql(order.arrivedAt),
        instantToSql(order.completedAt), orderStatusKey(order.status), instantToSql(order.deadline),
        instantToSql(order.measuredAt), checklistItem(order.checklist.uniform),
        checklistItem(order.checklist.permitShown),
        checklistItem(order.checklist.locationConsulted), checklistItem(order.checklist.tested),
        checklistItem(order.checklist.siteCleaned), order.checklist.signedBy,
        order.checklist.refusalReason, order.rxPowerDbm ? QVariant(*order.rxPowerDbm) : QVariant(),
        order.exemptReason ? QVariant(exemptReasonKey(*order.exemptReason)) : QVariant(),
        order.exemptNote, order.notes,
        completed && order.ontCollected ? QVariant(boolToSql(*order.ontCollected)) : QVariant() };
}

const QString kWriteColumns
    = u"number, kind, account, customer, customer_folded, phone, phone_digits, address, "
      "search_text, area_id, unit_id, received_at, team_id, technician_id, contacted_at, "
      "appointment_start, appointment_end, customer_requested_later, arrived_at, "
      "completed_at, status, deadline_at, measured_at, uniform, permit_shown, "
      "location_consulted, tested, site_cleaned, signed_by, refusal_reason, "
      "rx_power_dbm, exempt_reason, exempt_note, notes, ont_collected"_s;

} // namespace

OrderRepository::OrderRepository(Database& database)
    : m_database(database)
{ }
OrderRepository::~OrderRepository() = default;

Result<std::optional<WorkOrder>> OrderRepository::find(const QString& number) const
{
    FD_TRY_ASSIGN(
        QSqlQuery query, runSql(m_database, kSelect + u" WHERE o.number = ?"_s, { number }));
    if (!query.next())
        return std::optional<WorkOrder>();
    return std::optional<WorkOrder>(orderFromRow(query));
}

Result<QHash<QString, WorkOrder>> OrderRepository::findMany(const QStringList& numbers) const
{
    QHash<QString, WorkOrder> found;
    if (m_database.isSqlite()) {
        // The whole list as one JSON array: an IN list of 500 values cost Qt's driver 3 ms to
        // prepare and 1.5 ms to bind, 1.4 s of a 100,000-order import's 11 s (the lookup
        // itself, through the numbers' index, is 4 ms for a chunk of 5,000).
        FD_TRY_ASSIGN(QSqlQuery query,
            runSql(m_database, kSelect + u" WHERE o.number IN (SELECT value FROM json_each(?))"_s,
                { jsonArrayOf(numbers) }));
        while (query.next()) {
            WorkOrder order = orderFromRow(query);
            found.insert(order.number, order);
        }
        return found;
    }
    // PostgreSQL: each text is prepared once per connection (statementcache.h).
    constexpr qsizetype kBatch = 500; // well under the limit on bound values
    for (qsizetype start = 0; start < numbers.size(); start += kBatch) {
        const QStringList batch = numbers.mid(start, kBatch);
        QStringList marks;
        QVariantList values;
        for (const QString& number : batch) {
            marks.append(u"?"_s);
            values.append(number);
        }
        FD_TRY_ASSIGN(QSqlQuery query,
            runSql(m_database, kSelect + u" WHERE o.number IN ("_s + marks.join(u", "_s) + u')',
                values));
        while (query.next()) {
            WorkOrder order = orderFromRow(query);
            found.insert(order.number, order);
        }
    }
    return found;
}

QString OrderRepository::pageStatement(const OrderFilter& filter, OrderSort sort,
    const std::optional<OrderCursor>& after, int limit, bool descending, bool sqlite,
    QVariantList& values)
{
    // The page's orders are chosen first and only they are joined to their area, unit, team
    // and technician: otherwise a planner that expects few matches (PostgreSQL, for overdue
    // work) joins every match and sorts afterwards. The joins neither add nor drop rows.
    const QString where = whereClause(filter, values, sqlite);
    QString chosen = u"SELECT o.* FROM "_s + ordersFor(filter, sqlite) + where;
    const QString column = sortColumn(sort);
    const QString beyond = descending ? u" < "_s : u" > "_s;
    if (after) {
        chosen += (where.isEmpty() ? u" WHERE "_s : u" AND "_s);
        chosen += u"("_s + column + beyond + u"? OR ("_s + column + u" = ? AND o.id"_s + beyond
            + u"?))"_s;
        values << after->key << after->key << after->id;
    }
    const QString order = orderThenId(column, descending);
    // The limit is written into the text, not bound: PostgreSQL then plans the page once
    // per connection (a generic plan), where a bound limit had it plan every page again
    // (1 ms of a 6.5 ms board open). The few page sizes make few texts.
    chosen += order + u" LIMIT "_s + QString::number(limit);
    return kColumns + u"FROM ("_s + chosen + u") o"_s + kJoins + order;
}

std::optional<QString> OrderRepository::searchWalkStatement(const OrderFilter& filter,
    OrderSort sort, const std::optional<OrderCursor>& after, int limit, bool descending, int rows,
    bool sqlite, QVariantList& values)
{
    if (!walksToSearch(filter, sort))
        return std::nullopt;
    const QString needle = searchNeedle(filter.search);
    // One arm per status through orders_status_deadline (status, deadline_at, id), each in
    // deadline order; the engines merge the arms (SQLite's compound merge, PostgreSQL's
    // Merge Append of arms limited each to `rows`) and stop after `rows`: every order in deadline
    // order without an index of all orders by deadline. The other filters only test each row
    // (hidden, as for open work), so no other index leads and breaks the order.
    const QList<OrderStatus> statuses
        = filter.statuses.isEmpty() ? allOrderStatuses() : filter.statuses;
    const QString direction = descending ? u" DESC"_s : QString();
    const QString order = u" ORDER BY deadline_at"_s + direction + u", id"_s + direction;
    const QString beyond = descending ? u" < "_s : u" > "_s;
    const QString reach = descending ? u" <= "_s : u" >= "_s;
    QStringList arms;
    for (OrderStatus status : statuses) {
        QStringList clauses { statusInList(u"o.status"_s, { status }) };
        clauses += filterConditions(filter, values, sqlite, true, false, false);
        if (after) {
            // The keyset as a range on deadline_at (which the index seeks) and a tie-break.
            clauses.append(u"o.deadline_at"_s + reach + u"? AND (o.deadline_at"_s + beyond
                + u"? OR o.id"_s + beyond + u"?)"_s);
            values << after->key << after->key << after->id;
        }
        const QString arm = u"SELECT o.id AS id, o.deadline_at AS deadline_at, "
                            "o.search_text AS search_text FROM orders o"_s
            + (sqlite ? u" INDEXED BY orders_status_deadline"_s : QString()) + u" WHERE "_s
            + clauses.join(u" AND "_s);
        if (sqlite) {
            arms.append(arm);
        } else {
            // PostgreSQL merges (Merge Append) only arms that are ordered and limited each.
            arms.append(u"("_s + arm + order + u" LIMIT ?)"_s);
            values.append(rows);
        }
    }
    values.append(rows);
    // The search's own test of a row: a LIKE on PostgreSQL, on SQLite a substring, as for
    // open work (both texts are folded, so the trigram phrase finds the same rows).
    values.append(sqlite ? needle : likePattern(needle));
    const QString test
        = sqlite ? u"instr(w.search_text, ?) > 0"_s : u"w.search_text LIKE ? ESCAPE '\\'"_s;
    values.append(limit);
    const QString chosen = u"SELECT o.* FROM orders o WHERE o.id IN (SELECT w.id FROM ("_s
        + arms.join(u" UNION ALL "_s) + order + u" LIMIT ?) w WHERE "_s + test + order
        + u" LIMIT ?)"_s;
    return kColumns + u"FROM ("_s + chosen + u") o"_s + kJoins + u" ORDER BY o.deadline_at"_s
        + direction + u", o.id"_s + direction;
}

Result<std::optional<QList<WorkOrder>>> OrderRepository::searchWalk(const OrderFilter& filter,
    OrderSort sort, const std::optional<OrderCursor>& after, int limit, bool descending,
    int rows) const
{
    QVariantList values;
    const std::optional<QString> sql = searchWalkStatement(
        filter, sort, after, limit, descending, rows, m_database.isSqlite(), values);
    if (!sql)
        return std::optional<QList<WorkOrder>>();
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, *sql, values));
    QList<WorkOrder> orders;
    while (query.next())
        orders.append(orderFromRow(query));
    // Fewer than a page: a match may lie beyond the rows walked.
    if (orders.size() < limit)
        return std::optional<QList<WorkOrder>>();
    return std::optional<QList<WorkOrder>>(orders);
}

QString OrderRepository::wholeSortStatement(const OrderFilter& filter, OrderSort sort,
    const std::optional<OrderCursor>& after, int limit, bool descending, bool sqlite,
    QVariantList& values)
{
    // Every match is sorted, through the filter's own index (open work: a few thousand
    // orders), and only the page's rows are joined again for their codes and names.
    const RankedSort ranked = rankedSort(sort);
    const QStringList columns
        = QStringList { ranked.rank } + ranked.keys + QStringList { u"o.number"_s };
    const QString where = whereClause(filter, values, sqlite);
    QString chosen = u"SELECT o.* FROM "_s + ordersFor(filter, sqlite) + kJoins + where;
    if (after) {
        chosen += (where.isEmpty() ? u" WHERE "_s : u" AND "_s) + rowsAfter(columns, descending);
        values += after->key.toList();
        values.append(after->number);
    }
    chosen += orderBy(columns, descending) + u" LIMIT ?"_s;
    values.append(limit);
    return kColumns + u"FROM ("_s + chosen + u") o"_s + kJoins + orderBy(columns, descending);
}

Result<QList<WorkOrder>> OrderRepository::rankedPage(const OrderFilter& filter, OrderSort sort,
    const std::optional<OrderCursor>& after, int limit, bool descending) const
{
    const bool sqlite = m_database.isSqlite();
    const qsizetype keys = rankedSort(sort).keys.size();
    if (after && after->key.toList().size() != keys + 1)
        return badCursor();
    QList<WorkOrder> orders;
    auto read = [&](const QString& sql, const QVariantList& values) -> Status {
        FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, sql, values));
        while (query.next())
            orders.append(orderFromRow(query));
        return Status::success();
    };
    if (sortsWhole(filter)) {
        QVariantList values;
        FD_TRY(read(
            wholeSortStatement(filter, sort, after, limit, descending, sqlite, values), values));
        return orders;
    }
    FD_TRY_ASSIGN(QList<SortArm> arms, sortArms(m_database, filter, sort));
    if (descending)
        std::reverse(arms.begin(), arms.end());
    qsizetype first = 0;
    if (after) {
        // The range the cursor's row is in: its rank, and its code for a range of one.
        const QVariantList key = after->key.toList();
        first = arms.size();
        for (qsizetype i = 0; i < arms.size(); ++i) {
            const SortArm& arm = arms.at(i);
            if (arm.rank == key.first().toInt()
                && (arm.ident.isNull() || arm.ident.toString() == key.last().toString())) {
                first = i;
                break;
            }
        }
    }
    for (qsizetype i = first; i < arms.size() && orders.size() < limit; ++i) {
        const SortArm& arm = arms.at(i);
        QVariantList values;
        QStringList clauses = filterConditions(filter, values, sqlite, false, true, true);
        if (!arm.condition.isEmpty()) {
            clauses.append(arm.condition);
            values += arm.values;
        }
        const QStringList columns = arm.inner + QStringList { u"o.number"_s };
        if (after && i == first) {
            clauses.append(rowsAfter(columns, descending));
            values += after->key.toList().mid(1, arm.inner.size());
            values.append(after->number);
        }
        values.append(limit - orders.size());
        const QString chosen = u"SELECT o.* FROM orders o"_s
            + (clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(u" AND "_s))
            + orderBy(columns, descending) + u" LIMIT ?"_s;
        FD_TRY(
            read(kColumns + u"FROM ("_s + chosen + u") o"_s + kJoins + orderBy(columns, descending),
                values));
    }
    return orders;
}

Result<QList<WorkOrder>> OrderRepository::page(const OrderFilter& filter, OrderSort sort,
    const std::optional<OrderCursor>& after, int limit, bool descending) const
{
    if (sortTiedByNumber(sort))
        return rankedPage(filter, sort, after, limit, descending);
    if (walksToSearch(filter, sort) && m_database.isSqlite()) {
        FD_TRY_ASSIGN(std::optional<QList<WorkOrder>> byNumber,
            numberPrefixPage(filter, after, limit, descending));
        if (byNumber)
            return *byNumber;
        FD_TRY_ASSIGN(std::optional<QList<WorkOrder>> byDeadline,
            deadlineOrderedSearch(filter, after, limit, descending));
        if (byDeadline)
            return *byDeadline;
        // Text too short for the trigram index: the walk, then every order read.
        FD_TRY_ASSIGN(std::optional<QList<WorkOrder>> walked,
            searchWalk(filter, sort, after, limit, descending));
        if (walked)
            return *walked;
    } else if (walksToSearch(filter, sort)) {
        // PostgreSQL: the index by deadline bucket, a bucket at a time until the page is
        // full; the walk for text too short for it.
        FD_TRY_ASSIGN(std::optional<QList<WorkOrder>> bucketed,
            bucketedSearch(filter, after, limit, descending));
        if (bucketed)
            return *bucketed;
        FD_TRY_ASSIGN(std::optional<QList<WorkOrder>> walked,
            searchWalk(filter, sort, after, limit, descending));
        if (walked)
            return *walked;
    }
    return filteredPage(filter, sort, after, limit, descending);
}

Result<std::optional<QList<WorkOrder>>> OrderRepository::deadlineOrderedSearch(
    const OrderFilter& filter, const std::optional<OrderCursor>& after, int limit,
    bool descending) const
{
    using Page = std::optional<QList<WorkOrder>>;
    const QString needle = searchNeedle(filter.search);
    if (!m_database.isSqlite() || needle.size() < kShortestIndexedSearch || limit < 1)
        return Page();
    QVariantList values { ftsPhrase(needle) };
    QStringList clauses { u"s.order_search MATCH ?"_s };
    const QString past = descending ? u" < "_s : u" > "_s;
    if (after) {
        // From the cursor's day on in the index (which it seeks), past the cursor's row.
        const qint64 deadline = after->key.toLongLong();
        const qint64 day = searchKeyDay(deadline);
        clauses.append(descending ? u"s.rowid <= ?"_s : u"s.rowid >= ?"_s);
        values.append(descending ? lastSearchKeyOfDay(day) : firstSearchKeyOfDay(day));
        clauses.append(
            u"(o.deadline_at"_s + past + u"? OR (o.deadline_at = ? AND o.id"_s + past + u"?))"_s);
        values << deadline << deadline << after->id;
    }
    // The other filters test each match (no index of orders leads: the join is by id).
    clauses += filterConditions(filter, values, true, true, true, false);
    const QString direction = descending ? u" DESC"_s : QString();
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT o.id, o.deadline_at FROM order_search s CROSS JOIN orders o ON o.id = "_s
                + orderIdOfSearchKeySql(u"s.rowid"_s) + u" WHERE "_s + clauses.join(u" AND "_s)
                + u" ORDER BY s.rowid"_s + direction,
            values));
    // The index gives the matches a day at a time, by id within the day: the page is the
    // first `limit` of them once the day of the last is read whole, sorted by deadline.
    struct Match
    {
        qint64 id = 0;
        qint64 deadline = 0;
    };
    QList<Match> matches;
    qint64 lastDay = 0;
    while (query.next()) {
        const Match match { query.value(0).toLongLong(), query.value(1).toLongLong() };
        const qint64 day = searchKeyDay(match.deadline);
        if (matches.size() >= limit && day != lastDay)
            break;
        matches.append(match);
        lastDay = day;
    }
    std::sort(matches.begin(), matches.end(), [descending](const Match& a, const Match& b) {
        return descending ? std::tie(b.deadline, b.id) < std::tie(a.deadline, a.id)
                          : std::tie(a.deadline, a.id) < std::tie(b.deadline, b.id);
    });
    if (matches.size() > limit)
        matches.resize(limit);
    if (matches.isEmpty())
        return Page(QList<WorkOrder>());
    QStringList marks;
    QVariantList ids;
    for (const Match& match : std::as_const(matches)) {
        marks.append(u"?"_s);
        ids.append(match.id);
    }
    FD_TRY_ASSIGN(QSqlQuery rows,
        runSql(m_database,
            kColumns + u"FROM (SELECT * FROM orders WHERE id IN ("_s + marks.join(u", "_s)
                + u")) o"_s + kJoins + orderThenId(u"o.deadline_at"_s, descending),
            ids));
    QList<WorkOrder> orders;
    orders.reserve(matches.size());
    while (rows.next())
        orders.append(orderFromRow(rows));
    return Page(orders);
}

QString OrderRepository::bucketedSearchStatement(const OrderFilter& filter,
    const std::optional<OrderCursor>& after, int limit, bool descending, QVariantList& values)
{
    const QString direction = descending ? u" DESC"_s : QString();
    const QString limitText = u" LIMIT "_s + QString::number(limit);
    const QString matches = bucketedMatches(filter, u"o.id, o.deadline_at"_s,
        u" ORDER BY o.deadline_at"_s + direction + u", o.id"_s + direction + limitText, descending,
        after, values);
    return kColumns + u"FROM (SELECT o.* FROM ("_s + matches + limitText
        + u") w JOIN orders o ON o.id = w.id) o"_s + kJoins
        + orderThenId(u"o.deadline_at"_s, descending);
}

Result<std::optional<QList<WorkOrder>>> OrderRepository::bucketedSearch(const OrderFilter& filter,
    const std::optional<OrderCursor>& after, int limit, bool descending) const
{
    using Page = std::optional<QList<WorkOrder>>;
    if (m_database.isSqlite() || searchNeedle(filter.search).size() < kShortestIndexedSearch
        || limit < 1)
        return Page();
    QVariantList values;
    const QString sql = bucketedSearchStatement(filter, after, limit, descending, values);
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, sql, values));
    QList<WorkOrder> orders;
    while (query.next())
        orders.append(orderFromRow(query));
    return Page(orders);
}

Result<std::optional<QList<WorkOrder>>> OrderRepository::numberPrefixPage(const OrderFilter& filter,
    const std::optional<OrderCursor>& after, int limit, bool descending) const
{
    using Page = std::optional<QList<WorkOrder>>;
    const QString needle = searchNeedle(filter.search);
    // The search text starts with the folded number, so an order whose number starts with
    // one of the needle's spellings in ASCII letters of either case holds the needle.
    if (needle.size() < kShortestIndexedSearch || needle.size() > 40)
        return Page();
    QStringList spellings { QString() };
    bool digit = false;
    for (const QChar c : needle) {
        if (c.unicode() > 0x7e || c.unicode() < 0x21)
            return Page();
        digit = digit || c.isDigit();
        const bool letter = c >= u'a' && c <= u'z';
        QStringList next;
        for (const QString& start : std::as_const(spellings)) {
            next.append(start + c);
            if (letter)
                next.append(start + c.toUpper());
        }
        spellings = next;
        if (spellings.size() > 16)
            return Page();
    }
    if (!digit)
        return Page(); // a name, not a number
    // Each range: its size and ids, read from the index alone.
    qint64 inRanges = 0;
    qint64 lowest = 0;
    qint64 highest = 0;
    for (const QString& start : std::as_const(spellings)) {
        QString end = start;
        end.back() = QChar(end.back().unicode() + 1);
        FD_TRY_ASSIGN(QSqlQuery range,
            runSql(m_database,
                u"SELECT COUNT(*), MIN(id), MAX(id) FROM orders INDEXED BY orders_number_deadline "
                "WHERE number >= ? AND number < ?"_s,
                { start, end }));
        if (!range.next() || range.value(0).toLongLong() == 0)
            continue;
        const qint64 low = range.value(1).toLongLong();
        const qint64 high = range.value(2).toLongLong();
        lowest = inRanges == 0 ? low : qMin(lowest, low);
        highest = inRanges == 0 ? high : qMax(highest, high);
        inRanges += range.value(0).toLongLong();
    }
    // Every id from the lowest to the highest is in a range: no other order lies among them.
    if (inRanges == 0 || highest - lowest + 1 != inRanges)
        return Page();
    // The matches beyond the ids of the ranges, from the trigram index (bounded by id), asked
    // for the needle's last digits (indexProbe).
    constexpr int kBeyond = 1000;
    const QString probe = indexProbe(needle);
    QVariantList beyond;
    FD_TRY_ASSIGN(QSqlQuery matches,
        runSql(m_database,
            // The ids outside the range are picked from the index's keys alone, before any
            // order is read: the range's own orders hold the digits too (46,446 matches of
            // "2611" at five million orders, 40,000 of them in the range: 68 ms read, 27 ms not).
            u"SELECT o.id FROM orders o WHERE o.id IN (SELECT id FROM (SELECT "_s
                + orderIdOfSearchKeySql(u"rowid"_s)
                + u" AS id FROM order_search WHERE order_search MATCH ?) WHERE id < ? OR id > ?) "
                  "AND instr(o.search_text, ?) > 0 LIMIT ?"_s,
            { ftsPhrase(probe), lowest, highest, needle, kBeyond + 1 }));
    while (matches.next())
        beyond.append(matches.value(0).toLongLong());
    if (beyond.size() > kBeyond)
        return Page();
    // The page: the earliest (or latest) deadlines of each range and of the matches beyond,
    // with the other filters tested on each row.
    const QString direction = descending ? u" DESC"_s : QString();
    const QString order = u" ORDER BY o.deadline_at"_s + direction + u", o.id"_s + direction;
    auto tests = [&](QVariantList& values) {
        QStringList clauses = filterConditions(filter, values, true, true, false, false);
        if (!filter.statuses.isEmpty())
            clauses.append(statusInList(u"+o.status"_s, filter.statuses));
        if (after) {
            const QString past = descending ? u" < "_s : u" > "_s;
            clauses.append(u"(o.deadline_at"_s + past + u"? OR (o.deadline_at = ? AND o.id"_s + past
                + u"?))"_s);
            values << after->key << after->key << after->id;
        }
        return clauses;
    };
    QStringList arms;
    QVariantList values;
    for (const QString& start : std::as_const(spellings)) {
        QString end = start;
        end.back() = QChar(end.back().unicode() + 1);
        QStringList clauses { u"o.number >= ?"_s, u"o.number < ?"_s };
        values << start << end;
        clauses += tests(values);
        values.append(limit);
        arms.append(u"SELECT * FROM (SELECT o.id AS id, o.deadline_at AS deadline_at FROM orders o "
                    "INDEXED BY orders_number_deadline WHERE "_s
            + clauses.join(u" AND "_s) + order + u" LIMIT ?)"_s);
    }
    if (!beyond.isEmpty()) {
        QStringList marks;
        for (const QVariant& id : std::as_const(beyond)) {
            marks.append(u"?"_s);
            values.append(id);
        }
        QStringList clauses { u"o.id IN ("_s + marks.join(u", "_s) + u')' };
        clauses += tests(values);
        arms.append(u"SELECT o.id AS id, o.deadline_at AS deadline_at FROM orders o WHERE "_s
            + clauses.join(u" AND "_s));
    }
    values.append(limit);
    const QString chosen = u"SELECT o.* FROM orders o WHERE o.id IN (SELECT id FROM ("_s
        + arms.join(u" UNION ALL "_s) + u") ORDER BY deadline_at"_s + direction + u", id"_s
        + direction + u" LIMIT ?)"_s;
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database, kColumns + u"FROM ("_s + chosen + u") o"_s + kJoins + order, values));
    QList<WorkOrder> orders;
    while (query.next())
        orders.append(orderFromRow(query));
    return Page(orders);
}

Result<QList<WorkOrder>> OrderRepository::filteredPage(const OrderFilter& filter, OrderSort sort,
    const std::optional<OrderCursor>& after, int limit, bool descending) const
{
    QVariantList values;
    const QString sql
        = pageStatement(filter, sort, after, limit, descending, m_database.isSqlite(), values);
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, sql, values));
    QList<WorkOrder> orders;
    orders.reserve(limit);
    while (query.next())
        orders.append(orderFromRow(query));
    return orders;
}

Result<qint64> OrderRepository::count(const OrderFilter& filter, qint64 cap) const
{
    FD_TRY_ASSIGN(const QList<qint64> counted, counts({ filter }, cap));
    return counted.value(0);
}

Result<QList<qint64>> OrderRepository::counts(const QList<OrderFilter>& filters, qint64 cap) const
{
    QVariantList values;
    const bool sqlite = m_database.isSqlite();
    // Each lane a capped count of its own: each reads its range of the index of open orders,
    // index only once the tables are vacuumed. One pass over the open orders with a
    // COUNT(*) FILTER a lane was tried on PostgreSQL: twice as fast on a table just filled
    // (every row read from the heap either way), 3 % slower once autovacuum had been by.
    QStringList columns;
    for (const OrderFilter& filter : filters) {
        // Written into the text, as a page's limit is (pageStatement).
        const QString limit = u" LIMIT "_s + QString::number(cap);
        if (sqlite && countsThroughTheSearchIndex(filter)) {
            // Led by SQLite's trigram index, newest days first, each match tested: the index
            // stops at the cap, where `o.id IN (matches)` gathered every match first ("WO-2611"
            // at five million orders: 159 ms; this month's orders, met first now: 18 ms).
            QStringList clauses { u"s.order_search MATCH ?"_s };
            values.append(ftsPhrase(searchNeedle(filter.search)));
            clauses += filterConditions(filter, values, true, true, true, false);
            columns.append(u"(SELECT COUNT(*) FROM (SELECT 1 FROM order_search s CROSS JOIN "
                           "orders o ON o.id = "_s
                + orderIdOfSearchKeySql(u"s.rowid"_s) + u" WHERE "_s + clauses.join(u" AND "_s)
                + u" ORDER BY s.rowid DESC"_s + limit + u") capped)"_s);
            continue;
        }
        if (countsThroughTheSearchIndex(filter)) {
            // PostgreSQL: its index by deadline bucket, newest first, up to the cap.
            columns.append(u"(SELECT COUNT(*) FROM ("_s
                + bucketedMatches(filter, u"1 AS one"_s, limit, true, std::nullopt, values) + limit
                + u") capped)"_s);
            continue;
        }
        const QString where = whereClause(filter, values, sqlite);
        columns.append(u"(SELECT COUNT(*) FROM (SELECT 1 FROM "_s + ordersFor(filter, sqlite)
            + where + limit + u") capped)"_s);
    }
    FD_TRY_ASSIGN(
        QSqlQuery query, runSql(m_database, u"SELECT "_s + columns.join(u", "_s), values));
    QList<qint64> counted;
    if (query.next()) {
        for (int i = 0; i < filters.size(); ++i)
            counted.append(query.value(i).toLongLong());
    }
    return counted;
}

QString OrderRepository::openStatusPredicate(const QString& column)
{
    return statusInList(column, openOrderStatuses());
}

OrderCursor OrderRepository::cursorAfter(const WorkOrder& order, OrderSort sort)
{
    return orderCursorAfter(order, sort);
}

Result<qint64> OrderRepository::insert(const WorkOrder& order, const OrderKeys& keys)
{
    if (!m_insert) {
        QStringList marks;
        for (int i = 0; i < kWriteColumns.count(u',') + 1; ++i)
            marks.append(u"?"_s);
        m_insert = std::make_unique<PreparedStatement>(m_database,
            u"INSERT INTO orders ("_s + kWriteColumns + u") VALUES ("_s + marks.join(u", "_s) + u')'
                + insertReturningId(m_database));
    }
    FD_TRY(m_insert->run(writeValues(order, keys)));
    return m_insert->insertedId();
}

Result<bool> OrderRepository::update(const WorkOrder& order, const OrderKeys& keys)
{
    QStringList assignments;
    for (const QString& column : kWriteColumns.split(u", "_s))
        assignments.append(column + u" = ?"_s);
    QVariantList values = writeValues(order, keys);
    values << order.id << order.version;
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"UPDATE orders SET "_s + assignments.join(u", "_s)
                + u", version = version + 1 WHERE id = ? AND version = ?"_s,
            values));
    return query.numRowsAffected() == 1;
}

Status OrderRepository::appendEvent(qint64 orderId, const OrderEvent& event)
{
    if (!m_insertEvent) {
        m_insertEvent = std::make_unique<PreparedStatement>(m_database,
            u"INSERT INTO order_events (order_id, at, actor, action, from_status, to_status, "
            u"detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    }
    return m_insertEvent->run({ orderId, instantToSql(event.at), event.actor, event.action,
        event.fromStatus ? QVariant(orderStatusKey(*event.fromStatus)) : QVariant(),
        orderStatusKey(event.toStatus), event.detail });
}

Result<QList<OrderEvent>> OrderRepository::events(const QString& number) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT e.at, e.actor, e.action, e.from_status, e.to_status, e.detail FROM "
            u"order_events e "
            "JOIN orders o ON o.id = e.order_id WHERE o.number = ? ORDER BY e.id"_s,
            { number }));
    QList<OrderEvent> events;
    while (query.next()) {
        const QSqlQuery& row = query;
        OrderEvent event;
        event.at = instantFromSql(row.value(0));
        event.actor = row.value(1).toString();
        event.action = row.value(2).toString();
        if (!row.value(3).isNull())
            event.fromStatus = orderStatusFromKey(row.value(3).toString());
        event.toStatus = orderStatusFromKey(row.value(4).toString()).value_or(OrderStatus::New);
        event.detail = row.value(5).toString();
        events.append(event);
    }
    return events;
}

Status OrderRepository::fillSearchText(Database& database)
{
    constexpr int kBatch = 5000;
    PreparedStatement write(database, u"UPDATE orders SET search_text = ? WHERE id = ?"_s);
    FD_TRY(write.prepared());
    qint64 last = 0;
    for (;;) {
        FD_TRY_ASSIGN(QSqlQuery query,
            runSql(database,
                u"SELECT id, number, account, customer, address, phone FROM orders "
                "WHERE id > ? ORDER BY id LIMIT ?"_s,
                { last, kBatch }));
        QList<std::pair<qint64, QString>> texts;
        while (query.next()) {
            last = query.value(0).toLongLong();
            texts.append({ last,
                orderSearchText(query.value(1).toString(), query.value(2).toString(),
                    query.value(3).toString(), query.value(4).toString(),
                    query.value(5).toString()) });
        }
        for (const auto& [id, text] : texts)
            FD_TRY(write.run({ text, id }));
        if (texts.size() < kBatch)
            return Status::success();
    }
}

Result<QHash<QString, qint64>> OrderRepository::openLoadByTeam() const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT t.code, COUNT(*) FROM orders o JOIN teams t ON t.id = o.team_id "
            "WHERE o.status IN ('assigned', 'scheduled', 'on_site') GROUP BY t.code"_s));
    QHash<QString, qint64> load;
    while (query.next())
        load.insert(query.value(0).toString(), query.value(1).toLongLong());
    return load;
}

Result<QList<WorkOrder>> OrderRepository::appointments(
    const QString& teamCode, const QDateTime& from, const QDateTime& before) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            kSelect
                + u" WHERE o.team_id = (SELECT id FROM teams WHERE code = ?) AND "
                  u"o.appointment_start "
                  u">= ? "
                  "AND o.appointment_start < ? AND o.status <> 'cancelled' ORDER BY o.appointment_start, o.id"_s,
            { teamCode, from.toSecsSinceEpoch(), before.toSecsSinceEpoch() }));
    QList<WorkOrder> orders;
    while (query.next())
        orders.append(orderFromRow(query));
    return orders;
}

Result<QList<WorkOrder>> OrderRepository::appointmentsOfAllTeams(
    const QDateTime& from, const QDateTime& before) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            kSelect
                + u" WHERE o.team_id IN (SELECT id FROM teams) AND o.appointment_start >= ? "
                  "AND o.appointment_start < ? AND o.status <> 'cancelled' "
                  "ORDER BY o.team_id, o.appointment_start, o.id"_s,
            { from.toSecsSinceEpoch(), before.toSecsSinceEpoch() }));
    QList<WorkOrder> orders;
    while (query.next())
        orders.append(orderFromRow(query));
    return orders;
}

Result<QList<WorkOrder>> OrderRepository::unbookedDueBefore(const QDateTime& before) const
{
    // Through orders_status_deadline (status, deadline_at, id): two short ranges.
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            kSelect
                + u" WHERE o.status IN ('new', 'assigned') AND o.deadline_at < ? "
                  "AND o.appointment_start IS NULL ORDER BY o.deadline_at, o.number"_s,
            { before.toSecsSinceEpoch() }));
    QList<WorkOrder> orders;
    while (query.next())
        orders.append(orderFromRow(query));
    return orders;
}

} // namespace fd

namespace fd {

QString orderWriteColumns()
{
    return kWriteColumns;
}

QVariantList orderWriteValues(const WorkOrder& order, const OrderKeys& keys)
{
    return writeValues(order, keys);
}

} // namespace fd
