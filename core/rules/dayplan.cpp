#include "dayplan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace fd {

int PlanSettings::minutes(OrderKind kind) const
{
    switch (kind) {
    case OrderKind::Install:
        return installMinutes;
    case OrderKind::Move:
        return moveMinutes;
    case OrderKind::Repair:
        return repairMinutes;
    case OrderKind::Removal:
        return removalMinutes;
    }
    return installMinutes;
}

QString planReasonKey(PlanReason reason)
{
    switch (reason) {
    case PlanReason::OnTime:
        return u"on_time"_s;
    case PlanReason::Overdue:
        return u"overdue"_s;
    case PlanReason::NoRoomInTime:
        return u"no_room_in_time"_s;
    case PlanReason::AheadOfDeadline:
        return u"ahead"_s;
    }
    return QString();
}

QString planReasonText(PlanReason reason)
{
    switch (reason) {
    case PlanReason::OnTime:
        return QCoreApplication::translate("fd::DayPlan", "Ends before its deadline");
    case PlanReason::Overdue:
        return QCoreApplication::translate(
            "fd::DayPlan", "Already overdue: the earliest end possible");
    case PlanReason::NoRoomInTime:
        return QCoreApplication::translate(
            "fd::DayPlan", "No covering team has room before the deadline: the least late window");
    case PlanReason::AheadOfDeadline:
        return QCoreApplication::translate("fd::DayPlan", "Due tomorrow: placed in room today");
    }
    return QString();
}

QString unplacedReasonText(UnplacedReason reason)
{
    switch (reason) {
    case UnplacedReason::NoCoveringTeam:
        return QCoreApplication::translate(
            "fd::DayPlan", "No team of an active unit with technicians covers the area");
    case UnplacedReason::NoRoom:
        return QCoreApplication::translate("fd::DayPlan", "The covering teams' day is full");
    case UnplacedReason::AssignedTeamCannotTakeIt:
        return QCoreApplication::translate(
            "fd::DayPlan", "The team it is assigned to has no active technicians or unit");
    case UnplacedReason::NoTimeLeft:
        return QCoreApplication::translate(
            "fd::DayPlan", "Too little of the working day is left for the job");
    }
    return QString();
}

QString unplacedReasonKey(UnplacedReason reason)
{
    switch (reason) {
    case UnplacedReason::NoCoveringTeam:
        return u"no_covering_team"_s;
    case UnplacedReason::NoRoom:
        return u"no_room"_s;
    case UnplacedReason::AssignedTeamCannotTakeIt:
        return u"assigned_team_unavailable"_s;
    case UnplacedReason::NoTimeLeft:
        return u"no_time_left"_s;
    }
    return QString();
}

PlanCost& PlanCost::operator+=(const PlanCost& other)
{
    creditCents += other.creditCents;
    late += other.late;
    latenessMinutes += other.latenessMinutes;
    unplaced += other.unplaced;
    endMinutes += other.endMinutes;
    return *this;
}

PlanCost& PlanCost::operator-=(const PlanCost& other)
{
    creditCents -= other.creditCents;
    late -= other.late;
    latenessMinutes -= other.latenessMinutes;
    unplaced -= other.unplaced;
    endMinutes -= other.endMinutes;
    return *this;
}

bool operator<(const PlanCost& a, const PlanCost& b)
{
    return std::tie(a.creditCents, a.late, a.latenessMinutes, a.unplaced, a.endMinutes)
        < std::tie(b.creditCents, b.late, b.latenessMinutes, b.unplaced, b.endMinutes);
}

bool operator==(const PlanCost& a, const PlanCost& b)
{
    return !(a < b) && !(b < a);
}

namespace {

QDateTime opensOn(const PlanInput& input, const QDate& day)
{
    return QDateTime(day, input.settings.hours.start, input.zone).toUTC();
}

QDateTime deadlineOf(const PlanInput& input, const WorkOrder& order)
{
    return order.deadline.isValid() ? order.deadline
                                    : orderDeadline(input.rules, input.zone, order);
}

// One team's day: how many of its technicians each step holds, and its load.
struct TeamState
{
    int capacity = 0;
    std::vector<int> held;
    qint64 bookedMinutes = 0;

