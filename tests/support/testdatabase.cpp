#include "testdatabase.h"

#include "private/sql.h"
#include "services/areaservice.h"
#include "services/assessmentservice.h"
#include "services/teamservice.h"
#include "services/unitservice.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
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

// A connection to the server's maintenance database, for creating and dropping databases.
class AdminConnection
{
public:
    AdminConnection()
    {
        static QAtomicInt counter;
        m_name = u"fiberdesk-test-admin-%1"_s.arg(counter.fetchAndAddRelaxed(1));
        const QUrl url(serverAddress());
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setPassword(url.password());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open())
            ADD_FAILURE() << "cannot reach " << url.host().toStdString() << ": "
                          << admin.lastError().text().toStdString();
    }

    ~AdminConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    AdminConnection(const AdminConnection&) = delete;
    AdminConnection& operator=(const AdminConnection&) = delete;

    // The first column of the statement's rows; nothing, and a test failure, on an error.
    std::optional<QStringList> run(const QString& statement)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(statement)) {
            ADD_FAILURE() << statement.toStdString() << ": "
                          << query.lastError().text().toStdString();
            return std::nullopt;
        }
        QStringList rows;
        while (query.next())
            rows.append(query.value(0).toString());
        return rows;
    }

private:
    QString m_name;
};

bool administer(const QString& statement)
{
    return AdminConnection().run(statement).has_value();
}

// A migrated, empty FiberDesk database on the server that each test's database is copied
// from: CREATE DATABASE … TEMPLATE takes a fraction of running every migration again. It is
// named after the test program's build, so a changed schema makes a new one; the first
// process to need it makes it, under an advisory lock the others wait on.
QString templateDatabase()
{
    static const QString name = [] {
        const QFileInfo program(QCoreApplication::applicationFilePath());
        // The build folder's own prefix, so that two checkouts testing on one server at
        // once (a developer's worktrees) never drop each other's template.
        const QString checkout = QString::fromLatin1(
            QCryptographicHash::hash(program.absolutePath().toUtf8(), QCryptographicHash::Sha1)
                .toHex()
                .left(8));
        const QString prefix = u"fd_tmpl_%1_"_s.arg(checkout);
        const QString wanted = prefix
            + u"%1_%2"_s.arg(program.lastModified().toSecsSinceEpoch()).arg(program.size());
        AdminConnection admin; // holds the lock until it closes
        if (!admin.run(u"SELECT pg_advisory_lock(774411)"_s))
            return QString();
        const std::optional<QStringList> existing
            = admin.run(u"SELECT datname FROM pg_database WHERE datname LIKE '%1%%'"_s.arg(prefix));
        if (!existing)
            return QString();
        if (!existing->contains(wanted)) {
            const QString building = wanted + u"_build"_s;
            admin.run(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(building));
            admin.run(u"CREATE DATABASE %1"_s.arg(building));
            QUrl url(serverAddress());
            url.setPath(u'/' + building);
            {
                Result<std::unique_ptr<Database>> migrated
                    = Database::open(DatabaseLocation::parse(url.toString()).value());
                if (!migrated.ok())
                    ADD_FAILURE() << migrated.error().toStdString();
            }
            admin.run(u"ALTER DATABASE %1 RENAME TO %2"_s.arg(building, wanted));
            for (const QString& old : *existing)
                admin.run(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(old));
        }
        admin.run(u"SELECT pg_advisory_unlock(774411)"_s);
        return wanted;
    }();
    return name;
}

} // namespace

bool ServerDatabase::configured()
{
    return !serverAddress().isEmpty();
}

ServerDatabase::ServerDatabase()
{
    static QAtomicInt counter;
    const QString name = u"fd_test_%1_%2"_s.arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    if (!configured())
        return;
    const QString copied = templateDatabase();
    if (administer(copied.isEmpty() ? u"CREATE DATABASE %1"_s.arg(name)
                                    : u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(name, copied)))
        m_name = name;
}

ServerDatabase::~ServerDatabase()
{
    if (created())
        administer(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name));
}

QString ServerDatabase::url() const
{
    QUrl url(serverAddress());
    url.setPath(u'/' + m_name);
    return url.toString();
}

bool TestDatabase::onPostgres()
{
    return ServerDatabase::configured();
}

TestDatabase::TestDatabase(Role role, const QByteArray& zone)
    : m_role(role)
    , m_zone(zone)
    , m_now(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC))
{
    QString where = m_dir.filePath(u"test.db"_s);
    if (onPostgres()) {
        m_server = std::make_unique<ServerDatabase>();
        if (!m_server->created())
            qFatal("no database could be made on the PostgreSQL server of FIBERDESK_TEST_POSTGRES");
        where = m_server->url();
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
    m_database.reset(); // before the server drops the database
    m_server.reset();
}

QString TestDatabase::path() const
{
    return m_dir.filePath(u"test.db"_s);
}

std::unique_ptr<Session> TestDatabase::sessionAs(Role role) const
{
    return sessionAs(Actor { u"tester"_s, role });
}

std::unique_ptr<Session> TestDatabase::sessionAs(const Actor& actor) const
{
    auto session = std::make_unique<Session>(*m_database, actor, m_zone);
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

::testing::AssertionResult imported(
    const Session& session, ImportKind kind, const QByteArray& file, const QString& name)
{
    ImportFailure failure;
    if (ImportService(session).importBytes(kind, file, name, &failure).ok())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << failure.describe().join(u"\n"_s).toStdString();
}

Result<QString> queryPlan(
    const Database& database, const QString& statement, const QVariantList& values)
{
    const bool sqlite = database.isSqlite();
    FD_TRY_ASSIGN(QSqlQuery plan,
        runSql(database, (sqlite ? u"EXPLAIN QUERY PLAN "_s : u"EXPLAIN "_s) + statement, values));
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(sqlite ? 3 : 0).toString());
    return steps.join(u" | "_s);
}

} // namespace fd::test
