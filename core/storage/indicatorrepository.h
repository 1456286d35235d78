#pragma once

#include "common/result.h"
#include "domain/callback.h"
#include "domain/complaint.h"
#include "domain/workorder.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <array>

namespace fd {

class Database;

// What one unit did in a month beyond the evaluation's populations (SPEC §8).
struct UnitMonthActivity
{
    qint64 callbacksDue = 0; // due that month
    qint64 callbacksDueReached = 0; // of those, reached (at any time)
    qint64 callbacksReached = 0; // reached that month
    std::array<qint64, kCallbackQuestionCount> yesAnswers {};
    qint64 promoters = 0; // satisfaction 9–10
    qint64 passives = 0; // 7–8
    qint64 detractors = 0; // 0–6
    qint64 commendations = 0;
    qint64 ordersCompleted = 0;
    QHash<ComplaintCategory, qint64> complaintsByCategory; // received that month
};

// An order late in the month: its deadline fell in it and was missed, or has passed unmet.
struct LateOrder
{
    qint64 unitId = 0;
    OrderKind kind = OrderKind::Install;
    QDateTime deadline;
    QDateTime measuredAt; // invalid while unmet
};

class IndicatorRepository
{
public:
    explicit IndicatorRepository(const Database& database)
        : m_database(database)
    { }

    // By unit id: callbacks due in [month, next month); the rest in [from, before).
    Result<QHash<qint64, UnitMonthActivity>> activity(
        const QDate& month, const QDateTime& from, const QDateTime& before) const;
    Result<QList<LateOrder>> lateOrders(
        const QDateTime& from, const QDateTime& before, const QDateTime& now) const;
    // Unit ids of the missed appointments (SPEC §11) whose window ended in [from, before):
    // a removal, a cancelled or exempt order, or one rearranged at the customer's request
    // owes none; the technician came after the window, or by `now` has not come. One entry
    // an appointment.
    Result<QList<qint64>> missedAppointments(
        const QDateTime& from, const QDateTime& before, const QDateTime& now) const;
    // (id, code) of every unit, by code.
    Result<QList<std::pair<qint64, QString>>> units() const;

private:
    const Database& m_database;
};

} // namespace fd
