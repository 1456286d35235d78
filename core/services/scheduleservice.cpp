#include "scheduleservice.h"

#include "rules/permissions.h"
#include "storage/database.h"
#include "storage/orderrepository.h"
#include "storage/rulerepository.h"
#include "storage/teamrepository.h"
#include "storage/technicianrepository.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fd {

ScheduleService::ScheduleService(const Session& session)
    : m_session(session)
{ }

Result<WorkingHours> ScheduleService::workingHours() const
{
    SettingsRepository settings(m_session.database());
    const WorkingHours defaults;
    FD_TRY_ASSIGN(QString start,
        settings.value(QString::fromLatin1(kStartSetting), defaults.start.toString(u"HH:mm"_s)));
    FD_TRY_ASSIGN(QString end,
        settings.value(QString::fromLatin1(kEndSetting), defaults.end.toString(u"HH:mm"_s)));
    WorkingHours hours;
    hours.start = QTime::fromString(start.trimmed(), u"HH:mm"_s);
    hours.end = QTime::fromString(end.trimmed(), u"HH:mm"_s);
    if (!hours.start.isValid() || !hours.end.isValid() || hours.end <= hours.start) {
        return Error(QCoreApplication::translate("fd::ScheduleService",
            "The working hours in the settings (%1 “%2”, %3 “%4”) are not two times HH:mm, "
            "the first before the second.")
                         .arg(QString::fromLatin1(kStartSetting), start,
                             QString::fromLatin1(kEndSetting), end));
    }
    return hours;
}

Result<QList<ScheduleTeam>> ScheduleService::teams() const
{
    Database& database = m_session.database();
    FD_TRY_ASSIGN(QList<Team> teams, TeamRepository(database).all());
    FD_TRY_ASSIGN(QList<Technician> technicians, TechnicianRepository(database).all());
    FD_TRY_ASSIGN(QList<Unit> units, UnitRepository(database).all());
    QHash<QString, int> working;
    for (const Technician& technician : technicians) {
        if (technician.active)
            ++working[technician.teamCode];
    }
    QHash<QString, bool> unitActive;
    for (const Unit& unit : units)
        unitActive.insert(unit.code, unit.status == UnitStatus::Active);
    QList<ScheduleTeam> scheduled;
    for (const Team& team : teams) {
        ScheduleTeam entry;
        entry.code = team.code;
        entry.name = team.name;
        entry.unitCode = team.unitCode;
        entry.active = team.active;
        // An inactive team can take no job: it has no technicians to count on.
        entry.technicians = team.active ? working.value(team.code) : 0;
        entry.unitActive = unitActive.value(team.unitCode, false);
        entry.areaCodes = team.areaCodes;
        scheduled.append(entry);
    }
    return scheduled;
}

Result<ScheduleTeam> ScheduleService::team(const QString& teamCode) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrders));
    // One team's rows only: a booking's preview reads this on every drop.
    Database& database = m_session.database();
    FD_TRY_ASSIGN(std::optional<Team> found, TeamRepository(database).find(teamCode));
    if (!found) {
        return Error(QCoreApplication::translate(
            "fd::ScheduleService", "There is no team with the code “%1”.")
                         .arg(teamCode));
    }
    if (boundToUnit(m_session.actor())) // a representative's own unit's teams only (SPEC §1)
        FD_TRY(checkUnitScope(m_session.actor(), found->unitCode));
    FD_TRY_ASSIGN(std::optional<Unit> unit, UnitRepository(database).find(found->unitCode));
    FD_TRY_ASSIGN(QList<Technician> technicians, TechnicianRepository(database).ofTeam(teamCode));
    ScheduleTeam entry;
    entry.code = found->code;
    entry.name = found->name;
    entry.unitCode = found->unitCode;
    entry.areaCodes = found->areaCodes;
    entry.unitActive = unit && unit->status == UnitStatus::Active;
    // An inactive team can take no job: it has no technicians to count on.
    if (found->active) {
        for (const Technician& technician : technicians)
            entry.technicians += technician.active ? 1 : 0;
    }
    return entry;
}

Result<QList<TeamDay>> ScheduleService::day(const QDate& date, const QString& teamCode) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrders));
    if (!date.isValid()) {
        return Error(QCoreApplication::translate(
            "fd::ScheduleService", "The schedule needs a valid date (YYYY-MM-DD)."));
    }
    FD_TRY_ASSIGN(WorkingHours hours, workingHours());
    const QTimeZone& zone = m_session.zone();
    const QDateTime from = QDateTime(date, QTime(0, 0), zone).toUTC();
    const QDateTime before = QDateTime(date.addDays(1), QTime(0, 0), zone).toUTC();
    OrderRepository orders(m_session.database());
    QList<TeamDay> days;
    if (!teamCode.isEmpty()) {
        FD_TRY_ASSIGN(ScheduleTeam team, team(teamCode));
        FD_TRY_ASSIGN(QList<WorkOrder> booked, orders.appointments(teamCode, from, before));
        days.append(teamDay(team, booked, hours, zone));
        return days;
    }
    FD_TRY_ASSIGN(QList<ScheduleTeam> all, teams());
    FD_TRY_ASSIGN(QList<WorkOrder> booked, orders.appointmentsOfAllTeams(from, before));
    QHash<QString, QList<WorkOrder>> byTeam;
    for (const WorkOrder& order : booked)
        byTeam[order.teamCode].append(order);
    std::sort(all.begin(), all.end(),
        [](const ScheduleTeam& a, const ScheduleTeam& b) { return a.code < b.code; });
    const bool bound = boundToUnit(m_session.actor()); // a representative: its unit's teams
    for (const ScheduleTeam& team : all) {
        if ((bound && team.unitCode != m_session.actor().unitCode)
            || (!team.active && !byTeam.contains(team.code)))
            continue;
        days.append(teamDay(team, byTeam.value(team.code), hours, zone));
    }
    return days;
}

