#include "evidencedetailrepository.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// Ids are read in chunks well under every engine's limit on bound values.
constexpr qsizetype kIdsPerQuery = 500;

template <typename ReadRow>
Status selectByIds(const Database& database, const QString& sqlBeforeIds, const QList<qint64>& ids,
    ReadRow readRow)
{
    for (qsizetype start = 0; start < ids.size(); start += kIdsPerQuery) {
        const qsizetype count = qMin(kIdsPerQuery, ids.size() - start);
        QVariantList values;
        values.reserve(count);
        for (qsizetype i = start; i < start + count; ++i)
            values.append(ids.at(i));
        QString placeholders = u"?"_s.repeated(count);
        for (qsizetype i = count - 1; i > 0; --i)
            placeholders.insert(i, u',');
        FD_TRY_ASSIGN(QSqlQuery query,
            runSql(database, sqlBeforeIds + u" ("_s + placeholders + u')', values));
        while (query.next())
            readRow(query);
    }
    return Status::success();
}

std::optional<bool> optionalBool(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt() != 0;
}

// The order columns every kind shows, in this order, from alias `o`.
const QString kOrderColumns
    = u"o.number, o.kind, o.account, o.customer, o.received_at, o.deadline_at, o.measured_at, o.completed_at"_s;

void readOrderColumns(const QSqlQuery& row, int first, EvidenceDetail& detail)
{
    detail.orderNumber = row.value(first).toString();
    detail.orderKind = orderKindFromKey(row.value(first + 1).toString());
    detail.account = row.value(first + 2).toString();
    detail.customer = row.value(first + 3).toString();
    detail.receivedAt = instantFromSql(row.value(first + 4));
    detail.deadline = instantFromSql(row.value(first + 5));
    detail.measuredAt = instantFromSql(row.value(first + 6));
    detail.completedAt = instantFromSql(row.value(first + 7));
}

QList<qint64> idsOf(const QList<EvidenceRow>& rows, std::initializer_list<EvidenceKind> kinds)
{
    QList<qint64> ids;
    for (const EvidenceRow& row : rows) {
        if (std::find(kinds.begin(), kinds.end(), row.kind) != kinds.end())
            ids.append(row.refId);
    }
    return ids;
}

} // namespace

Status EvidenceDetailRepository::readOrders(
    const QList<qint64>& ids, QHash<qint64, EvidenceDetail>& found) const
{
    return selectByIds(m_database,
        u"SELECT o.id, "_s + kOrderColumns + u" FROM orders o WHERE o.id IN"_s, ids,
        [&](const QSqlQuery& row) { readOrderColumns(row, 1, found[row.value(0).toLongLong()]); });
}

Status EvidenceDetailRepository::readCallbacks(
    const QList<qint64>& ids, QHash<qint64, EvidenceDetail>& found) const
{
    return selectByIds(m_database,
        u"SELECT c.id, "_s + kOrderColumns
            + u", c.due_on, c.status, c.concluded_at, c.on_time, c.appointment, c.uniform, "
              u"c.standard_service, "
              "c.tested, c.site_cleaned, c.satisfaction, c.commendation "
              "FROM callback_tasks c JOIN orders o ON o.id = c.order_id WHERE c.id IN"_s,
        ids, [&](const QSqlQuery& row) {
            EvidenceDetail& detail = found[row.value(0).toLongLong()];
            readOrderColumns(row, 1, detail);
            detail.dueOn = dateFromSql(row.value(9));
            detail.callbackStatus = callbackStatusFromKey(row.value(10).toString());
            if (detail.callbackStatus == CallbackStatus::Reached)
                detail.reachedAt = instantFromSql(row.value(11));
            for (int i = 0; i < kCallbackQuestionCount; ++i)
                detail.answers[size_t(i)] = optionalBool(row.value(12 + i));
            if (!row.value(18).isNull())
                detail.satisfaction = row.value(18).toInt();
            detail.commendation = row.value(19).toInt() != 0;
        });
}