    double load() const { return capacity > 0 ? double(bookedMinutes) / capacity : 0.0; }
};

// One order to place: the teams that may take it and what each start step would cost.
struct Job
{
    const WorkOrder* order = nullptr;
    QDateTime deadline;
    int minutes = 0;
    int heldSteps = 0; // the steps a job starting on a step holds (its length plus travel)
    int lastStart = -1; // the last step a job may start on and still end within hours
    std::vector<int> teams;
    std::vector<PlanCost> costAt; // by start step
    PlanCost unplacedCost;
};

struct Placement
{
    int team = -1;
    int start = -1;
};

class Planner
{
public:
    explicit Planner(const PlanInput& input)
        : m_input(input)
    {
        const PlanSettings& settings = input.settings;
        m_step = std::max(1, settings.stepMinutes);
        m_opens = opensOn(input, input.date);
        const QDateTime closes = QDateTime(input.date, settings.hours.end, input.zone).toUTC();
        m_dayMinutes = std::max<qint64>(0, m_opens.secsTo(closes) / 60);
        m_steps = int((m_dayMinutes + m_step - 1) / m_step);
        if (input.notBefore.isValid() && input.notBefore > m_opens)
            m_firstStart = int(ceilDiv(m_opens.secsTo(input.notBefore), qint64(m_step) * 60));
        buildTeams();
        holdAgreedWindows();
        buildJobs();
        m_placements.assign(m_jobs.size(), Placement());
    }

    // Earliest deadline first, each order to the least-loaded covering team with room.
    void placeBaseline()
    {
        for (int job : byDeadline()) {
            int bestTeam = -1;
            int bestStart = -1;
            for (int team : m_jobs[job].teams) {
                const int start = earliestStart(job, team);
                if (start < 0)
                    continue;
                if (bestTeam < 0 || m_teams[team].load() < m_teams[bestTeam].load())
                    bestTeam = team, bestStart = start;
            }
            if (bestTeam >= 0)
                place(job, bestTeam, bestStart);
        }
    }

    // The same order of work, each order where it costs least (then the least-loaded team).
    void placeCheapest()
    {
        for (int job : byDeadline())
            placeAtCheapest(job);
    }

    // When there is more work than room, what matters is which orders wait: those whose
    // placing saves most go first (an install due today before an overdue one whose credit
    // is owed anyway), each where it costs least.
    void placeBySaving()
    {
        std::vector<int> order = byDeadline();
        std::vector<PlanCost> saving(m_jobs.size());
        for (size_t job = 0; job < m_jobs.size(); ++job) {
            const Job& j = m_jobs[job];
            saving[job] = j.unplacedCost;
            if (!j.teams.empty() && m_firstStart <= j.lastStart)
                saving[job] -= j.costAt[size_t(m_firstStart)];
            saving[job].endMinutes = 0; // not a saving: only which orders, not when
        }
        std::stable_sort(order.begin(), order.end(),
            [&saving](int a, int b) { return saving[size_t(b)] < saving[size_t(a)]; });
        for (int job : order)
            placeAtCheapest(job);
    }

    // Large-neighbourhood search: take out a group of orders that compete for the same
    // teams, put them back cheapest first in a shuffled order, keep the result unless it
    // costs more.
    void improve(int iterations)
    {
        if (m_jobs.empty())
            return;
        std::mt19937 random(quint32(m_input.date.toJulianDay()));
        QElapsedTimer clock;
        clock.start();
        constexpr qint64 kBudgetMs = 1500; // a guard: the iteration count is the real bound
        for (int round = 0; round < iterations; ++round) {
            if ((round & 63) == 0 && clock.elapsed() > kBudgetMs)
                break;
            const std::vector<int> group = neighbourhood(random);
            if (group.size() < 2)
                continue;
            tryRegroup(group, random);
        }
    }

    PlanCost cost() const
    {
        PlanCost total;
        for (size_t job = 0; job < m_jobs.size(); ++job)
            total += jobCost(int(job));
        return total;
    }

    std::vector<Placement> placements() const { return m_placements; }
    void restore(const std::vector<Placement>& placements)
    {
        for (size_t job = 0; job < m_jobs.size(); ++job)
            unplace(int(job));
        for (size_t job = 0; job < placements.size(); ++job) {
            if (placements[job].team >= 0)
                place(int(job), placements[job].team, placements[job].start);
        }
    }

