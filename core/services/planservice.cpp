#include "planservice.h"

#include "rules/permissions.h"
#include "services/orderservice.h"
#include "services/ruleservice.h"
#include "services/scheduleservice.h"
#include "storage/database.h"
#include "storage/orderrepository.h"
#include "storage/rulerepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fd {

PlanService::PlanService(const Session& session)
    : m_session(session)
{ }

Result<PlanSettings> PlanService::settings() const
{
    FD_TRY_ASSIGN(WorkingHours hours, ScheduleService(m_session).workingHours());
    PlanSettings settings;
    settings.hours = hours;
    SettingsRepository repository(m_session.database());
    const struct
    {
        const char* key;
        int* value;
        int most; // a job longer than a day, or a buffer of more than half of one, is a typo
    } minutes[] = {
        { kInstallSetting, &settings.installMinutes, 24 * 60 },
        { kMoveSetting, &settings.moveMinutes, 24 * 60 },
        { kRepairSetting, &settings.repairMinutes, 24 * 60 },
        { kRemovalSetting, &settings.removalMinutes, 24 * 60 },
        { kTravelSetting, &settings.travelMinutes, 12 * 60 },
    };
    for (const auto& setting : minutes) {
        const QString key = QString::fromLatin1(setting.key);
        FD_TRY_ASSIGN(QString text, repository.value(key, QString::number(*setting.value)));
        bool number = false;
        const int value = text.trimmed().toInt(&number);
        const int least = setting.value == &settings.travelMinutes ? 0 : 1;
        if (!number || value < least || value > setting.most) {
            return Error(QCoreApplication::translate("fd::PlanService",
                "The setting %1 is “%2”: it must be a whole number of minutes from %3 to %4.")
                             .arg(key, text)
                             .arg(least)
                             .arg(setting.most));
        }
        *setting.value = value;
    }
    return settings;
}

Result<PlanInput> PlanService::input(const QDate& date) const
{
    if (!date.isValid()) {
        return Error(QCoreApplication::translate(
            "fd::PlanService", "The day plan needs a valid date (YYYY-MM-DD)."));
    }
    Database& database = m_session.database();
    PlanInput input;
    input.date = date;
    input.zone = m_session.zone();
    input.notBefore = m_session.now();
    FD_TRY_ASSIGN(input.rules, timelinessRulesInForce(database));
    FD_TRY_ASSIGN(input.settings, settings());
    // A day whose working hours are over has no window left to propose.
    const QDateTime closes = QDateTime(date, input.settings.hours.end, input.zone).toUTC();
    if (closes <= input.notBefore) {
        return Error(QCoreApplication::translate(
            "fd::PlanService", "The working hours of %1 are over: plan today or a later day.")
                         .arg(QLocale().toString(date, QLocale::ShortFormat)));
    }
    FD_TRY_ASSIGN(input.teams, ScheduleService(m_session).teams());
    const QDateTime from = QDateTime(date, QTime(0, 0), input.zone).toUTC();
    const QDateTime before = QDateTime(date.addDays(1), QTime(0, 0), input.zone).toUTC();
    const QDateTime dueBefore = QDateTime(date.addDays(2), QTime(0, 0), input.zone).toUTC();
    OrderRepository orders(database);
    FD_TRY_ASSIGN(input.unbooked, orders.unbookedDueBefore(dueBefore));
    FD_TRY_ASSIGN(input.booked, orders.appointmentsOfAllTeams(from, before));
    return input;
}

Result<QDate> PlanService::dayToPlan() const
{
    FD_TRY_ASSIGN(PlanSettings plan, settings());
    const int shortest = std::min(
        { plan.installMinutes, plan.moveMinutes, plan.repairMinutes, plan.removalMinutes });
    const QDate today = m_session.today();
    const QDateTime closes = QDateTime(today, plan.hours.end, m_session.zone()).toUTC();
    return m_session.now().addSecs(qint64(shortest) * 60) <= closes ? today : today.addDays(1);
}

Result<PlanOutcome> PlanService::propose(const QDate& date) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrders));
    // The plan weighs every unit's orders and teams: a dispatcher's aid, not a unit
    // representative's (SPEC §1).
    if (boundToUnit(m_session.actor()))
        return Error(refusalText(m_session.actor().role, Action::DispatchOrders));
    FD_TRY_ASSIGN(PlanInput planInput, input(date));
    PlanOutcome outcome;
    outcome.baseline = baselinePlan(planInput);
    outcome.plan = proposePlan(planInput);
    for (const WorkOrder& order : planInput.unbooked)
        outcome.versions.insert(order.number, order.version);
    return outcome;
}

Result<QList<PlanBooked>> PlanService::accept(
    const QList<PlanProposal>& proposals, const QHash<QString, int>& versions)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::DispatchOrders));
    Transaction transaction(m_session.database());
    FD_TRY(transaction.started());
    OrderService orders(m_session);
    ScheduleService schedule(m_session);
    const QDateTime agreedAt = m_session.now();
    QList<PlanBooked> booked;
    for (const PlanProposal& proposal : proposals) {
        const auto version = versions.constFind(proposal.number);
        if (version == versions.constEnd()) {
            return Error(QCoreApplication::translate("fd::PlanService",
                "The order %1 is not in the plan that was proposed; nothing was booked.")
                             .arg(proposal.number));
        }
        FD_TRY_ASSIGN(std::optional<WorkOrder> order, orders.find(proposal.number));
        if (!order) {
            return Error(QCoreApplication::translate("fd::PlanService", "There is no order %1.")
                             .arg(proposal.number));
        }
        PlanBooked entry;
        entry.number = proposal.number;
        entry.before = bookingOf(*order);
        entry.after.teamCode = proposal.team;
        entry.after.technicianCode
            = proposal.team == order->teamCode ? order->technicianCode : QString();
        entry.after.start = proposal.start;
        entry.after.end = proposal.end;
        entry.after.contactedAt = agreedAt;
        Result<OrderChange> saved = schedule.book(proposal.number, *version, entry.after);
        if (!saved.ok()) {
            return Error(QCoreApplication::translate(
                "fd::PlanService", "The proposal for %1 was not booked, nor any other: %2")
                             .arg(proposal.number, saved.error()));
        }
        entry.version = saved.value().order.version;
        booked.append(entry);
    }
    FD_TRY(transaction.commit());
    return booked;
}

} // namespace fd
