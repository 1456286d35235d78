// SPEC §1: who may do what, enforced in core.
#include "rules/permissions.h"

#include <gtest/gtest.h>

using namespace fd;

TEST(Permissions, MatrixFollowsSpec)
{
    struct Row
    {
        Action action;
        bool dispatcher, agent, evaluator, admin;
    };
    const Row rows[] = {
        { Action::ViewOrganisation, true, true, true, true },
        { Action::ManageOrganisation, false, false, true, true },
        { Action::RecordAssessment, false, false, true, true },
        { Action::ChangeRules, false, false, true, true },
        { Action::ImportOrganisation, false, false, true, true },
        { Action::ChangeSettings, false, false, false, true },
        { Action::LoadDemoData, false, false, false, true },
        { Action::ViewOrders, true, true, true, true },
        { Action::DispatchOrders, true, false, false, true },
        { Action::ExemptOrders, false, false, true, true },
        { Action::ViewCallbacks, true, true, true, true },
        { Action::WorkCallbacks, false, true, false, true },
        { Action::RegisterComplaint, false, true, true, true },
        { Action::JudgeComplaint, false, false, true, true },
        { Action::ViewEvaluations, true, true, true, true },
        { Action::EnterScores, false, false, true, true },
        { Action::FinalizeEvaluation, false, false, true, true },
        { Action::ReopenEvaluation, false, false, false, true },
        { Action::ViewAudit, false, false, true, true },
        { Action::ManageUsers, false, false, false, true },
        { Action::ManageBackups, false, false, false, true },
    };
    for (const Row& row : rows) {
        EXPECT_EQ(isAllowed(Role::Dispatcher, row.action), row.dispatcher) << int(row.action);
        EXPECT_EQ(isAllowed(Role::CallbackAgent, row.action), row.agent) << int(row.action);
        EXPECT_EQ(isAllowed(Role::Evaluator, row.action), row.evaluator) << int(row.action);
        EXPECT_EQ(isAllowed(Role::Admin, row.action), row.admin) << int(row.action);
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
