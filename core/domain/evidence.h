#pragma once

#include "domain/callback.h"
#include "domain/complaint.h"
#include "domain/workorder.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <array>
#include <optional>

namespace fd {

// One row of the evidence behind a month's figures (SPEC §8): an order due that month (flag:
// on time), a repair received that month (flag: a repeat), a callback reached that month
// (flag: yes answers), a staff-caused complaint verified that month.
enum class EvidenceKind
{
    Order,
    Repair,
    Callback,
    Complaint
};

struct EvidenceRow
{
    qint64 unitId = 0;
    EvidenceKind kind = EvidenceKind::Order;
    qint64 refId = 0;
    int flag = 0;
    bool removal = false; // an order due that is a removal
};

QString evidenceKindKey(EvidenceKind kind);

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

} // namespace fd
