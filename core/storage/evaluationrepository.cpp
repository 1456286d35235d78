#include "evaluationrepository.h"

#include "private/preparedstatement.h"
#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

Rational fraction(const QVariant& value)
{
    return Rational::fromFraction(value.toString()).value_or(Rational(0));
}

const QString kSelect
    = u"SELECT e.id, u.code, e.month, e.state, e.rule_version, e.timeliness, e.quality, e.service, "
      "e.room, e.adjustment, e.adjustment_reason, e.total, e.strike, e.orders_due, "
      "e.orders_on_time, "
      "e.repairs, e.repeats, e.callbacks_reached, e.yes_answers, e.penalised_complaints, "
      "e.penalty_points, e.finalized_at, e.finalized_by, e.reopened_at, e.reopened_by, "
      "e.reopen_reason, e.removals_due, e.removals_on_time "
      "FROM evaluations e JOIN units u ON u.id = e.unit_id"_s;

StoredEvaluation evaluationFromRow(const QSqlQuery& row)
{
    StoredEvaluation e;
    e.id = row.value(0).toLongLong();
    e.unitCode = row.value(1).toString();
    e.month = row.value(2).toString();
    e.final = row.value(3).toString() == u"final"_s;
    e.ruleVersion = row.value(4).toInt();
    e.timeliness = fraction(row.value(5));
    e.quality = fraction(row.value(6));
    e.service = fraction(row.value(7));
    e.room = fraction(row.value(8));
    e.adjustment = fraction(row.value(9));
    e.adjustmentReason = row.value(10).toString();
    e.total = fraction(row.value(11));
    e.strike = row.value(12).toInt() != 0;
    e.ordersDue = row.value(13).toLongLong();
    e.ordersOnTime = row.value(14).toLongLong();
    e.repairs = row.value(15).toLongLong();
    e.repeats = row.value(16).toLongLong();
    e.callbacksReached = row.value(17).toLongLong();
    e.yesAnswers = row.value(18).toLongLong();
    e.penalisedComplaints = row.value(19).toLongLong();
    e.penaltyPoints = fraction(row.value(20));
    e.finalizedAt = instantFromSql(row.value(21));
    e.finalizedBy = row.value(22).toString();
    e.reopenedAt = instantFromSql(row.value(23));
    e.reopenedBy = row.value(24).toString();
    e.reopenReason = row.value(25).toString();
    e.removalsDue = row.value(26).toLongLong();
    e.removalsOnTime = row.value(27).toLongLong();
    return e;
}

} // namespace

EvaluationRepository::EvaluationRepository(Database& database)
    : m_database(database)
{ }
EvaluationRepository::~EvaluationRepository() = default;

Result<QHash<QString, MonthEntry>> EvaluationRepository::entries(
    const QString& table, const QString& textColumn, const QString& month) const
{
    // `table` and `textColumn` are our own names, never input.
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT u.code, t.points, t.%1, t.entered_by, t.entered_at FROM %2 t JOIN units u ON "
            u"u.id "
            u"= t.unit_id "
            "WHERE t.month = ?"_s.arg(textColumn, table),
            { month }));
    QHash<QString, MonthEntry> found;
    while (query.next()) {
        const QSqlQuery& row = query;
        found.insert(row.value(0).toString(),
            { Rational::fromDecimal(row.value(1).toDouble()), row.value(2).toString(),
                row.value(3).toString(), instantFromSql(row.value(4)) });
    }
    return found;
}

Result<QHash<QString, MonthEntry>> EvaluationRepository::roomScores(const QString& month) const
{
    return entries(u"room_scores"_s, u"note"_s, month);
}

Result<QHash<QString, MonthEntry>> EvaluationRepository::adjustments(const QString& month) const
{
    return entries(u"adjustments"_s, u"reason"_s, month);
}

Status EvaluationRepository::setRoomScore(
    qint64 unitId, const QString& month, const MonthEntry& entry)
{
    return execSql(m_database,
        u"INSERT INTO room_scores (unit_id, month, points, note, entered_by, entered_at) VALUES "
        u"(?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (unit_id, month) DO UPDATE SET points = excluded.points, note = "
        "excluded.note, "
        "entered_by = excluded.entered_by, entered_at = excluded.entered_at"_s,
        { unitId, month, entry.points.toDouble(), entry.text, entry.enteredBy,
            instantToSql(entry.enteredAt) });
}

Status EvaluationRepository::setAdjustment(
    qint64 unitId, const QString& month, const MonthEntry& entry)
{
    return execSql(m_database,
        u"INSERT INTO adjustments (unit_id, month, points, reason, entered_by, entered_at) VALUES "
        u"(?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (unit_id, month) DO UPDATE SET points = excluded.points, reason = "
        "excluded.reason, "
        "entered_by = excluded.entered_by, entered_at = excluded.entered_at"_s,
        { unitId, month, entry.points.toDouble(), entry.text, entry.enteredBy,
            instantToSql(entry.enteredAt) });
}

Status EvaluationRepository::removeAdjustment(qint64 unitId, const QString& month)
{
    return execSql(m_database, u"DELETE FROM adjustments WHERE unit_id = ? AND month = ?"_s,
        { unitId, month });
}

Result<QList<StoredEvaluation>> EvaluationRepository::select(
    const QString& where, const QVariantList& values) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            kSelect + u" WHERE "_s + where + u" ORDER BY e.month DESC, u.code, e.id"_s, values));
    QList<StoredEvaluation> found;
    while (query.next())
        found.append(evaluationFromRow(query));
    return found;
}