    DayPlan result() const
    {
        DayPlan plan;
        plan.date = m_input.date;
        plan.orders = int(m_jobs.size());
        plan.cost = cost();
        const QDateTime tomorrow = QDateTime(m_input.date.addDays(1), QTime(0, 0), m_input.zone);
        for (size_t index = 0; index < m_jobs.size(); ++index) {
            const Job& job = m_jobs[index];
            const Placement& placement = m_placements[index];
            if (placement.team < 0) {
                UnplacedReason reason = job.lastStart < m_firstStart ? UnplacedReason::NoTimeLeft
                                                                     : UnplacedReason::NoRoom;
                if (job.teams.empty()) {
                    reason = job.order->teamCode.isEmpty()
                        ? UnplacedReason::NoCoveringTeam
                        : UnplacedReason::AssignedTeamCannotTakeIt;
                }
                plan.unplaced.append({ job.order->number, reason });
                continue;
            }
            PlanProposal proposal;
            proposal.number = job.order->number;
            proposal.customer = job.order->customer;
            proposal.team = m_input.teams[placement.team].code;
            proposal.start = startAt(placement.start);
            proposal.end = proposal.start.addSecs(qint64(job.minutes) * 60);
            const PlanCost& cost = job.costAt[placement.start];
            proposal.credit = double(cost.creditCents) / 100.0;
            proposal.late = cost.late > 0;
            if (job.deadline <= m_opens)
                proposal.reason = PlanReason::Overdue;
            else if (proposal.late)
                proposal.reason = PlanReason::NoRoomInTime;
            else if (job.deadline >= tomorrow.toUTC())
                proposal.reason = PlanReason::AheadOfDeadline;
            else
                proposal.reason = PlanReason::OnTime;
            plan.proposals.append(proposal);
        }
        std::sort(plan.proposals.begin(), plan.proposals.end(),
            [](const PlanProposal& a, const PlanProposal& b) {
                return std::tie(a.team, a.start, a.number) < std::tie(b.team, b.start, b.number);
            });
        std::sort(plan.unplaced.begin(), plan.unplaced.end(),
            [](const UnplacedOrder& a, const UnplacedOrder& b) { return a.number < b.number; });
        return plan;
    }

private:
    void buildTeams()
    {
        m_teams.resize(size_t(m_input.teams.size()));
        for (qsizetype index = 0; index < m_input.teams.size(); ++index) {
            const ScheduleTeam& team = m_input.teams[index];
            TeamState& state = m_teams[size_t(index)];
            // A team of a unit that is not active takes nothing (SPEC §7, §15).
            state.capacity = team.unitActive ? std::max(0, team.technicians) : 0;
            state.held.assign(size_t(m_steps), 0);
            m_teamIndex.insert(team.code, int(index));
            for (const QString& area : team.areaCodes)
                m_coveringTeams[area].push_back(int(index));
        }
    }

    // The windows already agreed hold their technicians (and the travel after them) first.
    void holdAgreedWindows()
    {
        const qint64 travel = m_input.settings.travelMinutes;
        for (const WorkOrder& order : m_input.booked) {
            const auto team = m_teamIndex.constFind(order.teamCode);
            if (team == m_teamIndex.constEnd() || !order.appointmentStart.isValid()
                || !order.appointmentEnd.isValid()) {
                continue;
            }
            const qint64 from = m_opens.secsTo(order.appointmentStart) / 60;
            const qint64 until = m_opens.secsTo(order.appointmentEnd) / 60;
            TeamState& state = m_teams[size_t(*team)];
            state.bookedMinutes += std::max<qint64>(0, until - from);
            const qint64 first = std::max<qint64>(0, floorDiv(from, m_step));
            const qint64 last = std::min<qint64>(m_steps, ceilDiv(until + travel, m_step));
            for (qint64 step = first; step < last; ++step)
                ++state.held[size_t(step)];
        }
    }

    void buildJobs()
    {
        m_jobs.reserve(size_t(m_input.unbooked.size()));
        for (const WorkOrder& order : m_input.unbooked) {
            Job job;
            job.order = &order;
            job.deadline = deadlineOf(m_input, order);
            job.minutes = std::max(1, m_input.settings.minutes(order.kind));
            job.heldSteps
                = int(ceilDiv(qint64(job.minutes) + m_input.settings.travelMinutes, m_step));
            job.lastStart = int(floorDiv(m_dayMinutes - job.minutes, m_step));
            // A team a dispatcher already chose stays chosen: only its window is proposed.
            const auto assigned = m_teamIndex.constFind(order.teamCode);
            const std::vector<int> candidates = assigned != m_teamIndex.constEnd()
                ? std::vector<int> { *assigned }
                : m_coveringTeams.value(order.areaCode);
            for (int team : candidates) {
                if (m_teams[size_t(team)].capacity > 0)
                    job.teams.push_back(team);
            }
            std::sort(job.teams.begin(), job.teams.end());
            job.teams.erase(std::unique(job.teams.begin(), job.teams.end()), job.teams.end());
            for (int start = 0; start <= job.lastStart; ++start) {
                job.costAt.push_back(placementCost(
                    m_input, order, startAt(start).addSecs(qint64(job.minutes) * 60)));
            }
            job.unplacedCost = placementCost(m_input, order, QDateTime());
            m_jobs.push_back(std::move(job));
        }
    }

