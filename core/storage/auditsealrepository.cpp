#include "auditsealrepository.h"

#include "private/sql.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QDateTime>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// NULL and an empty text must not digest alike.
QString canonical(const QVariant& value)
{
    static const QString null = QString(QChar(0)) + u"null"_s;
    return value.isNull() ? null : value.toString();
}

QStringList columns(const QSqlQuery& row, int from, int to)
{
    QStringList fields;
    for (int i = from; i < to; ++i)
        fields.append(canonical(row.value(i)));
    return fields;
}

// Every frozen column of an evaluation, in this order; its state is sealed by the audit
// log's reopenings instead.
const QString kEvaluationColumns
    = u"e.rule_version, e.timeliness, e.quality, e.service, e.room, e.adjustment, "
      "e.adjustment_reason, e.total, e.strike, e.orders_due, e.orders_on_time, e.repairs, "
      "e.repeats, e.callbacks_reached, e.yes_answers, e.penalised_complaints, e.penalty_points, "
      "e.finalized_at, e.finalized_by"_s;
constexpr int kEvaluationColumnCount = 19;

} // namespace

Result<QList<SealedEvaluation>> AuditSealRepository::evaluations(
    const QString& where, const QVariantList& values) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT e.id, u.code, e.month, e.state, "_s + kEvaluationColumns
                + u" FROM evaluations e JOIN units u ON u.id = e.unit_id"_s + where
                + u" ORDER BY e.id"_s,
            values));
    QList<SealedEvaluation> found;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        const QSqlQuery& row = query;
        SealedEvaluation evaluation;
        evaluation.id = row.value(0).toLongLong();
        evaluation.unitCode = row.value(1).toString();
        evaluation.month = row.value(2).toString();
        evaluation.final = row.value(3).toString() == u"final"_s;
        evaluation.figures = columns(row, 4, 4 + kEvaluationColumnCount);
        index.insert(evaluation.id, found.size());
        found.append(evaluation);
    }
    if (found.isEmpty())
        return found;
    FD_TRY_ASSIGN(QSqlQuery evidence,
        runSql(m_database,
            u"SELECT x.evaluation_id, x.kind, x.ref_id, x.flag FROM evaluation_evidence x JOIN "
            "evaluations e ON e.id = x.evaluation_id JOIN units u ON u.id = e.unit_id"_s
                + where + u" ORDER BY x.evaluation_id, x.kind, x.ref_id, x.flag"_s,
            values));
    while (evidence.next()) {
        const QSqlQuery& row = evidence;
        const auto at = index.constFind(row.value(0).toLongLong());
        if (at == index.cend())
            continue;
        found[*at].evidence.append(u"%1:%2:%3"_s.arg(
            row.value(1).toString(), canonical(row.value(2)), canonical(row.value(3))));
    }
    return found;
}

Result<QList<SealedStatusChange>> AuditSealRepository::changes(
    const QString& where, const QVariantList& values) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT h.id, u.code, h.effective_on, h.evaluation_month, h.status, h.effective_on, "
            "h.changed_at, h.changed_by, h.reason, h.evaluation_month FROM unit_status_history h "
            "JOIN units u ON u.id = h.unit_id"_s
                + where + u" ORDER BY h.id"_s,
            values));
    QList<SealedStatusChange> found;
    while (query.next()) {
        const QSqlQuery& row = query;
        SealedStatusChange change;
        change.id = row.value(0).toLongLong();
        change.unitCode = row.value(1).toString();
        change.effectiveOn = row.value(2).toString();
        change.evaluationMonth = row.value(3).toString();
        change.fields = columns(row, 1, 2) + columns(row, 4, 10);
        found.append(change);
    }
    return found;
}

Result<QList<SealedUnitState>> AuditSealRepository::units(
    const QString& where, const QVariantList& values) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT code, status, status_since, rectify_by FROM units"_s + where
                + u" ORDER BY code"_s,
            values));
    QList<SealedUnitState> found;
    while (query.next()) {
        const QSqlQuery& row = query;
        found.append({ row.value(0).toString(), row.value(1).toString(), columns(row, 1, 4) });
    }
    return found;
}

Result<QList<qint64>> AuditSealRepository::ids(const QString& sql, const QVariantList& values) const
{
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, sql, values));
    QList<qint64> found;
    while (query.next())
        found.append(query.value(0).toLongLong());
    return found;
}

