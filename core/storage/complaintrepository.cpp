#include "complaintrepository.h"

#include "private/preparedstatement.h"
#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

const QString kSelect
    = u"SELECT c.id, c.received_at, c.source, COALESCE(o.number, ''), u.code, c.category, "
      "c.description, c.status, c.staff_caused, c.verified_at, c.verified_by, c.resolved_at, "
      "c.resolution, c.version, c.created_by "
      "FROM complaints c JOIN units u ON u.id = c.unit_id LEFT JOIN orders o ON o.id = c.order_id"_s;

Complaint complaintFromRow(const QSqlQuery& row)
{
    Complaint complaint;
    complaint.id = row.value(0).toLongLong();
    complaint.receivedAt = instantFromSql(row.value(1));
    complaint.source
        = complaintSourceFromKey(row.value(2).toString()).value_or(ComplaintSource::Other);
    complaint.orderNumber = row.value(3).toString();
    complaint.unitCode = row.value(4).toString();
    complaint.category
        = complaintCategoryFromKey(row.value(5).toString()).value_or(ComplaintCategory::Other);
    complaint.description = row.value(6).toString();
    complaint.status
        = complaintStatusFromKey(row.value(7).toString()).value_or(ComplaintStatus::Open);
    if (!row.value(8).isNull())
        complaint.staffCaused = row.value(8).toInt() != 0;
    complaint.verifiedAt = instantFromSql(row.value(9));
    complaint.verifiedBy = row.value(10).toString();
    complaint.resolvedAt = instantFromSql(row.value(11));
    complaint.resolution = row.value(12).toString();
    complaint.version = row.value(13).toInt();
    complaint.registeredBy = row.value(14).toString();
    return complaint;
}

} // namespace

Result<QList<Complaint>> ComplaintRepository::list(const ComplaintFilter& filter, int limit) const
{
    QStringList clauses;
    QVariantList values;
    if (filter.status) {
        clauses.append(u"c.status = ?"_s);
        values.append(complaintStatusKey(*filter.status));
    }
    if (filter.category) {
        clauses.append(u"c.category = ?"_s);
        values.append(complaintCategoryKey(*filter.category));
    }
    if (filter.source) {
        clauses.append(u"c.source = ?"_s);
        values.append(complaintSourceKey(*filter.source));
    }
    if (!filter.unitCode.isEmpty()) {
        clauses.append(u"u.code = ?"_s);
        values.append(filter.unitCode);
    }
    if (!filter.orderNumber.isEmpty()) {
        clauses.append(u"o.number = ?"_s);
        values.append(filter.orderNumber);
    }
    if (filter.receivedFrom.isValid()) {
        clauses.append(u"c.received_at >= ?"_s);
        values.append(filter.receivedFrom.toSecsSinceEpoch());
    }
    if (filter.receivedBefore.isValid()) {
        clauses.append(u"c.received_at < ?"_s);
        values.append(filter.receivedBefore.toSecsSinceEpoch());
    }
    QString sql = kSelect;
    if (!clauses.isEmpty())
        sql += u" WHERE "_s + clauses.join(u" AND "_s);
    sql += u" ORDER BY c.received_at DESC, c.id DESC LIMIT "_s + QString::number(limit);
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, sql, values));
    QList<Complaint> complaints;
    while (query.next())
        complaints.append(complaintFromRow(query));
    return complaints;
}

Result<std::optional<Complaint>> ComplaintRepository::find(qint64 id) const
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, kSelect + u" WHERE c.id = ?"_s, { id }));
    if (!query.next())
        return std::optional<Complaint>();
    return std::optional<Complaint>(complaintFromRow(query));
}

Result<qint64> ComplaintRepository::insert(const Complaint& complaint, qint64 unitId,
    std::optional<qint64> orderId, const QString& createdBy)
{
    PreparedStatement insert(m_database,
        u"INSERT INTO complaints (received_at, source, order_id, unit_id, category, description, "
        u"status, "
        "staff_caused, verified_at, verified_by, resolved_at, resolution, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
            + insertReturningId(m_database));
    FD_TRY(insert.run({ instantToSql(complaint.receivedAt), complaintSourceKey(complaint.source),
        orderId ? QVariant(*orderId) : QVariant(), unitId, complaintCategoryKey(complaint.category),
        complaint.description, complaintStatusKey(complaint.status),
        complaint.staffCaused ? QVariant(*complaint.staffCaused ? 1 : 0) : QVariant(),
        instantToSql(complaint.verifiedAt), complaint.verifiedBy,
        instantToSql(complaint.resolvedAt), complaint.resolution, createdBy }));
    return insert.insertedId();
}

Result<QHash<QString, qint64>> ComplaintRepository::staffCausedVerified(
    const QDateTime& from, const QDateTime& before) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT u.code, COUNT(*) FROM complaints c JOIN units u ON u.id = c.unit_id "
            "WHERE c.verified_at >= ? AND c.verified_at < ? AND c.staff_caused = 1 "
            // SPEC §10: an upheld appeal waives the penalty; the verdict stays.
            "AND NOT EXISTS (SELECT 1 FROM appeals a WHERE a.complaint_id = c.id "
            "AND a.status = 'upheld') GROUP BY u.code"_s,
            { from.toSecsSinceEpoch(), before.toSecsSinceEpoch() }));
    QHash<QString, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

Result<bool> ComplaintRepository::update(const Complaint& complaint)
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"UPDATE complaints SET category = ?, description = ?, status = ?, staff_caused = ?, "
            u"verified_at = ?, "
            "verified_by = ?, resolved_at = ?, resolution = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
            { complaintCategoryKey(complaint.category), complaint.description,
                complaintStatusKey(complaint.status),
                complaint.staffCaused ? QVariant(*complaint.staffCaused ? 1 : 0) : QVariant(),
                instantToSql(complaint.verifiedAt), complaint.verifiedBy,
                instantToSql(complaint.resolvedAt), complaint.resolution, complaint.id,
                complaint.version }));
    return query.numRowsAffected() == 1;
}

} // namespace fd