    static qint64 floorDiv(qint64 a, qint64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
    static qint64 ceilDiv(qint64 a, qint64 b) { return -floorDiv(-a, b); }

    QDateTime startAt(int step) const { return m_opens.addSecs(qint64(step) * m_step * 60); }

    std::vector<int> byDeadline() const
    {
        std::vector<int> order(m_jobs.size());
        for (size_t index = 0; index < order.size(); ++index)
            order[index] = int(index);
        std::sort(order.begin(), order.end(), [this](int a, int b) {
            return std::tie(m_jobs[size_t(a)].deadline, m_jobs[size_t(a)].order->number)
                < std::tie(m_jobs[size_t(b)].deadline, m_jobs[size_t(b)].order->number);
        });
        return order;
    }

    bool fits(const Job& job, const TeamState& team, int start) const
    {
        const int end = std::min(m_steps, start + job.heldSteps);
        for (int step = start; step < end; ++step) {
            if (team.held[size_t(step)] >= team.capacity)
                return false;
        }
        return true;
    }

    // The first step the team has room for the job from, or -1. The earliest is also the
    // cheapest: a later end never owes less.
    int earliestStart(int job, int team) const
    {
        const Job& j = m_jobs[size_t(job)];
        const TeamState& state = m_teams[size_t(team)];
        for (int start = m_firstStart; start <= j.lastStart; ++start) {
            if (fits(j, state, start))
                return start;
        }
        return -1;
    }

    void hold(int job, int team, int start, int delta)
    {
        const Job& j = m_jobs[size_t(job)];
        TeamState& state = m_teams[size_t(team)];
        const int end = std::min(m_steps, start + j.heldSteps);
        for (int step = start; step < end; ++step)
            state.held[size_t(step)] += delta;
        state.bookedMinutes += qint64(delta) * j.minutes;
    }

    void place(int job, int team, int start)
    {
        hold(job, team, start, +1);
        m_placements[size_t(job)] = { team, start };
    }

    void unplace(int job)
    {
        Placement& placement = m_placements[size_t(job)];
        if (placement.team < 0)
            return;
        hold(job, placement.team, placement.start, -1);
        placement = Placement();
    }

    PlanCost jobCost(int job) const
    {
        const Placement& placement = m_placements[size_t(job)];
        const Job& j = m_jobs[size_t(job)];
        return placement.team < 0 ? j.unplacedCost : j.costAt[size_t(placement.start)];
    }

    void placeAtCheapest(int job)
    {
        const Job& j = m_jobs[size_t(job)];
        int bestTeam = -1;
        int bestStart = -1;
        for (int team : j.teams) {
            const int start = earliestStart(job, team);
            if (start < 0)
                continue;
            const bool better = bestTeam < 0
                || j.costAt[size_t(start)] < j.costAt[size_t(bestStart)]
                || (j.costAt[size_t(start)] == j.costAt[size_t(bestStart)]
                    && m_teams[size_t(team)].load() < m_teams[size_t(bestTeam)].load());
            if (better)
                bestTeam = team, bestStart = start;
        }
        if (bestTeam >= 0)
            place(job, bestTeam, bestStart);
    }

    // A group that competes for room: an order that is late or unplaced (or any, when none
    // is), and orders placed on the teams it could use.
    std::vector<int> neighbourhood(std::mt19937& random) const
    {
        std::vector<int> troubled;
        for (size_t job = 0; job < m_jobs.size(); ++job) {
            if (!m_jobs[job].teams.empty() && jobCost(int(job)).late > 0)
                troubled.push_back(int(job));
        }
        const auto pick = [&random](size_t count) {
            return size_t(std::uniform_int_distribution<size_t>(0, count - 1)(random));
        };
        const int seed
            = troubled.empty() ? int(pick(m_jobs.size())) : troubled[pick(troubled.size())];
        const Job& seedJob = m_jobs[size_t(seed)];
        if (seedJob.teams.empty())
            return {};
        // Orders on one or two of the teams the seed could use.
        QSet<int> teams;
        teams.insert(seedJob.teams[pick(seedJob.teams.size())]);
        teams.insert(seedJob.teams[pick(seedJob.teams.size())]);
        std::vector<int> candidates;
        for (size_t job = 0; job < m_jobs.size(); ++job) {
            if (int(job) != seed && teams.contains(m_placements[job].team))
                candidates.push_back(int(job));
        }
        std::shuffle(candidates.begin(), candidates.end(), random);
        constexpr size_t kGroup = 10;
        if (candidates.size() > kGroup)
            candidates.resize(kGroup);
        // Other troubled orders that share a team with the group may take a freed place.
        for (int other : troubled) {
            if (candidates.size() >= 2 * kGroup)
                break;
            if (other == seed || m_placements[size_t(other)].team >= 0)
                continue;
            for (int team : m_jobs[size_t(other)].teams) {
                if (teams.contains(team)) {
                    candidates.push_back(other);
                    break;
                }
            }
        }
        candidates.push_back(seed);
        return candidates;
    }

    void tryRegroup(const std::vector<int>& taken, std::mt19937& random)
    {
        PlanCost before;
        std::vector<Placement> saved;
        saved.reserve(taken.size());
        for (int job : taken) {
            before += jobCost(job);
            saved.push_back(m_placements[size_t(job)]);
            unplace(job);
        }
        // Half the time the most urgent first, as a dispatcher would; half the time a
        // shuffled order, which finds what urgency misses.
        std::vector<int> order = taken;
        if (random() & 1U) {
            std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
                return m_jobs[size_t(a)].deadline < m_jobs[size_t(b)].deadline;
            });
        } else {
            std::shuffle(order.begin(), order.end(), random);
        }
        PlanCost after;
        for (int job : order) {
            placeAtCheapest(job);
            after += jobCost(job);
        }
        if (!(before < after))
            return;
        for (int job : taken)
            unplace(job);
        for (size_t index = 0; index < taken.size(); ++index) {
            if (saved[index].team >= 0)
                place(taken[index], saved[index].team, saved[index].start);
        }
    }

