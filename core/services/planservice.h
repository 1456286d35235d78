#pragma once

#include "common/result.h"
#include "common/session.h"
#include "rules/dayplan.h"

#include <QDate>
#include <QList>

namespace fd {

// The day plan (SPEC §15) as a dispatcher asks for it: the proposal and the baseline beside
// it, computed by the same code from the same orders; and accepting some or all proposals as
// ordinary assign and schedule events.
struct PlanOutcome
{
    DayPlan plan;
    DayPlan baseline;
    // The version of each proposed order when the plan was made: accepting a proposal for
    // an order someone changed since is refused as a conflict.
    QHash<QString, int> versions;
};

// One accepted proposal as saved: what the order had before and what it was given, and
// the version the save left (what an undo names).
struct PlanBooked
{
    QString number;
    Booking before;
    Booking after;
    int version = 0;
};

class PlanService
{
public:
    explicit PlanService(const Session& session);

    Result<PlanOutcome> propose(const QDate& date) const;

    // The day a dispatcher most likely means: today while the shortest job still fits in
    // what is left of its working hours, else tomorrow.
    Result<QDate> dayToPlan() const;

    // Records the proposals, each as an assignment (when the order has no team yet) and an
    // agreed window, all or none in one transaction (ScheduleService::book).
    Result<QList<PlanBooked>> accept(
        const QList<PlanProposal>& proposals, const QHash<QString, int>& versions);

    // The durations and the travel buffer from the settings (SPEC §15), with the working
    // hours of §14.
    Result<PlanSettings> settings() const;

    static constexpr const char* kInstallSetting = "plan_install_minutes";
    static constexpr const char* kMoveSetting = "plan_move_minutes";
    static constexpr const char* kRepairSetting = "plan_repair_minutes";
    static constexpr const char* kRemovalSetting = "plan_removal_minutes";
    static constexpr const char* kTravelSetting = "plan_travel_minutes";

private:
    Result<PlanInput> input(const QDate& date) const;

    const Session& m_session;
};

} // namespace fd
