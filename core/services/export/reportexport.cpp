#include "reportexport.h"

#include "rules/allocation.h"
#include "services/appealservice.h"
#include "services/auditservice.h"
#include "services/bulletinservice.h"
#include "services/complianceservice.h"
#include "services/evaluationservice.h"
#include "services/evidenceservice.h"
#include "services/indicatorservice.h"
#include "services/kpiservice.h"
#include "services/qualityservice.h"
#include "storage/auditrepository.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

using Cell = ExportCell;

Cell rational(const Rational& value, int decimals)
{
    return Cell::ofNumber(value.toDouble(), decimals, value.toString(decimals));
}

// A rate 0–1 as a percentage with one decimal.
Cell percent(const Rational& rate)
{
    return rational(rate * Rational(100), 1);
}

ExportTable table(const QString& name, const QList<std::pair<QString, QString>>& columns)
{
    ExportTable result;
    result.name = name;
    for (const auto& [key, label] : columns) {
        result.header.append(key);
        result.labels.append(label);
    }
    return result;
}

Result<ExportReport> evaluation(const Session& session, const QDate& month)
{
    Result<MonthEvaluation> evaluation = EvaluationService(session).evaluate(month);
    if (!evaluation.ok())
        return Error(evaluation.error());
    // The audit head of the time the report was made (SPEC §16) in a last column of its own,
    // the same on every row: a comment or trailing line would break the table for a
    // spreadsheet or a CSV reader; a column is read like any other. `audit verify --anchor`
    // takes it back.
    Result<AuditChainHead> head = AuditService(session).head();
    if (!head.ok())
        return Error(head.error());
    const QString anchor = auditAnchorText(head.value());
    const QString key = EvaluationService::monthKey(month);
    ExportReport report;
    report.title = QCoreApplication::translate("fd::Reports", "Monthly evaluation %1").arg(key);
    ExportTable units = table(QCoreApplication::translate("fd::Reports", "Evaluation"),
        { { u"month"_s, QCoreApplication::translate("fd::Reports", "Month") },
            { u"unit"_s, QCoreApplication::translate("fd::Reports", "Unit") },
            { u"name"_s, QCoreApplication::translate("fd::Reports", "Name") },
            { u"evaluation"_s, QCoreApplication::translate("fd::Reports", "Evaluation") },
            { u"rule_version"_s, QCoreApplication::translate("fd::Reports", "Rules") },
            { u"timeliness"_s, QCoreApplication::translate("fd::Reports", "Timeliness") },
            { u"quality"_s, QCoreApplication::translate("fd::Reports", "Quality") },
            { u"service"_s, QCoreApplication::translate("fd::Reports", "Service") },
            { u"room"_s, QCoreApplication::translate("fd::Reports", "Machine room") },
            { u"adjustment"_s, QCoreApplication::translate("fd::Reports", "Adjustment") },
            { u"adjustment_reason"_s, QCoreApplication::translate("fd::Reports", "Reason") },
            { u"total"_s, QCoreApplication::translate("fd::Reports", "Total") },
            { u"strike"_s, QCoreApplication::translate("fd::Reports", "Strike") },
            { u"strikes_in_window"_s, QCoreApplication::translate("fd::Reports", "Strikes") },
            { u"unit_status"_s, QCoreApplication::translate("fd::Reports", "Status") },
            { u"rectify_by"_s, QCoreApplication::translate("fd::Reports", "Rectify by") },
            { u"orders_due"_s, QCoreApplication::translate("fd::Reports", "Orders due") },
            { u"orders_on_time"_s, QCoreApplication::translate("fd::Reports", "On time") },
            { u"repairs"_s, QCoreApplication::translate("fd::Reports", "Repairs") },
            { u"repeats"_s, QCoreApplication::translate("fd::Reports", "Repeats") },
            { u"callbacks_reached"_s, QCoreApplication::translate("fd::Reports", "Reached") },
            { u"yes_answers"_s, QCoreApplication::translate("fd::Reports", "Yes answers") },
            { u"penalised_complaints"_s, QCoreApplication::translate("fd::Reports", "Complaints") },
            { u"penalty_points"_s, QCoreApplication::translate("fd::Reports", "Penalty") },
            { u"removals_due"_s, QCoreApplication::translate("fd::Reports", "Removals due") },
            { u"removals_on_time"_s,
                QCoreApplication::translate("fd::Reports", "Removals on time") },
            { u"audit_head"_s, QCoreApplication::translate("fd::Reports", "Audit head") } });
    for (const UnitEvaluation& unit : evaluation.value().units) {
        const MonthScore& score = unit.score;
        const MonthCounts& counts = unit.counts;
        units.rows.append({ Cell::ofText(key), Cell::ofText(unit.unitCode),
            Cell::ofText(unit.unitName), Cell::ofText(unit.final ? u"final"_s : u"draft"_s),
            Cell::ofInteger(unit.ruleVersion), rational(score.timeliness, 2),
            rational(score.quality, 2), rational(score.service, 2),
            score.roomMissing ? Cell() : rational(score.room, 2), rational(score.adjustment, 2),
            Cell::ofText(unit.adjustmentReason), rational(score.total, 1),
            Cell::ofYesNo(score.strike), Cell::ofInteger(unit.strikes),
            Cell::ofText(unitStatusKey(unit.unitStatus)), Cell::ofDate(unit.rectifyBy),
            Cell::ofInteger(counts.ordersDue), Cell::ofInteger(counts.ordersOnTime),
            Cell::ofInteger(counts.repairs), Cell::ofInteger(counts.repeats),
            Cell::ofInteger(counts.callbacksReached), Cell::ofInteger(counts.yesAnswers),
            Cell::ofInteger(counts.penalisedComplaints), rational(score.penalties, 2),
            Cell::ofInteger(counts.removalsDue), Cell::ofInteger(counts.removalsOnTime),
            Cell::ofText(anchor) });
    }
    report.tables.append(units);
    // SPEC §10: the month's appeals and where they stand (a table only when there are any,
    // so that a month without appeals reads as it always has).
    FD_TRY_ASSIGN(QList<Appeal> appeals, AppealService(session).list(month));
    if (!appeals.isEmpty()) {
        ExportTable listed = table(QCoreApplication::translate("fd::Reports", "Appeals"),
            { { u"id"_s, QCoreApplication::translate("fd::Reports", "Appeal") },
                { u"unit"_s, QCoreApplication::translate("fd::Reports", "Unit") },
                { u"month"_s, QCoreApplication::translate("fd::Reports", "Month") },
                { u"item"_s, QCoreApplication::translate("fd::Reports", "Item") },
                { u"ref"_s, QCoreApplication::translate("fd::Reports", "Reference") },
                { u"status"_s, QCoreApplication::translate("fd::Reports", "Status") },
                { u"grounds"_s, QCoreApplication::translate("fd::Reports", "Grounds") },
                { u"filed_by"_s, QCoreApplication::translate("fd::Reports", "Filed by") },
                { u"decided_by"_s, QCoreApplication::translate("fd::Reports", "Decided by") },
                { u"reason"_s, QCoreApplication::translate("fd::Reports", "Decision") } });
        for (const Appeal& appeal : appeals) {
            listed.rows.append({ Cell::ofInteger(appeal.id), Cell::ofText(appeal.unitCode),
                Cell::ofText(appeal.month), Cell::ofText(appealItemKey(appeal.item)),
                Cell::ofText(appeal.ref), Cell::ofText(appealStatusKey(appeal.status)),
                Cell::ofText(appeal.grounds), Cell::ofText(appeal.filedBy),
                Cell::ofText(appeal.decidedBy), Cell::ofText(appeal.reason) });
        }
        report.tables.append(listed);
    }
    return report;
}

