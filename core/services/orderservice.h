#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/workorder.h"

#include <QStringList>
#include <optional>

namespace fd {

// A team the assign dialog proposes for an order (SPEC §3–§4).
struct TeamProposal
{
    QString teamCode;
    QString teamName;
    QString unitCode;
    QString unitName;
    bool coversArea = false;
    bool unitActive = false;
    bool unitCompliant = false;
    qint64 openOrders = 0; // assigned, scheduled or on site: today's load
};

// What the customer's visit produced, recorded at completion.
struct CompletionReport
{
    QDateTime completedAt;
    ConductChecklist checklist;
    std::optional<double> rxPowerDbm; // none for a removal
    std::optional<bool> ontCollected; // a removal's: whether the ONT was taken back
};

// A change that went through, with what the dispatcher should know about it.
struct OrderChange
{
    WorkOrder order; // as saved
    QStringList warnings;
};

// The work-order life cycle of SPEC §4: new → assigned → scheduled → on site → completed,
// cancelled from any state before completed. Every change names the version of the order
// the caller saw: if someone else saved it since, the change is refused as a conflict and
// nothing is overwritten. Every transition is recorded with who and when.
class OrderService
{
public:
    explicit OrderService(const Session& session)
        : m_session(session)
    { }

    Result<std::optional<WorkOrder>> find(const QString& number) const;
    Result<QList<OrderEvent>> history(const QString& number) const;

    // A new order in `draft.areaCode`, belonging to the unit that serves it. Received now
    // when the draft names no time.
    Result<OrderChange> create(const WorkOrder& draft);
    // Teams that could take the order: those covering its area first, then by load.
    Result<QList<TeamProposal>> proposeTeams(const QString& number) const;
    // Refused for a team whose unit is not active; warns when the unit falls short of the
    // allocation rules or the team does not cover the order's area.
    Result<OrderChange> assign(
        const QString& number, int version, const QString& teamCode, const QString& technicianCode);
    Result<OrderChange> schedule(const QString& number, int version, const QDateTime& contactedAt,
        const QDateTime& start, const QDateTime& end, bool customerRequestedLater);
    // Takes an agreed window back (scheduled → assigned), and with `unassign` the team too
    // (→ new): the dispatcher's undo of a booking (SPEC §14), recorded as "unschedule" or
    // "unassign". `contactedAt` is what the order had before it was booked.
    Result<OrderChange> unbook(
        const QString& number, int version, bool unassign, const QDateTime& contactedAt);
    Result<OrderChange> recordArrival(
        const QString& number, int version, const QDateTime& arrivedAt);
    Result<OrderChange> complete(
        const QString& number, int version, const CompletionReport& report);
    Result<OrderChange> cancel(const QString& number, int version, const QString& reason);
    // An evaluator takes an order out of the timeliness population (SPEC §4), or puts it back.
    Result<OrderChange> exempt(const QString& number, int version,
        std::optional<ExemptReason> reason, const QString& note);

private:
    Result<WorkOrder> load(const QString& number, int version) const;
    Result<OrderChange> save(WorkOrder order, OrderStatus from, const QString& action,
        const QString& detail, QStringList warnings = {});

    const Session& m_session;
};

} // namespace fd
