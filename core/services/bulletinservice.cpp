#include "bulletinservice.h"

#include "private/sql.h"
#include "rules/permissions.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<Bulletin> BulletinService::daily(const QDate& date) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrders));
    if (!date.isValid())
        return Error(
            QCoreApplication::translate("fd::BulletinService", "Name the day of the bulletin."));
    Database& database = m_session.database();
    const qint64 from = QDateTime(date, QTime(0, 0), m_session.zone()).toSecsSinceEpoch();
    const qint64 before
        = QDateTime(date.addDays(1), QTime(0, 0), m_session.zone()).toSecsSinceEpoch();
    const qint64 now = m_session.now().toSecsSinceEpoch();

    Bulletin bulletin;
    bulletin.date = date;
    Result<QSqlQuery> units = runSql(database, u"SELECT id, code, name FROM units ORDER BY code"_s);
    if (!units.ok())
        return Error(units.error());
    QHash<qint64, qsizetype> index;
    while (units.value().next()) {
        index.insert(units.value().value(0).toLongLong(), bulletin.units.size());
        bulletin.units.append(
            { units.value().value(1).toString(), units.value().value(2).toString() });
    }

    // Each figure is one grouped query over an indexed range of the day.
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
        // Every status but cancelled, named, so that the (status, deadline) index serves the range.
        { u"SELECT unit_id, COUNT(*) FROM orders WHERE status IN ('new', 'assigned', 'scheduled', "
          u"'on_site', "
          "'completed') AND deadline_at >= ? AND deadline_at < ? AND deadline_at < ? AND "
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
        Result<QSqlQuery> query = runSql(database, figure.sql, figure.values);
        if (!query.ok())
            return Error(query.error());
        while (query.value().next()) {
            const auto found = index.constFind(query.value().value(0).toLongLong());
            if (found != index.cend())
                bulletin.units[*found].*figure.member = query.value().value(1).toLongLong();
        }
    }
    return bulletin;
}

} // namespace fd
