#include "unitrepository.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

const QString kSelect
    = u"SELECT code, name, contract_no, contract_start, status, status_since, rectify_by "
      "FROM units"_s;

Unit unitFromRow(const QSqlQuery& row)
{
    Unit unit;
    unit.code = row.value(0).toString();
    unit.name = row.value(1).toString();
    unit.contractNo = row.value(2).toString();
    unit.contractStart = dateFromSql(row.value(3));
    unit.status = unitStatusFromKey(row.value(4).toString()).value_or(UnitStatus::Candidate);
    unit.statusSince = dateFromSql(row.value(5));
    unit.rectifyBy = dateFromSql(row.value(6));
    return unit;
}

} // namespace

Result<QList<Unit>> UnitRepository::all() const
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, kSelect + u" ORDER BY code"_s));
    QList<Unit> units;
    while (query.next())
        units.append(unitFromRow(query));
    return units;
}

Result<std::optional<Unit>> UnitRepository::find(const QString& code) const
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, kSelect + u" WHERE code = ?"_s, { code }));
    if (!query.next())
        return std::optional<Unit>();
    return std::optional<Unit>(unitFromRow(query));
}

Result<qint64> UnitRepository::upsert(const Unit& unit)
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"INSERT INTO units (code, name, contract_no, contract_start, status, status_since, "
            u"rectify_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, contract_no = "
            "excluded.contract_no, "
            "contract_start = excluded.contract_start, status = excluded.status, "
            "status_since = excluded.status_since, rectify_by = excluded.rectify_by "
            "RETURNING id"_s,
            { unit.code, unit.name, unit.contractNo, dateToSql(unit.contractStart),
                unitStatusKey(unit.status), dateToSql(unit.statusSince),
                dateToSql(unit.rectifyBy) }));
    if (!query.next())
        return Error(describeSqlError(query.lastError()));
    return query.value(0).toLongLong();
}

Status UnitRepository::appendStatusHistory(qint64 unitId, const UnitStatusChange& change)
{
    return execSql(m_database,
        u"INSERT INTO unit_status_history (unit_id, status, effective_on, changed_at, changed_by, "
        u"reason, "
        "evaluation_month, on_appeal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { unitId, unitStatusKey(change.status), dateToSql(change.effectiveOn),
            change.changedAt.toSecsSinceEpoch(), change.changedBy, change.reason,
            change.evaluationMonth.isEmpty() ? QVariant() : QVariant(change.evaluationMonth),
            boolToSql(change.onAppeal) });
}

namespace {

// The columns a status change is read from, after the unit's code, and the change they hold.
const QString kStatusChangeSelect
    = u"SELECT u.code, h.status, h.effective_on, h.changed_at, h.changed_by, h.reason, "
      u"COALESCE(h.evaluation_month, ''), h.on_appeal "
      "FROM unit_status_history h JOIN units u ON u.id = h.unit_id"_s;

UnitStatusChange statusChangeFromRow(const QSqlQuery& row)
{
    UnitStatusChange change;
    change.unitCode = row.value(0).toString();
    change.status = unitStatusFromKey(row.value(1).toString()).value_or(UnitStatus::Candidate);
    change.effectiveOn = dateFromSql(row.value(2));
    change.changedAt = instantFromSql(row.value(3));
    change.changedBy = row.value(4).toString();
    change.reason = row.value(5).toString();
    change.evaluationMonth = row.value(6).toString();
    change.onAppeal = row.value(7).toInt() != 0;
    return change;
}

} // namespace

Result<QList<UnitStatusChange>> UnitRepository::statusHistory(const QString& unitCode) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(
            m_database, kStatusChangeSelect + u" WHERE u.code = ? ORDER BY h.id"_s, { unitCode }));
    QList<UnitStatusChange> history;
    while (query.next())
        history.append(statusChangeFromRow(query));
    return history;
}

Result<QHash<QString, QList<UnitStatusChange>>> UnitRepository::statusHistories() const
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, kStatusChangeSelect + u" ORDER BY h.id"_s));
    QHash<QString, QList<UnitStatusChange>> byUnit;
    while (query.next()) {
        const UnitStatusChange change = statusChangeFromRow(query);
        byUnit[change.unitCode].append(change);
    }
    return byUnit;
}

} // namespace fd
