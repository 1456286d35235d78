#include "equipmentrepository.h"

#include "private/sql.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<QList<EquipmentHolding>> EquipmentRepository::all() const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT u.code, COALESCE(t.code, ''), e.kind, e.quantity FROM equipment e "
            "JOIN units u ON u.id = e.unit_id LEFT JOIN teams t ON t.id = e.team_id "
            "ORDER BY u.code, COALESCE(t.code, ''), e.kind"_s));
    QList<EquipmentHolding> holdings;
    while (query.next()) {
        const QSqlQuery& row = query;
        EquipmentHolding holding;
        holding.unitCode = row.value(0).toString();
        holding.teamCode = row.value(1).toString();
        holding.kind
            = equipmentKindFromKey(row.value(2).toString()).value_or(EquipmentKind::FusionSplicer);
        holding.quantity = row.value(3).toLongLong();
        holdings.append(holding);
    }
    return holdings;
}

Status EquipmentRepository::set(
    qint64 unitId, std::optional<qint64> teamId, EquipmentKind kind, qint64 quantity)
{
    // A NULL team cannot take part in a UNIQUE constraint on both engines alike, so the
    // one-row-per-holder rule is kept here instead.
    const QVariant team = teamId ? QVariant(*teamId) : QVariant();
    FD_TRY_ASSIGN(QVariant existing,
        teamId ? scalar(m_database,
            u"SELECT id FROM equipment WHERE unit_id = ? AND kind = ? AND team_id = ?"_s,
            { unitId, equipmentKindKey(kind), *teamId })
               : scalar(m_database,
                   u"SELECT id FROM equipment WHERE unit_id = ? AND kind = ? AND team_id IS NULL"_s,
                   { unitId, equipmentKindKey(kind) }));
    if (existing.isValid() && !existing.isNull()) {
        return execSql(m_database, u"UPDATE equipment SET quantity = ? WHERE id = ?"_s,
            { quantity, existing });
    }
    return execSql(m_database,
        u"INSERT INTO equipment (unit_id, team_id, kind, quantity) VALUES (?, ?, ?, ?)"_s,
        { unitId, team, equipmentKindKey(kind), quantity });
}

} // namespace fd