// A figure of SPEC §12 with one decimal (two for the fault rate), empty when there is none.
Cell optionalFigure(const std::optional<Rational>& value, int decimals = 1)
{
    return value ? rational(*value, decimals) : Cell();
}

// SPEC §12's regulatory indicators as one table: one row per unit and "all".
Result<ExportTable> regulatoryIndicators(
    const Session& session, const QDate& month, const QString& unit)
{
    FD_TRY_ASSIGN(QList<KpiRow> rows, KpiService(session).month(month, unit));
    const QString key = EvaluationService::monthKey(month);
    ExportTable kpi = table(QCoreApplication::translate("fd::Reports", "Regulatory indicators"),
        { { u"month"_s, QCoreApplication::translate("fd::Reports", "Month") },
            { u"unit"_s, QCoreApplication::translate("fd::Reports", "Unit") },
            { u"supply_count"_s, QCoreApplication::translate("fd::Reports", "Installs completed") },
            { u"supply_p50_h"_s, QCoreApplication::translate("fd::Reports", "Supply p50 (h)") },
            { u"supply_p95_h"_s, QCoreApplication::translate("fd::Reports", "Supply p95 (h)") },
            { u"supply_met_pct"_s, QCoreApplication::translate("fd::Reports", "Supply met %") },
            { u"repair_count"_s, QCoreApplication::translate("fd::Reports", "Repairs completed") },
            { u"repair_p80_h"_s, QCoreApplication::translate("fd::Reports", "Repair p80 (h)") },
            { u"repair_p95_h"_s, QCoreApplication::translate("fd::Reports", "Repair p95 (h)") },
            { u"repair_met_pct"_s, QCoreApplication::translate("fd::Reports", "Repair met %") },
            { u"fault_rate_per_100"_s,
                QCoreApplication::translate("fd::Reports", "Faults per 100 subscribers") },
            { u"missed_appointments"_s,
                QCoreApplication::translate("fd::Reports", "Missed appointments") },
            { u"missed_pct"_s, QCoreApplication::translate("fd::Reports", "Missed %") },
            { u"complaints_resolved"_s,
                QCoreApplication::translate("fd::Reports", "Complaints resolved") },
            { u"complaint_p80_h"_s,
                QCoreApplication::translate("fd::Reports", "Resolution p80 (h)") },
            { u"complaint_p95_h"_s,
                QCoreApplication::translate("fd::Reports", "Resolution p95 (h)") },
            { u"credits"_s, QCoreApplication::translate("fd::Reports", "Credits") },
            { u"credit_amount"_s, QCoreApplication::translate("fd::Reports", "Credit amount") } });
    for (const KpiRow& row : rows) {
        kpi.rows.append({ Cell::ofText(key), Cell::ofText(row.unit),
            Cell::ofInteger(row.supplyCount), optionalFigure(row.supplyP50),
            optionalFigure(row.supplyP95), optionalFigure(row.supplyMetPct),
            Cell::ofInteger(row.repairCount), optionalFigure(row.repairP80),
            optionalFigure(row.repairP95), optionalFigure(row.repairMetPct),
            optionalFigure(row.faultRatePer100, 2), Cell::ofInteger(row.missedAppointments),
            optionalFigure(row.missedPct), Cell::ofInteger(row.complaintCount),
            optionalFigure(row.complaintP80), optionalFigure(row.complaintP95),
            Cell::ofInteger(row.creditCount), Cell::ofNumber(row.creditAmount, 2) });
    }
    return kpi;
}

