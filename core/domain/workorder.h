#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace fd {

// SPEC §4. Instants are UTC; references are by code, as in the CSV files and on screen.

enum class OrderKind
{
    Install,
    Move,
    Repair,
    Removal // a disconnection: the drop cable and the ONT taken back (SPEC §4)
};
enum class OrderStatus
{
    New,
    Assigned,
    Scheduled,
    OnSite,
    Completed,
    Cancelled
};
enum class ExemptReason
{
    Customer,
    Resources,
    ThirdParty,
    ForceMajeure
};

// The conduct checklist recorded at completion. Item 1 (appointment agreed before the
// visit) is not stored: it is derived from the contact and arrival times.
struct ConductChecklist
{
    bool uniform = false; // 2. uniform with the operator's logo and ID badge
    bool permitShown = false; // 3. work permit and order shown; shoe covers, dust cloth, bags
    bool locationConsulted = false; // 4. customer consulted on where to install
    bool tested = false; // 5. service tested and demonstrated
    bool siteCleaned = false; // 6. site cleaned
    QString signedBy; // 7. the customer's name as signed, or
    QString refusalReason; //    the reason the customer refused to sign
};

struct WorkOrder
{
    qint64 id = 0;
    QString number;
    OrderKind kind = OrderKind::Install;
    QString account;
    QString customer;
    QString phone;
    QString address;
    QString areaCode;
    QString areaName; // for display; not written
    QString unitCode; // the assigned team's unit, or while unassigned the area's
    QDateTime receivedAt;
    QString teamCode;
    QString technicianCode;
    QString technicianName; // for display; not written
    QDateTime contactedAt;
    QDateTime appointmentStart;
    QDateTime appointmentEnd;
    bool customerRequestedLater = false;
    QDateTime arrivedAt;
    QDateTime completedAt;
    OrderStatus status = OrderStatus::New;
    QDateTime deadline; // SPEC §4 timeliness, kept up to date by the service
    QDateTime measuredAt; // the event timeliness measures (arrival, or completion for a repair)
    ConductChecklist checklist; // meaningful once completed
    std::optional<double> rxPowerDbm; // none on a removal: it has no test
    // A completed removal: whether the ONT was taken back. None on every other order (and on
    // a removal not yet completed).
    std::optional<bool> ontCollected;
    std::optional<ExemptReason> exemptReason;
    QString exemptNote;
    QString notes;
    int version = 1; // bumped by every change; a save naming an older one is a conflict

    // Checklist item 1: the appointment was agreed (contact recorded) before the arrival.
    bool appointmentAgreedBeforeVisit() const;
};

// One recorded change of an order: who, when, what (SPEC §4).
struct OrderEvent
{
    QDateTime at;
    QString actor;
    QString action; // "create", "assign", "schedule", "arrive", "complete", "cancel", "exempt",
                    // "import", ...
    std::optional<OrderStatus> fromStatus;
    OrderStatus toStatus = OrderStatus::New;
    QString detail;
};

QString orderKindKey(OrderKind kind);
std::optional<OrderKind> orderKindFromKey(const QString& key);
QString orderKindDisplayName(OrderKind kind);
QList<OrderKind> allOrderKinds();
// A removal takes the service away: no FTTH test, no test question, the ONT collected or not.
inline bool isRemoval(OrderKind kind)
{
    return kind == OrderKind::Removal;
}

QString orderStatusKey(OrderStatus status);
std::optional<OrderStatus> orderStatusFromKey(const QString& key);
QString orderStatusDisplayName(OrderStatus status);
QList<OrderStatus> allOrderStatuses();
bool isOpen(OrderStatus status); // neither completed nor cancelled
QList<OrderStatus> openOrderStatuses(); // the statuses isOpen() accepts, in flow order

QString exemptReasonKey(ExemptReason reason);
std::optional<ExemptReason> exemptReasonFromKey(const QString& key);
QString exemptReasonDisplayName(ExemptReason reason);
QList<ExemptReason> allExemptReasons();

} // namespace fd
