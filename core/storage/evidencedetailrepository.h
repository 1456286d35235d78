#pragma once

#include "common/result.h"
#include "domain/callback.h"
#include "domain/complaint.h"
#include "domain/workorder.h"
#include "storage/monthevidencerepository.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <array>
#include <optional>

namespace fd {

class Database;

// What an evidence row points at, as an evaluator reads it: the order (for a callback or a
// complaint, the order it follows), when things happened and the answers or verdict that
// made it count. Fields that do not apply to the row's kind stay empty.
struct EvidenceDetail
{
    EvidenceRow row;
    QString orderNumber; // empty for a complaint without an order
    std::optional<OrderKind> orderKind;
    QString account;
    QString customer;
    QDateTime receivedAt; // the order's, or the complaint's
    QDateTime deadline;
    QDateTime measuredAt; // the event timeliness measures: arrival, or completion (repair, removal)
    QDateTime completedAt;
    // Callbacks.
    QDate dueOn;
    std::optional<CallbackStatus> callbackStatus;
    QDateTime reachedAt;
    std::array<std::optional<bool>, kCallbackQuestionCount> answers {};
    std::optional<int> satisfaction;
    bool commendation = false;
    // Complaints.
    std::optional<ComplaintCategory> category;
    std::optional<ComplaintStatus> complaintStatus;
    std::optional<bool> staffCaused;
    QDateTime verifiedAt;
    QString description;
};

// Reads the orders, callbacks and complaints that evidence rows name, and the populations
// behind the SPEC §8 indicators that the evaluation itself does not count.
class EvidenceDetailRepository
{
public:
    explicit EvidenceDetailRepository(Database& database)
        : m_database(database)
    { }

    // One detail per row, in the rows' order; a row whose record has gone keeps its kind,
    // id and flag only.
    Result<QList<EvidenceDetail>> describe(const QList<EvidenceRow>& rows) const;

    // Callbacks due in [from, before) of the unit's orders; flag 1 when reached (at any time).
    Result<QList<EvidenceRow>> callbacksDue(
        const QDate& from, const QDate& before, qint64 unitId) const;
    // Complaints against the unit received in [from, before); flag 1 when staff-caused and
    // verified.
    Result<QList<EvidenceRow>> complaintsReceived(
        const QDateTime& from, const QDateTime& before, qint64 unitId) const;

private:
    Status readOrders(const QList<qint64>& ids, QHash<qint64, EvidenceDetail>& found) const;
    Status readCallbacks(const QList<qint64>& ids, QHash<qint64, EvidenceDetail>& found) const;
    Status readComplaints(const QList<qint64>& ids, QHash<qint64, EvidenceDetail>& found) const;

    Database& m_database;
};

} // namespace fd