Result<ExportReport> evidence(const Session& session, const QDate& month, const QString& unit)
{
    if (unit.isEmpty())
        return Error(
            QCoreApplication::translate("fd::Reports", "The evidence is a unit's: name the unit."));
    const EvidenceService service(session);
    FD_TRY_ASSIGN(QList<EvidenceDetail> counted, service.evaluation(month, unit));
    FD_TRY_ASSIGN(QList<EvidenceDetail> callbacks, service.callbacksDue(month, unit));
    FD_TRY_ASSIGN(QList<EvidenceDetail> complaints, service.complaintsReceived(month, unit));
    const QTimeZone& zone = session.zone();
    ExportReport report;
    report.title = QCoreApplication::translate("fd::Reports", "Evidence of %1, %2")
                       .arg(unit, EvaluationService::monthKey(month));

    ExportTable orders = table(QCoreApplication::translate("fd::Reports", "Orders"),
        { { u"order_number"_s, QCoreApplication::translate("fd::Reports", "Order") },
            { u"kind"_s, QCoreApplication::translate("fd::Reports", "Kind") },
            { u"customer"_s, QCoreApplication::translate("fd::Reports", "Customer") },
            { u"received_at"_s, QCoreApplication::translate("fd::Reports", "Received") },
            { u"deadline"_s, QCoreApplication::translate("fd::Reports", "Deadline") },
            { u"measured_at"_s, QCoreApplication::translate("fd::Reports", "Measured event") },
            { u"completed_at"_s, QCoreApplication::translate("fd::Reports", "Completed") } });
    for (const EvidenceDetail& detail : counted) {
        if (detail.orderNumber.isEmpty())
            continue;
        orders.rows.append({ Cell::ofText(detail.orderNumber),
            Cell::ofText(detail.orderKind ? orderKindKey(*detail.orderKind) : QString()),
            Cell::ofText(detail.customer), Cell::ofInstant(detail.receivedAt, zone),
            Cell::ofInstant(detail.deadline, zone), Cell::ofInstant(detail.measuredAt, zone),
            Cell::ofInstant(detail.completedAt, zone) });
    }
    ExportTable calls = table(QCoreApplication::translate("fd::Reports", "Callbacks"),
        { { u"order_number"_s, QCoreApplication::translate("fd::Reports", "Order") },
            { u"due_on"_s, QCoreApplication::translate("fd::Reports", "Due") },
            { u"status"_s, QCoreApplication::translate("fd::Reports", "Status") },
            { u"reached_at"_s, QCoreApplication::translate("fd::Reports", "Reached") },
            { u"yes_answers"_s, QCoreApplication::translate("fd::Reports", "Yes answers") },
            { u"satisfaction"_s, QCoreApplication::translate("fd::Reports", "Satisfaction") },
            { u"commendation"_s, QCoreApplication::translate("fd::Reports", "Commendation") } });
    for (const EvidenceDetail& detail : callbacks) {
        int yes = 0;
        for (const std::optional<bool>& answer : detail.answers)
            yes += answer.value_or(false) ? 1 : 0;
        const bool reached = detail.callbackStatus == CallbackStatus::Reached;
        calls.rows.append({ Cell::ofText(detail.orderNumber), Cell::ofDate(detail.dueOn),
            Cell::ofText(
                detail.callbackStatus ? callbackStatusKey(*detail.callbackStatus) : QString()),
            Cell::ofInstant(detail.reachedAt, zone), reached ? Cell::ofInteger(yes) : Cell(),
            detail.satisfaction ? Cell::ofInteger(*detail.satisfaction) : Cell(),
            reached ? Cell::ofYesNo(detail.commendation) : Cell() });
    }
    ExportTable complaintRows = table(QCoreApplication::translate("fd::Reports", "Complaints"),
        { { u"order_number"_s, QCoreApplication::translate("fd::Reports", "Order") },
            { u"received_at"_s, QCoreApplication::translate("fd::Reports", "Received") },
            { u"category"_s, QCoreApplication::translate("fd::Reports", "Category") },
            { u"status"_s, QCoreApplication::translate("fd::Reports", "Status") },
            { u"staff_caused"_s, QCoreApplication::translate("fd::Reports", "Staff caused") },
            { u"verified_at"_s, QCoreApplication::translate("fd::Reports", "Verified") },
            { u"description"_s, QCoreApplication::translate("fd::Reports", "Description") } });
    for (const EvidenceDetail& detail : complaints) {
        complaintRows.rows.append(
            { Cell::ofText(detail.orderNumber), Cell::ofInstant(detail.receivedAt, zone),
                Cell::ofText(detail.category ? complaintCategoryKey(*detail.category) : QString()),
                Cell::ofText(detail.complaintStatus ? complaintStatusKey(*detail.complaintStatus)
                                                    : QString()),
                detail.staffCaused ? Cell::ofYesNo(*detail.staffCaused) : Cell(),
                Cell::ofInstant(detail.verifiedAt, zone), Cell::ofText(detail.description) });
    }
    report.tables = { orders, calls, complaintRows };
    return report;
}

