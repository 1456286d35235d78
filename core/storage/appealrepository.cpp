#include "appealrepository.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

const QString kColumns
    = u"SELECT a.id, u.code, a.month, a.item, a.ref, COALESCE(a.order_id, a.complaint_id), "
      "a.status, a.grounds, a.filed_by, a.filed_at, a.decided_by, a.decided_at, a.reason "
      "FROM appeals a JOIN units u ON u.id = a.unit_id "_s;

Appeal appealRow(const QSqlQuery& row)
{
    Appeal appeal;
    appeal.id = row.value(0).toLongLong();
    appeal.unitCode = row.value(1).toString();
    appeal.month = row.value(2).toString();
    appeal.item = appealItemFromKey(row.value(3).toString()).value_or(AppealItem::LateOrder);
    appeal.ref = row.value(4).toString();
    appeal.refId = row.value(5).toLongLong();
    appeal.status = appealStatusFromKey(row.value(6).toString()).value_or(AppealStatus::Open);
    appeal.grounds = row.value(7).toString();
    appeal.filedBy = row.value(8).toString();
    appeal.filedAt = instantFromSql(row.value(9));
    appeal.decidedBy = row.value(10).toString();
    appeal.decidedAt = instantFromSql(row.value(11));
    appeal.reason = row.value(12).toString();
    return appeal;
}

Result<QList<Appeal>> appeals(
    const Database& database, const QString& where, const QVariantList& values)
{
    FD_TRY_ASSIGN(
        QSqlQuery query, runSql(database, kColumns + where + u" ORDER BY a.id"_s, values));
    QList<Appeal> rows;
    while (query.next())
        rows.append(appealRow(query));
    return rows;
}

} // namespace

Result<qint64> AppealRepository::insert(qint64 unitId, const Appeal& appeal)
{
    const bool complaint = appeal.item == AppealItem::Complaint;
    FD_TRY_ASSIGN(QVariant id,
        scalar(m_database,
            u"INSERT INTO appeals (unit_id, month, item, ref, order_id, complaint_id, status, "
            "grounds, filed_by, filed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            { unitId, appeal.month, appealItemKey(appeal.item), appeal.ref,
                complaint ? QVariant() : QVariant(appeal.refId),
                complaint ? QVariant(appeal.refId) : QVariant(), appealStatusKey(appeal.status),
                appeal.grounds, appeal.filedBy, appeal.filedAt.toSecsSinceEpoch() }));
    return id.toLongLong();
}

Result<std::optional<Appeal>> AppealRepository::find(qint64 id) const
{
    FD_TRY_ASSIGN(QList<Appeal> rows, appeals(m_database, u"WHERE a.id = ?"_s, { id }));
    if (rows.isEmpty())
        return std::optional<Appeal>();
    return std::optional<Appeal>(rows.first());
}

Result<QList<Appeal>> AppealRepository::list(
    const QString& month, std::optional<qint64> unitId) const
{
    QStringList conditions;
    QVariantList values;
    if (!month.isEmpty()) {
        conditions.append(u"a.month = ?"_s);
        values.append(month);
    }
    if (unitId) {
        conditions.append(u"a.unit_id = ?"_s);
        values.append(*unitId);
    }
    return appeals(m_database,
        conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s), values);
}

Result<QList<Appeal>> AppealRepository::standing(AppealItem item, qint64 refId) const
{
    const QString column = item == AppealItem::Complaint ? u"a.complaint_id"_s : u"a.order_id"_s;
    return appeals(m_database,
        u"WHERE a.item = ? AND "_s + column + u" = ? AND a.status IN ('open','upheld')"_s,
        { appealItemKey(item), refId });
}

Result<bool> AppealRepository::decide(
    qint64 id, AppealStatus status, const QString& by, const QDateTime& at, const QString& reason)
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"UPDATE appeals SET status = ?, decided_by = ?, decided_at = ?, reason = ? "
            "WHERE id = ? AND status = 'open'"_s,
            { appealStatusKey(status), by, at.toSecsSinceEpoch(), reason, id }));
    return query.numRowsAffected() == 1;
}

} // namespace fd
