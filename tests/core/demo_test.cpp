// The demo operator: deterministic, realistic, and only for an empty database.
#include "services/boardservice.h"
#include "services/complaintservice.h"
#include "services/complianceservice.h"
#include "services/demo/demoservice.h"
#include "services/evaluationservice.h"
#include "services/technicianservice.h"
#include "services/unitservice.h"
#include "storage/orderrepository.h"
#include "storage/teamrepository.h"
#include "support/testdatabase.h"

#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

QString fingerprint(Session& session)
{
    QStringList lines;
    for (const UnitCompliance& unit : ComplianceService(session).report().value().units) {
        QStringList cells { unit.unitCode, unit.unitName, unitStatusKey(unit.status),
            QString::number(unit.subscribers) };
        for (const ResourceCheck& check : unit.checks)
            cells << QString::number(check.required) << QString::number(check.actual);
        cells << unit.uncoveredAreas;
        lines.append(cells.join(u','));
    }
    for (const Technician& technician : TechnicianService(session).list().value())
        lines.append(technician.code + u',' + technician.name + u',' + technician.phone);
    return lines.join(u'\n');
}

} // namespace

TEST(Demo, SameSeedSameOperatorOtherSeedAnother)
{
    test::TestDatabase first;
    test::TestDatabase second;
    test::TestDatabase third;
    ASSERT_TRUE(DemoService(first.session()).generate(7, 3000).ok());
    ASSERT_TRUE(DemoService(second.session()).generate(7, 3000).ok());
    ASSERT_TRUE(DemoService(third.session()).generate(8, 3000).ok());
    EXPECT_EQ(fingerprint(first.session()), fingerprint(second.session()));
    EXPECT_NE(fingerprint(first.session()), fingerprint(third.session()));
}

TEST(Demo, LooksLikeARealOperator)
{
    test::TestDatabase db;
    Result<DemoSummary> summary = DemoService(db.session()).generate(1);
    ASSERT_TRUE(summary.ok()) << summary.error().toStdString();
    EXPECT_EQ(summary.value().orders, DemoService::kDefaultOrders);
    EXPECT_GE(summary.value().subscribers, 200000);
    EXPECT_LE(summary.value().subscribers, 600000);

    const ComplianceReport report = ComplianceService(db.session()).report().value();
    int compliant = 0;
    for (const UnitCompliance& unit : report.units)
        compliant += unit.compliant() ? 1 : 0;
    EXPECT_GE(compliant, 3);
    EXPECT_GE(report.units.size() - compliant, 3) << "some units must fall short";

    const QList<Unit> units = UnitService(db.session()).list().value();
    bool spanish = false;
    bool chinese = false;
    QList<UnitStatus> statuses;
    for (const Unit& unit : units) {
        spanish = spanish || unit.name.contains(QRegularExpression(u"[áéíóúñÁÉÍÓÚÑ]"_s));
        chinese = chinese || unit.name.contains(QRegularExpression(u"\\p{Han}"_s));
        statuses.append(unit.status);
    }
    EXPECT_TRUE(spanish);
    EXPECT_TRUE(chinese);
    EXPECT_TRUE(statuses.contains(UnitStatus::Active));
    EXPECT_TRUE(statuses.contains(UnitStatus::Candidate));
    EXPECT_TRUE(statuses.contains(UnitStatus::Terminated))
        << "U10 lost its contract to the 80-point rule";

    // The months that ended were evaluated and finalized, with callbacks and complaints.
    const QDate lastMonth
        = QDate(db.session().today().year(), db.session().today().month(), 1).addMonths(-1);
    const MonthEvaluation evaluation = EvaluationService(db.session()).evaluate(lastMonth).value();
    ASSERT_FALSE(evaluation.units.isEmpty());
    int strikes = 0;
    for (const UnitEvaluation& unit : evaluation.units) {
        EXPECT_TRUE(unit.final) << unit.unitCode.toStdString();
        EXPECT_GT(unit.counts.callbacksReached, 0) << unit.unitCode.toStdString();
        strikes += unit.score.strike ? 1 : 0;
    }
    EXPECT_GE(strikes, 1);
    EXPECT_LT(strikes, evaluation.units.size() / 2) << "most units hover above the line";
    EXPECT_FALSE(ComplaintService(db.session()).list({}).value().isEmpty());
}

