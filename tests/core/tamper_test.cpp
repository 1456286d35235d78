// Issue 14, finding 5 (SPEC §16): the sealed month. Each edit a hostile user could make with
// a database tool, outside FiberDesk, is found by `audit verify` — naming the unit and month —
// or, where only an anchor can find it, by `audit verify --anchor` with the head a report
// carried. Runs on both engines.
#include "private/sql.h"
#include "rules/auditchain.h"
#include "rules/auditseal.h"
#include "services/auditservice.h"
#include "services/evaluationservice.h"
#include "services/import/importservice.h"
#include "services/unitservice.h"
#include "storage/auditrepository.h"
#include "storage/auditsealrepository.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kSeptember(2026, 9, 1);
const QDate kOctober(2026, 10, 1);

class Tamper : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::seedSmallOrganisation(db.session()); // U1 active
        importOrDie(ImportKind::Units, "U2,Dos,,,active\n");
        importOrDie(ImportKind::Areas, "A3,Barranco,U2,900\n");
        importOrDie(ImportKind::Teams, "T2,U2,Cuadrilla 2,A3\n");
        importOrDie(ImportKind::Technicians, "P1,T1,Ana,,,yes,yes\nP2,T2,Eva,,,yes,yes\n");
        // Evidence for October: two orders of U1, one on time and one late.
        importOrDie(ImportKind::Orders,
            "O1,install,ACC-1,Cliente,,,A1,2026-10-05T09:00:00,T1,P1,,,,,2026-10-05T14:00:00,"
            "2026-10-05T15:00:00,completed,yes,yes,yes,yes,yes,Cliente,-20,\n"
            "O2,install,ACC-2,Cliente,,,A1,2026-10-06T09:00:00,T1,P1,,,,,2026-10-09T10:00:00,"
            "2026-10-09T11:00:00,completed,yes,yes,yes,yes,yes,Cliente,-20,\n");
        // Two strikes of U1 (September and October): October's finalization ends its contract.
        EvaluationService evaluations(db.session());
        for (const QDate& month : { kSeptember, kOctober }) {
            ASSERT_TRUE(evaluations.setRoomScore(month, u"U1"_s, Rational(15), {}).ok());
            ASSERT_TRUE(
                evaluations.setAdjustment(month, u"U1"_s, Rational(-40), u"serious breach"_s).ok());
            ASSERT_TRUE(evaluations.setRoomScore(month, u"U2"_s, Rational(15), {}).ok());
            Result<MonthEvaluation> done = evaluations.finalize(month);
            ASSERT_TRUE(done.ok()) << done.error().toStdString();
        }
        ASSERT_EQ(UnitService(db.session()).find(u"U1"_s).value()->status, UnitStatus::Terminated);
        const AuditCheck check = verify();
        ASSERT_TRUE(check.intact) << check.problem.toStdString();
    }

    void importOrDie(ImportKind kind, const QByteArray& rows)
    {
        ImportFailure failure;
        const QByteArray file = importColumns(kind).join(u',').toUtf8() + "\n" + rows;
        ASSERT_TRUE(ImportService(db.session()).importBytes(kind, file, u"f.csv"_s, &failure).ok())
            << failure.describe().join(u"\n"_s).toStdString();
    }

    AuditCheck verify(const QString& anchor = {})
    {
        Result<AuditCheck> check = AuditService(db.session()).verify(anchor);
        EXPECT_TRUE(check.ok()) << check.error().toStdString();
        return check.ok() ? check.value() : AuditCheck {};
    }

    QString anchor() { return auditAnchorText(AuditService(db.session()).head().value()); }

    void sql(const QString& statement, const QVariantList& values = {})
    {
        ASSERT_TRUE(execSql(db.database(), statement, values).ok()) << statement.toStdString();
    }

    qint64 evaluationOf(const QString& unit, const QDate& month)
    {
        return scalar(db.database(),
            u"SELECT e.id FROM evaluations e JOIN units u ON u.id = e.unit_id "
            "WHERE u.code = ? AND e.month = ? AND e.state = 'final'"_s,
            { unit, EvaluationService::monthKey(month) })
            .value()
            .toLongLong();
    }

    // Whether one finding names this unit and month.
    static bool names(const AuditCheck& check, const QString& unit, const QString& month)
    {
        for (const AuditFinding& finding : check.findings) {
            if (finding.unitCode == unit && finding.month == month && finding.problem.contains(unit)
                && (month.isEmpty() || finding.problem.contains(month)))
                return true;
        }
        return false;
    }

    static std::string said(const AuditCheck& check)
    {
        QStringList lines { check.problem };
        for (const AuditFinding& finding : check.findings)
            lines.append(finding.unitCode + u' ' + finding.month + u": "_s + finding.problem);
        return lines.join(u'\n').toStdString();
    }

    // What a hostile user with the file and FiberDesk's source could do: hash every entry
    // again from the first, and set the head to the new last hash.
    void rewriteChain()
    {
        const QList<ChainedAuditEntry> entries = AuditRepository(db.database()).chain().value();
        QString previous;
        for (const ChainedAuditEntry& link : entries) {
            const QString hash = auditHash(previous, link.entry);
            sql(u"UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"_s,
                { previous, hash, link.entry.id });
            previous = hash;
        }
        sql(u"UPDATE audit_chain SET entries = ?, last_hash = ? WHERE id = 1"_s,
            { qint64(entries.size()), previous });
    }

    test::TestDatabase db; // the clock stands at 2026-11-20
};

} // namespace