Result<ExportReport> bulletin(const Session& session, const QDate& date)
{
    Result<Bulletin> bulletin = BulletinService(session).daily(date);
    if (!bulletin.ok())
        return Error(bulletin.error());
    ExportReport report;
    report.title = QCoreApplication::translate("fd::Reports", "Daily bulletin %1")
                       .arg(date.toString(Qt::ISODate));
    ExportTable units = table(QCoreApplication::translate("fd::Reports", "Bulletin"),
        { { u"date"_s, QCoreApplication::translate("fd::Reports", "Date") },
            { u"unit"_s, QCoreApplication::translate("fd::Reports", "Unit") },
            { u"name"_s, QCoreApplication::translate("fd::Reports", "Name") },
            { u"received"_s, QCoreApplication::translate("fd::Reports", "Received") },
            { u"completed"_s, QCoreApplication::translate("fd::Reports", "Completed") },
            { u"overdue"_s, QCoreApplication::translate("fd::Reports", "Overdue") },
            { u"callbacks_done"_s, QCoreApplication::translate("fd::Reports", "Callbacks done") },
            { u"complaints_received"_s,
                QCoreApplication::translate("fd::Reports", "Complaints received") },
            { u"complaints_verified"_s,
                QCoreApplication::translate("fd::Reports", "Complaints verified") } });
    for (const BulletinLine& line : bulletin.value().units) {
        units.rows.append({ Cell::ofDate(date), Cell::ofText(line.unitCode),
            Cell::ofText(line.unitName), Cell::ofInteger(line.received),
            Cell::ofInteger(line.completed), Cell::ofInteger(line.overdue),
            Cell::ofInteger(line.callbacksDone), Cell::ofInteger(line.complaintsReceived),
            Cell::ofInteger(line.complaintsVerified) });
    }
    report.tables.append(units);
    return report;
}

