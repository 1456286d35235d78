// The rule tables of issue 13 (rules/orderflow.h, rules/scoring.h), read by services and
// pages alike: which step from which status and by whom, the statuses that count, the three
// scoring rates and the contract standing; and FD_TRY_ASSIGN beside FD_TRY (common/result.h).
#include "common/result.h"
#include "domain/callback.h"
#include "rules/orderflow.h"
#include "rules/scoring.h"

#include <gtest/gtest.h>
#include <memory>
#include <type_traits>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

using S = OrderStatus;

// Stand-ins for a repository call: a value, or an error that says what went wrong.
Result<std::unique_ptr<int>> loadNumber(bool works, int value)
{
    if (!works)
        return Error(u"The number could not be read."_s);
    return std::make_unique<int>(value);
}

int g_reachedAfter = 0;

// A Result-returning use case: the value moved out (unique_ptr: no copy possible).
Result<int> doubled(bool works)
{
    FD_TRY_ASSIGN(std::unique_ptr<int> number, loadNumber(works, 21));
    ++g_reachedAfter;
    return *number * 2;
}

// A Status-returning one assigning to a variable declared before it.
Status summed(bool firstWorks, bool secondWorks, int& sum)
{
    std::unique_ptr<int> first;
    FD_TRY_ASSIGN(first, loadNumber(firstWorks, 1));
    FD_TRY_ASSIGN(const std::unique_ptr<int> second, loadNumber(secondWorks, 2));
    sum = *first + *second;
    return Status::success();
}

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

TEST(TryAssign, GivesTheValueOrPassesTheErrorOn)
{
    g_reachedAfter = 0;
    Result<int> good = doubled(true);
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(good.value(), 42);
    EXPECT_EQ(g_reachedAfter, 1);

    Result<int> bad = doubled(false);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error(), u"The number could not be read."_s);
    EXPECT_EQ(g_reachedAfter, 1); // nothing after the failed step ran

    int sum = 0;
    EXPECT_TRUE(summed(true, true, sum).ok());
    EXPECT_EQ(sum, 3);
    sum = -1;
    const Status second = summed(true, false, sum);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error(), u"The number could not be read."_s);
    EXPECT_EQ(sum, -1);
    EXPECT_FALSE(summed(false, true, sum).ok());
}

// No error without a message: there is no way to build an Error that says nothing but to
// pass an empty string, which the `rooms` test refuses in the code.
static_assert(!std::is_default_constructible_v<Error>);
static_assert(!std::is_convertible_v<QString, Error>); // explicit: a message is meant
