// Issue 14 (SPEC §16): on PostgreSQL FiberDesk runs as a role that may insert into the audit
// tables but not update, delete or truncate them. `init --runtime-role` (run as the owner)
// sets it up; FiberDesk then works as that role, and the role's own edits of the log are
// refused by the server. Runs on PostgreSQL only (the pg. tests), with the role
// scripts/postgres.sh creates.
#include "private/sql.h"
#include "services/auditservice.h"
#include "services/evaluationservice.h"
#include "services/runtimeroleservice.h"
#include "services/unitservice.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kRuntimeRole = u"fiberdesk_test_runtime"_s;

} // namespace

TEST(RuntimeRole, IsForPostgresOnly)
{
    if (test::TestDatabase::onPostgres())
        GTEST_SKIP() << "the PostgreSQL case is RuntimeRole.MayInsertButNeverRewriteTheAudit";
    test::TestDatabase db;
    EXPECT_FALSE(RuntimeRoleService(db.session()).grant(kRuntimeRole).ok());
}

TEST(RuntimeRole, MayInsertButNeverRewriteTheAudit)
{
    if (!test::TestDatabase::onPostgres())
        GTEST_SKIP() << "PostgreSQL roles: run as pg.RuntimeRole.*";
    test::TestDatabase db; // opened as the owner
    test::seedSmallOrganisation(db.session());
    RuntimeRoleService roles(db.session());
    EXPECT_FALSE(roles.grant(u"Robert'); DROP TABLE units; --"_s).ok());
    EXPECT_FALSE(roles.grant(u"no_such_role_here"_s).ok());
    const Status granted = roles.grant(kRuntimeRole);
    ASSERT_TRUE(granted.ok()) << granted.error().toStdString();

    DatabaseLocation runtime = db.location();
    runtime.user = kRuntimeRole;
    runtime.password = kRuntimeRole;
    Result<std::unique_ptr<Database>> opened
        = Database::open(runtime, Database::OpenMode::ExistingOnly);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    Database& database = *opened.value();
    ASSERT_EQ(scalar(database, u"SELECT current_user"_s).value().toString(), kRuntimeRole);

    // FiberDesk works as that role: a room score, a finalized month, a status change
    // (history, unit, sealed audit entry) and a verification.
    Session session(database, Actor { u"ana"_s, Role::Admin }, QTimeZone("America/Lima"));
    session.setClock([] { return QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC); });
    EvaluationService evaluations(session);
    ASSERT_TRUE(evaluations.setRoomScore(QDate(2026, 10, 1), u"U1"_s, Rational(12), {}).ok());
    Result<MonthEvaluation> finalized = evaluations.finalize(QDate(2026, 10, 1));
    ASSERT_TRUE(finalized.ok()) << finalized.error().toStdString();
    Status retired = UnitService(session).changeStatus(u"U1"_s, UnitStatus::Retired, u"over"_s);
    ASSERT_TRUE(retired.ok()) << retired.error().toStdString();
    Result<AuditCheck> check = AuditService(session).verify();
    ASSERT_TRUE(check.ok()) << check.error().toStdString();
    EXPECT_TRUE(check->intact) << check->problem.toStdString();
    const qint64 entries = AuditService(session).head().value().entries;
    EXPECT_GT(entries, 0);

    // The role's own attempts on the audit tables are refused by the server.
    for (const QString& statement : {
             u"UPDATE audit_log SET actor = 'someone else'"_s,
             u"DELETE FROM audit_log"_s,
             u"TRUNCATE audit_log"_s,
             u"UPDATE audit_chain SET entries = 0, last_hash = ''"_s,
             u"DELETE FROM audit_chain"_s,
             u"TRUNCATE audit_chain"_s,
             // An entry that does not follow the head is refused by the owner's trigger.
             u"INSERT INTO audit_log (at, actor, action, entity, entity_key, prev_hash, hash) "
             "VALUES (0, 'x', 'x', 'x', 'x', 'not the head', 'forged')"_s,
             // Nor may it make a trigger or a table of its own.
             u"CREATE TABLE sneaky (id INTEGER)"_s,
         }) {
        EXPECT_FALSE(execSql(database, statement).ok()) << statement.toStdString();
    }
    // Its other tables it may change as FiberDesk does, and it may empty the search index's
    // pending list, as an import does at its end (migration 19), though the index is not
    // its own.
    EXPECT_TRUE(execSql(database, u"UPDATE units SET name = name"_s).ok());
    const Result<QVariant> flushed = scalar(database, u"SELECT fd_flush_search_index()"_s);
    EXPECT_TRUE(flushed.ok()) << flushed.error().toStdString();
    EXPECT_FALSE(
        execSql(database, u"SELECT gin_clean_pending_list('orders_search_buckets'::regclass)"_s)
            .ok())
        << "the role cannot clean the index itself: the function is what lets it";
    EXPECT_EQ(AuditService(session).head().value().entries, entries);
    check = AuditService(session).verify();
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->intact) << check->problem.toStdString();
}
