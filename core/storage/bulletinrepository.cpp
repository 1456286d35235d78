#include "bulletinrepository.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<QList<BulletinLine>> BulletinRepository::day(
    const QDateTime& fromInstant, const QDateTime& beforeInstant, const QDateTime& nowInstant) const
{
    const qint64 from = fromInstant.toSecsSinceEpoch();
    const qint64 before = beforeInstant.toSecsSinceEpoch();
    const qint64 now = nowInstant.toSecsSinceEpoch();

    QList<BulletinLine> lines;
    FD_TRY_ASSIGN(
        QSqlQuery units, runSql(m_database, u"SELECT id, code, name FROM units ORDER BY code"_s));
    QHash<qint64, qsizetype> index;
    while (units.next()) {
        index.insert(units.value(0).toLongLong(), lines.size());
        BulletinLine line;
        line.unitCode = units.value(1).toString();
        line.unitName = units.value(2).toString();
        lines.append(line);
    }

    struct Figure
    {
        QString sql;
        QVariantList values;
        qint64 BulletinLine::*member;
    };
    const Figure figures[] = {
        { u"SELECT unit_id, COUNT(*) FROM orders WHERE received_at >= ? AND received_at < ? GROUP BY unit_id"_s,
            { from, before }, &BulletinLine::received },
        // The status on an expression, so that the day's completion times are read, not the
        // (status, deadline) index's every completed order (see CallbackRepository).
        { u"SELECT unit_id, COUNT(*) FROM orders WHERE completed_at >= ? AND completed_at < ? "
          "AND status || '' = 'completed' GROUP BY unit_id"_s,
            { from, before }, &BulletinLine::completed },
        // The statuses that count, named, so that the (status, deadline) index serves the range.
        { u"SELECT unit_id, COUNT(*) FROM orders WHERE "_s
                + statusInList(u"status"_s, countingOrderStatuses())
                + u" AND deadline_at >= ? AND deadline_at < ? AND deadline_at < ? AND "
                  "exempt_reason IS NULL "
                  "AND (measured_at IS NULL OR measured_at > deadline_at) GROUP BY unit_id"_s,
            { from, before, now }, &BulletinLine::overdue },
        { u"SELECT o.unit_id, COUNT(*) FROM callback_tasks c JOIN orders o ON o.id = c.order_id "
          "WHERE c.concluded_at >= ? AND c.concluded_at < ? GROUP BY o.unit_id"_s,
            { from, before }, &BulletinLine::callbacksDone },
        { u"SELECT unit_id, COUNT(*) FROM complaints WHERE received_at >= ? AND received_at < ? GROUP BY unit_id"_s,
            { from, before }, &BulletinLine::complaintsReceived },
        { u"SELECT unit_id, COUNT(*) FROM complaints WHERE verified_at >= ? AND verified_at < ? "
          "AND staff_caused IS NOT NULL GROUP BY unit_id"_s,
            { from, before }, &BulletinLine::complaintsVerified },
    };
    for (const Figure& figure : figures) {
        FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, figure.sql, figure.values));
        while (query.next()) {
            const auto found = index.constFind(query.value(0).toLongLong());
            if (found != index.cend())
                lines[*found].*figure.member = query.value(1).toLongLong();
        }
    }
    return lines;
}

} // namespace fd
