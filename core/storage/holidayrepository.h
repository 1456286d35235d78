#pragma once

#include "common/result.h"
#include "domain/holiday.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace fd {

class Database;

class HolidayRepository
{
public:
    explicit HolidayRepository(Database& database)
        : m_database(database)
    { }

    Result<QList<Holiday>> list() const; // by date
    Result<QSet<QDate>> days() const;
    // Writes each holiday, replacing the name of a day already in the calendar. The caller
    // holds the transaction.
    Status save(const QList<Holiday>& holidays);

private:
    Database& m_database;
};

} // namespace fd