Result<ExportReport> compliance(const Session& session, qint64 growthHundredths)
{
    Result<ComplianceReport> compliance = ComplianceService(session).report(growthHundredths);
    if (!compliance.ok())
        return Error(compliance.error());
    ExportReport report;
    report.title = QCoreApplication::translate("fd::Reports", "Allocation compliance");
    if (growthHundredths != 0)
        report.subtitle.append(
            QCoreApplication::translate("fd::Reports", "Subscribers projected by %1 %")
                .arg(Rational(growthHundredths, 100).toString(2)));
    ExportTable rules = table(QCoreApplication::translate("fd::Reports", "Compliance"),
        { { u"unit"_s, QCoreApplication::translate("fd::Reports", "Unit") },
            { u"name"_s, QCoreApplication::translate("fd::Reports", "Name") },
            { u"status"_s, QCoreApplication::translate("fd::Reports", "Status") },
            { u"subscribers"_s, QCoreApplication::translate("fd::Reports", "Subscribers") },
            { u"resource"_s, QCoreApplication::translate("fd::Reports", "Resource") },
            { u"required"_s, QCoreApplication::translate("fd::Reports", "Required") },
            { u"actual"_s, QCoreApplication::translate("fd::Reports", "Actual") },
            { u"shortfall"_s, QCoreApplication::translate("fd::Reports", "Shortfall") } });
    ExportTable uncovered = table(QCoreApplication::translate("fd::Reports", "Uncovered areas"),
        { { u"unit"_s, QCoreApplication::translate("fd::Reports", "Unit") },
            { u"area"_s, QCoreApplication::translate("fd::Reports", "Area") } });
    for (const UnitCompliance& unit : compliance.value().units) {
        for (const ResourceCheck& check : unit.checks) {
            rules.rows.append({ Cell::ofText(unit.unitCode), Cell::ofText(unit.unitName),
                Cell::ofText(unitStatusKey(unit.status)), Cell::ofInteger(unit.subscribers),
                Cell::ofText(resourceKey(check.resource)), Cell::ofInteger(check.required),
                Cell::ofInteger(check.actual), Cell::ofInteger(check.shortfall()) });
        }
        for (const QString& area : unit.uncoveredAreas)
            uncovered.rows.append({ Cell::ofText(unit.unitCode), Cell::ofText(area) });
    }
    report.tables = { rules, uncovered };
    return report;
}

