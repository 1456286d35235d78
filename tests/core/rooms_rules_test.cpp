// The rule tables of issue 13 (rules/orderflow.h, rules/scoring.h), read by services and
// pages alike: which step from which status and by whom, the statuses that count, the three
// scoring rates and the contract standing.
#include "domain/callback.h"
#include "rules/orderflow.h"
#include "rules/scoring.h"

#include <gtest/gtest.h>

using namespace fd;

namespace {

using S = OrderStatus;

struct StepCase
{
    OrderStep step;
    QList<OrderStatus> allowed;
};

} // namespace

TEST(OrderFlow, EachStepFromItsStatusesOnly)
{
    // SPEC §4, status by status.
    const StepCase cases[] = {
        { OrderStep::Assign, { S::New, S::Assigned, S::Scheduled } },
        { OrderStep::Schedule, { S::Assigned, S::Scheduled } },
        { OrderStep::Arrive, { S::Assigned, S::Scheduled } },
        { OrderStep::Complete, { S::OnSite } },
        { OrderStep::Cancel, { S::New, S::Assigned, S::Scheduled, S::OnSite } },
        { OrderStep::Exempt, { S::New, S::Assigned, S::Scheduled, S::OnSite, S::Completed } },
    };
    ASSERT_EQ(std::size(cases), size_t(allOrderSteps().size()));
    for (const StepCase& c : cases) {
        for (OrderStatus status : allOrderStatuses()) {
            EXPECT_EQ(stepAllowedFrom(c.step, status), c.allowed.contains(status))
                << "step " << int(c.step) << " from " << orderStatusKey(status).toStdString();
        }
        EXPECT_EQ(statusesAllowing(c.step), c.allowed);
    }
}

TEST(OrderFlow, CancelFromEveryOpenStatusAndNothingLeavesAFinishedOrder)
{
    EXPECT_EQ(statusesAllowing(OrderStep::Cancel), openOrderStatuses());
    for (OrderStep step : allOrderSteps()) {
        EXPECT_FALSE(stepAllowedFrom(step, S::Cancelled)) << int(step);
        if (step != OrderStep::Exempt) {
            EXPECT_FALSE(stepAllowedFrom(step, S::Completed)) << int(step);
        }
    }
}

TEST(OrderFlow, ByWhom)
{
    for (OrderStep step : allOrderSteps()) {
        const Action expected
            = step == OrderStep::Exempt ? Action::ExemptOrders : Action::DispatchOrders;
        EXPECT_EQ(actionOf(step), expected) << int(step);
    }
    for (Role role : { Role::Admin, Role::Dispatcher, Role::CallbackAgent, Role::Evaluator }) {
        for (OrderStep step : allOrderSteps()) {
            for (OrderStatus status : allOrderStatuses()) {
                EXPECT_EQ(canTakeStep(role, step, status),
                    stepAllowedFrom(step, status) && isAllowed(role, actionOf(step)));
            }
        }
    }
    EXPECT_TRUE(canTakeStep(Role::Dispatcher, OrderStep::Assign, S::New));
    EXPECT_FALSE(canTakeStep(Role::CallbackAgent, OrderStep::Assign, S::New));
}

TEST(OrderFlow, EveryStatusButCancelledCounts)
{
    EXPECT_EQ(countingOrderStatuses(),
        (QList<OrderStatus> { S::New, S::Assigned, S::Scheduled, S::OnSite, S::Completed }));
    EXPECT_FALSE(countsTowardTimeliness(S::Cancelled));
    EXPECT_TRUE(countsTowardTimeliness(S::Completed));
}

TEST(ScoringRates, TheThreeRatesAndTheirEmptyCases)
{
    MonthCounts counts;
    MonthRates rates = monthRates(counts);
    EXPECT_EQ(rates.onTime, Rational(1)); // nothing due
    EXPECT_EQ(rates.repeat, Rational(0)); // no repair
    EXPECT_EQ(rates.yes, Rational(1)); // nobody reached
    counts.ordersDue = 8;
    counts.ordersOnTime = 6;
    counts.repairs = 5;
    counts.repeats = 1;
    counts.callbacksReached = 10;
    counts.yesAnswers = 45; // of 10 × 6 questions
    rates = monthRates(counts);
    EXPECT_EQ(rates.onTime, Rational(3, 4));
    EXPECT_EQ(rates.repeat, Rational(1, 5));
    EXPECT_EQ(rates.yes, Rational(45, 10 * kCallbackQuestionCount));
    const MonthScore score = scoreMonth(ScoringRules(), counts);
    EXPECT_EQ(score.onTimeRate, rates.onTime);
    EXPECT_EQ(score.repeatRate, rates.repeat);
    EXPECT_EQ(score.yesRate, rates.yes);
}

TEST(ContractStanding, ClearWarnedTerminated)
{
    ScoringRules rules;
    rules.strikesToTerminate = 2;
    EXPECT_EQ(contractStanding(0, rules), ContractStanding::Clear);
    EXPECT_EQ(contractStanding(1, rules), ContractStanding::Warned);
    EXPECT_EQ(contractStanding(2, rules), ContractStanding::Terminated);
    EXPECT_EQ(contractStanding(3, rules), ContractStanding::Terminated);
    rules.strikesToTerminate = 3;
    EXPECT_EQ(contractStanding(2, rules), ContractStanding::Warned);
    EXPECT_EQ(contractStanding(3, rules), ContractStanding::Terminated);
}