TEST_F(Tamper, FinalizingSealsEachUnitsMonth)
{
    const QList<ChainedAuditEntry> entries = AuditRepository(db.database()).chain().value();
    int seals = 0;
    for (const ChainedAuditEntry& link : entries) {
        if (link.entry.action == u"evaluation.finalize"_s) {
            ASSERT_TRUE(parseMonthSeal(link.entry.seal).has_value())
                << link.entry.seal.toStdString();
            ++seals;
        }
    }
    EXPECT_EQ(seals, 4) << "two units, two months";
    // The termination made by October's finalization is in October's seal of U1.
    const qint64 october = evaluationOf(u"U1"_s, kOctober);
    bool found = false;
    for (const ChainedAuditEntry& link : entries) {
        const std::optional<MonthSeal> seal = parseMonthSeal(link.entry.seal);
        if (seal && seal->evaluationId == october)
            found = seal->statusIds.size() == 1;
    }
    EXPECT_TRUE(found);
}

TEST_F(Tamper, AnEditedFinalizedFigureIsFoundWithItsUnitAndMonth)
{
    sql(u"UPDATE evaluations SET total = '95/1', strike = 0 WHERE id = ?"_s,
        { evaluationOf(u"U1"_s, kOctober) });
    const AuditCheck check = verify();
    EXPECT_FALSE(check.intact);
    EXPECT_TRUE(names(check, u"U1"_s, u"2026-10"_s)) << said(check);
    EXPECT_EQ(check.findings.size(), 1) << said(check);
}

TEST_F(Tamper, AnEditedCountOrRuleVersionIsFound)
{
    sql(u"UPDATE evaluations SET orders_on_time = orders_due WHERE id = ?"_s,
        { evaluationOf(u"U1"_s, kOctober) });
    EXPECT_TRUE(names(verify(), u"U1"_s, u"2026-10"_s));
    sql(u"UPDATE evaluations SET orders_on_time = 1 WHERE id = ?"_s,
        { evaluationOf(u"U1"_s, kOctober) });
    EXPECT_TRUE(verify().intact) << said(verify()) << "put back as it was";
    sql(u"UPDATE evaluations SET finalized_by = 'someone' WHERE id = ?"_s,
        { evaluationOf(u"U2"_s, kSeptember) });
    EXPECT_TRUE(names(verify(), u"U2"_s, u"2026-09"_s));
}

