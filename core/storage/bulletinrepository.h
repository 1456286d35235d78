#pragma once

#include "common/result.h"
#include "domain/bulletin.h"

#include <QDateTime>

namespace fd {

class Database;

// The day's bulletin (SPEC §6): each figure one grouped query over an indexed range.
class BulletinRepository
{
public:
    explicit BulletinRepository(const Database& database)
        : m_database(database)
    { }

    // Every unit, by code, with its figures for [from, before); an order is overdue when
    // its deadline fell in the range and had passed unmet by `now`.
    Result<QList<BulletinLine>> day(
        const QDateTime& from, const QDateTime& before, const QDateTime& now) const;

private:
    const Database& m_database;
};

} // namespace fd
