#include "arearepository.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

const QString kSelect = u"SELECT a.code, a.name, COALESCE(u.code, ''), a.subscribers, a.active "
                        "FROM areas a LEFT JOIN units u ON u.id = a.unit_id"_s;

Area areaFromRow(const QSqlQuery& row)
{
    Area area;
    area.code = row.value(0).toString();
    area.name = row.value(1).toString();
    area.unitCode = row.value(2).toString();
    area.subscribers = row.value(3).toLongLong();
    area.active = row.value(4).toInt() != 0;
    return area;
}

} // namespace

Result<QList<Area>> AreaRepository::all() const
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, kSelect + u" ORDER BY a.code"_s));
    QList<Area> areas;
    while (query.next())
        areas.append(areaFromRow(query));
    return areas;
}

Result<std::optional<Area>> AreaRepository::find(const QString& code) const
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, kSelect + u" WHERE a.code = ?"_s, { code }));
    if (!query.next())
        return std::optional<Area>();
    return std::optional<Area>(areaFromRow(query));
}

Result<qint64> AreaRepository::upsert(const Area& area, qint64 unitId)
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"INSERT INTO areas (code, name, unit_id, subscribers, active) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, unit_id = excluded.unit_id, "
            "subscribers = excluded.subscribers, active = excluded.active RETURNING id"_s,
            { area.code, area.name, unitId, area.subscribers, boolToSql(area.active) }));
    if (!query.next())
        return Error(describeSqlError(query.lastError()));
    const qint64 areaId = query.value(0).toLongLong();
    FD_TRY(execSql(m_database,
        u"DELETE FROM team_areas WHERE area_id = ? "
        "AND team_id IN (SELECT id FROM teams WHERE unit_id <> ?)"_s,
        { areaId, unitId }));
    return areaId;
}

} // namespace fd
