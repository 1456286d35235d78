// SPEC §1: the unit representative is bound to one unit and sees only its evaluations,
// evidence, compliance and orders, and files appeals for it. Enforced in the core, row by
// row: here the representative of U1 reaches for U2 through every service and is refused
// (or gets U1's rows only). Runs on both engines (the pg. run of this binary).
#include "services/appealservice.h"
#include "services/boardservice.h"
#include "services/bulletinservice.h"
#include "services/callbackservice.h"
#include "services/complaintservice.h"
#include "services/complianceservice.h"
#include "services/evaluationservice.h"
#include "services/evidenceservice.h"
#include "services/export/dataexport.h"
#include "services/import/importservice.h"
#include "services/indicatorservice.h"
#include "services/kpiservice.h"
#include "services/orderservice.h"
#include "services/planservice.h"
#include "services/scheduleservice.h"
#include "services/unitservice.h"
#include "services/userservice.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kSeptember(2026, 9, 1);

void importOrDie(Session& session, ImportKind kind, const QByteArray& rows)
{
    ImportFailure failure;
    const QByteArray file = importColumns(kind).join(u',').toUtf8() + "\n" + rows;
    ASSERT_TRUE(ImportService(session).importBytes(kind, file, u"f.csv"_s, &failure).ok())
        << failure.describe().join(u"\n"_s).toStdString();
}

template <typename T> bool refused(const Result<T>& result)
{
    return !result.ok();
}
bool refused(const Status& status)
{
    return !status.ok();
}

class Representative : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::seedSmallOrganisation(db.session());
        importOrDie(db.session(), ImportKind::Units, "U2,Dos,,,active\n");
        importOrDie(db.session(), ImportKind::Areas, "A3,Barranco,U2,900\n");
        importOrDie(db.session(), ImportKind::Teams, "T2,U2,Cuadrilla 2,A3\n");
        importOrDie(
            db.session(), ImportKind::Technicians, "P1,T1,Ana,,,yes,yes\nP2,T2,Eva,,,yes,yes\n");
        const QByteArray done = ",completed,yes,yes,yes,yes,yes,Cliente,-20,\n";
        importOrDie(db.session(), ImportKind::Orders,
            "O1,install,ACC-1,Cliente,,,A1,2026-09-10T09:00:00,T1,P1,,,,,2026-09-12T10:00:00,"
            "2026-09-12T11:00:00"
                + done
                + "O2,install,ACC-2,Cliente,,,A3,2026-09-10T09:00:00,T2,P2,,,,,"
                  "2026-09-12T10:00:00,2026-09-12T11:00:00"
                + done
                + "B1,repair,ACC-3,Cliente,,,A1,2026-11-19T09:00:00,T1,P1,2026-11-19T09:30:00,"
                  "2026-11-20T09:00:00,2026-11-20T11:00:00,no,,,scheduled,,,,,,,,\n"
                + "B2,repair,ACC-4,Cliente,,,A3,2026-11-19T09:00:00,T2,P2,2026-11-19T09:30:00,"
                  "2026-11-20T09:00:00,2026-11-20T11:00:00,no,,,scheduled,,,,,,,,\n");
        importOrDie(db.session(), ImportKind::Complaints,
            "O2,,2026-09-18T10:00:00,hotline,attitude,verified,yes,2026-09-20T10:00:00,Rude\n");
        rita = db.sessionAs(Actor { u"rita"_s, Role::UnitRepresentative, u"U1"_s });
    }

    test::TestDatabase db; // the clock stands at 2026-11-20 05:00 in Lima
    std::unique_ptr<Session> rita;
};

} // namespace