Status EvidenceDetailRepository::readComplaints(
    const QList<qint64>& ids, QHash<qint64, EvidenceDetail>& found) const
{
    return selectByIds(m_database,
        u"SELECT c.id, o.number, o.kind, o.account, o.customer, c.received_at, c.category, "
        u"c.status, "
        "c.staff_caused, c.verified_at, c.description "
        "FROM complaints c LEFT JOIN orders o ON o.id = c.order_id WHERE c.id IN"_s,
        ids, [&](const QSqlQuery& row) {
            EvidenceDetail& detail = found[row.value(0).toLongLong()];
            detail.orderNumber = row.value(1).toString();
            detail.orderKind = orderKindFromKey(row.value(2).toString());
            detail.account = row.value(3).toString();
            detail.customer = row.value(4).toString();
            detail.receivedAt = instantFromSql(row.value(5));
            detail.category = complaintCategoryFromKey(row.value(6).toString());
            detail.complaintStatus = complaintStatusFromKey(row.value(7).toString());
            detail.staffCaused = optionalBool(row.value(8));
            detail.verifiedAt = instantFromSql(row.value(9));
            detail.description = row.value(10).toString();
        });
}

Result<QList<EvidenceDetail>> EvidenceDetailRepository::describe(
    const QList<EvidenceRow>& rows) const
{
    // Orders and repairs share the orders table, and an order can be both due and a repair
    // the same month: the details are read once per table and id.
    QHash<qint64, EvidenceDetail> orders;
    QHash<qint64, EvidenceDetail> callbacks;
    QHash<qint64, EvidenceDetail> complaints;
    FD_TRY(readOrders(idsOf(rows, { EvidenceKind::Order, EvidenceKind::Repair }), orders));
    FD_TRY(readCallbacks(idsOf(rows, { EvidenceKind::Callback }), callbacks));
    FD_TRY(readComplaints(idsOf(rows, { EvidenceKind::Complaint }), complaints));
    QList<EvidenceDetail> details;
    details.reserve(rows.size());
    for (const EvidenceRow& row : rows) {
        const QHash<qint64, EvidenceDetail>& table = row.kind == EvidenceKind::Callback ? callbacks
            : row.kind == EvidenceKind::Complaint                                       ? complaints
                                                                                        : orders;
        EvidenceDetail detail = table.value(row.refId);
        detail.row = row;
        details.append(detail);
    }
    return details;
}

Result<QList<EvidenceRow>> EvidenceDetailRepository::callbacksDue(
    const QDate& from, const QDate& before, qint64 unitId) const
{
    // The population of IndicatorService's reach rate, one unit's.
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT o.unit_id, c.id, CASE WHEN c.status = 'reached' THEN 1 ELSE 0 END "
            "FROM callback_tasks c JOIN orders o ON o.id = c.order_id "
            "WHERE c.due_on >= ? AND c.due_on < ? AND o.unit_id = ? ORDER BY c.id"_s,
            { dateToSql(from), dateToSql(before), unitId }));
    QList<EvidenceRow> rows;
    while (query.next()) {
        rows.append({ query.value(0).toLongLong(), EvidenceKind::Callback,
            query.value(1).toLongLong(), query.value(2).toInt() });
    }
    return rows;
}

Result<QList<EvidenceRow>> EvidenceDetailRepository::complaintsReceived(
    const QDateTime& from, const QDateTime& before, qint64 unitId) const
{
    // The population of IndicatorService's complaints per thousand orders, one unit's.
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT unit_id, id, CASE WHEN staff_caused = 1 AND verified_at IS NOT NULL THEN 1 "
            u"ELSE 0 "
            u"END "
            "FROM complaints WHERE received_at >= ? AND received_at < ? AND unit_id = ? ORDER BY id"_s,
            { from.toSecsSinceEpoch(), before.toSecsSinceEpoch(), unitId }));
    QList<EvidenceRow> rows;
    while (query.next()) {
        rows.append({ query.value(0).toLongLong(), EvidenceKind::Complaint,
            query.value(1).toLongLong(), query.value(2).toInt() });
    }
    return rows;
}

} // namespace fd
