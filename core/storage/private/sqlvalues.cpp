#include "sqlvalues.h"

#include "private/sql.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QVariant dateToSql(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFromSql(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant instantToSql(const QDateTime& instant)
{
    return instant.isValid() ? QVariant(instant.toSecsSinceEpoch()) : QVariant();
}

QDateTime instantFromSql(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString statusInList(const QString& column, const QList<OrderStatus>& statuses)
{
    QStringList keys;
    for (OrderStatus status : statuses)
        keys.append(u'\'' + orderStatusKey(status) + u'\'');
    return column + u" IN ("_s + keys.join(u", "_s) + u')';
}

Result<QHash<QString, qint64>> idsByCode(const Database& database, const QString& table)
{
    // `table` is one of our own table names, never user input.
    FD_TRY_ASSIGN(QSqlQuery query, runSql(database, u"SELECT code, id FROM %1"_s.arg(table)));
    QHash<QString, qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toString(), query.value(1).toLongLong());
    return ids;
}

} // namespace fd
