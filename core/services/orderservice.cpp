#include "orderservice.h"

#include "rules/orderchecks.h"
#include "rules/orderflow.h"
#include "rules/permissions.h"
#include "rules/timeliness.h"
#include "services/complianceservice.h"
#include "services/readback.h"
#include "services/ruleservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/lookups.h"
#include "storage/orderrepository.h"
#include "storage/rulerepository.h"
#include "storage/teamrepository.h"
#include "storage/technicianrepository.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

Error refusedFor(const QString& number, OrderStatus status, const char* action)
{
    return Error(QCoreApplication::translate("fd::OrderService", "Order %1 is %2; it cannot be %3.")
                     .arg(number, orderStatusDisplayName(status).toLower(),
                         QCoreApplication::translate("fd::OrderService", action)));
}

Error fieldErrors(const QList<FieldError>& errors)
{
    return Error(describeFieldErrors(errors));
}

// The row ids an order's codes name, and the unit it belongs to: its team's, or while
// unassigned its area's (SPEC §4).
Result<OrderKeys> resolveKeys(Database& database, WorkOrder& order)
{
    OrderKeys keys;
    const LookupRepository lookups(database);
    Result<std::optional<Placement>> area = lookups.area(order.areaCode);
    if (!area.ok())
        return Error(area.error());
    if (!area.value())
        return Error(QCoreApplication::translate("fd::OrderService", "There is no area “%1”.")
                         .arg(order.areaCode));
    keys.areaId = area.value()->id;
    keys.unitId = area.value()->unitId;
    order.unitCode = area.value()->unitCode;
    if (!order.teamCode.isEmpty()) {
        Result<std::optional<Placement>> team = lookups.team(order.teamCode);
        if (!team.ok())
            return Error(team.error());
        if (!team.value())
            return Error(QCoreApplication::translate("fd::OrderService", "There is no team “%1”.")
                             .arg(order.teamCode));
        keys.teamId = team.value()->id;
        keys.unitId = team.value()->unitId;
        order.unitCode = team.value()->unitCode;
    }
    if (!order.technicianCode.isEmpty()) {
        Result<std::optional<Placement>> technician = lookups.technician(order.technicianCode);
        if (!technician.ok())
            return Error(technician.error());
        if (!technician.value()) {
            return Error(
                QCoreApplication::translate("fd::OrderService", "There is no technician “%1”.")
                    .arg(order.technicianCode));
        }
        keys.technicianId = technician.value()->id;
    }
    return keys;
}

} // namespace

Result<std::optional<WorkOrder>> OrderService::find(const QString& number) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrders));
    FD_TRY_ASSIGN(
        std::optional<WorkOrder> found, OrderRepository(m_session.database()).find(number));
    if (found && boundToUnit(m_session.actor()))
        FD_TRY(checkUnitScope(m_session.actor(), found->unitCode)); // row by row (SPEC §1)
    return found;
}

Result<QList<OrderEvent>> OrderService::history(const QString& number) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrders));
    if (boundToUnit(m_session.actor()))
        FD_TRY(find(number));
    return OrderRepository(m_session.database()).events(number);
}

Result<WorkOrder> OrderService::load(const QString& number, int version) const
{
    FD_TRY_ASSIGN(
        std::optional<WorkOrder> found, OrderRepository(m_session.database()).find(number));
    if (!found)
        return Error(
            QCoreApplication::translate("fd::OrderService", "There is no order “%1”.").arg(number));
    if (found->version != version) {
        Result<QList<OrderEvent>> events = OrderRepository(m_session.database()).events(number);
        const OrderEvent last
            = events.ok() && !events.value().isEmpty() ? events.value().last() : OrderEvent();
        return Error(QCoreApplication::translate("fd::OrderService",
            "Order %1 was changed by %2 at %3 after you opened it. Your change was not saved; "
            "reload the order "
            "and make it again.")
                         .arg(number, last.actor,
                             last.at.toTimeZone(m_session.zone()).toString(u"yyyy-MM-dd HH:mm"_s)));
    }
    return found.value();
}

Result<OrderChange> OrderService::save(WorkOrder order, OrderStatus from, const QString& action,
    const QString& detail, QStringList warnings)
{
    Database& database = m_session.database();
    FD_TRY_ASSIGN(TimelinessRules rules, timelinessRulesInForce(database));
    order.deadline = orderDeadline(rules, m_session.zone(), order);
    order.measuredAt = measuredEvent(order.kind, order.arrivedAt, order.completedAt);
    FD_TRY_ASSIGN(OrderKeys keys, resolveKeys(database, order));

    OrderRepository repository(database);
    qint64 id = order.id;
    if (id == 0) {
        FD_TRY_ASSIGN(qint64 inserted, repository.insert(order, keys));
        id = inserted;
    } else {
        FD_TRY_ASSIGN(bool updated, repository.update(order, keys));
        if (!updated)
            return Error(QCoreApplication::translate("fd::OrderService",
                "Order %1 was changed by someone else while you were saving. Your change was not "
                "saved; reload the "
                "order and make it again.")
                             .arg(order.number));
    }
    const std::optional<OrderStatus> previous
        = order.id == 0 ? std::nullopt : std::optional<OrderStatus>(from);
    FD_TRY(repository.appendEvent(
        id, { m_session.now(), m_session.actor().user, action, previous, order.status, detail }));
    FD_TRY_ASSIGN(WorkOrder saved, readBack(repository.find(order.number)));
    return OrderChange { saved, warnings };
}

Result<OrderChange> OrderService::create(const WorkOrder& draft)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::DispatchOrders));
    WorkOrder order;
    order.number = draft.number.trimmed();
    order.kind = draft.kind;
    order.account = draft.account.trimmed();
    order.customer = draft.customer.trimmed();
    order.phone = draft.phone.trimmed();
    order.address = draft.address.trimmed();
    order.areaCode = draft.areaCode;
    order.receivedAt = draft.receivedAt.isValid() ? draft.receivedAt.toUTC() : m_session.now();
    order.notes = draft.notes;
    order.status = OrderStatus::New;
    const QList<FieldError> errors = checkOrderDetails(order, m_session.now());
    if (!errors.isEmpty())
        return fieldErrors(errors);

    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    FD_TRY_ASSIGN(std::optional<WorkOrder> existing, OrderRepository(database).find(order.number));
    if (existing)
        return Error(
            QCoreApplication::translate("fd::OrderService", "There is already an order “%1”.")
                .arg(order.number));
    Result<std::optional<Placement>> area = LookupRepository(database).area(order.areaCode);
    if (!area.ok())
        return Error(area.error());
    if (area.value() && !area.value()->active) {
        return Error(QCoreApplication::translate(
            "fd::OrderService", "The area “%1” is deactivated; it takes no new orders.")
                         .arg(order.areaCode));
    }
    Result<OrderChange> saved = save(order, OrderStatus::New, u"create"_s, {});
    if (!saved.ok())
        return saved;
    FD_TRY(transaction.commit());
    return saved;
}

Result<QList<TeamProposal>> OrderService::proposeTeams(const QString& number) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrders));
    // Proposals weigh every unit's teams: a dispatcher's aid, not a representative's.
    if (boundToUnit(m_session.actor()))
        return Error(refusalText(m_session.actor().role, Action::DispatchOrders));
    Database& database = m_session.database();
    Result<std::optional<WorkOrder>> order = OrderRepository(database).find(number);
    if (!order.ok())
        return Error(order.error());
    if (!order.value())
        return Error(
            QCoreApplication::translate("fd::OrderService", "There is no order “%1”.").arg(number));
    Result<QList<Team>> teams = TeamRepository(database).all();
    Result<QList<Unit>> units = UnitRepository(database).all();
    Result<QHash<QString, qint64>> load = OrderRepository(database).openLoadByTeam();
    Result<ComplianceReport> compliance = ComplianceService(m_session).report();
    for (const QString* failure :
        { &teams.error(), &units.error(), &load.error(), &compliance.error() }) {
        if (!failure->isEmpty())
            return Error(*failure);
    }
    QHash<QString, Unit> unitByCode;
    for (const Unit& unit : units.value())
        unitByCode.insert(unit.code, unit);
    QHash<QString, bool> compliant;
    for (const UnitCompliance& unit : compliance.value().units)
        compliant.insert(unit.unitCode, unit.compliant());

    QList<TeamProposal> proposals;
    for (const Team& team : teams.value()) {
        if (!team.active)
            continue;
        const Unit unit = unitByCode.value(team.unitCode);
        TeamProposal proposal;
        proposal.teamCode = team.code;
        proposal.teamName = team.name;
        proposal.unitCode = unit.code;
        proposal.unitName = unit.name;
        proposal.coversArea = team.areaCodes.contains(order.value()->areaCode);
        proposal.unitActive = unit.status == UnitStatus::Active;
        proposal.unitCompliant = compliant.value(unit.code, false);
        proposal.openOrders = load.value().value(team.code);
        proposals.append(proposal);
    }
    // Teams that can take the order and cover its area first; among them the least loaded.
    std::stable_sort(
        proposals.begin(), proposals.end(), [](const TeamProposal& a, const TeamProposal& b) {
            const auto rank = [](const TeamProposal& p) {
                return (p.unitActive ? 0 : 2) + (p.coversArea ? 0 : 1);
            };
            if (rank(a) != rank(b))
                return rank(a) < rank(b);
            if (a.openOrders != b.openOrders)
                return a.openOrders < b.openOrders;
            return a.teamCode < b.teamCode;
        });
    return proposals;
}