Result<ExportReport> indicators(const Session& session, const QDate& month, const QString& unit)
{
    FD_TRY_ASSIGN(MonthIndicators indicators, IndicatorService(session).month(month));
    const QString key = EvaluationService::monthKey(month);
    ExportReport report;
    report.title = QCoreApplication::translate("fd::Reports", "Indicators %1").arg(key);
    QList<std::pair<QString, QString>> columns
        = { { u"month"_s, QCoreApplication::translate("fd::Reports", "Month") },
              { u"unit"_s, QCoreApplication::translate("fd::Reports", "Unit") },
              { u"on_time_pct"_s, QCoreApplication::translate("fd::Reports", "On time %") },
              { u"repeat_pct"_s, QCoreApplication::translate("fd::Reports", "Repeat %") },
              { u"reach_pct"_s, QCoreApplication::translate("fd::Reports", "Reached %") } };
    for (CallbackQuestion question : allCallbackQuestions())
        columns.append({ callbackQuestionKey(question) + u"_yes_pct"_s,
            QCoreApplication::translate("fd::Reports", "%1 yes %")
                .arg(callbackQuestionShortName(question)) });
    columns += { { u"nps"_s, QCoreApplication::translate("fd::Reports", "NPS") },
        { u"complaints"_s, QCoreApplication::translate("fd::Reports", "Complaints") },
        { u"complaints_per_1000"_s,
            QCoreApplication::translate("fd::Reports", "Per 1,000 orders") },
        { u"commendations"_s, QCoreApplication::translate("fd::Reports", "Commendations") },
        { u"late_orders"_s, QCoreApplication::translate("fd::Reports", "Late orders") },
        { u"compensation"_s, QCoreApplication::translate("fd::Reports", "Compensation") } };
    ExportTable figures = table(QCoreApplication::translate("fd::Reports", "Indicators"), columns);
    ExportTable pareto = table(QCoreApplication::translate("fd::Reports", "Complaint categories"),
        { { u"month"_s, QCoreApplication::translate("fd::Reports", "Month") },
            { u"unit"_s, QCoreApplication::translate("fd::Reports", "Unit") },
            { u"category"_s, QCoreApplication::translate("fd::Reports", "Category") },
            { u"complaints"_s, QCoreApplication::translate("fd::Reports", "Complaints") } });
    QList<Indicators> rows;
    if (unit.isEmpty())
        rows.append(indicators.overall);
    for (const Indicators& each : indicators.units) {
        if (unit.isEmpty() || each.unitCode == unit)
            rows.append(each);
    }
    if (!unit.isEmpty() && rows.isEmpty())
        return Error(
            QCoreApplication::translate("fd::Reports", "The unit “%1” has no figures in %2.")
                .arg(unit, key));
    for (const Indicators& each : rows) {
        const QString who = each.unitCode.isEmpty() ? u"all"_s : each.unitCode;
        ExportRow row { Cell::ofText(key), Cell::ofText(who), percent(each.onTimeRate()),
            percent(each.repeatRate()), percent(each.reachRate()) };
        for (CallbackQuestion question : allCallbackQuestions())
            row.append(percent(each.yesRate(question)));
        row += { rational(each.netPromoterScore(), 1), Cell::ofInteger(each.complaints()),
            rational(each.complaintsPerThousandOrders(), 2), Cell::ofInteger(each.commendations),
            Cell::ofInteger(each.lateOrders), Cell::ofNumber(each.compensation, 2) };
        figures.rows.append(row);
        for (const auto& [category, count] : each.pareto())
            pareto.rows.append({ Cell::ofText(key), Cell::ofText(who),
                Cell::ofText(complaintCategoryKey(category)), Cell::ofInteger(count) });
    }
    FD_TRY_ASSIGN(ExportTable kpi, regulatoryIndicators(session, month, unit));
    report.tables = { figures, pareto, kpi };
    return report;
}