Result<QHash<QString, StoredEvaluation>> EvaluationRepository::finals(const QString& month) const
{
    FD_TRY_ASSIGN(
        QList<StoredEvaluation> found, select(u"e.month = ? AND e.state = 'final'"_s, { month }));
    QHash<QString, StoredEvaluation> byUnit;
    for (const StoredEvaluation& evaluation : found)
        byUnit.insert(evaluation.unitCode, evaluation);
    return byUnit;
}

Result<QList<StoredEvaluation>> EvaluationRepository::ofUnit(const QString& unitCode) const
{
    return select(u"u.code = ?"_s, { unitCode });
}

Result<QHash<QString, QList<StoredEvaluation>>> EvaluationRepository::ofEveryUnit() const
{
    FD_TRY_ASSIGN(QList<StoredEvaluation> found, select(u"1 = 1"_s, {}));
    QHash<QString, QList<StoredEvaluation>> byUnit;
    for (const StoredEvaluation& evaluation : found)
        byUnit[evaluation.unitCode].append(evaluation);
    return byUnit;
}

Result<qint64> EvaluationRepository::insertFinal(qint64 unitId, const StoredEvaluation& e)
{
    PreparedStatement insert(m_database,
        u"INSERT INTO evaluations (unit_id, month, state, rule_version, timeliness, quality, "
        u"service, room, adjustment, "
        "adjustment_reason, total, strike, orders_due, orders_on_time, repairs, repeats, "
        "callbacks_reached, "
        "yes_answers, penalised_complaints, penalty_points, finalized_at, finalized_by, "
        "removals_due, removals_on_time) "
        "VALUES (?, ?, 'final', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
            + insertReturningId(m_database));
    FD_TRY(insert.run({ unitId, e.month, e.ruleVersion, e.timeliness.toFraction(),
        e.quality.toFraction(), e.service.toFraction(), e.room.toFraction(),
        e.adjustment.toFraction(), e.adjustmentReason, e.total.toFraction(), boolToSql(e.strike),
        e.ordersDue, e.ordersOnTime, e.repairs, e.repeats, e.callbacksReached, e.yesAnswers,
        e.penalisedComplaints, e.penaltyPoints.toFraction(), instantToSql(e.finalizedAt),
        e.finalizedBy, e.removalsDue, e.removalsOnTime }));
    return insert.insertedId();
}

Status EvaluationRepository::insertEvidence(qint64 evaluationId, const QList<EvidenceRow>& rows)
{
    // Many rows to a statement: a month of an operator is tens of thousands of evidence rows,
    // and on PostgreSQL one statement per row spent more time on the round trips than on the
    // rows (44,000 statements for the demo's five months).
    constexpr qsizetype kRowsPerStatement = 256;
    const auto insertOf = [this](qsizetype count) {
        QStringList tuples(count, u"(?, ?, ?, ?)"_s);
        return std::make_unique<PreparedStatement>(m_database,
            u"INSERT INTO evaluation_evidence (evaluation_id, kind, ref_id, flag) VALUES "_s
                + tuples.join(u", "_s));
    };
    for (qsizetype start = 0; start < rows.size(); start += kRowsPerStatement) {
        const qsizetype count = qMin(kRowsPerStatement, rows.size() - start);
        std::unique_ptr<PreparedStatement> last;
        if (count == kRowsPerStatement && !m_insertEvidence)
            m_insertEvidence = insertOf(count);
        else if (count < kRowsPerStatement)
            last = insertOf(count);
        QVariantList values;
        values.reserve(count * 4);
        for (const EvidenceRow& row : rows.mid(start, count))
            values << evaluationId << evidenceKindKey(row.kind) << row.refId << row.flag;
        FD_TRY((last ? last : m_insertEvidence)->run(values));
    }
    return Status::success();
}

Result<QList<EvidenceRow>> EvaluationRepository::frozenEvidence(qint64 evaluationId) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT e.unit_id, x.kind, x.ref_id, x.flag, "
            "CASE WHEN o.kind = 'removal' THEN 1 ELSE 0 END FROM evaluation_evidence x "
            "JOIN evaluations e ON e.id = x.evaluation_id "
            "LEFT JOIN orders o ON x.kind = 'order' AND o.id = x.ref_id "
            "WHERE x.evaluation_id = ? ORDER BY x.kind, x.ref_id"_s,
            { evaluationId }));
    QList<EvidenceRow> rows;
    while (query.next()) {
        const QString kind = query.value(1).toString();
        const EvidenceKind parsed = kind == u"order"_s ? EvidenceKind::Order
            : kind == u"repair"_s                      ? EvidenceKind::Repair
            : kind == u"callback"_s                    ? EvidenceKind::Callback
                                                       : EvidenceKind::Complaint;
        rows.append({ query.value(0).toLongLong(), parsed, query.value(2).toLongLong(),
            query.value(3).toInt(), query.value(4).toInt() != 0 });
    }
    return rows;
}

Status EvaluationRepository::markReopened(
    qint64 evaluationId, const QDateTime& at, const QString& by, const QString& reason)
{
    return execSql(m_database,
        u"UPDATE evaluations SET state = 'reopened', reopened_at = ?, reopened_by = ?, "
        u"reopen_reason = ? "
        "WHERE id = ? AND state = 'final'"_s,
        { instantToSql(at), by, reason, evaluationId });
}

} // namespace fd
