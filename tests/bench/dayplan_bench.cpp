// The day plan's speed (issue 17: 2,000 unbooked orders across 200 teams in ≤ 2 s): a
// synthetic day, the same every run: 200 teams of 2–4 technicians, each covering 2–4 of 60
// areas, 300 windows already agreed, and 2,000 orders due from yesterday to the end of
// tomorrow. Times the baseline and the plan; counters say how many were placed and late.
#include "rules/dayplan.h"

#include <benchmark/benchmark.h>
#include <random>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

PlanInput syntheticDay(int teamCount, int orderCount)
{
    std::mt19937 random(15);
    PlanInput input;
    input.zone = QTimeZone("America/Lima");
    input.date = QDate(2026, 11, 20);
    const QDateTime opens = QDateTime(input.date, QTime(8, 0), input.zone).toUTC();
    for (int team = 0; team < teamCount; ++team) {
        QStringList areas { u"A%1"_s.arg(team % 60) };
        for (int more = int(random() % 3); more > 0; --more)
            areas.append(u"A%1"_s.arg(random() % 60));
        input.teams.append({ u"T%1"_s.arg(team, 3, 10, QChar(u'0')), 2 + int(random() % 3),
            random() % 40 != 0, areas });
    }
    for (int index = 0; index < 300; ++index) {
        WorkOrder booked;
        booked.number = u"B%1"_s.arg(index);
        booked.teamCode = input.teams[int(random() % teamCount)].code;
        booked.appointmentStart = opens.addSecs(qint64(random() % 40) * 900);
        booked.appointmentEnd = booked.appointmentStart.addSecs(qint64(4 + random() % 5) * 900);
        input.booked.append(booked);
    }
    for (int index = 0; index < orderCount; ++index) {
        WorkOrder order;
        order.number = u"WO-%1"_s.arg(index, 5, 10, QChar(u'0'));
        order.kind = OrderKind(random() % 4);
        order.areaCode = u"A%1"_s.arg(random() % 60);
        order.deadline = opens.addSecs(-8 * 3600 + qint64(random() % (3 * 96)) * 900);
        order.receivedAt = order.deadline.addDays(-1);
        input.unbooked.append(order);
    }
    return input;
}

void report(benchmark::State& state, const DayPlan& plan)
{
    state.counters["orders"] = plan.orders;
    state.counters["placed"] = double(plan.proposals.size());
    state.counters["late"] = plan.cost.late;
    state.counters["credits"] = double(plan.cost.creditCents) / 100.0;
}

void BM_DayPlanBaseline(benchmark::State& state)
{
    const PlanInput input = syntheticDay(int(state.range(1)), int(state.range(0)));
    DayPlan plan;
    for (auto _ : state)
        plan = baselinePlan(input);
    report(state, plan);
}
BENCHMARK(BM_DayPlanBaseline)->Args({ 2000, 200 })->Unit(benchmark::kMillisecond);

void BM_DayPlanProposal(benchmark::State& state)
{
    const PlanInput input = syntheticDay(int(state.range(1)), int(state.range(0)));
    DayPlan plan;
    for (auto _ : state)
        plan = proposePlan(input);
    report(state, plan);
}
BENCHMARK(BM_DayPlanProposal)
    ->Args({ 2000, 200 })
    ->Args({ 500, 50 })
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace
