#include "resourcerepository.h"

#include "private/sql.h"
#include "storage/database.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// Runs a "unit id, value..." query and hands each row to `apply` with the unit's inventory.
template <typename Apply>
Status collect(const Database& database, const QString& sql, const QVariantList& values,
    QHash<qint64, UnitInventory*>& byId, Apply apply)
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(database, sql, values));
    while (query.next()) {
        UnitInventory* unit = byId.value(query.value(0).toLongLong());
        if (unit)
            apply(*unit, query);
    }
    return Status::success();
}

} // namespace

Result<QList<UnitInventory>> ResourceRepository::inventories(const QString& unitCode) const
{
    // One unit's inventory is asked for at every assignment (the dispatch warning): counted
    // for every unit, it was 44 % of a booking saved from the schedule at 100 units.
    const bool one = !unitCode.isEmpty();
    FD_TRY_ASSIGN(QSqlQuery units,
        runSql(m_database,
            u"SELECT id, code, name, status FROM units"_s
                + (one ? u" WHERE code = ?"_s : u" ORDER BY code"_s),
            one ? QVariantList { unitCode } : QVariantList()));
    QList<UnitInventory> inventories;
    QList<qint64> ids;
    while (units.next()) {
        UnitInventory inventory;
        inventory.unitCode = units.value(1).toString();
        inventory.unitName = units.value(2).toString();
        inventory.status
            = unitStatusFromKey(units.value(3).toString()).value_or(UnitStatus::Candidate);
        ids.append(units.value(0).toLongLong());
        inventories.append(inventory);
    }
    if (inventories.isEmpty())
        return inventories; // no unit, or not the one asked for
    // Asked for one unit: each count below is of its id alone.
    const QVariantList values = one ? QVariantList { ids.first() } : QVariantList();
    auto ofUnit = [one](const QString& column) -> QString {
        return one ? u" AND "_s + column + u" = ?"_s : QString();
    };
    QHash<qint64, UnitInventory*> byId;
    for (qsizetype i = 0; i < inventories.size(); ++i)
        byId.insert(ids.at(i), &inventories[i]);

    FD_TRY(collect(m_database,
        u"SELECT unit_id, SUM(subscribers) FROM areas WHERE active = 1"_s + ofUnit(u"unit_id"_s)
            + u" GROUP BY unit_id"_s,
        values, byId, [](UnitInventory& unit, const QSqlQuery& row) {
            unit.resources.subscribers = row.value(1).toLongLong();
        }));
    FD_TRY(collect(m_database,
        u"SELECT unit_id, COUNT(*) FROM teams WHERE active = 1"_s + ofUnit(u"unit_id"_s)
            + u" GROUP BY unit_id"_s,
        values, byId, [](UnitInventory& unit, const QSqlQuery& row) {
            unit.resources.teams = row.value(1).toLongLong();
        }));
    FD_TRY(collect(m_database,
        u"SELECT m.unit_id, COUNT(*), SUM(t.ftth_kit) FROM technicians t JOIN teams m ON m.id = "
        u"t.team_id WHERE t.active = 1 AND m.active = 1"_s
            + ofUnit(u"m.unit_id"_s) + u" GROUP BY m.unit_id"_s,
        values, byId, [](UnitInventory& unit, const QSqlQuery& row) {
            unit.resources.activeTechnicians = row.value(1).toLongLong();
            unit.resources.activeTechniciansWithKit = row.value(2).toLongLong();
        }));
    FD_TRY(collect(m_database,
        u"SELECT unit_id, kind, SUM(quantity) FROM equipment WHERE 1 = 1"_s + ofUnit(u"unit_id"_s)
            + u" GROUP BY unit_id, kind"_s,
        values, byId, [](UnitInventory& unit, const QSqlQuery& row) {
            const qint64 quantity = row.value(2).toLongLong();
            switch (equipmentKindFromKey(row.value(1).toString())
                        .value_or(EquipmentKind::FusionSplicer)) {
            case EquipmentKind::FusionSplicer:
                unit.resources.fusionSplicers = quantity;
                break;
            case EquipmentKind::SpecialVehicle:
                unit.resources.specialVehicles = quantity;
                break;
            case EquipmentKind::FourWheelVehicle:
                unit.resources.fourWheelVehicles = quantity;
                break;
            case EquipmentKind::Ladder:
                unit.resources.ladders = quantity;
                break;
            case EquipmentKind::ElectricDrill:
                unit.resources.electricDrills = quantity;
                break;
            }
        }));
    FD_TRY(collect(m_database,
        u"SELECT a.unit_id, a.code FROM areas a WHERE a.active = 1"_s + ofUnit(u"a.unit_id"_s)
            + u" AND NOT EXISTS (SELECT 1 FROM team_areas ta JOIN teams t ON t.id = ta.team_id"
              " WHERE ta.area_id = a.id AND t.active = 1 AND t.unit_id = a.unit_id) "
              "ORDER BY a.code"_s,
        values, byId, [](UnitInventory& unit, const QSqlQuery& row) {
            unit.uncoveredAreas.append(row.value(1).toString());
        }));
    return inventories;
}

} // namespace fd