// SPEC §17: the month's callback quality. Five tables, so that each reads as one kind of row
// in a spreadsheet: the agents, the agent effect per agent and question, the calibration's
// figures, the supervisors, and the units (thanks letters, calls by flagged agents).
Result<ExportReport> quality(const Session& session, const QDate& month)
{
    FD_TRY_ASSIGN(QualityReport figures, QualityService(session).report(month));
    const QString key = EvaluationService::monthKey(month);
    const auto optional = [](const std::optional<Rational>& value, int decimals) {
        return value ? rational(*value, decimals) : Cell();
    };
    const auto questionKeys = [](const QList<CallbackQuestion>& questions) {
        QStringList keys;
        for (CallbackQuestion question : questions)
            keys.append(callbackQuestionKey(question));
        return keys.join(u", "_s);
    };
    ExportReport report;
    report.title = QCoreApplication::translate("fd::Reports", "Callback quality %1").arg(key);

    QList<std::pair<QString, QString>> agentColumns
        = { { u"month"_s, QCoreApplication::translate("fd::Reports", "Month") },
              { u"agent"_s, QCoreApplication::translate("fd::Reports", "Agent") },
              { u"reached"_s, QCoreApplication::translate("fd::Reports", "Reached") },
              { u"sampled"_s, QCoreApplication::translate("fd::Reports", "Sampled") },
              { u"scored"_s, QCoreApplication::translate("fd::Reports", "Scored") },
              { u"monitor_avg"_s, QCoreApplication::translate("fd::Reports", "Monitor score") },
              { u"yes_rate"_s, QCoreApplication::translate("fd::Reports", "Yes %") } };
    for (CallbackQuestion question : allCallbackQuestions())
        agentColumns.append({ callbackQuestionKey(question) + u"_yes_pct"_s,
            QCoreApplication::translate("fd::Reports", "%1 yes %")
                .arg(callbackQuestionShortName(question)) });
    agentColumns += { { u"satisfaction_avg"_s,
                          QCoreApplication::translate("fd::Reports", "Satisfaction") },
        { u"flagged"_s, QCoreApplication::translate("fd::Reports", "Flagged questions") },
        { u"commendations"_s, QCoreApplication::translate("fd::Reports", "Thanks letters") } };
    ExportTable agents = table(QCoreApplication::translate("fd::Reports", "Agents"), agentColumns);
    ExportTable effects = table(QCoreApplication::translate("fd::Reports", "Agent effect"),
        { { u"month"_s, QCoreApplication::translate("fd::Reports", "Month") },
            { u"agent"_s, QCoreApplication::translate("fd::Reports", "Agent") },
            { u"question"_s, QCoreApplication::translate("fd::Reports", "Question") },
            { u"agent_yes"_s, QCoreApplication::translate("fd::Reports", "Agent's yes") },
            { u"agent_calls"_s, QCoreApplication::translate("fd::Reports", "Agent's calls") },
            { u"others_yes"_s, QCoreApplication::translate("fd::Reports", "Others' yes") },
            { u"others_calls"_s, QCoreApplication::translate("fd::Reports", "Others' calls") },
            { u"z"_s, QCoreApplication::translate("fd::Reports", "z") },
            { u"flagged"_s, QCoreApplication::translate("fd::Reports", "Flagged") } });
    for (const AgentQuality& agent : std::as_const(figures.agents)) {
        ExportRow row { Cell::ofText(key), Cell::ofText(agent.agent),
            Cell::ofInteger(agent.reached), Cell::ofInteger(agent.sampled),
            Cell::ofInteger(agent.scored), optional(agent.monitorAverage, 1),
            optional(agent.yesRate, 1) };
        for (CallbackQuestion question : allCallbackQuestions()) {
            Cell rate;
            for (const AgentQuestionEffect& effect : std::as_const(figures.effects)) {
                if (effect.agent == agent.agent && effect.question == question
                    && effect.agentCalls > 0)
                    rate = percent(Rational(effect.agentYes, effect.agentCalls));
            }
            row.append(rate);
        }
        row += { optional(agent.satisfactionAverage, 1), Cell::ofText(questionKeys(agent.flagged)),
            Cell::ofInteger(agent.commendations) };
        agents.rows.append(row);
    }
    for (const AgentQuestionEffect& effect : std::as_const(figures.effects)) {
        effects.rows.append({ Cell::ofText(key), Cell::ofText(effect.agent),
            Cell::ofText(callbackQuestionKey(effect.question)), Cell::ofInteger(effect.agentYes),
            Cell::ofInteger(effect.agentCalls), Cell::ofInteger(effect.othersYes),
            Cell::ofInteger(effect.othersCalls), effect.z ? Cell::ofNumber(*effect.z, 2) : Cell(),
            Cell::ofYesNo(effect.flagged) });
    }
    ExportTable calibration = table(QCoreApplication::translate("fd::Reports", "Calibration"),
        { { u"month"_s, QCoreApplication::translate("fd::Reports", "Month") },
            { u"calls"_s, QCoreApplication::translate("fd::Reports", "Calls scored by several") },
            { u"mean_spread"_s, QCoreApplication::translate("fd::Reports", "Mean spread") },
            { u"flagged_calls"_s,
                QCoreApplication::translate("fd::Reports", "Flagged calls (spread above 10)") },
            { u"correlation"_s,
                QCoreApplication::translate(
                    "fd::Reports", "Monitor score against satisfaction (Pearson r)") } });
    calibration.rows.append({ Cell::ofText(key), Cell::ofInteger(figures.calibratedCalls),
        optional(figures.meanSpread, 1), Cell::ofText(figures.flaggedCalls.join(u", "_s)),
        figures.correlation ? Cell::ofNumber(*figures.correlation, 3) : Cell() });
    ExportTable supervisors = table(QCoreApplication::translate("fd::Reports", "Supervisors"),
        { { u"month"_s, QCoreApplication::translate("fd::Reports", "Month") },
            { u"supervisor"_s, QCoreApplication::translate("fd::Reports", "Supervisor") },
            { u"scored"_s, QCoreApplication::translate("fd::Reports", "Calls scored") },
            { u"mean_deviation"_s,
                QCoreApplication::translate("fd::Reports", "Mean deviation from the others") } });
    for (const SupervisorQuality& supervisor : std::as_const(figures.supervisors)) {
        supervisors.rows.append({ Cell::ofText(key), Cell::ofText(supervisor.supervisor),
            Cell::ofInteger(supervisor.scored), optional(supervisor.deviation, 1) });
    }
    ExportTable units = table(QCoreApplication::translate("fd::Reports", "Units"),
        { { u"month"_s, QCoreApplication::translate("fd::Reports", "Month") },
            { u"unit"_s, QCoreApplication::translate("fd::Reports", "Unit") },
            { u"commendations"_s, QCoreApplication::translate("fd::Reports", "Thanks letters") },
            { u"calls_by_flagged_agents"_s,
                QCoreApplication::translate("fd::Reports", "Calls by flagged agents") } });
    QStringList unitCodes = figures.commendationsByUnit.keys();
    for (const QString& unit : figures.callsByFlaggedAgentsByUnit.keys()) {
        if (!unitCodes.contains(unit))
            unitCodes.append(unit);
    }
    unitCodes.sort();
    for (const QString& unit : std::as_const(unitCodes)) {
        units.rows.append({ Cell::ofText(key), Cell::ofText(unit),
            Cell::ofInteger(figures.commendationsByUnit.value(unit)),
            Cell::ofInteger(figures.callsByFlaggedAgentsByUnit.value(unit)) });
    }
    report.tables = { agents, effects, calibration, supervisors, units };
    return report;
}

} // namespace