TEST(Demo, OrdersAtEveryStageOfTheirLife)
{
    test::TestDatabase db;
    ASSERT_TRUE(DemoService(db.session()).generate(3, 4000).ok());
    QSet<OrderStatus> statuses;
    qint64 late = 0;
    qint64 completed = 0;
    BoardQuery all;
    all.scope = BoardQuery::Scope::All;
    std::optional<OrderCursor> after;
    BoardService board(db.session());
    while (true) {
        const QList<WorkOrder> page = board.page(all, after, 500).value();
        if (page.isEmpty())
            break;
        for (const WorkOrder& order : page) {
            statuses.insert(order.status);
            if (order.status == OrderStatus::Completed) {
                ++completed;
                late += order.measuredAt > order.deadline ? 1 : 0;
            }
        }
        after = OrderRepository::cursorAfter(page.last(), all.sort);
    }
    EXPECT_EQ(statuses.size(), allOrderStatuses().size())
        << "new, assigned, scheduled, on site, completed, cancelled";
    EXPECT_GT(completed, 3000);
    EXPECT_GT(late, completed / 50) << "some orders are late";
    EXPECT_LT(late, completed / 3);
}

TEST(Demo, RefusesADatabaseThatHoldsData)
{
    test::TestDatabase db;
    test::seedSmallOrganisation(db.session());
    Result<DemoSummary> refused = DemoService(db.session()).generate(1, 0);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(UnitService(db.session()).list().value().size(), 1);
}

// Assigning an order reads its unit's compliance and its team alone (not every unit's and
// every team's areas): what is read alone must be what the whole report and list say.
TEST(Demo, AUnitOrTeamReadAloneIsAsTheWholeListHasIt)
{
    test::TestDatabase db;
    ASSERT_TRUE(DemoService(db.session()).generate(3, 500).ok());
    const ComplianceService compliance(db.session());
    const ComplianceReport report = compliance.report().value();
    ASSERT_GE(report.units.size(), 5);
    int short_ = 0;
    for (const UnitCompliance& whole : std::as_const(report.units)) {
        Result<std::optional<UnitCompliance>> alone = compliance.unit(whole.unitCode);
        ASSERT_TRUE(alone.ok()) << alone.error().toStdString();
        ASSERT_TRUE(alone.value().has_value()) << whole.unitCode.toStdString();
        const UnitCompliance& unit = *alone.value();
        EXPECT_EQ(unit.unitName, whole.unitName);
        EXPECT_EQ(unit.status, whole.status);
        EXPECT_EQ(unit.subscribers, whole.subscribers);
        EXPECT_EQ(unit.uncoveredAreas, whole.uncoveredAreas);
        ASSERT_EQ(unit.checks.size(), whole.checks.size());
        for (qsizetype i = 0; i < unit.checks.size(); ++i) {
            EXPECT_EQ(unit.checks.at(i).resource, whole.checks.at(i).resource);
            EXPECT_EQ(unit.checks.at(i).required, whole.checks.at(i).required);
            EXPECT_EQ(unit.checks.at(i).actual, whole.checks.at(i).actual)
                << whole.unitCode.toStdString();
        }
        short_ += whole.compliant() ? 0 : 1;
    }
    EXPECT_GT(short_, 0) << "the demo has units short of something: the test compares them";
    EXPECT_FALSE(compliance.unit(u"NO-SUCH-UNIT"_s).value().has_value());

    TeamRepository teams(db.session().database());
    const QList<Team> all = teams.all().value();
    ASSERT_GE(all.size(), 10);
    for (const Team& listed : all) {
        const std::optional<Team> found = teams.find(listed.code).value();
        ASSERT_TRUE(found.has_value());
        EXPECT_EQ(found->areaCodes, listed.areaCodes) << listed.code.toStdString();
        EXPECT_EQ(found->unitCode, listed.unitCode);
        EXPECT_FALSE(found->areaCodes.isEmpty()) << listed.code.toStdString();
    }
}
