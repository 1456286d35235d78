// SPEC §1 and issue 6: every service action called by every role. A role the matrix does not
// allow is refused by the service itself, with the refusal that names the role and the
// action; an allowed role never gets that refusal (it may still fail for reasons of data,
// which this test does not judge). Nothing here goes through a window or a button.
#include "rules/permissions.h"
#include "services/appealservice.h"
#include "services/areaservice.h"
#include "services/assessmentservice.h"
#include "services/auditservice.h"
#include "services/boardservice.h"
#include "services/bulletinservice.h"
#include "services/callbackservice.h"
#include "services/complaintservice.h"
#include "services/complianceservice.h"
#include "services/demo/demoservice.h"
#include "services/equipmentservice.h"
#include "services/evaluationservice.h"
#include "services/import/importservice.h"
#include "services/indicatorservice.h"
#include "services/kpiservice.h"
#include "services/orderservice.h"
#include "services/qualityservice.h"
#include "services/ruleservice.h"
#include "services/standingservice.h"
#include "services/teamservice.h"
#include "services/technicianservice.h"
#include "services/unitservice.h"
#include "services/userservice.h"
#include "support/testdatabase.h"

#include <functional>
#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

// Turns any service outcome into the one error line it carries (empty on success).
template <typename T> QString outcome(const Result<T>& result)
{
    return result.ok() ? QString() : result.error();
}
QString outcome(const Status& status)
{
    return status.ok() ? QString() : status.error();
}
QString outcome(const BatchStatus& status)
{
    return status.ok() ? QString() : status.error();
}

struct Case
{
    const char* name;
    Action action;
    std::function<QString(const Session&)> call;
};

