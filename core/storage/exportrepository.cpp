#include "exportrepository.h"

#include "private/sql.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<QStringList> ExportRepository::calledOrderNumbers() const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT o.number FROM callback_tasks c JOIN orders o ON o.id = c.order_id"
            " WHERE EXISTS (SELECT 1 FROM callback_attempts a WHERE a.task_id = c.id)"
            " ORDER BY o.number"_s));
    QStringList numbers;
    while (query.next())
        numbers.append(query.value(0).toString());
    return numbers;
}

Result<QList<RoomScoreRecord>> ExportRepository::roomScores() const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT u.code, r.month, r.points, r.note FROM room_scores r"
            " JOIN units u ON u.id = r.unit_id ORDER BY u.code, r.month"_s));
    QList<RoomScoreRecord> scores;
    while (query.next()) {
        const QSqlQuery& row = query;
        scores.append({ row.value(0).toString(), row.value(1).toString(), row.value(2).toDouble(),
            row.value(3).toString() });
    }
    return scores;
}

} // namespace fd
