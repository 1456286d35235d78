#include "scheduleservice.h"

#include "rules/permissions.h"
#include "storage/lookups.h"
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
    FD_TRY_ASSIGN(QList<ScheduleTeam> all, teams());
    for (const ScheduleTeam& team : all) {
        if (team.code == teamCode) {
            if (boundToUnit(m_session.actor())) {
                FD_TRY_ASSIGN(std::optional<Placement> placed,
                    LookupRepository(m_session.database()).team(teamCode));
                FD_TRY(checkUnitScope(m_session.actor(), placed ? placed->unitCode : teamCode));
            }
            return team;
        }
    }
    return Error(
        QCoreApplication::translate("fd::ScheduleService", "There is no team with the code “%1”.")
            .arg(teamCode));
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
    QHash<QString, bool> activeTeam;
    QSet<QString> otherUnits; // a representative sees its own unit's teams only (SPEC §1)
    FD_TRY_ASSIGN(QList<Team> teamRows, TeamRepository(m_session.database()).all());
    for (const Team& team : teamRows) {
        activeTeam.insert(team.code, team.active);
        if (boundToUnit(m_session.actor()) && team.unitCode != m_session.actor().unitCode)
            otherUnits.insert(team.code);
    }
    std::sort(all.begin(), all.end(),
        [](const ScheduleTeam& a, const ScheduleTeam& b) { return a.code < b.code; });
    for (const ScheduleTeam& team : all) {
        if (otherUnits.contains(team.code)
            || (!activeTeam.value(team.code) && !byTeam.contains(team.code)))
            continue;
        days.append(teamDay(team, byTeam.value(team.code), hours, zone));
    }
    return days;
}

} // namespace fd
