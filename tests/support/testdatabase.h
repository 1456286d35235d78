#pragma once

#include "common/session.h"
#include "services/import/importservice.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace fd::test {

// An empty database of its own on the PostgreSQL server named by FIBERDESK_TEST_POSTGRES
// (scripts/postgres.sh prints one), dropped when the test is over.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    static bool configured(); // FIBERDESK_TEST_POSTGRES is set
    bool created() const { return !m_name.isEmpty(); }
    QString url() const; // postgresql://…/the_database

private:
    QString m_name;
};

// A fresh FiberDesk database, with a session pinned to a zone and a clock (tests never rely
// on the machine's), acting as `role`. By default a SQLite file in a temporary folder; with
// FIBERDESK_TEST_POSTGRES set to a server's address (scripts/postgres.sh prints one), a
// database of its own on that server, dropped afterwards: the same tests run on both engines.
class TestDatabase
{
public:
    explicit TestDatabase(Role role = Role::Admin, const QByteArray& zone = "America/Lima");
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // Whether the tests run on PostgreSQL (FIBERDESK_TEST_POSTGRES is set).
    static bool onPostgres();
    // Where a test that needs a second connection (another desk) opens this same database.
    const DatabaseLocation& location() const { return m_location; }

    Database& database() { return *m_database; }
    Session& session() { return *m_session; }
    QString path() const;
    // A session for another role on the same database and clock.
    std::unique_ptr<Session> sessionAs(Role role) const;
    // A session for a given user (a second evaluator, a unit's representative).
    std::unique_ptr<Session> sessionAs(const Actor& actor) const;
    void setNow(const QDateTime& now);
    // Closes the database, puts a copy of `file` in its place and opens that; sessions
    // made before are gone (the fixture's own session is made anew).
    bool reopenFrom(const QString& file);

private:
    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    std::unique_ptr<ServerDatabase> m_server; // PostgreSQL: the database made for this test
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Session> m_session;
    Role m_role;
    QTimeZone m_zone;
    QDateTime m_now;
};

// A small organisation through the services: unit U1 (active) with areas A1 (4,999
// subscribers) and A2 (7,001), team T1 covering both, and nothing else.
void seedSmallOrganisation(Session& session);

// `file` imported as `kind` through the import service, all or nothing; a failure says
// the import's own lines (file, line, column, what).
::testing::AssertionResult imported(
    const Session& session, ImportKind kind, const QByteArray& file, const QString& name);

// The engine's plan of `statement` with `values`, its steps joined by " | ": SQLite's
// EXPLAIN QUERY PLAN details, PostgreSQL's EXPLAIN lines.
Result<QString> queryPlan(
    const Database& database, const QString& statement, const QVariantList& values = {});

} // namespace fd::test
