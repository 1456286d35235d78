// SPEC §1: who may do what, enforced in core.
#include "rules/permissions.h"

#include <gtest/gtest.h>

using namespace fd;

TEST(Permissions, MatrixFollowsSpec)
{
    struct Row
    {
        Action action;
        bool dispatcher, agent, evaluator, admin, supervisor, representative = false;
    };
    const Row rows[] = {
        { Action::ViewOrganisation, true, true, true, true, true },
        { Action::ManageOrganisation, false, false, true, true, false },
        { Action::RecordAssessment, false, false, true, true, false },
        { Action::ChangeRules, false, false, true, true, false },
        { Action::ImportOrganisation, false, false, true, true, false },
        { Action::ChangeSettings, false, false, false, true, false },
        { Action::LoadDemoData, false, false, false, true, false },
        { Action::ViewOrders, true, true, true, true, true, true },
        { Action::DispatchOrders, true, false, false, true, false },
        { Action::ExemptOrders, false, false, true, true, false },
        { Action::ViewCallbacks, true, true, true, true, true },
        { Action::WorkCallbacks, false, true, false, true, false },
        { Action::RegisterComplaint, false, true, true, true, false },
        { Action::JudgeComplaint, false, false, true, true, false },
        { Action::ViewEvaluations, true, true, true, true, true, true },
        { Action::ViewCompliance, true, true, true, true, true, true },
        { Action::FileAppeal, false, false, true, true, false, true },
        { Action::DecideAppeal, false, false, true, true, false, false },
        { Action::EnterScores, false, false, true, true, false },
        { Action::FinalizeEvaluation, false, false, true, true, false },
        { Action::ReopenEvaluation, false, false, false, true, false },
        { Action::ViewAudit, false, false, true, true, false },
        { Action::ManageUsers, false, false, false, true, false },
        { Action::ManageBackups, false, false, false, true, false },
        { Action::ViewCallQuality, false, false, true, true, true },
        { Action::MonitorCalls, false, false, false, true, true },
    };
    for (const Row& row : rows) {
        EXPECT_EQ(isAllowed(Role::Dispatcher, row.action), row.dispatcher) << int(row.action);
        EXPECT_EQ(isAllowed(Role::CallbackAgent, row.action), row.agent) << int(row.action);
        EXPECT_EQ(isAllowed(Role::Evaluator, row.action), row.evaluator) << int(row.action);
        EXPECT_EQ(isAllowed(Role::Admin, row.action), row.admin) << int(row.action);
        EXPECT_EQ(isAllowed(Role::CallbackSupervisor, row.action), row.supervisor)
            << int(row.action);
        EXPECT_EQ(isAllowed(Role::UnitRepresentative, row.action), row.representative)
            << int(row.action);
    }
}

TEST(Permissions, RefusalNamesRoleAndAction)
{
    const Status refused
        = checkAllowed(Actor { QStringLiteral("ana"), Role::Dispatcher }, Action::ChangeRules);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(roleDisplayName(Role::Dispatcher)));
    EXPECT_TRUE(refused.error().contains(actionDisplayName(Action::ChangeRules)));
}
