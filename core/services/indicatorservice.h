#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/callback.h"
#include "domain/complaint.h"
#include "rules/rational.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <array>

namespace fd {

// SPEC §8: the indicators of one unit (or of all units together) for one month.
struct Indicators
{
    QString unitCode; // empty: every unit
    // Timeliness and quality (the evaluation's populations).
    qint64 ordersDue = 0;
    qint64 ordersOnTime = 0;
    qint64 removalsDue = 0; // of the orders due, the removals
    qint64 removalsOnTime = 0;
    qint64 repairs = 0;
    qint64 repeats = 0;
    // Callbacks due that month and those reached, the six answers, satisfaction.
    qint64 callbacksDue = 0;
    qint64 callbacksDueReached = 0; // of those due that month, the ones reached (at any time)
    qint64 callbacksReached = 0; // reached that month (the evaluation's population)
    std::array<qint64, kCallbackQuestionCount> yesAnswers {};
    qint64 promoters = 0;
    qint64 passives = 0;
    qint64 detractors = 0;
    qint64 commendations = 0;
    // Complaints received that month, by category, against the orders completed.
    qint64 ordersCompleted = 0;
    QHash<ComplaintCategory, qint64> complaintsByCategory;
    // Compensation owed for the month's late orders (SPEC §4), and how many: removals owe
    // none and are not among them.
    qint64 lateOrders = 0;
    double compensation = 0;

    Rational onTimeRate() const;
    Rational repeatRate() const;
    Rational reachRate() const;
    Rational yesRate(CallbackQuestion question) const;
    Rational netPromoterScore() const; // % promoters − % detractors, −100 … 100
    qint64 complaints() const;
    Rational complaintsPerThousandOrders() const;
    // Categories from the most complained about down (the Pareto order).
    QList<std::pair<ComplaintCategory, qint64>> pareto() const;
};

struct MonthIndicators
{
    QDate month;
    Indicators overall;
    QList<Indicators> units; // by unit code, units with anything to show
};

class IndicatorService
{
public:
    explicit IndicatorService(const Session& session)
        : m_session(session)
    { }

    Result<MonthIndicators> month(const QDate& month) const;

private:
    const Session& m_session;
};

} // namespace fd
