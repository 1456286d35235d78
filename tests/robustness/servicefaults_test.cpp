// What the desktop program shows when a save fails during use: the service's error, which
// for the faults of a site is one clear sentence (storage/sqlitefailure.h). Here the
// faults are made inside the process: a connection that may not write, a database that
// may not grow, another connection holding the write lock.
#include "services/import/importservice.h"
#include "services/unitservice.h"
#include "storage/sqlitehandle.h"
#include "support/dbfingerprint.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

class ServiceFaults : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::seedSmallOrganisation(m_db.session());
        m_before = fingerprint();
    }

    test::DatabaseFingerprint fingerprint()
    {
        return test::fingerprintOf(sqliteHandle(m_db.database()));
    }

    void pragma(const QString& sql)
    {
        ASSERT_TRUE(QSqlQuery(m_db.database().connection()).exec(sql));
    }

    Status saveAUnit()
    {
        Unit unit;
        unit.code = u"U9"_s;
        unit.name = u"Nueve"_s;
        const BatchStatus saved
            = UnitService(m_db.session()).save({ unit }, UnitService::Origin::Edited);
        return saved.ok() ? Status::success() : Status(Error(saved.error()));
    }

    test::TestDatabase m_db;
    test::DatabaseFingerprint m_before;
};

} // namespace

TEST_F(ServiceFaults, ReadOnlyIsSaidAsSuch)
{
    pragma(u"PRAGMA query_only = ON"_s); // SQLite then refuses every write as read-only
    const Status saved = saveAUnit();
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains(u"read-only, so nothing was saved"_s))
        << saved.error().toStdString();
    ImportFailure failure;
    EXPECT_FALSE(ImportService(m_db.session())
                     .importBytes(ImportKind::Units,
                         "code,name,contract_no,contract_start,status\nU8,Ocho,,,\n",
                         u"units.csv"_s, &failure)
                     .ok());
    EXPECT_TRUE(failure.summary().contains(u"read-only"_s)) << failure.summary().toStdString();
    pragma(u"PRAGMA query_only = OFF"_s);
    EXPECT_TRUE(fingerprint() == m_before);
}

TEST_F(ServiceFaults, AFullDatabaseIsSaidAsSuch)
{
    QSqlQuery pages(m_db.database().connection());
    ASSERT_TRUE(pages.exec(u"PRAGMA page_count"_s) && pages.next());
    pragma(u"PRAGMA max_page_count = %1"_s.arg(pages.value(0).toLongLong()));
    QByteArray units = "code,name,contract_no,contract_start,status\n";
    for (int i = 0; i < 3000; ++i)
        units += "UF" + QByteArray::number(i) + ",Unidad de relleno con un nombre largo "
            + QByteArray::number(i) + ",,,\n";
    ImportFailure failure;
    EXPECT_FALSE(ImportService(m_db.session())
                     .importBytes(ImportKind::Units, units, u"units.csv"_s, &failure)
                     .ok());
    EXPECT_TRUE(failure.summary().contains(u"is full, so nothing was saved"_s))
        << failure.summary().toStdString();
    EXPECT_TRUE(fingerprint() == m_before) << fingerprint().differenceFrom(m_before).toStdString();
}

TEST_F(ServiceFaults, ALockHeldPastTheBusyTimeoutIsSaidAsSuch)
{
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open_v2(QFile::encodeName(m_db.path()).constData(), &other,
                  SQLITE_OPEN_READWRITE, nullptr),
        SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    QElapsedTimer waited;
    waited.start();
    const Status saved = saveAUnit();
    EXPECT_GE(waited.elapsed(), Database::kBusyTimeoutMs - 500);
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close_v2(other);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains(u"locked for more than 5 seconds"_s))
        << saved.error().toStdString();
    EXPECT_TRUE(fingerprint() == m_before);
    EXPECT_TRUE(saveAUnit().ok()) << "and once it is free, it works";
}