TEST_F(Tamper, AnEditedOrDeletedEvidenceRowIsFound)
{
    const qint64 october = evaluationOf(u"U1"_s, kOctober);
    ASSERT_GT(
        scalar(db.database(), u"SELECT COUNT(*) FROM evaluation_evidence WHERE evaluation_id = ?"_s,
            { october })
            .value()
            .toLongLong(),
        0);
    sql(u"UPDATE evaluation_evidence SET flag = 1 - flag WHERE evaluation_id = ? AND kind = 'order'"_s,
        { october });
    AuditCheck check = verify();
    EXPECT_TRUE(names(check, u"U1"_s, u"2026-10"_s)) << said(check);
    sql(u"UPDATE evaluation_evidence SET flag = 1 - flag WHERE evaluation_id = ? AND kind = 'order'"_s,
        { october });
    ASSERT_TRUE(verify().intact);
    sql(u"DELETE FROM evaluation_evidence WHERE evaluation_id = ?"_s, { october });
    check = verify();
    EXPECT_TRUE(names(check, u"U1"_s, u"2026-10"_s)) << said(check);
}

TEST_F(Tamper, AStatusSetBackToActiveIsFound)
{
    sql(u"UPDATE units SET status = 'active', rectify_by = NULL WHERE code = 'U1'"_s);
    const AuditCheck check = verify();
    EXPECT_FALSE(check.intact);
    EXPECT_TRUE(names(check, u"U1"_s, u"2026-10"_s)) << said(check);
}

TEST_F(Tamper, AnEditedOrDeletedStatusChangeIsFound)
{
    sql(u"UPDATE unit_status_history SET reason = 'by mistake' WHERE status = 'terminated'"_s);
    AuditCheck check = verify();
    EXPECT_TRUE(names(check, u"U1"_s, u"2026-10"_s)) << said(check);
    // Gone altogether, and the unit made active again as if it had never been terminated.
    sql(u"DELETE FROM unit_status_history WHERE status = 'terminated'"_s);
    sql(u"UPDATE units SET status = 'active', rectify_by = NULL WHERE code = 'U1'"_s);
    check = verify();
    EXPECT_TRUE(names(check, u"U1"_s, u"2026-10"_s)) << said(check);
}

TEST_F(Tamper, AMonthPutBackToDraftOrAReopeningUndoneIsFound)
{
    sql(u"UPDATE evaluations SET state = 'reopened' WHERE id = ?"_s,
        { evaluationOf(u"U2"_s, kOctober) });
    EXPECT_TRUE(names(verify(), u"U2"_s, u"2026-10"_s)) << said(verify());
    sql(u"UPDATE evaluations SET state = 'final' WHERE month = '2026-10'"_s);
    ASSERT_TRUE(verify().intact);
    // Reopened through FiberDesk, then made final again behind its back.
    ASSERT_TRUE(EvaluationService(db.session())
                    .reopen(kSeptember, u"U2"_s, u"recount the callbacks"_s)
                    .ok());
    ASSERT_TRUE(verify().intact) << said(verify());
    sql(u"UPDATE evaluations SET state = 'final' WHERE month = '2026-09'"_s);
    EXPECT_TRUE(names(verify(), u"U2"_s, u"2026-09"_s)) << said(verify());
}

TEST_F(Tamper, AnEvaluationAddedOrDeletedOutsideIsFound)
{
    const qint64 october = evaluationOf(u"U2"_s, kOctober);
    sql(u"DELETE FROM evaluation_evidence WHERE evaluation_id = ?"_s, { october });
    sql(u"DELETE FROM evaluations WHERE id = ?"_s, { october });
    EXPECT_TRUE(names(verify(), u"U2"_s, u"2026-10"_s)) << said(verify());
}

TEST_F(Tamper, ADeletedLastEntryIsFound)
{
    // The newest entry is an ordinary one (no seal vouches for it elsewhere).
    ASSERT_TRUE(EvaluationService(db.session())
                    .setRoomScore(QDate(2026, 11, 1), u"U1"_s, Rational(9), {})
                    .ok());
    const QString before = anchor();
    const qint64 last
        = scalar(db.database(), u"SELECT MAX(id) FROM audit_log"_s).value().toLongLong();
    sql(u"DELETE FROM audit_log WHERE id = ?"_s, { last });
    // Left as it was, the head row gives the deletion away.
    EXPECT_FALSE(verify().intact);
    // Fixed up, only the anchor a report carried can.
    const QString previousHash = scalar(db.database(),
        u"SELECT hash FROM audit_log WHERE id = (SELECT MAX(id) FROM "
        "audit_log)"_s)
                                     .value()
                                     .toString();
    sql(u"UPDATE audit_chain SET entries = entries - 1, last_hash = ? WHERE id = 1"_s,
        { previousHash });
    EXPECT_TRUE(verify().intact) << "without an anchor a fixed-up head cannot be told apart";
    const AuditCheck check = verify(before);
    EXPECT_FALSE(check.intact);
    EXPECT_TRUE(check.problem.contains(u"anchor"_s)) << check.problem.toStdString();
}

