#include "session.h"

namespace fd {

Session::Session(Database& database, Actor actor, QTimeZone zone)
    : m_database(database)
    , m_actor(std::move(actor))
    , m_zone(std::move(zone))
{ }

QDateTime Session::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

QDate Session::today() const
{
    return now().toTimeZone(m_zone).date();
}

} // namespace fd
