#include "dataexport.h"

#include "rules/permissions.h"
#include "services/areaservice.h"
#include "services/assessmentservice.h"
#include "services/equipmentservice.h"
#include "services/ruleservice.h"
#include "services/teamservice.h"
#include "services/technicianservice.h"
#include "services/unitservice.h"
#include "storage/callbackrepository.h"
#include "storage/complaintrepository.h"
#include "storage/exportrepository.h"
#include "storage/orderrepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

using Cell = ExportCell;

ExportTable tableOf(ImportKind kind)
{
    ExportTable table;
    table.name = importKindKey(kind);
    table.header = importColumns(kind) + optionalImportColumns(kind);
    return table;
}

Cell decimalCell(double value)
{
    const QString text = exactDecimal(value);
    const qsizetype point = text.indexOf(u'.');
    return Cell::ofNumber(value, point < 0 ? 0 : int(text.size() - point - 1), text);
}

Cell optionalYesNo(const std::optional<bool>& value)
{
    return value ? Cell::ofYesNo(*value) : Cell();
}

} // namespace

QString exactDecimal(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

Result<ExportTable> DataExport::table(ImportKind kind, const ExportFilter& filter) const
{
    const Action action = kind == ImportKind::Orders ? Action::ViewOrders
        : kind == ImportKind::Callbacks              ? Action::ViewCallbacks
        : kind == ImportKind::Complaints || kind == ImportKind::RoomScores
        ? Action::ViewEvaluations
        : Action::ViewOrganisation;
    const Status allowed = checkAllowed(m_session.actor(), action);
    if (!allowed.ok())
        return Error(allowed.error());
    // A unit representative sees its own unit only (SPEC §1); the import formats hold every
    // unit's rows, so they are not its to export.
    if (boundToUnit(m_session.actor()))
        return Error(refusalText(m_session.actor().role, Action::ViewOrganisation));
    switch (kind) {
    case ImportKind::Units:
        return units();
    case ImportKind::Areas:
        return areas();
    case ImportKind::Teams:
        return teams();
    case ImportKind::Technicians:
        return technicians();
    case ImportKind::Equipment:
        return equipment();
    case ImportKind::Assessments:
        return assessments();
    case ImportKind::Orders:
        return orders(filter);
    case ImportKind::Callbacks:
        return callbacks();
    case ImportKind::Complaints:
        return complaints();
    case ImportKind::RoomScores:
        return roomScores();
    case ImportKind::Holidays:
        return holidays();
    }
    // Only an ImportKind out of its range reaches here.
    return Error(QCoreApplication::translate("fd::DataExport", "There is no export of this kind."));
}

Result<ExportTable> DataExport::units() const
{
    FD_TRY_ASSIGN(QList<Unit> units, UnitService(m_session).list());
    ExportTable table = tableOf(ImportKind::Units);
    for (const Unit& unit : units) {
        table.rows.append(
            { Cell::ofText(unit.code), Cell::ofText(unit.name), Cell::ofText(unit.contractNo),
                Cell::ofDate(unit.contractStart), Cell::ofText(unitStatusKey(unit.status)) });
    }
    return table;
}

Result<ExportTable> DataExport::areas() const
{
    FD_TRY_ASSIGN(QList<Area> areas, AreaService(m_session).list());
    ExportTable table = tableOf(ImportKind::Areas);
    for (const Area& area : areas) {
        table.rows.append({ Cell::ofText(area.code), Cell::ofText(area.name),
            Cell::ofText(area.unitCode), Cell::ofInteger(area.subscribers) });
    }
    return table;
}

Result<ExportTable> DataExport::teams() const
{
    FD_TRY_ASSIGN(QList<Team> teams, TeamService(m_session).list());
    ExportTable table = tableOf(ImportKind::Teams);
    for (const Team& team : teams) {
        QStringList areas = team.areaCodes;
        areas.sort();
        table.rows.append({ Cell::ofText(team.code), Cell::ofText(team.unitCode),
            Cell::ofText(team.name), Cell::ofText(areas.join(u';')) });
    }
    return table;
}

Result<ExportTable> DataExport::technicians() const
{
    FD_TRY_ASSIGN(QList<Technician> technicians, TechnicianService(m_session).list());
    ExportTable table = tableOf(ImportKind::Technicians);
    for (const Technician& technician : technicians) {
        table.rows.append({ Cell::ofText(technician.code), Cell::ofText(technician.teamCode),
            Cell::ofText(technician.name), Cell::ofText(technician.phone),
            Cell::ofText(technician.permitNo), Cell::ofYesNo(technician.ftthKit),
            Cell::ofYesNo(technician.active) });
    }
    return table;
}

Result<ExportTable> DataExport::equipment() const
{
    FD_TRY_ASSIGN(QList<EquipmentHolding> holdings, EquipmentService(m_session).list());
    ExportTable table = tableOf(ImportKind::Equipment);
    for (const EquipmentHolding& holding : holdings) {
        table.rows.append({ Cell::ofText(holding.unitCode), Cell::ofText(holding.teamCode),
            Cell::ofText(equipmentKindKey(holding.kind)), Cell::ofInteger(holding.quantity) });
    }
    return table;
}

Result<ExportTable> DataExport::assessments() const
{
    FD_TRY_ASSIGN(QList<Assessment> assessments, AssessmentService(m_session).list());
    QList<Assessment> sorted = assessments;
    // By unit and date, and within a day by what was recorded: the database's own order
    // (newest first, by row id) would turn over in a database the file is imported into.
    std::stable_sort(sorted.begin(), sorted.end(), [](const Assessment& a, const Assessment& b) {
        return std::tuple(a.unitCode, a.date, int(a.kind), a.score, a.passed)
            < std::tuple(b.unitCode, b.date, int(b.kind), b.score, b.passed);
    });
    ExportTable table = tableOf(ImportKind::Assessments);
    for (const Assessment& assessment : sorted) {
        table.rows.append({ Cell::ofText(assessment.unitCode),
            Cell::ofText(assessmentKindKey(assessment.kind)), Cell::ofDate(assessment.date),
            decimalCell(assessment.score), Cell::ofYesNo(assessment.passed) });
    }
    return table;
}

Result<ExportTable> DataExport::orders(const ExportFilter& filter) const
{
    const QTimeZone& zone = m_session.zone();
    OrderFilter query;
    query.statuses = filter.statuses;
    query.unitCode = filter.unitCode;
    QDateTime from, before;
    if (filter.month) {
        const QDate first(filter.month->year(), filter.month->month(), 1);
        from = QDateTime(first, QTime(0, 0), zone).toUTC();
        before = QDateTime(first.addMonths(1), QTime(0, 0), zone).toUTC();
    }
    ExportTable table = tableOf(ImportKind::Orders);
    OrderRepository repository(m_session.database());
    std::optional<OrderCursor> after;
    constexpr int kPage = 5000;
    for (;;) {
        FD_TRY_ASSIGN(
            QList<WorkOrder> page, repository.page(query, OrderSort::Number, after, kPage, false));
        for (const WorkOrder& order : page) {
            if (filter.month && (order.receivedAt < from || order.receivedAt >= before))
                continue;
            const bool completed = order.status == OrderStatus::Completed;
            const bool removal = isRemoval(order.kind); // no test: `tested` stays empty
            const ConductChecklist& checklist = order.checklist;
            const auto item = [&](bool done) { return completed ? Cell::ofYesNo(done) : Cell(); };
            table.rows.append({ Cell::ofText(order.number), Cell::ofText(orderKindKey(order.kind)),
                Cell::ofText(order.account), Cell::ofText(order.customer),
                Cell::ofText(order.phone), Cell::ofText(order.address),
                Cell::ofText(order.areaCode), Cell::ofInstant(order.receivedAt, zone),
                Cell::ofText(order.teamCode), Cell::ofText(order.technicianCode),
                Cell::ofInstant(order.contactedAt, zone),
                Cell::ofInstant(order.appointmentStart, zone),
                Cell::ofInstant(order.appointmentEnd, zone),
                Cell::ofYesNo(order.customerRequestedLater), Cell::ofInstant(order.arrivedAt, zone),
                Cell::ofInstant(order.completedAt, zone),
                Cell::ofText(orderStatusKey(order.status)), item(checklist.uniform),
                item(checklist.permitShown), item(checklist.locationConsulted),
                removal ? Cell() : item(checklist.tested), item(checklist.siteCleaned),
                completed ? Cell::ofText(checklist.signedBy) : Cell(),
                completed && order.rxPowerDbm ? decimalCell(*order.rxPowerDbm) : Cell(),
                order.exemptReason ? Cell::ofText(exemptReasonKey(*order.exemptReason)) : Cell(),
                // SPEC §9's optional last column: a completed removal's ONT answer.
                completed && removal && order.ontCollected ? Cell::ofYesNo(*order.ontCollected)
                                                           : Cell() });
        }
        if (page.size() < kPage)
            break;
        after = OrderRepository::cursorAfter(page.last(), OrderSort::Number);
    }
    return table;
}

Result<ExportTable> DataExport::callbacks() const
{
    const QTimeZone& zone = m_session.zone();
    FD_TRY_ASSIGN(QStringList numbers, ExportRepository(m_session.database()).calledOrderNumbers());
    CallbackRepository repository(m_session.database());
    ExportTable table = tableOf(ImportKind::Callbacks);
    constexpr qsizetype kBatch = 2000;
    for (qsizetype start = 0; start < numbers.size(); start += kBatch) {
        const QStringList batch = numbers.mid(start, kBatch);
        FD_TRY_ASSIGN(auto tasks, repository.findManyByOrder(batch));
        QList<qint64> ids;
        for (const CallbackTask& task : tasks)
            ids.append(task.id);
        FD_TRY_ASSIGN(auto attempts, repository.attemptsOf(ids));
        for (const QString& number : batch) {
            const CallbackTask task = tasks.value(number);
            QList<CallbackAttempt> calls = attempts.value(task.id);
            std::stable_sort(calls.begin(), calls.end(),
                [](const CallbackAttempt& a, const CallbackAttempt& b) { return a.at < b.at; });
            for (const CallbackAttempt& call : calls) {
                ExportRow row { Cell::ofText(number), Cell::ofInstant(call.at, zone),
                    Cell::ofText(callbackOutcomeKey(call.outcome)) };
                // The answers belong to the call that reached the customer; the other rows
                // leave them empty, as the import wants.
                if (call.outcome == CallbackOutcome::Reached && task.answers) {
                    const CallbackAnswers& answers = *task.answers;
                    for (int q = 0; q < kCallbackQuestionCount; ++q)
                        row.append(Cell::ofYesNo(answers.yes[size_t(q)]));
                    row.append(Cell::ofInteger(answers.satisfaction));
                    row.append(Cell::ofYesNo(answers.commendation));
                    row.append(Cell::ofText(answers.comment));
                } else {
                    for (int q = 0; q < kCallbackQuestionCount + 3; ++q)
                        row.append(Cell());
                }
                row.append(Cell::ofText(call.agent)); // SPEC §17's optional last column
                table.rows.append(row);
            }
        }
    }
    return table;
}

Result<ExportTable> DataExport::complaints() const
{
    const QTimeZone& zone = m_session.zone();
    FD_TRY_ASSIGN(QList<Complaint> complaints,
        ComplaintRepository(m_session.database())
            .list(ComplaintFilter(), std::numeric_limits<int>::max()));
    QList<Complaint> sorted = complaints;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Complaint& a, const Complaint& b) {
        return std::tuple(a.receivedAt, a.unitCode, a.orderNumber, int(a.category), a.description)
            < std::tuple(b.receivedAt, b.unitCode, b.orderNumber, int(b.category), b.description);
    });
    ExportTable table = tableOf(ImportKind::Complaints);
    for (const Complaint& complaint : sorted) {
        // A rejected complaint's staff-caused answer is not part of its verdict.
        // Assigned rather than built with ?: std::nullopt, which GCC 12 then took for an
        // uninitialized payload (-Wmaybe-uninitialized).
        std::optional<bool> staffCaused;
        if (complaint.status != ComplaintStatus::Rejected
            && complaint.status != ComplaintStatus::Open)
            staffCaused = complaint.staffCaused;
        table.rows.append({ Cell::ofText(complaint.orderNumber), Cell::ofText(complaint.unitCode),
            Cell::ofInstant(complaint.receivedAt, zone),
            Cell::ofText(complaintSourceKey(complaint.source)),
            Cell::ofText(complaintCategoryKey(complaint.category)),
            Cell::ofText(complaintStatusKey(complaint.status)), optionalYesNo(staffCaused),
            complaint.status == ComplaintStatus::Open ? Cell()
                                                      : Cell::ofInstant(complaint.verifiedAt, zone),
            Cell::ofText(complaint.description) });
    }
    return table;
}

Result<ExportTable> DataExport::holidays() const
{
    FD_TRY_ASSIGN(QList<Holiday> days, RuleService(m_session).holidays());
    ExportTable table = tableOf(ImportKind::Holidays);
    for (const Holiday& holiday : days)
        table.rows.append({ Cell::ofDate(holiday.date), Cell::ofText(holiday.name) });
    return table;
}

Result<ExportTable> DataExport::roomScores() const
{
    FD_TRY_ASSIGN(
        QList<RoomScoreRecord> scores, ExportRepository(m_session.database()).roomScores());
    ExportTable table = tableOf(ImportKind::RoomScores);
    for (const RoomScoreRecord& score : scores) {
        table.rows.append({ Cell::ofText(score.unitCode), Cell::ofText(score.month),
            decimalCell(score.points), Cell::ofText(score.note) });
    }
    return table;
}

} // namespace fd
