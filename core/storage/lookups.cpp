#include "lookups.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// Each statement reads (code, id, unit id, unit code, team code, active).
const char16_t kAreas[] = u"SELECT a.code, a.id, a.unit_id, u.code, '', a.active FROM areas a "
                          u"JOIN units u ON u.id = a.unit_id";
const char16_t kTeams[] = u"SELECT t.code, t.id, t.unit_id, u.code, t.code, t.active FROM teams t "
                          u"JOIN units u ON u.id = t.unit_id";
const char16_t kTechnicians[] = u"SELECT p.code, p.id, 0, '', t.code, p.active FROM technicians p "
                                u"JOIN teams t ON t.id = p.team_id";

Placement placementOf(const QSqlQuery& row)
{
    return { row.value(1).toLongLong(), row.value(2).toLongLong(), row.value(3).toString(),
        row.value(4).toString(), row.value(5).toInt() != 0 };
}

Result<QHash<QString, Placement>> allPlacements(const Database& database, const QString& sql)
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(database, sql));
    QHash<QString, Placement> placements;
    while (query.next())
        placements.insert(query.value(0).toString(), placementOf(query));
    return placements;
}

Result<std::optional<Placement>> onePlacement(
    const Database& database, const QString& sql, const QVariantList& values)
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(database, sql, values));
    if (!query.next())
        return std::optional<Placement>();
    return std::optional<Placement>(placementOf(query));
}

} // namespace

Result<QHash<QString, qint64>> idsByCode(const Database& database, CodedTable table)
{
    switch (table) {
    case CodedTable::Units:
        return idsByCode(database, u"units"_s);
    case CodedTable::Areas:
        return idsByCode(database, u"areas"_s);
    case CodedTable::Teams:
        return idsByCode(database, u"teams"_s);
    case CodedTable::Technicians:
        return idsByCode(database, u"technicians"_s);
    }
    Q_UNREACHABLE();
}

Result<std::optional<Placement>> LookupRepository::area(const QString& code) const
{
    return onePlacement(m_database, QString::fromUtf16(kAreas) + u" WHERE a.code = ?"_s, { code });
}

Result<std::optional<Placement>> LookupRepository::team(const QString& code) const
{
    return onePlacement(m_database, QString::fromUtf16(kTeams) + u" WHERE t.code = ?"_s, { code });
}

Result<std::optional<Placement>> LookupRepository::technician(const QString& code) const
{
    return onePlacement(
        m_database, QString::fromUtf16(kTechnicians) + u" WHERE p.code = ?"_s, { code });
}

Result<std::optional<Placement>> LookupRepository::order(const QString& number) const
{
    return onePlacement(m_database,
        u"SELECT o.number, o.id, o.unit_id, u.code, '', 1 FROM orders o "
        "JOIN units u ON u.id = o.unit_id WHERE o.number = ?"_s,
        { number });
}

Result<std::optional<qint64>> LookupRepository::unitId(const QString& code) const
{
    FD_TRY_ASSIGN(
        QVariant id, scalar(m_database, u"SELECT id FROM units WHERE code = ?"_s, { code }));
    if (id.isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(id.toLongLong());
}

Result<QHash<QString, Placement>> LookupRepository::areas() const
{
    return allPlacements(m_database, QString::fromUtf16(kAreas));
}

Result<QHash<QString, Placement>> LookupRepository::teams() const
{
    return allPlacements(m_database, QString::fromUtf16(kTeams));
}

Result<QHash<QString, Placement>> LookupRepository::technicians() const
{
    return allPlacements(m_database, QString::fromUtf16(kTechnicians));
}

Result<qint64> LookupRepository::unitCount() const
{
    FD_TRY_ASSIGN(QVariant count, scalar(m_database, u"SELECT COUNT(*) FROM units"_s));
    return count.toLongLong();
}

Result<qint64> LookupRepository::lastOrderId() const
{
    FD_TRY_ASSIGN(QVariant id, scalar(m_database, u"SELECT COALESCE(MAX(id), 0) FROM orders"_s));
    return id.toLongLong();
}

Result<QDateTime> LookupRepository::firstOrderReceivedAt() const
{
    FD_TRY_ASSIGN(QVariant first, scalar(m_database, u"SELECT MIN(received_at) FROM orders"_s));
    return instantFromSql(first);
}

} // namespace fd
