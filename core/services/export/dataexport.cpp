#include "dataexport.h"

#include "rules/permissions.h"
#include "services/areaservice.h"
#include "services/assessmentservice.h"
#include "services/equipmentservice.h"
#include "services/teamservice.h"
#include "services/technicianservice.h"
#include "services/unitservice.h"
#include "storage/callbackrepository.h"
#include "storage/complaintrepository.h"
#include "storage/exportrepository.h"
#include "storage/orderrepository.h"

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
    }
    return Error(QString());
}

Result<ExportTable> DataExport::units() const
{
    Result<QList<Unit>> units = UnitService(m_session).list();
    if (!units.ok())
        return Error(units.error());
    ExportTable table = tableOf(ImportKind::Units);
    for (const Unit& unit : units.value()) {
        table.rows.append(
            { Cell::ofText(unit.code), Cell::ofText(unit.name), Cell::ofText(unit.contractNo),
                Cell::ofDate(unit.contractStart), Cell::ofText(unitStatusKey(unit.status)) });
    }
    return table;
}

Result<ExportTable> DataExport::areas() const
{
    Result<QList<Area>> areas = AreaService(m_session).list();
    if (!areas.ok())
        return Error(areas.error());
    ExportTable table = tableOf(ImportKind::Areas);
    for (const Area& area : areas.value()) {
        table.rows.append({ Cell::ofText(area.code), Cell::ofText(area.name),
            Cell::ofText(area.unitCode), Cell::ofInteger(area.subscribers) });
    }
    return table;
}

Result<ExportTable> DataExport::teams() const
{
    Result<QList<Team>> teams = TeamService(m_session).list();
    if (!teams.ok())
        return Error(teams.error());
    ExportTable table = tableOf(ImportKind::Teams);
    for (const Team& team : teams.value()) {
        QStringList areas = team.areaCodes;
        areas.sort();
        table.rows.append({ Cell::ofText(team.code), Cell::ofText(team.unitCode),
            Cell::ofText(team.name), Cell::ofText(areas.join(u';')) });
    }
    return table;
}

Result<ExportTable> DataExport::technicians() const
{
    Result<QList<Technician>> technicians = TechnicianService(m_session).list();
    if (!technicians.ok())
        return Error(technicians.error());
    ExportTable table = tableOf(ImportKind::Technicians);
    for (const Technician& technician : technicians.value()) {
        table.rows.append({ Cell::ofText(technician.code), Cell::ofText(technician.teamCode),
            Cell::ofText(technician.name), Cell::ofText(technician.phone),
            Cell::ofText(technician.permitNo), Cell::ofYesNo(technician.ftthKit),
            Cell::ofYesNo(technician.active) });
    }
    return table;
}

Result<ExportTable> DataExport::equipment() const
{
    Result<QList<EquipmentHolding>> holdings = EquipmentService(m_session).list();
    if (!holdings.ok())
        return Error(holdings.error());
    ExportTable table = tableOf(ImportKind::Equipment);
    for (const EquipmentHolding& holding : holdings.value()) {
        table.rows.append({ Cell::ofText(holding.unitCode), Cell::ofText(holding.teamCode),
            Cell::ofText(equipmentKindKey(holding.kind)), Cell::ofInteger(holding.quantity) });
    }
    return table;
}

Result<ExportTable> DataExport::assessments() const
{
    Result<QList<Assessment>> assessments = AssessmentService(m_session).list();
    if (!assessments.ok())
        return Error(assessments.error());
    QList<Assessment> sorted = assessments.value();
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
        Result<QList<WorkOrder>> page
            = repository.page(query, OrderSort::Number, after, kPage, false);
        if (!page.ok())
            return Error(page.error());
        for (const WorkOrder& order : page.value()) {
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
        if (page.value().size() < kPage)
            break;
        after = OrderRepository::cursorAfter(page.value().last(), OrderSort::Number);
    }
    return table;
}

Result<ExportTable> DataExport::callbacks() const
{
    const QTimeZone& zone = m_session.zone();
    Result<QStringList> numbers = ExportRepository(m_session.database()).calledOrderNumbers();
    if (!numbers.ok())
        return Error(numbers.error());
    CallbackRepository repository(m_session.database());
    ExportTable table = tableOf(ImportKind::Callbacks);
    constexpr qsizetype kBatch = 2000;
    for (qsizetype start = 0; start < numbers.value().size(); start += kBatch) {
        const QStringList batch = numbers.value().mid(start, kBatch);
        Result<QHash<QString, CallbackTask>> tasks = repository.findManyByOrder(batch);
        if (!tasks.ok())
            return Error(tasks.error());
        QList<qint64> ids;
        for (const CallbackTask& task : tasks.value())
            ids.append(task.id);
        Result<QHash<qint64, QList<CallbackAttempt>>> attempts = repository.attemptsOf(ids);
        if (!attempts.ok())
            return Error(attempts.error());
        for (const QString& number : batch) {
            const CallbackTask task = tasks.value().value(number);
            QList<CallbackAttempt> calls = attempts.value().value(task.id);
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
    Result<QList<Complaint>> complaints
        = ComplaintRepository(m_session.database())
              .list(ComplaintFilter(), std::numeric_limits<int>::max());
    if (!complaints.ok())
        return Error(complaints.error());
    QList<Complaint> sorted = complaints.value();
    std::stable_sort(sorted.begin(), sorted.end(), [](const Complaint& a, const Complaint& b) {
        return std::tuple(a.receivedAt, a.unitCode, a.orderNumber, int(a.category), a.description)
            < std::tuple(b.receivedAt, b.unitCode, b.orderNumber, int(b.category), b.description);
    });
    ExportTable table = tableOf(ImportKind::Complaints);
    for (const Complaint& complaint : sorted) {
        // A rejected complaint's staff-caused answer is not part of its verdict.
        const std::optional<bool> staffCaused = complaint.status == ComplaintStatus::Rejected
                || complaint.status == ComplaintStatus::Open
            ? std::nullopt
            : complaint.staffCaused;
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

Result<ExportTable> DataExport::roomScores() const
{
    Result<QList<RoomScoreRecord>> scores = ExportRepository(m_session.database()).roomScores();
    if (!scores.ok())
        return Error(scores.error());
    ExportTable table = tableOf(ImportKind::RoomScores);
    for (const RoomScoreRecord& score : scores.value()) {
        table.rows.append({ Cell::ofText(score.unitCode), Cell::ofText(score.month),
            decimalCell(score.points), Cell::ofText(score.note) });
    }
    return table;
}

} // namespace fd
