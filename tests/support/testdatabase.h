#pragma once

#include "common/session.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <memory>

namespace fd::test {

// A fresh FiberDesk database in a temporary folder, with a session pinned to a zone and a
// clock (tests never rely on the machine's), acting as `role`.
class TestDatabase
{
public:
    explicit TestDatabase(Role role = Role::Admin, const QByteArray& zone = "America/Lima");

    Database& database() { return *m_database; }
    Session& session() { return *m_session; }
    QString path() const;
    // A session for another role on the same database and clock.
    std::unique_ptr<Session> sessionAs(Role role) const;
    void setNow(const QDateTime& now);
    // Closes the database, puts a copy of `file` in its place and opens that; sessions
    // made before are gone (the fixture's own session is made anew).
    bool reopenFrom(const QString& file);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Session> m_session;
    Role m_role;
    QTimeZone m_zone;
    QDateTime m_now;
};

// A small organisation through the services: unit U1 (active) with areas A1 (4,999
// subscribers) and A2 (7,001), team T1 covering both, and nothing else.
void seedSmallOrganisation(Session& session);

} // namespace fd::test