Result<QString> reportAuditHead(const Session& session)
{
    // The whole head, ENTRIES:HASH, as `audit head` prints it: a unit holding the report can
    // have the log checked against it (`audit verify --anchor`, SPEC §16).
    Result<AuditChainHead> head = AuditService(session).head();
    if (!head.ok())
        return Error(head.error());
    return QCoreApplication::translate("fd::Reports", "Audit head %1")
        .arg(auditAnchorText(head.value()));
}

QString reportKindKey(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Evaluation:
        return u"evaluation"_s;
    case ReportKind::Evidence:
        return u"evidence"_s;
    case ReportKind::Bulletin:
        return u"bulletin"_s;
    case ReportKind::Compliance:
        return u"compliance"_s;
    case ReportKind::Indicators:
        return u"indicators"_s;
    case ReportKind::Quality:
        return u"quality"_s;
    }
    return {};
}

std::optional<ReportKind> reportKindFromKey(const QString& key)
{
    for (ReportKind kind : allReportKinds()) {
        if (reportKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QList<ReportKind> allReportKinds()
{
    return { ReportKind::Evaluation, ReportKind::Evidence, ReportKind::Bulletin,
        ReportKind::Compliance, ReportKind::Indicators, ReportKind::Quality };
}

Result<ExportReport> buildReport(
    const Session& session, ReportKind kind, const ReportRequest& request)
{
    switch (kind) {
    case ReportKind::Evaluation:
        return evaluation(session, request.month);
    case ReportKind::Evidence:
        return evidence(session, request.month, request.unitCode);
    case ReportKind::Bulletin:
        return bulletin(session, request.date);
    case ReportKind::Compliance:
        return compliance(session, request.growthHundredths);
    case ReportKind::Indicators:
        return indicators(session, request.month, request.unitCode);
    case ReportKind::Quality:
        return quality(session, request.month);
    }
    // Only a ReportKind out of its range reaches here.
    return Error(QCoreApplication::translate("fd::Reports", "There is no report of this kind."));
}

} // namespace fd
