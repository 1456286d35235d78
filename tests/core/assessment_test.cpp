// SPEC §2 qualification and §7 retraining: status changes and refusals.
#include "services/assessmentservice.h"
#include "services/ruleservice.h"
#include "services/unitservice.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

Assessment assessment(
    const QString& unit, AssessmentKind kind, const QDate& date, double score, bool passed)
{
    Assessment a;
    a.unitCode = unit;
    a.kind = kind;
    a.date = date;
    a.score = score;
    a.passed = passed;
    return a;
}

void addCandidate(Session& session, const QString& code)
{
    Unit unit;
    unit.code = code;
    unit.name = u"Unidad "_s + code;
    ASSERT_TRUE(UnitService(session).save({ unit }, UnitService::Origin::Edited).ok());
}

UnitStatus statusOf(Session& session, const QString& code)
{
    return UnitService(session).find(code).value()->status;
}

} // namespace

TEST(Qualification, PassMarkDecidesAndActivatesACandidate)
{
    test::TestDatabase db;
    addCandidate(db.session(), u"U1"_s);
    const QDate day = db.session().today().addDays(-1);
    AssessmentService service(db.session());
    EXPECT_TRUE(service.qualificationPasses(60).value());
    EXPECT_FALSE(service.qualificationPasses(59.9).value());

    ASSERT_TRUE(
        service.record({ assessment(u"U1"_s, AssessmentKind::Qualification, day, 59.9, false) })
            .ok());
    EXPECT_EQ(statusOf(db.session(), u"U1"_s), UnitStatus::Candidate);
    ASSERT_TRUE(
        service.record({ assessment(u"U1"_s, AssessmentKind::Qualification, day, 60, true) }).ok());
    EXPECT_EQ(statusOf(db.session(), u"U1"_s), UnitStatus::Active);
    EXPECT_EQ(UnitService(db.session()).find(u"U1"_s).value()->statusSince, day);
    EXPECT_EQ(service.list(u"U1"_s).value().size(), 2);
}

TEST(Qualification, PassMarkIsASetting)
{
    test::TestDatabase db;
    RuleSet rules = RuleService(db.session()).current().value();
    ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kQualificationPassMark), 70).ok());
    ASSERT_TRUE(RuleService(db.session()).saveVersion(rules, u"stricter"_s).ok());
    EXPECT_FALSE(AssessmentService(db.session()).qualificationPasses(65).value());
}

TEST(Qualification, RefusesContradictionsFutureDatesAndUnknownUnits)
{
    test::TestDatabase db;
    addCandidate(db.session(), u"U1"_s);
    const QDate today = db.session().today();
    const BatchStatus refused
        = AssessmentService(db.session())
              .record({ assessment(u"U1"_s, AssessmentKind::Qualification, today, 50, true),
                  assessment(u"U1"_s, AssessmentKind::Qualification, today, 80, false),
                  assessment(u"U1"_s, AssessmentKind::Qualification, today.addDays(1), 80, true),
                  assessment(u"U9"_s, AssessmentKind::Qualification, today, 80, true),
                  assessment(u"U1"_s, AssessmentKind::Qualification, today, 101, true) });
    ASSERT_FALSE(refused.ok());
    QList<std::pair<qsizetype, QString>> places;
    for (const RecordError& error : refused.recordErrors())
        places.append({ error.index, error.field });
    EXPECT_TRUE(places.contains(std::pair<qsizetype, QString>(0, u"passed"_s)));
    EXPECT_TRUE(places.contains(std::pair<qsizetype, QString>(1, u"passed"_s)));
    EXPECT_TRUE(places.contains(std::pair<qsizetype, QString>(2, u"date"_s)));
    EXPECT_TRUE(places.contains(std::pair<qsizetype, QString>(3, u"unit_code"_s)));
    EXPECT_TRUE(places.contains(std::pair<qsizetype, QString>(4, u"score"_s)));
    EXPECT_EQ(AssessmentService(db.session()).list().value().size(), 0);
    EXPECT_EQ(statusOf(db.session(), u"U1"_s), UnitStatus::Candidate);
}

