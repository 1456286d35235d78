#include "roomscoreimporter.h"

#include "services/evaluationservice.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/lookups.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fd {

bool importRoomScores(const Session& session, const CsvDocument& document,
    const CsvColumns& columns, QList<CsvProblem>& problems, SaveSummary& summary,
    QString& generalError)
{
    struct Row
    {
        int line;
        QString unit;
        QDate month;
        double points;
        QString note;
    };
    QList<Row> rows;
    QSet<QString> seen;
    for (const CsvRecord& record : document.records) {
        const CsvRow row(record, columns, problems);
        Row entry { record.line, row.identifier(u"unit_code"_s), {}, row.decimal(u"points"_s),
            row.text(u"note"_s) };
        const std::optional<QDate> month = EvaluationService::parseMonth(row.text(u"month"_s));
        if (!month)
            row.complain(u"month"_s,
                QCoreApplication::translate("fd::Import", "“%1” is not a month (YYYY-MM)")
                    .arg(row.text(u"month"_s)));
        else
            entry.month = *month;
        const QString key = entry.unit + u'/' + row.text(u"month"_s);
        if (seen.contains(key))
            row.complain(u"month"_s, QCoreApplication::translate("fd::Checks", "appears twice"));
        seen.insert(key);
        rows.append(entry);
    }
    if (!problems.isEmpty())
        return false;

    Database& database = session.database();
    Transaction transaction(database);
    if (!transaction.started().ok()) {
        generalError = transaction.started().error();
        return false;
    }
    EvaluationService evaluations(session);
    Result<QHash<QString, qint64>> unitIds = idsByCode(database, CodedTable::Units);
    if (!unitIds.ok()) {
        generalError = unitIds.error();
        return false;
    }
    QHash<QString, QHash<QString, StoredEvaluation>> frozen; // final evaluations by month
    QHash<QString, QHash<QString, MonthEntry>> onRecord; // by month, then unit
    SaveSummary counts;
    for (const Row& row : std::as_const(rows)) {
        const QString month = EvaluationService::monthKey(row.month);
        if (!onRecord.contains(month)) {
            Result<QHash<QString, MonthEntry>> entries
                = EvaluationRepository(database).roomScores(month);
            if (!entries.ok()) {
                generalError = entries.error();
                return false;
            }
            onRecord.insert(month, entries.value());
            Result<QHash<QString, StoredEvaluation>> finals
                = EvaluationRepository(database).finals(month);
            if (!finals.ok()) {
                generalError = finals.error();
                return false;
            }
            frozen.insert(month, finals.value());
        }
        const Rational points = Rational::fromDecimal(row.points);
        const auto existing = onRecord.value(month).constFind(row.unit);
        if (existing != onRecord.value(month).cend() && existing->points == points
            && existing->text == row.note) {
            ++counts.unchanged;
            continue;
        }
        const Status saved = evaluations.setRoomScore(row.month, row.unit, points, row.note);
        if (!saved.ok()) {
            // The service says what is wrong; the column it concerns is found here.
            QString field = u"points"_s;
            if (!unitIds.value().contains(row.unit))
                field = u"unit_code"_s;
            else if (frozen.value(month).contains(row.unit))
                field = u"month"_s;
            problems.append({ row.line, columns.index(field) + 1, field, saved.error() });
            continue;
        }
        ++(existing == onRecord.value(month).cend() ? counts.created : counts.updated);
    }
    if (!problems.isEmpty())
        return false;
    const Status committed = transaction.commit();
    if (!committed.ok()) {
        generalError = committed.error();
        return false;
    }
    summary = counts;
    return true;
}

} // namespace fd
