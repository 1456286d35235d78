#pragma once

#include "common/result.h"
#include "rules/rational.h"
#include "storage/monthevidencerepository.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <memory>
#include <optional>

namespace fd {

class Database;
class PreparedStatement;

// An entered machine-room score or manual adjustment of a unit for a month.
struct MonthEntry
{
    Rational points;
    QString text; // the room score's note, or the adjustment's reason
    QString enteredBy;
    QDateTime enteredAt;
};

// A finalized (or once finalized, since reopened) evaluation, as frozen.
struct StoredEvaluation
{
    qint64 id = 0;
    QString unitCode;
    QString month; // "YYYY-MM"
    bool final = true;
    int ruleVersion = 0;
    Rational timeliness, quality, service, room, adjustment, total, penaltyPoints;
    QString adjustmentReason;
    bool strike = false;
    qint64 ordersDue = 0, ordersOnTime = 0, removalsDue = 0, removalsOnTime = 0, repairs = 0,
           repeats = 0, callbacksReached = 0, yesAnswers = 0, penalisedComplaints = 0;
    QDateTime finalizedAt;
    QString finalizedBy;
    QDateTime reopenedAt;
    QString reopenedBy;
    QString reopenReason;
};

class EvaluationRepository
{
public:
    explicit EvaluationRepository(Database& database);
    ~EvaluationRepository();

    Result<QHash<QString, MonthEntry>> roomScores(const QString& month) const; // by unit code
    Result<QHash<QString, MonthEntry>> adjustments(const QString& month) const;
    Status setRoomScore(qint64 unitId, const QString& month, const MonthEntry& entry);
    Status setAdjustment(qint64 unitId, const QString& month, const MonthEntry& entry);
    Status removeAdjustment(qint64 unitId, const QString& month);

    // The final evaluations of a month, by unit code.
    Result<QHash<QString, StoredEvaluation>> finals(const QString& month) const;
    // Every evaluation of a unit (final and reopened), newest month first.
    Result<QList<StoredEvaluation>> ofUnit(const QString& unitCode) const;
    // Every unit's, by unit code, each newest month first, in one read (as statusHistories).
    Result<QHash<QString, QList<StoredEvaluation>>> ofEveryUnit() const;
    Result<qint64> insertFinal(qint64 unitId, const StoredEvaluation& evaluation);
    Status insertEvidence(qint64 evaluationId, const QList<EvidenceRow>& rows);
    Result<QList<EvidenceRow>> frozenEvidence(qint64 evaluationId) const;
    Status markReopened(
        qint64 evaluationId, const QDateTime& at, const QString& by, const QString& reason);

private:
    Result<QHash<QString, MonthEntry>> entries(
        const QString& table, const QString& textColumn, const QString& month) const;
    Result<QList<StoredEvaluation>> select(const QString& where, const QVariantList& values) const;

    Database& m_database;
    std::unique_ptr<PreparedStatement> m_insertEvidence; // 256 rows at a time
};

} // namespace fd