QList<Case> cases()
{
    const QDate month(2026, 10, 1);
    return {
        { "units.list", Action::ViewOrganisation,
            [](const Session& s) { return outcome(UnitService(s).list()); } },
        { "compliance.report", Action::ViewCompliance,
            [](const Session& s) { return outcome(ComplianceService(s).report()); } },
        { "units.save", Action::ManageOrganisation,
            [](const Session& s) {
                Unit unit;
                unit.code = u"U9"_s;
                unit.name = u"Nueva"_s;
                return outcome(UnitService(s).save({ unit }, UnitService::Origin::Edited));
            } },
        { "units.status", Action::ManageOrganisation,
            [](const Session& s) {
                return outcome(UnitService(s).changeStatus(u"U1"_s, UnitStatus::Retired, u"x"_s));
            } },
        { "areas.active", Action::ManageOrganisation,
            [](const Session& s) { return outcome(AreaService(s).setActive(u"A1"_s, true)); } },
        { "teams.active", Action::ManageOrganisation,
            [](const Session& s) { return outcome(TeamService(s).setActive(u"T1"_s, true)); } },
        { "technicians.save", Action::ManageOrganisation,
            [](const Session& s) {
                return outcome(TechnicianService(s).save(
                    { { u"P9"_s, u"T1"_s, u"Ana"_s, u""_s, u""_s, true, true } }));
            } },
        { "equipment.save", Action::ManageOrganisation,
            [](const Session& s) {
                EquipmentHolding holding;
                holding.unitCode = u"U1"_s;
                holding.kind = EquipmentKind::Ladder;
                holding.quantity = 1;
                return outcome(EquipmentService(s).save({ holding }));
            } },
        { "assessments.record", Action::RecordAssessment,
            [](const Session& s) {
                Assessment assessment;
                assessment.unitCode = u"U1"_s;
                assessment.date = s.today();
                assessment.score = 70;
                assessment.passed = true;
                return outcome(AssessmentService(s).record({ assessment }));
            } },
        { "rules.save", Action::ChangeRules,
            [](const Session& s) {
                RuleSet rules = RuleService(s).current().value();
                (void)rules.set(QString::fromUtf16(rule::kComplaintPenaltyPoints), 3);
                return outcome(RuleService(s).saveVersion(rules, u"test"_s));
            } },
        { "settings.timezone", Action::ChangeSettings,
            [](const Session& s) {
                return outcome(RuleService(s).setTimeZoneId(u"America/Lima"_s));
            } },
        { "import.units", Action::ImportOrganisation,
            [](const Session& s) {
                return outcome(ImportService(s).importBytes(ImportKind::Units,
                    "code,name,contract_no,contract_start,status\nU8,Ocho,C-8,2026-01-01,active\n",
                    u"units.csv"_s));
            } },
        { "demo.generate", Action::LoadDemoData,
            [](const Session& s) { return outcome(DemoService(s).generate(1, 0)); } },
        { "board.page", Action::ViewOrders,
            [](const Session& s) { return outcome(BoardService(s).page({}, std::nullopt, 10)); } },
        { "orders.create", Action::DispatchOrders,
            [](const Session& s) {
                WorkOrder order;
                order.number = u"WO-M-"_s + roleKey(s.actor().role);
                order.kind = OrderKind::Repair;
                order.account = u"AC-1"_s;
                order.customer = u"Rosa"_s;
                order.areaCode = u"A1"_s;
                return outcome(OrderService(s).create(order));
            } },
        { "orders.assign", Action::DispatchOrders,
            [](const Session& s) {
                return outcome(OrderService(s).assign(u"WO-1"_s, 1, u"T1"_s, {}));
            } },
        { "orders.cancel", Action::DispatchOrders,
            [](const Session& s) {
                return outcome(OrderService(s).cancel(u"WO-1"_s, 1, u"duplicate"_s));
            } },
        { "orders.exempt", Action::ExemptOrders,
            [](const Session& s) {
                return outcome(
                    OrderService(s).exempt(u"WO-1"_s, 1, ExemptReason::Customer, u"away"_s));
            } },
        { "callbacks.queue", Action::ViewCallbacks,
            [](const Session& s) { return outcome(CallbackService(s).queue(s.today())); } },
        { "callbacks.attempt", Action::WorkCallbacks,
            [](const Session& s) {
                return outcome(
                    CallbackService(s).recordAttempt(1, 1, s.now(), CallbackOutcome::NoAnswer));
            } },
        { "complaints.list", Action::ViewCallbacks,
            [](const Session& s) { return outcome(ComplaintService(s).list({})); } },
        { "complaints.register", Action::RegisterComplaint,
            [](const Session& s) {
                Complaint complaint;
                complaint.unitCode = u"U1"_s;
                complaint.source = ComplaintSource::Hotline;
                complaint.category = ComplaintCategory::Late;
                complaint.description = u"late"_s;
                return outcome(ComplaintService(s).registerComplaint(complaint));
            } },
        { "complaints.verify", Action::JudgeComplaint,
            [](const Session& s) {
                return outcome(ComplaintService(s).verify(1, 1, true, u"ok"_s));
            } },
        { "complaints.reject", Action::JudgeComplaint,
            [](const Session& s) { return outcome(ComplaintService(s).reject(1, 1, u"no"_s)); } },
        { "complaints.resolve", Action::JudgeComplaint,
            [](const Session& s) {
                return outcome(ComplaintService(s).resolve(1, 1, u"done"_s));
            } },
        { "bulletin.daily", Action::ViewCallbacks,
            [](const Session& s) { return outcome(BulletinService(s).daily(s.today())); } },
        { "appeals.file", Action::FileAppeal,
            [month](const Session& s) {
                return outcome(AppealService(s).file(
                    u"U1"_s, month, AppealItem::LateOrder, u"NO-SUCH"_s, u"grounds"_s));
            } },
        { "appeals.decide", Action::DecideAppeal,
            [](const Session& s) { return outcome(AppealService(s).decide(1, true, u"x"_s)); } },
        { "kpi.month", Action::ViewEvaluations,
            [month](const Session& s) { return outcome(KpiService(s).month(month)); } },
        { "evaluation.evaluate", Action::ViewEvaluations,
            [month](const Session& s) { return outcome(EvaluationService(s).evaluate(month)); } },
        { "indicators.month", Action::ViewEvaluations,
            [month](const Session& s) { return outcome(IndicatorService(s).month(month)); } },
        { "standings", Action::ViewEvaluations,
            [](const Session& s) { return outcome(StandingService(s).standings()); } },
        { "evaluation.room", Action::EnterScores,
            [month](const Session& s) {
                return outcome(
                    EvaluationService(s).setRoomScore(month, u"U1"_s, Rational(12), u"ok"_s));
            } },
        { "evaluation.adjustment", Action::EnterScores,
            [month](const Session& s) {
                return outcome(
                    EvaluationService(s).setAdjustment(month, u"U1"_s, Rational(1), u"storm"_s));
            } },
        { "evaluation.finalize", Action::FinalizeEvaluation,
            [month](const Session& s) { return outcome(EvaluationService(s).finalize(month)); } },
        { "evaluation.reopen", Action::ReopenEvaluation,
            [month](const Session& s) {
                return outcome(EvaluationService(s).reopen(month, u"U1"_s, u"recount"_s));
            } },
        { "audit.search", Action::ViewAudit,
            [](const Session& s) { return outcome(AuditService(s).search({})); } },
        { "audit.verify", Action::ViewAudit,
            [](const Session& s) { return outcome(AuditService(s).verify()); } },
        { "quality.report", Action::ViewCallQuality,
            [month](const Session& s) { return outcome(QualityService(s).report(month)); } },
        { "quality.sample", Action::ViewCallQuality,
            [month](const Session& s) { return outcome(QualityService(s).sample(month)); } },
        { "quality.score", Action::MonitorCalls,
            [](const Session& s) { return outcome(QualityService(s).score(u"WO-1"_s, {}, {})); } },
        { "users.list", Action::ManageUsers,
            [](const Session& s) { return outcome(UserService(s).list()); } },
        { "users.create", Action::ManageUsers,
            [](const Session& s) {
                User user;
                user.name = u"new-"_s + roleKey(s.actor().role);
                user.role = Role::Dispatcher;
                return outcome(UserService(s).create(user, u"long enough 1"_s));
            } },
        { "users.update", Action::ManageUsers,
            [](const Session& s) {
                User user;
                user.name = u"ana"_s;
                user.role = Role::Evaluator;
                return outcome(UserService(s).update(user));
            } },
        { "users.password", Action::ManageUsers,
            [](const Session& s) {
                return outcome(UserService(s).resetPassword(u"ana"_s, u"another one 2"_s));
            } },
    };
}

