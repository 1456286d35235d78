#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fd {

class Database;

// A machine-room score as the room_scores file holds it.
struct RoomScoreRecord
{
    QString unitCode;
    QString month; // YYYY-MM
    double points = 0;
    QString note;
};

// What the exports of the import kinds read that no other repository lists whole
// (SPEC §13 `export KIND`). Each list is in a fixed order, so that the same data always
// gives the same file.
class ExportRepository
{
public:
    explicit ExportRepository(Database& database)
        : m_database(database)
    { }

    // The numbers of the orders whose callback has at least one call on record, in order.
    Result<QStringList> calledOrderNumbers() const;
    // Every machine-room score, by unit code and month.
    Result<QList<RoomScoreRecord>> roomScores() const;

private:
    Database& m_database;
};

} // namespace fd