    const PlanInput& m_input;
    QDateTime m_opens;
    qint64 m_dayMinutes = 0;
    int m_step = 15;
    int m_steps = 0;
    int m_firstStart = 0; // the first step a window may start on
    std::vector<TeamState> m_teams;
    QHash<QString, int> m_teamIndex;
    QHash<QString, std::vector<int>> m_coveringTeams;
    std::vector<Job> m_jobs;
    std::vector<Placement> m_placements;
};

} // namespace

PlanCost placementCost(const PlanInput& input, const WorkOrder& order, const QDateTime& end)
{
    PlanCost cost;
    const QDateTime deadline = deadlineOf(input, order);
    QDateTime done = end;
    if (!done.isValid()) {
        cost.unplaced = 1;
        done = QDateTime(input.date.addDays(1), input.settings.hours.end, input.zone).toUTC();
    } else {
        cost.endMinutes = opensOn(input, input.date).secsTo(done) / 60;
    }
    if (deadline.isValid() && done > deadline) {
        cost.late = 1;
        cost.latenessMinutes = (deadline.secsTo(done) + 59) / 60;
    }
    const double credit
        = compensationCredit(input.rules, input.zone, order.kind, deadline, done, done);
    cost.creditCents = qint64(std::llround(credit * 100.0));
    return cost;
}

DayPlan baselinePlan(const PlanInput& input)
{
    Planner planner(input);
    planner.placeBaseline();
    return planner.result();
}

DayPlan proposePlan(const PlanInput& input, int iterations)
{
    Planner planner(input);
    planner.placeBaseline();
    const PlanCost baseline = planner.cost();
    const std::vector<Placement> baselinePlacements = planner.placements();
    if (iterations < 0)
        iterations = std::clamp(int(input.unbooked.size()) * 4, 2000, 8000);
    // Two starts, each improved; the better is kept, and never one worse than the baseline.
    planner.restore({});
    planner.placeCheapest();
    planner.improve(iterations / 2);
    const PlanCost byDeadline = planner.cost();
    const std::vector<Placement> byDeadlinePlacements = planner.placements();
    planner.restore({});
    planner.placeBySaving();
    planner.improve(iterations / 2);
    if (byDeadline < planner.cost())
        planner.restore(byDeadlinePlacements);
    if (baseline < planner.cost())
        planner.restore(baselinePlacements);
    return planner.result();
}

} // namespace fd
