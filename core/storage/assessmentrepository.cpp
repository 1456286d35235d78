#include "assessmentrepository.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<QList<Assessment>> AssessmentRepository::list(const QString& unitCode) const
{
    QString sql
        = u"SELECT a.id, u.code, a.kind, a.assessed_on, a.score, a.passed, a.assessor, a.notes "
          "FROM assessments a JOIN units u ON u.id = a.unit_id"_s;
    QVariantList values;
    if (!unitCode.isEmpty()) {
        sql += u" WHERE u.code = ?"_s;
        values.append(unitCode);
    }
    sql += u" ORDER BY a.assessed_on DESC, a.id DESC"_s;
    FD_TRY_ASSIGN(QSqlQuery query, runSql(m_database, sql, values));
    QList<Assessment> assessments;
    while (query.next()) {
        const QSqlQuery& row = query;
        Assessment assessment;
        assessment.id = row.value(0).toLongLong();
        assessment.unitCode = row.value(1).toString();
        assessment.kind = assessmentKindFromKey(row.value(2).toString())
                              .value_or(AssessmentKind::Qualification);
        assessment.date = dateFromSql(row.value(3));
        assessment.score = row.value(4).toDouble();
        assessment.passed = row.value(5).toInt() != 0;
        assessment.assessor = row.value(6).toString();
        assessment.notes = row.value(7).toString();
        assessments.append(assessment);
    }
    return assessments;
}

Result<bool> AssessmentRepository::exists(qint64 unitId, const Assessment& assessment) const
{
    FD_TRY_ASSIGN(QVariant found,
        scalar(m_database,
            u"SELECT COUNT(*) FROM assessments WHERE unit_id = ? AND kind = ? AND assessed_on = ? "
            "AND score = ? AND passed = ?"_s,
            { unitId, assessmentKindKey(assessment.kind), dateToSql(assessment.date),
                assessment.score, boolToSql(assessment.passed) }));
    return found.toLongLong() > 0;
}

Result<qint64> AssessmentRepository::insert(qint64 unitId, const Assessment& assessment,
    const QDateTime& recordedAt, const QString& recordedBy)
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"INSERT INTO assessments (unit_id, kind, assessed_on, score, passed, assessor, notes, "
            "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            { unitId, assessmentKindKey(assessment.kind), dateToSql(assessment.date),
                assessment.score, boolToSql(assessment.passed), assessment.assessor,
                assessment.notes, recordedAt.toSecsSinceEpoch(), recordedBy }));
    if (!query.next())
        return Error(describeSqlError(query.lastError()));
    return query.value(0).toLongLong();
}

} // namespace fd
