// Issue 6: the audit log's hash chain. Edits and deletions made outside FiberDesk are found
// by `audit verify`; entries written before the chain existed are chained by the upgrade.
#include "private/sql.h"
#include "rules/auditchain.h"
#include "services/auditservice.h"
#include "services/unitservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

class Audit : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Five entries: three status changes and two more, each through a service.
        test::seedSmallOrganisation(db.session());
        UnitService units(db.session());
        ASSERT_TRUE(units.changeStatus(u"U1"_s, UnitStatus::Retired, u"contract over"_s).ok());
        ASSERT_TRUE(units.changeStatus(u"U1"_s, UnitStatus::Candidate, u"back again"_s).ok());
        for (int i = 0; i < 3; ++i) {
            ASSERT_TRUE(AuditRepository(db.database())
                            .append({ 0, db.session().now(), u"tester"_s, u"test.note"_s, u"note"_s,
                                QString::number(i), u""_s, u"note "_s + QString::number(i) })
                            .ok());
        }
        entries = AuditRepository(db.database()).chain().value();
        ASSERT_GE(entries.size(), 5);
    }

    AuditCheck verify() { return AuditService(db.session()).verify().value(); }

    void sql(const QString& statement, const QVariantList& values = {})
    {
        ASSERT_TRUE(execSql(db.database(), statement, values).ok()) << statement.toStdString();
    }

    qint64 idAt(int index) const { return entries.at(index).entry.id; }

    test::TestDatabase db;
    QList<ChainedAuditEntry> entries;
};

} // namespace

TEST_F(Audit, AnUntouchedLogIsIntact)
{
    const AuditCheck check = verify();
    EXPECT_TRUE(check.intact) << check.problem.toStdString();
    EXPECT_EQ(check.entries, entries.size());
    for (int i = 1; i < entries.size(); ++i)
        EXPECT_EQ(entries.at(i).previousHash, entries.at(i - 1).hash) << i;
}

TEST_F(Audit, AnEditedEntryIsFound)
{
    sql(u"UPDATE audit_log SET after_value = 'active' WHERE id = ?"_s, { idAt(1) });
    const AuditCheck check = verify();
    EXPECT_FALSE(check.intact);
    EXPECT_EQ(check.brokenAt, idAt(1));
    EXPECT_TRUE(check.problem.contains(u"changed outside FiberDesk"_s))
        << check.problem.toStdString();
}

TEST_F(Audit, AnEditedTimeOrActorIsFound)
{
    sql(u"UPDATE audit_log SET at = at + 1 WHERE id = ?"_s, { idAt(2) });
    EXPECT_EQ(verify().brokenAt, idAt(2));
    sql(u"UPDATE audit_log SET at = at - 1 WHERE id = ?"_s, { idAt(2) });
    EXPECT_TRUE(verify().intact) << "put back as it was";
    sql(u"UPDATE audit_log SET actor = 'someone else' WHERE id = ?"_s, { idAt(0) });
    EXPECT_EQ(verify().brokenAt, idAt(0));
}

TEST_F(Audit, ADeletedEntryIsFound)
{
    sql(u"DELETE FROM audit_log WHERE id = ?"_s, { idAt(2) });
    const AuditCheck check = verify();
    EXPECT_FALSE(check.intact);
    EXPECT_EQ(check.brokenAt, idAt(3)) << "the entry after the gap no longer follows";
}

TEST_F(Audit, DeletingTheNewestEntriesIsFound)
{
    sql(u"DELETE FROM audit_log WHERE id >= ?"_s, { idAt(int(entries.size()) - 2) });
    const AuditCheck check = verify();
    EXPECT_FALSE(check.intact);
    EXPECT_TRUE(check.problem.contains(u"deleted"_s)) << check.problem.toStdString();
}

TEST_F(Audit, ARewrittenNewestEntryIsFound)
{
    // Someone who knows the scheme rewrites the last entry and its hash, but not the head.
    ChainedAuditEntry last = entries.last();
    last.entry.after = u"forged"_s;
    const QString forged = auditHash(last.previousHash, last.entry);
    sql(u"UPDATE audit_log SET after_value = 'forged', hash = ? WHERE id = ?"_s,
        { forged, last.entry.id });
    const AuditCheck check = verify();
    EXPECT_FALSE(check.intact);
    EXPECT_EQ(check.brokenAt, last.entry.id);
}

TEST_F(Audit, SearchFiltersByEntityActionActorTimeAndText)
{
    AuditService audit(db.session());
    AuditFilter units;
    units.entity = u"unit"_s;
    for (const AuditEntry& entry : audit.search(units).value())
        EXPECT_EQ(entry.entity, u"unit"_s);
    AuditFilter notes;
    notes.actionPrefix = u"test."_s;
    EXPECT_EQ(audit.search(notes).value().size(), 3);
    AuditFilter text;
    text.text = u"NOTE 1"_s;
    ASSERT_EQ(audit.search(text).value().size(), 1) << "in any letter case";
    AuditFilter wildcard;
    wildcard.text = u"%"_s;
    EXPECT_TRUE(audit.search(wildcard).value().isEmpty()) << "a percent sign is no wildcard";
    AuditFilter later;
    later.from = db.session().now().addSecs(1);
    EXPECT_TRUE(audit.search(later).value().isEmpty());
    AuditFilter limited;
    limited.limit = 2;
    const QList<AuditEntry> newest = audit.search(limited).value();
    ASSERT_EQ(newest.size(), 2);
    EXPECT_GT(newest.at(0).id, newest.at(1).id) << "newest first";
    EXPECT_FALSE(AuditService(*db.sessionAs(Role::Dispatcher)).search({}).ok())
        << "evaluators and admins only";
}

TEST(AuditUpgrade, EntriesWrittenBeforeTheChainAreChained)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.db"_s);
    {
        Result<std::unique_ptr<Database>> raw
            = Database::openRaw(DatabaseLocation::parse(path).value());
        ASSERT_TRUE(raw.ok());
        ASSERT_TRUE(raw.value()->upgradeTo(5).ok());
        for (int i = 0; i < 3; ++i) {
            ASSERT_TRUE(execSql(*raw.value(),
                u"INSERT INTO audit_log (at, actor, action, entity, entity_key, before_value, "
                u"after_value) "
                "VALUES (?, 'old', 'unit.status', 'unit', 'U1', 'candidate', 'active')"_s,
                { 1700000000 + i })
                            .ok());
        }
    }
    Result<std::unique_ptr<Database>> upgraded
        = Database::open(DatabaseLocation::parse(path).value());
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().toStdString();
    Session session(
        *upgraded.value(), Actor { u"tester"_s, Role::Admin }, QTimeZone("America/Lima"));
    const AuditCheck check = AuditService(session).verify().value();
    EXPECT_TRUE(check.intact) << check.problem.toStdString();
    EXPECT_EQ(check.entries, 3);
}