TEST_F(Tamper, ADeletedLastSealIsFoundWithoutAnAnchor)
{
    const qint64 last
        = scalar(db.database(), u"SELECT MAX(id) FROM audit_log"_s).value().toLongLong();
    sql(u"DELETE FROM audit_log WHERE id = ?"_s, { last });
    const QString previousHash = scalar(db.database(),
        u"SELECT hash FROM audit_log WHERE id = (SELECT MAX(id) FROM "
        "audit_log)"_s)
                                     .value()
                                     .toString();
    sql(u"UPDATE audit_chain SET entries = entries - 1, last_hash = ? WHERE id = 1"_s,
        { previousHash });
    const AuditCheck check = verify();
    EXPECT_FALSE(check.intact) << "a finalized month is left without its seal";
    EXPECT_TRUE(names(check, u"U2"_s, u"2026-10"_s)) << said(check);
}

TEST_F(Tamper, AnEmptiedLogIsFound)
{
    const QString before = anchor();
    sql(u"DELETE FROM audit_log"_s);
    sql(u"UPDATE audit_chain SET entries = 0, last_hash = '' WHERE id = 1"_s);
    AuditCheck check = verify();
    EXPECT_FALSE(check.intact) << "finalized months and statuses without a single entry";
    EXPECT_TRUE(names(check, u"U1"_s, u"2026-10"_s)) << said(check);
    check = verify(before);
    EXPECT_FALSE(check.intact);
    EXPECT_TRUE(check.problem.contains(u"anchor"_s)) << check.problem.toStdString();
}

TEST_F(Tamper, ARewrittenChainIsFoundOnlyAgainstAnAnchor)
{
    const QString before = anchor();
    // The figure changed, the seal digested again from the changed rows, every hash after
    // it recomputed and the head set: all a script with FiberDesk's source can do.
    const qint64 october = evaluationOf(u"U1"_s, kOctober);
    sql(u"UPDATE evaluations SET total = '95/1', strike = 0 WHERE id = ?"_s, { october });
    const QList<ChainedAuditEntry> entries = AuditRepository(db.database()).chain().value();
    for (const ChainedAuditEntry& link : entries) {
        const std::optional<MonthSeal> seal = parseMonthSeal(link.entry.seal);
        if (seal && seal->evaluationId == october) {
            sql(u"UPDATE audit_log SET seal = ? WHERE id = ?"_s,
                { AuditSealRepository(db.database()).monthSeal(october, seal->statusIds).value(),
                    link.entry.id });
        }
    }
    rewriteChain();
    EXPECT_TRUE(verify().intact) << "a rewritten chain is consistent in itself";
    const AuditCheck check = verify(before);
    EXPECT_FALSE(check.intact);
    EXPECT_TRUE(check.problem.contains(u"rewritten"_s)) << check.problem.toStdString();
    // A later head of the same log still verifies; a mangled anchor is refused, not ignored.
    EXPECT_TRUE(verify(anchor()).intact);
    EXPECT_FALSE(AuditService(db.session()).verify(u"12:nothex"_s).ok());
}

TEST_F(Tamper, TheHeadIsTheNewestEntry)
{
    const AuditChainHead head = AuditService(db.session()).head().value();
    const QList<ChainedAuditEntry> entries = AuditRepository(db.database()).chain().value();
    EXPECT_EQ(head.entries, entries.size());
    EXPECT_EQ(head.lastHash, entries.last().hash);
    EXPECT_EQ(auditAnchorText(head), QString::number(entries.size()) + u':' + entries.last().hash);
    EXPECT_TRUE(verify(anchor()).intact);
    EXPECT_TRUE(verify(entries.first().hash).intact) << "a hash alone names its entry too";
}
