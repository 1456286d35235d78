#include "orderflow.h"

namespace fd {

namespace {

struct StepRule
{
    OrderStep step;
    Action action;
    QList<OrderStatus> from;
};

const QList<StepRule>& stepRules()
{
    static const QList<StepRule> rules {
        { OrderStep::Assign, Action::DispatchOrders,
            { OrderStatus::New, OrderStatus::Assigned, OrderStatus::Scheduled } },
        { OrderStep::Schedule, Action::DispatchOrders,
            { OrderStatus::Assigned, OrderStatus::Scheduled } },
        { OrderStep::Arrive, Action::DispatchOrders,
            { OrderStatus::Assigned, OrderStatus::Scheduled } },
        { OrderStep::Complete, Action::DispatchOrders, { OrderStatus::OnSite } },
        { OrderStep::Cancel, Action::DispatchOrders,
            { OrderStatus::New, OrderStatus::Assigned, OrderStatus::Scheduled,
                OrderStatus::OnSite } },
        { OrderStep::Exempt, Action::ExemptOrders,
            { OrderStatus::New, OrderStatus::Assigned, OrderStatus::Scheduled, OrderStatus::OnSite,
                OrderStatus::Completed } },
    };
    return rules;
}

const StepRule& ruleOf(OrderStep step)
{
    for (const StepRule& rule : stepRules()) {
        if (rule.step == step)
            return rule;
    }
    Q_UNREACHABLE();
}

} // namespace

QList<OrderStep> allOrderSteps()
{
    QList<OrderStep> steps;
    for (const StepRule& rule : stepRules())
        steps.append(rule.step);
    return steps;
}

QList<OrderStatus> statusesAllowing(OrderStep step)
{
    return ruleOf(step).from;
}

bool stepAllowedFrom(OrderStep step, OrderStatus status)
{
    return ruleOf(step).from.contains(status);
}

Action actionOf(OrderStep step)
{
    return ruleOf(step).action;
}

bool canTakeStep(Role role, OrderStep step, OrderStatus status)
{
    return stepAllowedFrom(step, status) && isAllowed(role, actionOf(step));
}

bool countsTowardTimeliness(OrderStatus status)
{
    return status != OrderStatus::Cancelled;
}

QList<OrderStatus> countingOrderStatuses()
{
    QList<OrderStatus> counting;
    for (OrderStatus status : allOrderStatuses()) {
        if (countsTowardTimeliness(status))
            counting.append(status);
    }
    return counting;
}

} // namespace fd