class RoleMatrix : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::seedSmallOrganisation(db.session());
        WorkOrder order;
        order.number = u"WO-1"_s;
        order.kind = OrderKind::Repair;
        order.account = u"AC-9"_s;
        order.customer = u"José"_s;
        order.areaCode = u"A1"_s;
        ASSERT_TRUE(OrderService(db.session()).create(order).ok());
        User ana;
        ana.name = u"ana"_s;
        ana.role = Role::Dispatcher;
        ASSERT_TRUE(UserService(db.session()).create(ana, u"a fine password"_s).ok());
    }

    test::TestDatabase db;
};

} // namespace

TEST_F(RoleMatrix, EveryServiceActionAllowsExactlyTheRolesOfSpec)
{
    const QList<Role> roles = allRoles();
    int refusals = 0;
    int calls = 0;
    for (const Case& entry : cases()) {
        for (Role role : roles) {
            std::unique_ptr<Session> session = db.sessionAs(role);
            const QString refusal = refusalText(role, entry.action);
            const QString got = entry.call(*session);
            ++calls;
            if (isAllowed(role, entry.action)) {
                EXPECT_NE(got, refusal)
                    << entry.name << " refused for " << roleKey(role).toStdString();
            } else {
                ++refusals;
                EXPECT_EQ(got, refusal)
                    << entry.name << " not refused for " << roleKey(role).toStdString();
            }
        }
    }
    EXPECT_EQ(calls, int(cases().size() * roles.size()));
    EXPECT_GT(refusals, calls / 4) << "the matrix has teeth";
}