Result<OrderChange> OrderService::assign(
    const QString& number, int version, const QString& teamCode, const QString& technicianCode)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::DispatchOrders));
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    FD_TRY_ASSIGN(WorkOrder loaded, load(number, version));
    WorkOrder order = loaded;
    const OrderStatus from = order.status;
    if (!stepAllowedFrom(OrderStep::Assign, from))
        return refusedFor(number, from, QT_TRANSLATE_NOOP("fd::OrderService", "assigned"));

    Result<std::optional<Team>> team = TeamRepository(database).find(teamCode);
    if (!team.ok())
        return Error(team.error());
    if (!team.value())
        return Error(QCoreApplication::translate("fd::OrderService", "There is no team “%1”.")
                         .arg(teamCode));
    if (!team.value()->active)
        return Error(
            QCoreApplication::translate("fd::OrderService", "The team “%1” is deactivated.")
                .arg(teamCode));
    Result<std::optional<Unit>> unit = UnitRepository(database).find(team.value()->unitCode);
    if (!unit.ok())
        return Error(unit.error());
    if (!unit.value()) // a team always belongs to a unit; storage lost it
        return Error(QCoreApplication::translate("fd::OrderService", "There is no unit “%1”.")
                         .arg(team.value()->unitCode));
    if (unit.value()->status != UnitStatus::Active) {
        return Error(QCoreApplication::translate("fd::OrderService",
            "The unit “%1” (%2) is %3 and cannot be given new orders (SPEC §4).")
                         .arg(unit.value()->code, unit.value()->name,
                             unitStatusDisplayName(unit.value()->status).toLower()));
    }
    if (!technicianCode.isEmpty()) {
        Result<std::optional<Technician>> technician
            = TechnicianRepository(database).find(technicianCode);
        if (!technician.ok())
            return Error(technician.error());
        if (!technician.value())
            return Error(
                QCoreApplication::translate("fd::OrderService", "There is no technician “%1”.")
                    .arg(technicianCode));
        if (technician.value()->teamCode != teamCode) {
            return Error(QCoreApplication::translate(
                "fd::OrderService", "The technician %1 (%2) is in the team “%3”, not “%4”.")
                             .arg(technician.value()->name, technicianCode,
                                 technician.value()->teamCode, teamCode));
        }
        if (!technician.value()->active) {
            return Error(QCoreApplication::translate(
                "fd::OrderService", "The technician %1 (%2) is not active.")
                             .arg(technician.value()->name, technicianCode));
        }
    }

    QStringList warnings;
    if (!team.value()->areaCodes.contains(order.areaCode)) {
        warnings.append(QCoreApplication::translate(
            "fd::OrderService", "The team “%1” does not cover the area “%2”.")
                            .arg(teamCode, order.areaCode));
    }
    Result<std::optional<UnitCompliance>> compliance
        = ComplianceService(m_session).unit(unit.value()->code);
    if (compliance.ok() && compliance.value() && !compliance.value()->compliant()) {
        QStringList short_;
        for (const ResourceCheck& check : compliance.value()->checks) {
            if (check.shortfall() > 0)
                short_.append(QCoreApplication::translate("fd::OrderService", "%1 short by %2")
                                  .arg(resourceDisplayName(check.resource),
                                      QString::number(check.shortfall())));
        }
        if (!compliance.value()->uncoveredAreas.isEmpty()) {
            short_.append(
                QCoreApplication::translate("fd::OrderService", "areas without a team: %1")
                    .arg(compliance.value()->uncoveredAreas.join(u", "_s)));
        }
        warnings.append(QCoreApplication::translate(
            "fd::OrderService", "The unit “%1” does not meet the allocation rules: %2.")
                            .arg(unit.value()->code, short_.join(u"; "_s)));
    }

    const QString before = order.teamCode + u'/' + order.technicianCode;
    order.teamCode = teamCode;
    order.technicianCode = technicianCode;
    if (order.status == OrderStatus::New)
        order.status = OrderStatus::Assigned;
    const QString detail
        = teamCode + (technicianCode.isEmpty() ? QString() : u'/' + technicianCode);
    Result<OrderChange> saved = save(order, from, u"assign"_s, detail, warnings);
    if (!saved.ok())
        return saved;
    FD_TRY(AuditRepository(database).append({ 0, m_session.now(), m_session.actor().user,
        u"order.assign"_s, u"order"_s, number, before == u"/"_s ? QString() : before, detail }));
    FD_TRY(transaction.commit());
    return saved;
}

