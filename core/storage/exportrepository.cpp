#include "exportrepository.h"

#include "storage/database.h"
#include "private/sql.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<QStringList> ExportRepository::calledOrderNumbers() const
{
    Result<QSqlQuery> query = runSql(m_database,
        u"SELECT o.number FROM callback_tasks c JOIN orders o ON o.id = c.order_id"
        " WHERE EXISTS (SELECT 1 FROM callback_attempts a WHERE a.task_id = c.id)"
        " ORDER BY o.number"_s);
    if (!query.ok())
        return Error(query.error());
    QStringList numbers;
    while (query.value().next())
        numbers.append(query.value().value(0).toString());
    return numbers;
}

Result<QList<RoomScoreRecord>> ExportRepository::roomScores() const
{
    Result<QSqlQuery> query = runSql(m_database,
        u"SELECT u.code, r.month, r.points, r.note FROM room_scores r"
        " JOIN units u ON u.id = r.unit_id ORDER BY u.code, r.month"_s);
    if (!query.ok())
        return Error(query.error());
    QList<RoomScoreRecord> scores;
    while (query.value().next()) {
        const QSqlQuery& row = query.value();
        scores.append({ row.value(0).toString(), row.value(1).toString(), row.value(2).toDouble(),
            row.value(3).toString() });
    }
    return scores;
}

} // namespace fd
