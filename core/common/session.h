#pragma once

#include "common/role.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <functional>

namespace fd {

class Database;

// What every service call needs besides its arguments: the database, who is acting, and
// the operator's clock. Days, months and the cut-off are cut in the operator's time zone
// (SPEC §9); tests pin both the zone and the clock.
class Session
{
public:
    Session(Database& database, Actor actor, QTimeZone zone);

    Database& database() const { return m_database; }
    const Actor& actor() const { return m_actor; }
    const QTimeZone& zone() const { return m_zone; }

    QDateTime now() const; // UTC
    QDate today() const; // in the operator's zone
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    Database& m_database;
    Actor m_actor;
    QTimeZone m_zone;
    std::function<QDateTime()> m_clock;
};

} // namespace fd
