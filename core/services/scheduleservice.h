#pragma once

#include "common/result.h"
#include "common/session.h"
#include "rules/schedule.h"
#include "services/orderservice.h"

#include <QDate>
#include <QList>

namespace fd {

// The teams' day (SPEC §14): each team's booked windows on a day of the operator's calendar,
// with the problems of rules/schedule.h. Read by `schedule --date` and the desktop.
class ScheduleService
{
public:
    explicit ScheduleService(const Session& session);

    // Every active team (and any other that has a window that day), by code; or only
    // `teamCode` when given.
    Result<QList<TeamDay>> day(const QDate& date, const QString& teamCode = {}) const;

    // The working day from the settings "working_hours_start" and "working_hours_end"
    // (HH:mm in the operator's zone; default 08:00–20:00).
    Result<WorkingHours> workingHours() const;
    // What the rule needs of one team (its active technicians, its unit's standing).
    Result<ScheduleTeam> team(const QString& teamCode) const;

    // The problems of §14 that booking `number` for `proposed` (a team and a window) would
    // have beside the team's other windows, before anything is saved: what the desktop
    // shows the dispatcher to confirm or cancel. Dispatchers and admins only.
    Result<QList<ScheduleProblem>> preview(const QString& number, const Booking& proposed) const;

    // Assign and book in one step (SPEC §14): gives `number` (as the caller saw it at
    // `version`) to `target`'s team and agrees its window, in one transaction, recorded as
    // the ordinary "assign" and "schedule" events. A target without a window takes the
    // window back ("unschedule"), one without a team the team too ("unassign"): what an
    // undo needs. A change somebody else saved since `version` is refused as a conflict.
    // Dispatchers and admins only.
    Result<OrderChange> book(const QString& number, int version, const Booking& target);

    // Open orders without an agreed window (new or assigned), earliest deadline first, in
    // `unitCode` and `areaCode` when given: what is left to book.
    Result<QList<WorkOrder>> unbooked(
        const QString& unitCode, const QString& areaCode, int limit) const;

    static constexpr const char* kStartSetting = "working_hours_start";
    static constexpr const char* kEndSetting = "working_hours_end";

    // Every team as the rules of §14 and §15 see it (inactive teams with no technicians).
    Result<QList<ScheduleTeam>> teams() const;

private:
    const Session& m_session;
};

} // namespace fd
