#include "technicianrepository.h"

#include "private/preparedstatement.h"
#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

const QString kSelect
    = u"SELECT t.code, m.code, t.name, t.phone, t.permit_no, t.ftth_kit, t.active "
      "FROM technicians t JOIN teams m ON m.id = t.team_id"_s;

Technician technicianFromRow(const QSqlQuery& row)
{
    Technician technician;
    technician.code = row.value(0).toString();
    technician.teamCode = row.value(1).toString();
    technician.name = row.value(2).toString();
    technician.phone = row.value(3).toString();
    technician.permitNo = row.value(4).toString();
    technician.ftthKit = row.value(5).toInt() != 0;
    technician.active = row.value(6).toInt() != 0;
    return technician;
}

} // namespace

TechnicianRepository::TechnicianRepository(Database& database)
    : m_database(database)
{ }
TechnicianRepository::~TechnicianRepository() = default;

Result<QList<Technician>> TechnicianRepository::all() const
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, kSelect + u" ORDER BY t.code"_s));
    QList<Technician> technicians;
    while (query.next())
        technicians.append(technicianFromRow(query));
    return technicians;
}

Result<std::optional<Technician>> TechnicianRepository::find(const QString& code) const
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, kSelect + u" WHERE t.code = ?"_s, { code }));
    if (!query.next())
        return std::optional<Technician>();
    return std::optional<Technician>(technicianFromRow(query));
}

Result<QList<Technician>> TechnicianRepository::ofTeam(const QString& teamCode) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database, kSelect + u" WHERE m.code = ? ORDER BY t.code"_s, { teamCode }));
    QList<Technician> technicians;
    while (query.next())
        technicians.append(technicianFromRow(query));
    return technicians;
}

Status TechnicianRepository::upsert(const Technician& technician, qint64 teamId)
{
    if (!m_upsert) {
        m_upsert = std::make_unique<PreparedStatement>(m_database,
            u"INSERT INTO technicians (code, team_id, name, phone, permit_no, ftth_kit, active) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (code) DO UPDATE SET team_id = excluded.team_id, name = excluded.name, "
            "phone = excluded.phone, permit_no = excluded.permit_no, ftth_kit = excluded.ftth_kit, "
            "active = excluded.active"_s);
    }
    return m_upsert->run({ technician.code, teamId, technician.name, technician.phone,
        technician.permitNo, boolToSql(technician.ftthKit), boolToSql(technician.active) });
}

} // namespace fd