TEST(Retraining, PassReinstatesATerminatedUnitFromItsDate)
{
    test::TestDatabase db;
    test::seedSmallOrganisation(db.session());
    ASSERT_TRUE(UnitService(db.session())
                    .changeStatus(u"U1"_s, UnitStatus::Terminated, u"two strikes"_s)
                    .ok());
    const QDate terminatedOn = db.session().today();
    db.setNow(db.session().now().addDays(20));
    AssessmentService service(db.session());

    const BatchStatus early = service.record(
        { assessment(u"U1"_s, AssessmentKind::Retraining, terminatedOn.addDays(-1), 90, true) });
    ASSERT_FALSE(early.ok()) << "a retraining dated before the termination it answers";
    EXPECT_EQ(early.recordErrors().first().field, u"date"_s);

    const BatchStatus future = service.record({ assessment(
        u"U1"_s, AssessmentKind::Retraining, db.session().today().addDays(1), 90, true) });
    ASSERT_FALSE(future.ok());

    ASSERT_TRUE(service
                    .record({ assessment(
                        u"U1"_s, AssessmentKind::Retraining, terminatedOn.addDays(5), 40, false) })
                    .ok());
    EXPECT_EQ(statusOf(db.session(), u"U1"_s), UnitStatus::Terminated)
        << "a failed retraining changes nothing";

    const QDate passedOn = terminatedOn.addDays(12);
    ASSERT_TRUE(
        service.record({ assessment(u"U1"_s, AssessmentKind::Retraining, passedOn, 85, true) })
            .ok());
    const Unit unit = *UnitService(db.session()).find(u"U1"_s).value();
    EXPECT_EQ(unit.status, UnitStatus::Active);
    EXPECT_EQ(unit.statusSince, passedOn) << "reinstated from the assessment's date";
    EXPECT_FALSE(unit.rectifyBy.isValid());

    const BatchStatus again = service.record(
        { assessment(u"U1"_s, AssessmentKind::Retraining, passedOn.addDays(1), 85, true) });
    EXPECT_FALSE(again.ok()) << "an active unit has no termination to answer";
}

TEST(Assessments, RecordingTheSameAssessmentTwiceKeepsOne)
{
    test::TestDatabase db;
    addCandidate(db.session(), u"U1"_s);
    const Assessment passed = assessment(
        u"U1"_s, AssessmentKind::Qualification, db.session().today().addDays(-3), 75, true);
    ASSERT_TRUE(AssessmentService(db.session()).record({ passed }).ok());
    SaveSummary summary;
    ASSERT_TRUE(AssessmentService(db.session()).record({ passed }, &summary).ok());
    EXPECT_EQ(summary.unchanged, 1);
    EXPECT_EQ(summary.created, 0);
    EXPECT_EQ(AssessmentService(db.session()).list().value().size(), 1);

    addCandidate(db.session(), u"U2"_s);
    Assessment twice = passed;
    twice.unitCode = u"U2"_s;
    const BatchStatus duplicated = AssessmentService(db.session()).record({ twice, twice });
    ASSERT_FALSE(duplicated.ok()) << "the same assessment twice in one file is a mistake";
    EXPECT_EQ(duplicated.recordErrors().first().index, 1);
}

TEST(Assessments, DispatchersMayNotRecordThem)
{
    test::TestDatabase db;
    addCandidate(db.session(), u"U1"_s);
    std::unique_ptr<Session> dispatcher = db.sessionAs(Role::Dispatcher);
    const BatchStatus refused = AssessmentService(*dispatcher)
                                    .record({ assessment(u"U1"_s, AssessmentKind::Qualification,
                                        db.session().today(), 75, true) });
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(statusOf(db.session(), u"U1"_s), UnitStatus::Candidate);
}