TEST_F(Representative, EvaluationsAndEvidenceOfItsOwnUnitOnly)
{
    EvaluationService evaluations(*rita);
    Result<MonthEvaluation> month = evaluations.evaluate(kSeptember);
    ASSERT_TRUE(month.ok()) << month.error().toStdString();
    ASSERT_EQ(month.value().units.size(), 1);
    EXPECT_EQ(month.value().units.first().unitCode, u"U1"_s);
    EXPECT_TRUE(evaluations.evidence(kSeptember, u"U1"_s).ok());
    Result<QList<EvidenceRow>> theirs = evaluations.evidence(kSeptember, u"U2"_s);
    ASSERT_FALSE(theirs.ok());
    EXPECT_TRUE(theirs.error().contains(u"U2"_s)) << theirs.error().toStdString();
    EXPECT_TRUE(refused(evaluations.finalizedMonths(u"U2"_s)));
    EXPECT_TRUE(refused(evaluations.currentStrikes(u"U2"_s)));
    EXPECT_TRUE(evaluations.currentStrikes(u"U1"_s).ok());

    EvidenceService evidence(*rita);
    EXPECT_TRUE(evidence.evaluation(kSeptember, u"U1"_s).ok());
    EXPECT_TRUE(refused(evidence.evaluation(kSeptember, u"U2"_s)));
    EXPECT_TRUE(refused(evidence.callbacksDue(kSeptember, u"U2"_s)));
    EXPECT_TRUE(refused(evidence.complaintsReceived(kSeptember, u"U2"_s)));
    // Rows of another unit handed in directly are refused too.
    const QList<EvidenceRow> u2Rows
        = EvaluationService(db.session()).evidence(kSeptember, u"U2"_s).value();
    ASSERT_FALSE(u2Rows.isEmpty());
    EXPECT_TRUE(refused(evidence.describe(u2Rows)));

    const QList<Indicators> indicators = IndicatorService(*rita).month(kSeptember).value().units;
    ASSERT_EQ(indicators.size(), 1);
    EXPECT_EQ(indicators.first().unitCode, u"U1"_s);
    EXPECT_EQ(IndicatorService(*rita).month(kSeptember).value().overall.ordersDue, 1)
        << "overall is its own unit's";

    Result<QList<KpiRow>> kpi = KpiService(*rita).month(kSeptember);
    ASSERT_TRUE(kpi.ok()) << kpi.error().toStdString();
    ASSERT_EQ(kpi.value().size(), 1);
    EXPECT_EQ(kpi.value().first().unit, u"U1"_s);
    EXPECT_TRUE(refused(KpiService(*rita).month(kSeptember, u"U2"_s)));
}

TEST_F(Representative, ComplianceOfItsOwnUnitOnly)
{
    Result<ComplianceReport> report = ComplianceService(*rita).report();
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    ASSERT_EQ(report.value().units.size(), 1);
    EXPECT_EQ(report.value().units.first().unitCode, u"U1"_s);
    EXPECT_TRUE(refused(ComplianceService(*rita).unit(u"U2"_s)));
    EXPECT_TRUE(ComplianceService(*rita).unit(u"U1"_s).value().has_value());
}

TEST_F(Representative, OrdersOfItsOwnUnitOnly)
{
    OrderService orders(*rita);
    ASSERT_TRUE(orders.find(u"O1"_s).ok());
    EXPECT_TRUE(orders.find(u"O1"_s).value().has_value());
    Result<std::optional<WorkOrder>> theirs = orders.find(u"O2"_s);
    ASSERT_FALSE(theirs.ok()) << "another unit's order is refused, not hidden";
    EXPECT_TRUE(refused(orders.history(u"O2"_s)));
    EXPECT_TRUE(orders.history(u"O1"_s).ok());
    EXPECT_TRUE(refused(orders.proposeTeams(u"O1"_s)));

    BoardService board(*rita);
    BoardQuery all;
    all.scope = BoardQuery::Scope::All;
    Result<QList<WorkOrder>> page = board.page(all, std::nullopt, 100);
    ASSERT_TRUE(page.ok()) << page.error().toStdString();
    QStringList numbers;
    for (const WorkOrder& order : page.value())
        numbers.append(order.number);
    numbers.sort();
    EXPECT_EQ(numbers, (QStringList { u"B1"_s, u"O1"_s }));
    BoardQuery other = all;
    other.unitCode = u"U2"_s;
    EXPECT_TRUE(refused(board.page(other, std::nullopt, 100)));
    EXPECT_TRUE(refused(board.counts(other)));
    EXPECT_EQ(board.counts(all).value().matching, 2);
    Result<QList<WorkOrder>> found = board.search(u"ACC"_s, 50);
    ASSERT_TRUE(found.ok()) << found.error().toStdString();
    for (const WorkOrder& order : found.value())
        EXPECT_EQ(order.unitCode, u"U1"_s) << order.number.toStdString();
    EXPECT_TRUE(refused(board.teamDay(u"T2"_s, QDate(2026, 11, 20))));
    EXPECT_TRUE(board.teamDay(u"T1"_s, QDate(2026, 11, 20)).ok());

    ScheduleService schedule(*rita);
    Result<QList<TeamDay>> days = schedule.day(QDate(2026, 11, 20));
    ASSERT_TRUE(days.ok()) << days.error().toStdString();
    ASSERT_EQ(days.value().size(), 1);
    EXPECT_EQ(days.value().first().team, u"T1"_s);
    EXPECT_TRUE(refused(schedule.day(QDate(2026, 11, 20), u"T2"_s)));
}