Result<OrderChange> OrderService::schedule(const QString& number, int version,
    const QDateTime& contactedAt, const QDateTime& start, const QDateTime& end,
    bool customerRequestedLater)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::DispatchOrders));
    Transaction transaction(m_session.database());
    FD_TRY(transaction.started());
    FD_TRY_ASSIGN(WorkOrder loaded, load(number, version));
    WorkOrder order = loaded;
    const OrderStatus from = order.status;
    if (!stepAllowedFrom(OrderStep::Schedule, from))
        return refusedFor(
            number, from, QT_TRANSLATE_NOOP("fd::OrderService", "given an appointment"));
    order.contactedAt = contactedAt.toUTC();
    order.appointmentStart = start.toUTC();
    order.appointmentEnd = end.toUTC();
    order.customerRequestedLater = customerRequestedLater;
    QList<FieldError> errors = checkOrderTimes(order, m_session.now());
    if (!contactedAt.isValid())
        errors.prepend({ u"contacted_at"_s,
            QCoreApplication::translate("fd::Checks", "must be a date and time") });
    if (!start.isValid())
        errors.prepend({ u"appointment_start"_s,
            QCoreApplication::translate("fd::Checks", "must be a date and time") });
    if (!errors.isEmpty())
        return fieldErrors(errors);
    order.status = OrderStatus::Scheduled;
    const QString detail = start.toTimeZone(m_session.zone()).toString(u"yyyy-MM-dd HH:mm"_s)
        + u"–"_s + end.toTimeZone(m_session.zone()).toString(u"HH:mm"_s)
        + (customerRequestedLater ? u" (later)"_s : QString());
    Result<OrderChange> saved = save(order, from, u"schedule"_s, detail);
    if (!saved.ok())
        return saved;
    FD_TRY(transaction.commit());
    return saved;
}

Result<OrderChange> OrderService::unbook(
    const QString& number, int version, bool unassign, const QDateTime& contactedAt)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::DispatchOrders));
    Transaction transaction(m_session.database());
    FD_TRY(transaction.started());
    FD_TRY_ASSIGN(WorkOrder loaded, load(number, version));
    WorkOrder order = loaded;
    const OrderStatus from = order.status;
    if (from != OrderStatus::Assigned && from != OrderStatus::Scheduled)
        return refusedFor(number, from,
            unassign ? QT_TRANSLATE_NOOP("fd::OrderService", "taken back from its team")
                     : QT_TRANSLATE_NOOP("fd::OrderService", "left without an appointment"));
    const QString before = order.teamCode;
    order.appointmentStart = QDateTime();
    order.appointmentEnd = QDateTime();
    order.customerRequestedLater = false;
    order.contactedAt = contactedAt.isValid() ? contactedAt.toUTC() : QDateTime();
    order.status = OrderStatus::Assigned;
    if (unassign) {
        order.teamCode.clear();
        order.technicianCode.clear();
        order.status = OrderStatus::New;
    }
    const QList<FieldError> errors = checkOrderTimes(order, m_session.now());
    if (!errors.isEmpty())
        return fieldErrors(errors);
    Result<OrderChange> saved = save(
        order, from, unassign ? u"unassign"_s : u"unschedule"_s, unassign ? before : QString());
    if (!saved.ok())
        return saved;
    if (unassign) {
        FD_TRY(AuditRepository(m_session.database())
                   .append({ 0, m_session.now(), m_session.actor().user, u"order.unassign"_s,
                       u"order"_s, number, before, QString() }));
    }
    FD_TRY(transaction.commit());
    return saved;
}

Result<OrderChange> OrderService::recordArrival(
    const QString& number, int version, const QDateTime& arrivedAt)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::DispatchOrders));
    Transaction transaction(m_session.database());
    FD_TRY(transaction.started());
    FD_TRY_ASSIGN(WorkOrder loaded, load(number, version));
    WorkOrder order = loaded;
    const OrderStatus from = order.status;
    if (!stepAllowedFrom(OrderStep::Arrive, from))
        return refusedFor(number, from, QT_TRANSLATE_NOOP("fd::OrderService", "marked as arrived"));
    if (!arrivedAt.isValid())
        return fieldErrors({ { u"arrived_at"_s,
            QCoreApplication::translate("fd::Checks", "must be a date and time") } });
    order.arrivedAt = arrivedAt.toUTC();
    const QList<FieldError> errors = checkOrderTimes(order, m_session.now());
    if (!errors.isEmpty())
        return fieldErrors(errors);
    order.status = OrderStatus::OnSite;
    Result<OrderChange> saved = save(order, from, u"arrive"_s, {});
    if (!saved.ok())
        return saved;
    FD_TRY(transaction.commit());
    return saved;
}