Result<QList<ScheduleProblem>> ScheduleService::preview(
    const QString& number, const Booking& proposed) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::DispatchOrders));
    if (proposed.teamCode.isEmpty() || !proposed.hasWindow() || proposed.end <= proposed.start) {
        return Error(QCoreApplication::translate("fd::ScheduleService",
            "A booking of order %1 needs a team and a window whose end is after its start.")
                         .arg(number));
    }
    OrderRepository orders(m_session.database());
    FD_TRY_ASSIGN(std::optional<WorkOrder> order, orders.find(number));
    if (!order) {
        return Error(QCoreApplication::translate("fd::ScheduleService", "There is no order “%1”.")
                         .arg(number));
    }
    FD_TRY_ASSIGN(WorkingHours hours, workingHours());
    FD_TRY_ASSIGN(ScheduleTeam team, team(proposed.teamCode));
    // Every window of the team that can meet the proposed one: those starting from a day
    // before it (no visit lasts a day) to its end.
    FD_TRY_ASSIGN(QList<WorkOrder> others,
        orders.appointments(proposed.teamCode, proposed.start.addDays(-1), proposed.end));
    return bookingProblems(team, *order, proposed.start.toUTC(), proposed.end.toUTC(), others,
        hours, m_session.zone());
}

Result<OrderChange> ScheduleService::book(const QString& number, int version, const Booking& target)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::DispatchOrders));
    if (target.hasWindow() && target.end <= target.start) {
        return Error(QCoreApplication::translate(
            "fd::ScheduleService", "The window of order %1 must end after it starts.")
                         .arg(number));
    }
    if (target.hasWindow() && target.teamCode.isEmpty()) {
        return Error(QCoreApplication::translate(
            "fd::ScheduleService", "Order %1 cannot be given a window without a team.")
                         .arg(number));
    }
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    FD_TRY_ASSIGN(std::optional<WorkOrder> found, OrderRepository(database).find(number));
    if (!found) {
        return Error(QCoreApplication::translate("fd::ScheduleService", "There is no order “%1”.")
                         .arg(number));
    }
    OrderService orders(m_session);
    // The version the caller saw: each step below refuses a change saved since.
    OrderChange change { *found, {} };
    int seen = version;
    const Booking now = bookingOf(*found);
    if (target.teamCode.isEmpty()) {
        if (!now.teamCode.isEmpty()) {
            FD_TRY_ASSIGN(change, orders.unbook(number, seen, true, target.contactedAt));
        }
    } else {
        if (target.teamCode != now.teamCode || target.technicianCode != now.technicianCode) {
            FD_TRY_ASSIGN(
                change, orders.assign(number, seen, target.teamCode, target.technicianCode));
            seen = change.order.version;
        }
        if (target.hasWindow()) {
            if (target.start != now.start || target.end != now.end
                || found->status != OrderStatus::Scheduled) {
                const QDateTime contacted = target.contactedAt.isValid() ? target.contactedAt
                    : found->contactedAt.isValid()                       ? found->contactedAt
                                                                         : m_session.now();
                const QStringList warnings = change.warnings;
                FD_TRY_ASSIGN(change,
                    orders.schedule(number, seen, contacted, target.start, target.end,
                        found->customerRequestedLater));
                change.warnings = warnings + change.warnings;
            }
        } else if (now.hasWindow()) {
            const QStringList warnings = change.warnings;
            FD_TRY_ASSIGN(change, orders.unbook(number, seen, false, target.contactedAt));
            change.warnings = warnings + change.warnings;
        }
    }
    if (change.order.version == found->version && found->version != version) {
        // Nothing to change, but the caller saw an older order: say so rather than pretend.
        return Error(QCoreApplication::translate("fd::ScheduleService",
            "Order %1 was changed by someone else after you saw it; nothing was saved. "
            "Refresh and make the change again.")
                         .arg(number));
    }
    FD_TRY(transaction.commit());
    return change;
}

Result<QList<WorkOrder>> ScheduleService::unbooked(
    const QString& unitCode, const QString& areaCode, int limit) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrders));
    OrderFilter filter;
    filter.statuses = { OrderStatus::New, OrderStatus::Assigned };
    filter.unitCode = unitCode;
    filter.areaCode = areaCode;
    return OrderRepository(m_session.database()).page(filter, OrderSort::Deadline, {}, limit);
}

} // namespace fd