TEST_F(Representative, NothingElse)
{
    EXPECT_TRUE(refused(UnitService(*rita).list()));
    EXPECT_TRUE(refused(ComplaintService(*rita).list(ComplaintFilter())));
    EXPECT_TRUE(refused(CallbackService(*rita).counts(QDate(2026, 11, 20))));
    EXPECT_TRUE(refused(BulletinService(*rita).daily(QDate(2026, 9, 12))));
    EXPECT_TRUE(refused(DataExport(*rita).table(ImportKind::Orders)));
    EXPECT_TRUE(refused(PlanService(*rita).propose(QDate(2026, 11, 20))));
    EXPECT_TRUE(refused(AppealService(*rita).file(
        u"U2"_s, kSeptember, AppealItem::Complaint, u"1"_s, u"not ours"_s)));
    EXPECT_TRUE(
        refused(EvaluationService(*rita).setRoomScore(kSeptember, u"U1"_s, Rational(15), {})));
    // Bound to no unit, a representative sees nothing.
    std::unique_ptr<Session> unbound = db.sessionAs(Role::UnitRepresentative);
    EXPECT_TRUE(refused(EvaluationService(*unbound).evaluate(kSeptember)));
    EXPECT_TRUE(refused(ComplianceService(*unbound).report()));
}

TEST_F(Representative, UsersAreBoundToAUnit)
{
    UserService users(db.session());
    User rep;
    rep.name = u"rita"_s;
    rep.role = Role::UnitRepresentative;
    EXPECT_TRUE(refused(users.create(rep, u"a fine password"_s))) << "no unit";
    rep.unitCode = u"U9"_s;
    EXPECT_TRUE(refused(users.create(rep, u"a fine password"_s))) << "no such unit";
    User dispatcher;
    dispatcher.name = u"dora"_s;
    dispatcher.role = Role::Dispatcher;
    dispatcher.unitCode = u"U1"_s;
    EXPECT_TRUE(refused(users.create(dispatcher, u"a fine password"_s))) << "only representatives";
    rep.unitCode = u"U1"_s;
    Result<User> created = users.create(rep, u"a fine password"_s);
    ASSERT_TRUE(created.ok()) << created.error().toStdString();
    EXPECT_EQ(created.value().unitCode, u"U1"_s);
    Result<Actor> signedIn
        = SignInService(db.database(), db.session().now()).signIn(u"rita"_s, u"a fine password"_s);
    ASSERT_TRUE(signedIn.ok()) << signedIn.error().toStdString();
    EXPECT_EQ(signedIn.value().role, Role::UnitRepresentative);
    EXPECT_EQ(signedIn.value().unitCode, u"U1"_s);
    // Moved to U2 by an admin.
    User moved = created.value();
    moved.unitCode = u"U2"_s;
    ASSERT_TRUE(users.update(moved).ok());
    EXPECT_EQ(users.list().value().constLast().unitCode, u"U2"_s);
}