Result<OrderChange> OrderService::complete(
    const QString& number, int version, const CompletionReport& report)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::DispatchOrders));
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    FD_TRY_ASSIGN(WorkOrder loaded, load(number, version));
    WorkOrder order = loaded;
    const OrderStatus from = order.status;
    if (!stepAllowedFrom(OrderStep::Complete, from))
        return refusedFor(number, from,
            QT_TRANSLATE_NOOP("fd::OrderService", "completed before the technician is on site"));
    FD_TRY_ASSIGN(RuleSet rules, RuleRepository(database).current());
    const PowerRange range { rules.value(rule::kRxMinDbm), rules.value(rule::kRxMaxDbm) };
    order.completedAt = report.completedAt.toUTC();
    order.checklist = report.checklist;
    order.checklist.signedBy = order.checklist.signedBy.trimmed();
    order.checklist.refusalReason
        = order.checklist.signedBy.isEmpty() ? order.checklist.refusalReason.trimmed() : QString();
    order.rxPowerDbm = report.rxPowerDbm;
    order.ontCollected = report.ontCollected;
    QList<FieldError> errors
        = checkCompletion(order.kind, order.checklist, order.rxPowerDbm, order.ontCollected, range);
    if (!report.completedAt.isValid())
        errors.prepend({ u"completed_at"_s,
            QCoreApplication::translate("fd::Checks", "must be a date and time") });
    errors += checkOrderTimes(order, m_session.now());
    if (!errors.isEmpty())
        return fieldErrors(errors);
    order.status = OrderStatus::Completed;
    Result<OrderChange> saved = save(order, from, u"complete"_s,
        order.checklist.signedBy.isEmpty() ? order.checklist.refusalReason
                                           : order.checklist.signedBy);
    if (!saved.ok())
        return saved;
    FD_TRY(transaction.commit());
    return saved;
}

Result<OrderChange> OrderService::cancel(const QString& number, int version, const QString& reason)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::DispatchOrders));
    if (reason.trimmed().isEmpty())
        return Error(QCoreApplication::translate(
            "fd::OrderService", "Give a reason for cancelling the order."));
    Transaction transaction(m_session.database());
    FD_TRY(transaction.started());
    FD_TRY_ASSIGN(WorkOrder loaded, load(number, version));
    WorkOrder order = loaded;
    const OrderStatus from = order.status;
    if (!stepAllowedFrom(OrderStep::Cancel, from))
        return refusedFor(number, from, QT_TRANSLATE_NOOP("fd::OrderService", "cancelled"));
    order.status = OrderStatus::Cancelled;
    Result<OrderChange> saved = save(order, from, u"cancel"_s, reason.trimmed());
    if (!saved.ok())
        return saved;
    FD_TRY(transaction.commit());
    return saved;
}

Result<OrderChange> OrderService::exempt(
    const QString& number, int version, std::optional<ExemptReason> reason, const QString& note)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ExemptOrders));
    if (reason && note.trimmed().isEmpty())
        return Error(QCoreApplication::translate(
            "fd::OrderService", "An exemption needs a note saying why."));
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    FD_TRY_ASSIGN(WorkOrder loaded, load(number, version));
    WorkOrder order = loaded;
    if (!stepAllowedFrom(OrderStep::Exempt, order.status))
        return refusedFor(number, order.status, QT_TRANSLATE_NOOP("fd::OrderService", "exempted"));
    const QString before = order.exemptReason ? exemptReasonKey(*order.exemptReason) : QString();
    order.exemptReason = reason;
    order.exemptNote = reason ? note.trimmed() : QString();
    const QString after
        = reason ? exemptReasonKey(*reason) + u": "_s + order.exemptNote : QString();
    Result<OrderChange> saved
        = save(order, order.status, reason ? u"exempt"_s : u"unexempt"_s, after);
    if (!saved.ok())
        return saved;
    FD_TRY(AuditRepository(database).append({ 0, m_session.now(), m_session.actor().user,
        u"order.exemption"_s, u"order"_s, number, before, after }));
    FD_TRY(transaction.commit());
    return saved;
}

} // namespace fd
