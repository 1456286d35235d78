#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/evidence.h"
#include "domain/organisation.h"
#include "rules/scoring.h"

#include <QDate>
#include <QStringList>

namespace fd {

// One unit's evaluation for a month: a draft computed now, or the frozen figures of a
// finalized one.
struct UnitEvaluation
{
    QString unitCode;
    QString unitName;
    QDate month; // its first day
    bool final = false;
    int ruleVersion = 0;
    MonthCounts counts;
    MonthScore score;
    QString adjustmentReason;
    QString roomNote;
    UnitStatus unitStatus = UnitStatus::Active; // the unit's status now
    QDate rectifyBy;
    int strikes = 0; // in the window ending with this month, this month's included when final
    QDateTime finalizedAt;
    QString finalizedBy;
    // SPEC §10: a final month with an appeal upheld after it was finalized; an admin reopens
    // and re-finalizes it.
    bool reevaluationDue = false;
};

struct MonthEvaluation
{
    QDate month;
    int ruleVersion = 0; // of the drafts (the rules in force); a final one names its own
    bool monthEnded = false;
    QList<UnitEvaluation> units;
    QStringList warnings; // one strike in the window; contracts ended by this finalization
};

// SPEC §7: scores per unit and month, finalization that freezes them, the 80-point rule.
class EvaluationService
{
public:
    explicit EvaluationService(const Session& session)
        : m_session(session)
    { }

    // Every unit under contract that month (active or terminated), and any other with work
    // in it: finalized units as frozen, the others as drafts computed now.
    Result<MonthEvaluation> evaluate(const QDate& month) const;
    // Freezes the month's drafts (all or none): refused before the month has ended, or while
    // a unit has no machine-room score. Then applies the 80-point rule to each unit.
    Result<MonthEvaluation> finalize(const QDate& month);
    // An admin puts a finalized month of a unit back to draft, with a reason; a contract that
    // month's finalization ended is restored until the month is finalized again.
    Status reopen(const QDate& month, const QString& unitCode, const QString& reason);

    Status setRoomScore(
        const QDate& month, const QString& unitCode, const Rational& points, const QString& note);
    // Zero points with no reason removes the adjustment.
    Status setAdjustment(
        const QDate& month, const QString& unitCode, const Rational& points, const QString& reason);

    // The orders, callbacks or complaints behind a unit's figures: frozen with a final
    // evaluation, as they stand for a draft.
    Result<QList<EvidenceRow>> evidence(const QDate& month, const QString& unitCode) const;
    // A unit's finalized months, newest first (its trend).
    Result<QList<UnitEvaluation>> finalizedMonths(const QString& unitCode) const;
    // Strikes in the window of the unit's latest finalized month (SPEC §9 `units`).
    Result<int> currentStrikes(const QString& unitCode) const;

    static QString monthKey(const QDate& month); // "YYYY-MM"
    static std::optional<QDate> parseMonth(const QString& text);

private:
    Result<MonthEvaluation> compute(
        const QDate& month, bool freezeEvidence, QList<EvidenceRow>* evidenceRows) const;
    Status applyEightyPointRule(const QDate& month, const QString& unitCode, QStringList& warnings);

    const Session& m_session;
};

} // namespace fd
