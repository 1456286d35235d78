#include "testdatabase.h"

#include "services/areaservice.h"
#include "services/assessmentservice.h"
#include "services/teamservice.h"
#include "services/unitservice.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {

namespace {

QString serverAddress()
{
    return qEnvironmentVariable("FIBERDESK_TEST_POSTGRES");
}

// Runs one statement on the server's maintenance database, on a connection of its own.
bool administer(const QString& statement)
{
    const QString name = u"fiberdesk-test-admin"_s;
    bool done = false;
    {
        const QUrl url(serverAddress());
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setPassword(url.password());
        admin.setDatabaseName(url.path().mid(1));
        if (admin.open()) {
            QSqlQuery query(admin);
            done = query.exec(statement);
            if (!done)
                ADD_FAILURE() << statement.toStdString() << ": " << query.lastError().text().toStdString();
        } else {
            ADD_FAILURE() << "cannot reach " << url.host().toStdString() << ": " << admin.lastError().text().toStdString();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

} // namespace

bool TestDatabase::onPostgres()
{
    return !serverAddress().isEmpty();
}

TestDatabase::TestDatabase(Role role, const QByteArray& zone)
    : m_role(role)
    , m_zone(zone)
    , m_now(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC))
{
    QString where = m_dir.filePath(u"test.db"_s);
    if (onPostgres()) {
        static QAtomicInt counter;
        m_serverDatabase = u"fd_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
        if (!administer(u"CREATE DATABASE %1"_s.arg(m_serverDatabase)))
            return;
        QUrl url(serverAddress());
        url.setPath(u'/' + m_serverDatabase);
        where = url.toString();
    }
    m_location = DatabaseLocation::parse(where).value();
    Result<std::unique_ptr<Database>> opened = Database::open(m_location);
    if (!opened.ok())
        ADD_FAILURE() << opened.error().toStdString();
    else
        m_database = std::move(opened).value();
    m_session = sessionAs(role);
}

TestDatabase::~TestDatabase()
{
    m_session.reset();
    m_database.reset();
    if (!m_serverDatabase.isEmpty())
        administer(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_serverDatabase));
}

QString TestDatabase::path() const
{
    return m_dir.filePath(u"test.db"_s);
}

std::unique_ptr<Session> TestDatabase::sessionAs(Role role) const
{
    auto session = std::make_unique<Session>(*m_database, Actor { u"tester"_s, role }, m_zone);
    const QDateTime* now = &m_now;
    session->setClock([now] { return *now; });
    return session;
}

void TestDatabase::setNow(const QDateTime& now)
{
    m_now = now;
}

bool TestDatabase::reopenFrom(const QString& file)
{
    m_session.reset();
    m_database.reset();
    for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(path() + suffix);
    if (!QFile::copy(file, path()))
        return false;
    QFile(path()).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Result<std::unique_ptr<Database>> opened
        = Database::open(DatabaseLocation::parse(path()).value());
    if (!opened.ok()) {
        ADD_FAILURE() << opened.error().toStdString();
        return false;
    }
    m_database = std::move(opened).value();
    m_session = sessionAs(m_role);
    return true;
}

void seedSmallOrganisation(Session& session)
{
    Unit unit;
    unit.code = u"U1"_s;
    unit.name = u"Unidad Uno"_s;
    ASSERT_TRUE(UnitService(session).save({ unit }, UnitService::Origin::Edited).ok());
    ASSERT_TRUE(AreaService(session)
                    .save({ { u"A1"_s, u"Miraflores"_s, u"U1"_s, 4999, true },
                        { u"A2"_s, u"朝阳区"_s, u"U1"_s, 7001, true } })
                    .ok());
    ASSERT_TRUE(TeamService(session)
                    .save({ { u"T1"_s, u"U1"_s, u"Cuadrilla 1"_s, { u"A1"_s, u"A2"_s }, true } })
                    .ok());
    Assessment qualification;
    qualification.unitCode = u"U1"_s;
    qualification.date = session.today().addDays(-10);
    qualification.score = 75;
    qualification.passed = true;
    ASSERT_TRUE(AssessmentService(session).record({ qualification }).ok());
}

} // namespace fd::test
