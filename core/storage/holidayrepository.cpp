#include "holidayrepository.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<QList<Holiday>> HolidayRepository::list() const
{
    FD_TRY_ASSIGN(
        QSqlQuery query, runSql(m_database, u"SELECT day, name FROM holidays ORDER BY day"_s));
    QList<Holiday> holidays;
    while (query.next())
        holidays.append({ dateFromSql(query.value(0)), query.value(1).toString() });
    return holidays;
}

Result<QSet<QDate>> HolidayRepository::days() const
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, u"SELECT day FROM holidays"_s));
    QSet<QDate> days;
    while (query.next())
        days.insert(dateFromSql(query.value(0)));
    return days;
}

Status HolidayRepository::save(const QList<Holiday>& holidays)
{
    for (const Holiday& holiday : holidays) {
        FD_TRY(execSql(m_database,
            u"INSERT INTO holidays (day, name) VALUES (?, ?) "
            "ON CONFLICT (day) DO UPDATE SET name = excluded.name"_s,
            { dateToSql(holiday.date), holiday.name }));
    }
    return Status::success();
}

} // namespace fd
