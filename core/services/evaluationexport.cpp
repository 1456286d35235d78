#include "evaluationexport.h"

#include "csv/csvwriter.h"
#include "files/outputfile.h"
#include "services/evaluationservice.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

Status exportEvaluationCsv(const Session& session, const QDate& month, const OutputTarget& target)
{
    Result<MonthEvaluation> evaluation = EvaluationService(session).evaluate(month);
    if (!evaluation.ok())
        return Error(evaluation.error());
    QByteArray file;
    file.append(csvLine({ u"month"_s, u"unit"_s, u"name"_s, u"evaluation"_s, u"rule_version"_s,
        u"timeliness"_s, u"quality"_s, u"service"_s, u"room"_s, u"adjustment"_s,
        u"adjustment_reason"_s, u"total"_s, u"strike"_s, u"strikes_in_window"_s, u"unit_status"_s,
        u"rectify_by"_s, u"orders_due"_s, u"orders_on_time"_s, u"repairs"_s, u"repeats"_s,
        u"callbacks_reached"_s, u"yes_answers"_s, u"penalised_complaints"_s,
        u"penalty_points"_s }));
    const QString key = EvaluationService::monthKey(month);
    for (const UnitEvaluation& unit : evaluation.value().units) {
        const MonthScore& score = unit.score;
        const MonthCounts& counts = unit.counts;
        file.append(csvLine({ key, spreadsheetSafe(unit.unitCode), spreadsheetSafe(unit.unitName),
            unit.final ? u"final"_s : u"draft"_s, QString::number(unit.ruleVersion),
            score.timeliness.toString(2), score.quality.toString(2), score.service.toString(2),
            score.roomMissing ? QString() : score.room.toString(2), score.adjustment.toString(2),
            spreadsheetSafe(unit.adjustmentReason), score.total.toString(1),
            score.strike ? u"yes"_s : u"no"_s, QString::number(unit.strikes),
            unitStatusKey(unit.unitStatus),
            unit.rectifyBy.isValid() ? unit.rectifyBy.toString(Qt::ISODate) : QString(),
            QString::number(counts.ordersDue), QString::number(counts.ordersOnTime),
            QString::number(counts.repairs), QString::number(counts.repeats),
            QString::number(counts.callbacksReached), QString::number(counts.yesAnswers),
            QString::number(counts.penalisedComplaints), score.penalties.toString(2) }));
    }
    return OutputFile::write(target, file);
}

} // namespace fd