Result<SealedRecords> AuditSealRepository::all() const
{
    SealedRecords records;
    Result<QList<SealedEvaluation>> evaluated = evaluations({}, {});
    Result<QList<SealedStatusChange>> changed = changes({}, {});
    Result<QList<SealedUnitState>> states = units({}, {});
    for (const QString* failure : { &evaluated.error(), &changed.error(), &states.error() }) {
        if (!failure->isEmpty())
            return Error(*failure);
    }
    records.evaluations = std::move(evaluated).value();
    records.statusChanges = std::move(changed).value();
    records.units = std::move(states).value();
    return records;
}

Result<SealedEvaluation> AuditSealRepository::evaluation(qint64 id) const
{
    FD_TRY_ASSIGN(QList<SealedEvaluation> found, evaluations(u" WHERE e.id = ?"_s, { id }));
    if (found.isEmpty())
        return SealedEvaluation {};
    return found.first();
}

Result<QList<SealedStatusChange>> AuditSealRepository::statusChanges(
    const QList<qint64>& wanted) const
{
    QList<SealedStatusChange> found;
    for (const qint64 id : wanted) {
        FD_TRY_ASSIGN(QList<SealedStatusChange> row, changes(u" WHERE h.id = ?"_s, { id }));
        found.append(row);
    }
    return found;
}

Result<qint64> AuditSealRepository::lastStatusChangeId() const
{
    FD_TRY_ASSIGN(QVariant last, scalar(m_database, u"SELECT MAX(id) FROM unit_status_history"_s));
    return last.isNull() ? qint64(0) : last.toLongLong();
}

Result<QList<qint64>> AuditSealRepository::statusChangesAfter(
    const QString& unitCode, qint64 afterId) const
{
    return ids(u"SELECT h.id FROM unit_status_history h JOIN units u ON u.id = h.unit_id "
               "WHERE u.code = ? AND h.id > ? ORDER BY h.id"_s,
        { unitCode, afterId });
}

Result<QList<qint64>> AuditSealRepository::statusChangeIds(const QString& unitCode) const
{
    return statusChangesAfter(unitCode, 0);
}

Result<SealedUnitState> AuditSealRepository::unitState(const QString& unitCode) const
{
    FD_TRY_ASSIGN(QList<SealedUnitState> found, units(u" WHERE code = ?"_s, { unitCode }));
    if (found.isEmpty())
        return SealedUnitState {};
    return found.first();
}

Result<QString> AuditSealRepository::monthSeal(
    qint64 evaluationId, const QList<qint64>& statusIds) const
{
    Result<SealedEvaluation> stored = evaluation(evaluationId);
    Result<QList<SealedStatusChange>> rows = statusChanges(statusIds);
    if (!stored.ok() || !rows.ok())
        return Error(stored.ok() ? rows.error() : stored.error());
    return formatMonthSeal(
        { evaluationId, statusIds, evaluationSealDigest(stored.value(), rows.value()) });
}

Result<QString> AuditSealRepository::statusSeal(
    const QString& unitCode, const QList<qint64>& statusIds) const
{
    Result<QList<SealedStatusChange>> rows = statusChanges(statusIds);
    Result<SealedUnitState> state = unitState(unitCode);
    if (!rows.ok() || !state.ok())
        return Error(rows.ok() ? state.error() : rows.error());
    return formatStatusSeal(
        { statusIds, statusRowsDigest(rows.value()), unitStateDigest(state.value()) });
}

Status AuditSealRepository::sealExistingRecords(Database& database)
{
    const AuditSealRepository seals(database);
    AuditRepository audit(database);
    FD_TRY_ASSIGN(SealedRecords records, seals.all());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SealedEvaluation& evaluation : records.evaluations) {
        Result<QString> seal = seals.monthSeal(evaluation.id, {});
        if (!seal.ok())
            return Error(seal.error());
        FD_TRY(audit.append({ 0, now, u"fiberdesk"_s, u"evaluation.seal"_s, u"evaluation"_s,
            evaluation.unitCode + u'/' + evaluation.month, {}, u"sealed on upgrade"_s,
            seal.value() }));
    }
    for (const SealedUnitState& unit : records.units) {
        FD_TRY_ASSIGN(QList<qint64> ids, seals.statusChangeIds(unit.unitCode));
        if (ids.isEmpty())
            continue;
        FD_TRY_ASSIGN(QString seal, seals.statusSeal(unit.unitCode, ids));
        FD_TRY(audit.append({ 0, now, u"fiberdesk"_s, u"unit.seal"_s, u"unit"_s, unit.unitCode, {},
            unit.status + u" (sealed on upgrade)"_s, seal }));
    }
    return Status::success();
}

} // namespace fd
