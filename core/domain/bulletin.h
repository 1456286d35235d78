#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace fd {

// SPEC §6: a unit's day at a glance.
struct BulletinLine
{
    QString unitCode;
    QString unitName;
    qint64 received = 0; // orders received that day
    qint64 completed = 0; // orders completed that day
    qint64 overdue = 0; // orders whose deadline fell that day and was missed (or has passed unmet)
    qint64 callbacksDone = 0; // callbacks concluded that day (reached, or unreachable)
    qint64 complaintsReceived = 0;
    qint64 complaintsVerified = 0; // verified that day (rejections do not count)
};

struct Bulletin
{
    QDate date;
    QList<BulletinLine> units; // every unit, by code
};

} // namespace fd
