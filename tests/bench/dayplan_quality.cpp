// How good the day plan is (issue 17), printed as the tables of docs/PERFORMANCE.md:
//
// 1. Thirty replayed days of the demo operator (seed 1, 20,000 orders): for each day D, the
//    orders still open on D's morning and due by the end of D + 1, their windows and teams
//    taken away, planned by the baseline and by the planner; credits at risk, late orders,
//    orders left unplaced, and the time the planner took.
// 2. With GLPK (libglpk-dev), small random days solved exactly as a time-indexed integer
//    programme, lexicographically (credits, then late orders, then lateness), beside the
//    planner's answer on the same model: the heuristic's gap to the optimum.
//
// Usage: fiberdesk_dayplan_quality [--days N] [--instances N]
#include "rules/dayplan.h"
#include "services/demo/demoservice.h"
#include "services/ruleservice.h"
#include "services/scheduleservice.h"
#include "storage/database.h"
#include "storage/orderrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <cstdio>
#include <random>

#ifdef FIBERDESK_WITH_GLPK
#include <glpk.h>
#endif

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kZone("America/Lima");
const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 30), QTimeZone("America/Lima"));

int optionValue(const QStringList& arguments, const QString& name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

// The orders open on D's morning and due by the end of D + 1, as a dispatcher found them
// before booking anything: no team, no window.
QList<WorkOrder> openOnTheMorningOf(const QList<WorkOrder>& all, const QDate& day)
{
    const QDateTime morning = QDateTime(day, QTime(8, 0), kZone).toUTC();
    const QDateTime dueBefore = QDateTime(day.addDays(2), QTime(0, 0), kZone).toUTC();
    QList<WorkOrder> open;
    for (WorkOrder order : all) {
        if (order.receivedAt >= morning || order.deadline >= dueBefore)
            continue;
        if (order.measuredAt.isValid() && order.measuredAt < QDateTime(day, QTime(0, 0), kZone))
            continue;
        if (order.status == OrderStatus::Cancelled)
            continue;
        order.teamCode.clear();
        order.appointmentStart = order.appointmentEnd = QDateTime();
        open.append(order);
    }
    return open;
}

double credits(const PlanCost& cost)
{
    return double(cost.creditCents) / 100.0;
}

void printReplay(const char* title, int days, const QList<WorkOrder>& all,
    const QList<ScheduleTeam>& teams, const TimelinessRules& rules, const WorkingHours& hours)
{
    std::printf(
        "## %s: %d replayed days of the demo operator (seed 1, %lld orders, %lld teams)\n\n", title,
        days, qlonglong(all.size()), qlonglong(teams.size()));
    std::printf("| day | orders | overdue at 08:00 | no team may take | late baseline | "
                "late plan | credits baseline | credits plan | unplaced baseline | unplaced plan "
                "| plan ms |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
    int overdueTotal = 0;
    int uncoveredTotal = 0;
    PlanCost baselineTotal;
    PlanCost planTotal;
    int unplacedBaseline = 0;
    int unplacedPlan = 0;
    qint64 slowest = 0;
    for (int back = days; back >= 1; --back) {
        PlanInput input;
        input.date = kNow.date().addDays(-back);
        input.zone = kZone;
        input.rules = rules;
        input.settings.hours = hours;
        input.teams = teams;
        input.unbooked = openOnTheMorningOf(all, input.date);
        // Late whatever anyone does: overdue before the day opened, or no team may take it.
        const QDateTime opens = QDateTime(input.date, input.settings.hours.start, kZone).toUTC();
        QSet<QString> coveredAreas;
        for (const ScheduleTeam& team : input.teams) {
            if (team.unitActive && team.technicians > 0) {
                for (const QString& area : team.areaCodes)
                    coveredAreas.insert(area);
            }
        }
        int overdue = 0;
        int uncovered = 0;
        for (const WorkOrder& order : input.unbooked) {
            if (order.deadline <= opens)
                ++overdue;
            else if (!coveredAreas.contains(order.areaCode))
                ++uncovered;
        }
        overdueTotal += overdue;
        uncoveredTotal += uncovered;
        const DayPlan baseline = baselinePlan(input);
        QElapsedTimer clock;
        clock.start();
        const DayPlan plan = proposePlan(input);
        const qint64 took = clock.elapsed();
        slowest = std::max(slowest, took);
        baselineTotal += baseline.cost;
        planTotal += plan.cost;
        unplacedBaseline += int(baseline.unplaced.size());
        unplacedPlan += int(plan.unplaced.size());
        std::printf("| %s | %d | %d | %d | %d | %d | %.2f | %.2f | %lld | %lld | %lld |\n",
            qPrintable(input.date.toString(Qt::ISODate)), plan.orders, overdue, uncovered,
            baseline.cost.late, plan.cost.late, credits(baseline.cost), credits(plan.cost),
            qlonglong(baseline.unplaced.size()), qlonglong(plan.unplaced.size()), qlonglong(took));
    }
    std::printf(
        "| **all** | | %d | %d | **%d** | **%d** | **%.2f** | **%.2f** | %d | %d | max %lld |\n\n",
        overdueTotal, uncoveredTotal, baselineTotal.late, planTotal.late, credits(baselineTotal),
        credits(planTotal), unplacedBaseline, unplacedPlan, qlonglong(slowest));
}

int replayDays(int days)
{
    QTemporaryDir folder;
    std::unique_ptr<Database> database
        = Database::open(DatabaseLocation::parse(folder.filePath(u"demo.db"_s)).value()).value();
    Session session(*database, Actor { u"admin"_s, Role::Admin }, kZone);
    session.setClock([] { return kNow.toUTC(); });
    if (!DemoService(session).generate(1).ok()) {
        std::fprintf(stderr, "the demo operator could not be generated\n");
        return 1;
    }
    OrderFilter everything;
    Result<QList<WorkOrder>> all
        = OrderRepository(*database).page(everything, OrderSort::Deadline, std::nullopt, 1000000);
    Result<QList<ScheduleTeam>> teams = ScheduleService(session).teams();
    Result<TimelinessRules> rules = timelinessRulesInForce(*database);
    Result<WorkingHours> hours = ScheduleService(session).workingHours();
    if (!all.ok() || !teams.ok() || !rules.ok() || !hours.ok()) {
        std::fprintf(stderr, "the demo operator could not be read\n");
        return 1;
    }
    printReplay("As staffed", days, all.value(), teams.value(), rules.value(), hours.value());
    // The same days with half of every team's technicians away: more work than room.
    QList<ScheduleTeam> halved = teams.value();
    for (ScheduleTeam& team : halved)
        team.technicians /= 2;
    printReplay(
        "Half the technicians away", days, all.value(), halved, rules.value(), hours.value());
    return 0;
}

#ifdef FIBERDESK_WITH_GLPK

// A small random day: `teams` teams of 1–2 technicians over three areas, `orders` orders due
// from yesterday to the end of tomorrow, windows on the half hour.
PlanInput smallDay(std::mt19937& random, int teamCount, int orderCount)
{
    PlanInput input;
    input.date = QDate(2026, 11, 20);
    input.zone = kZone;
    input.settings.stepMinutes = 30;
    for (int team = 0; team < teamCount; ++team) {
        QStringList areas;
        for (int area = 0; area < 3; ++area) {
            if (random() % 2 || area == team % 3)
                areas.append(u"A%1"_s.arg(area));
        }
        input.teams.append({ u"T%1"_s.arg(team), 1 + int(random() % 2), true, areas });
    }
    for (int index = 0; index < orderCount; ++index) {
        WorkOrder order;
        order.number = u"O%1"_s.arg(index, 2, 10, QChar(u'0'));
        order.kind = OrderKind(random() % 4);
        order.areaCode = u"A%1"_s.arg(random() % 3);
        order.deadline = QDateTime(input.date.addDays(-1), QTime(0, 0), kZone)
                             .toUTC()
                             .addSecs(qint64(random() % (3 * 48)) * 1800);
        order.receivedAt = order.deadline.addDays(-1);
        input.unbooked.append(order);
    }
    return input;
}

// The optimum of the same model by GLPK: x[o][t][s] = order o on team t from step s;
// u[o] = unplaced. Solved three times, each level fixed at its optimum before the next.
struct Exact
{
    bool solved = false;
    PlanCost cost;
};

Exact solveExactly(const PlanInput& input)
{
    const PlanSettings& settings = input.settings;
    const int step = settings.stepMinutes;
    const QDateTime opens = QDateTime(input.date, settings.hours.start, input.zone).toUTC();
    const int dayMinutes
        = int(opens.secsTo(QDateTime(input.date, settings.hours.end, input.zone).toUTC()) / 60);
    const int steps = (dayMinutes + step - 1) / step;
    struct Column
    {
        int order, team, start; // start -1: unplaced
        PlanCost cost;
    };
    std::vector<Column> columns;
    for (int o = 0; o < input.unbooked.size(); ++o) {
        const WorkOrder& order = input.unbooked[o];
        const int minutes = settings.minutes(order.kind);
        for (int t = 0; t < input.teams.size(); ++t) {
            const ScheduleTeam& team = input.teams[t];
            if (!team.unitActive || team.technicians <= 0
                || !team.areaCodes.contains(order.areaCode))
                continue;
            for (int s = 0; s * step + minutes <= dayMinutes; ++s) {
                columns.push_back({ o, t, s,
                    placementCost(input, order, opens.addSecs(qint64(s * step + minutes) * 60)) });
            }
        }
        columns.push_back({ o, -1, -1, placementCost(input, order, QDateTime()) });
    }
    glp_prob* problem = glp_create_prob();
    glp_set_obj_dir(problem, GLP_MIN);
    const int orderRows = int(input.unbooked.size());
    const int capacityRows = int(input.teams.size()) * steps;
    glp_add_rows(problem, orderRows + capacityRows + 2);
    for (int o = 0; o < orderRows; ++o)
        glp_set_row_bnds(problem, o + 1, GLP_FX, 1, 1);
    for (int t = 0; t < input.teams.size(); ++t) {
        for (int s = 0; s < steps; ++s)
            glp_set_row_bnds(
                problem, orderRows + t * steps + s + 1, GLP_UP, 0, input.teams[t].technicians);
    }
    const int creditRow = orderRows + capacityRows + 1;
    const int lateRow = creditRow + 1;
    glp_set_row_bnds(problem, creditRow, GLP_FR, 0, 0);
    glp_set_row_bnds(problem, lateRow, GLP_FR, 0, 0);
    glp_add_cols(problem, int(columns.size()));
    std::vector<int> rows { 0 };
    std::vector<int> cols { 0 };
    std::vector<double> values { 0 };
    for (size_t c = 0; c < columns.size(); ++c) {
        const Column& column = columns[c];
        const int index = int(c) + 1;
        glp_set_col_kind(problem, index, GLP_BV);
        rows.push_back(column.order + 1), cols.push_back(index), values.push_back(1);
        rows.push_back(creditRow), cols.push_back(index),
            values.push_back(double(column.cost.creditCents));
        rows.push_back(lateRow), cols.push_back(index), values.push_back(column.cost.late);
        if (column.team < 0)
            continue;
        const int minutes = settings.minutes(input.unbooked[column.order].kind);
        const int held = (minutes + settings.travelMinutes + step - 1) / step;
        for (int s = column.start; s < std::min(steps, column.start + held); ++s) {
            rows.push_back(orderRows + column.team * steps + s + 1), cols.push_back(index);
            values.push_back(1);
        }
    }
    glp_load_matrix(problem, int(rows.size()) - 1, rows.data(), cols.data(), values.data());
    glp_iocp parameters;
    glp_init_iocp(&parameters);
    parameters.presolve = GLP_ON;
    parameters.msg_lev = GLP_MSG_OFF;
    parameters.tm_lim = 60000;
    Exact exact;
    const auto solveFor = [&](auto weight) {
        for (size_t c = 0; c < columns.size(); ++c)
            glp_set_obj_coef(problem, int(c) + 1, weight(columns[c].cost));
        return glp_intopt(problem, &parameters) == 0 && glp_mip_status(problem) == GLP_OPT;
    };
    if (!solveFor([](const PlanCost& cost) { return double(cost.creditCents); }))
        return exact;
    glp_set_row_bnds(problem, creditRow, GLP_UP, 0, std::round(glp_mip_obj_val(problem)) + 0.5);
    if (!solveFor([](const PlanCost& cost) { return double(cost.late); }))
        return exact;
    glp_set_row_bnds(problem, lateRow, GLP_UP, 0, std::round(glp_mip_obj_val(problem)) + 0.5);
    if (!solveFor([](const PlanCost& cost) { return double(cost.latenessMinutes); }))
        return exact;
    for (size_t c = 0; c < columns.size(); ++c) {
        if (glp_mip_col_val(problem, int(c) + 1) > 0.5) {
            PlanCost cost = columns[c].cost;
            cost.unplaced = 0;
            cost.endMinutes = 0;
            exact.cost += cost;
        }
    }
    exact.solved = true;
    glp_delete_prob(problem);
    return exact;
}

void measureGap(int instances)
{
    glp_term_out(GLP_OFF);
    std::mt19937 random(17);
    std::printf("## The planner against the exact optimum (GLPK %s), %d small days\n\n",
        glp_version(), instances);
    std::printf(
        "| day | teams | orders | credits optimum | credits plan | late optimum | late plan "
        "| lateness optimum (min) | lateness plan (min) | exact ms | plan ms |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|\n");
    int same = 0;
    int solved = 0;
    double gapSum = 0;
    for (int instance = 0; instance < instances; ++instance) {
        const int teams = 2 + int(random() % 3);
        const int orders = 8 + int(random() % 17);
        const PlanInput input = smallDay(random, teams, orders);
        QElapsedTimer clock;
        clock.start();
        const Exact exact = solveExactly(input);
        const qint64 exactMs = clock.elapsed();
        clock.restart();
        const DayPlan plan = proposePlan(input);
        const qint64 planMs = clock.elapsed();
        if (!exact.solved) {
            std::printf(
                "| %d | %d | %d | (not solved in time) | %.2f | | %d | | %lld | %lld | %lld |\n",
                instance + 1, teams, orders, credits(plan.cost), plan.cost.late,
                qlonglong(plan.cost.latenessMinutes), qlonglong(exactMs), qlonglong(planMs));
            continue;
        }
        ++solved;
        const bool equal = exact.cost.creditCents == plan.cost.creditCents
            && exact.cost.late == plan.cost.late
            && exact.cost.latenessMinutes == plan.cost.latenessMinutes;
        same += equal ? 1 : 0;
        if (exact.cost.creditCents > 0)
            gapSum += double(plan.cost.creditCents - exact.cost.creditCents)
                / double(exact.cost.creditCents);
        std::printf("| %d | %d | %d | %.2f | %.2f | %d | %d | %lld | %lld | %lld | %lld |\n",
            instance + 1, teams, orders, credits(exact.cost), credits(plan.cost), exact.cost.late,
            plan.cost.late, qlonglong(exact.cost.latenessMinutes),
            qlonglong(plan.cost.latenessMinutes), qlonglong(exactMs), qlonglong(planMs));
    }
    std::printf("\nSolved exactly: %d of %d; the planner matched the optimum on all three levels "
                "in %d; mean credit gap %.1f %%.\n\n",
        solved, instances, same, solved ? 100.0 * gapSum / solved : 0.0);
}

#endif

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (const int failed = replayDays(optionValue(arguments, u"--days"_s, 30)))
        return failed;
#ifdef FIBERDESK_WITH_GLPK
    measureGap(optionValue(arguments, u"--instances"_s, 20));
#else
    std::printf("(built without GLPK: no gap to the optimum)\n");
#endif
    return 0;
}
