#include "orderchunkreader.h"

#include "common/searchtext.h"
#include "rules/orderchecks.h"
#include "services/import/importlimits.h"
#include "services/ruleservice.h"
#include "storage/rulerepository.h"

#include <QCoreApplication>
#include <QScopeGuard>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// What each status needs recorded (SPEC §4), so that every imported order is one the
// life cycle could have produced.
void checkStatusFacts(const WorkOrder& order, const CsvRow& row)
{
    const OrderStatus status = order.status;
    const bool assignedOrLater = status != OrderStatus::New && status != OrderStatus::Cancelled;
    if (status == OrderStatus::New && !order.teamCode.isEmpty())
        row.complain(u"team_code"_s,
            QCoreApplication::translate("fd::OrderImporter",
                "a new order has no team yet; an order with a team is assigned"));
    if (assignedOrLater && order.teamCode.isEmpty())
        row.complain(u"team_code"_s,
            QCoreApplication::translate("fd::OrderImporter", "is empty; a %1 order needs its team")
                .arg(orderStatusKey(status)));
    if (status == OrderStatus::Scheduled && !order.appointmentStart.isValid())
        row.complain(u"appointment_start"_s,
            QCoreApplication::translate(
                "fd::OrderImporter", "is empty; a scheduled order needs its appointment"));
    if (status == OrderStatus::Scheduled && !order.contactedAt.isValid())
        row.complain(u"contacted_at"_s,
            QCoreApplication::translate(
                "fd::OrderImporter", "is empty; a scheduled order was agreed with the customer"));
    const bool arrived = status == OrderStatus::OnSite || status == OrderStatus::Completed;
    if (arrived && !order.arrivedAt.isValid())
        row.complain(u"arrived_at"_s,
            QCoreApplication::translate(
                "fd::OrderImporter", "is empty; an order %1 needs the arrival time")
                .arg(orderStatusKey(status)));
    if (!arrived && status != OrderStatus::Cancelled && order.arrivedAt.isValid())
        row.complain(u"arrived_at"_s,
            QCoreApplication::translate("fd::OrderImporter", "is set, but the order is %1")
                .arg(orderStatusKey(status)));
    if (status == OrderStatus::Completed && !order.completedAt.isValid())
        row.complain(u"completed_at"_s,
            QCoreApplication::translate(
                "fd::OrderImporter", "is empty; a completed order needs its completion time"));
    if (status != OrderStatus::Completed && order.completedAt.isValid())
        row.complain(u"completed_at"_s,
            QCoreApplication::translate("fd::OrderImporter", "is set, but the order is %1")
                .arg(orderStatusKey(status)));
}

// The conduct checklist columns: filled in for completed orders, empty otherwise. A
// removal has no test: `tested` is empty (or "no") and `rx_power_dbm` empty, and says in
// `ont_collected` whether the ONT was taken back; no other order fills that column. A file
// without the column leaves a removal's answer unknown here (the importer keeps the one
// FiberDesk holds, or refuses a new completed removal).
void readChecklist(WorkOrder& order, const CsvRow& row)
{
    const QStringList items = { u"uniform"_s, u"permit_shown"_s, u"location_consulted"_s,
        u"tested"_s, u"site_cleaned"_s };
    if (order.status != OrderStatus::Completed) {
        // "no" on a checklist item of an order not done agrees with it (SPEC §13): what a
        // CRM export writes where nothing was checked.
        for (const QString& item : items) {
            if (!row.emptyOrNo(item))
                row.complain(item,
                    QCoreApplication::translate(
                        "fd::OrderImporter", "is filled in, but the order is not completed"));
        }
        for (const QString& item : { u"signed_by"_s, u"rx_power_dbm"_s, u"ont_collected"_s }) {
            if (!row.text(item).isEmpty())
                row.complain(item,
                    QCoreApplication::translate(
                        "fd::OrderImporter", "is filled in, but the order is not completed"));
        }
        return;
    }
    const bool removal = isRemoval(order.kind);
    order.checklist.uniform = row.yesNo(u"uniform"_s);
    order.checklist.permitShown = row.yesNo(u"permit_shown"_s);
    order.checklist.locationConsulted = row.yesNo(u"location_consulted"_s);
    if (removal) {
        if (row.optionalYesNo(u"tested"_s).value_or(false))
            row.complain(u"tested"_s,
                QCoreApplication::translate("fd::OrderImporter",
                    "is yes, but a removal takes the service away: leave it empty"));
        if (!row.text(u"rx_power_dbm"_s).isEmpty())
            row.complain(u"rx_power_dbm"_s,
                QCoreApplication::translate("fd::OrderImporter",
                    "is filled in, but a removal has no FTTH test: leave it empty"));
    } else {
        order.checklist.tested = row.yesNo(u"tested"_s);
        order.rxPowerDbm = row.optionalDecimal(u"rx_power_dbm"_s);
    }
    order.checklist.siteCleaned = row.yesNo(u"site_cleaned"_s);
    order.checklist.signedBy = row.text(u"signed_by"_s);
    if (removal && row.has(u"ont_collected"_s))
        order.ontCollected = row.yesNo(u"ont_collected"_s);
    else if (!removal && !row.text(u"ont_collected"_s).isEmpty())
        row.complain(u"ont_collected"_s,
            QCoreApplication::translate("fd::OrderImporter",
                "is filled in, but only a removal collects the ONT: leave it empty for a %1")
                .arg(orderKindKey(order.kind)));
}

} // namespace

Result<OrderChunkReader> OrderChunkReader::prepare(const Session& session)
{
    Database& database = session.database();
    FD_TRY_ASSIGN(RuleSet ruleSet, RuleRepository(database).current());
    const LookupRepository lookups(database);
    Result<QHash<QString, Holder>> areas = lookups.areas();
    Result<QHash<QString, Holder>> teams = lookups.teams();
    Result<QHash<QString, Holder>> technicians = lookups.technicians();
    for (const QString* failure : { &areas.error(), &teams.error(), &technicians.error() }) {
        if (!failure->isEmpty())
            return Error(*failure);
    }
    OrderChunkReader reader;
    reader.m_areas = areas.value();
    reader.m_teams = teams.value();
    reader.m_technicians = technicians.value();
    FD_TRY_ASSIGN(reader.m_rules, timelinessRulesOf(database, ruleSet));
    reader.m_zone = session.zone();
    reader.m_now = session.now();
    for (OrderKind kind : allOrderKinds())
        reader.m_kinds.append(orderKindKey(kind));
    for (OrderStatus status : allOrderStatuses())
        reader.m_statusKeys.append(orderStatusKey(status));
    for (ExemptReason reason : allExemptReasons())
        reader.m_exemptKeys.append(exemptReasonKey(reason));
    return reader;
}

// The ids the order's area, team and technician codes name, and its unit (the team's when
// it has one); a code the organisation does not know is a problem of its column.
void OrderChunkReader::resolveCodes(WorkOrder& order, OrderKeys& key, const CsvRow& row) const
{
    const auto area = m_areas.constFind(order.areaCode);
    if (area == m_areas.cend() && !order.areaCode.isEmpty()) {
        row.complain(u"area_code"_s,
            QCoreApplication::translate("fd::OrderImporter", "there is no area “%1”")
                .arg(order.areaCode));
    } else if (area != m_areas.cend()) {
        key.areaId = area->id;
        key.unitId = area->unitId;
        order.unitCode = area->unitCode;
    }
    if (!order.teamCode.isEmpty()) {
        const auto team = m_teams.constFind(order.teamCode);
        if (team == m_teams.cend()) {
            row.complain(u"team_code"_s,
                QCoreApplication::translate("fd::OrderImporter", "there is no team “%1”")
                    .arg(order.teamCode));
        } else {
            key.teamId = team->id;
            key.unitId = team->unitId;
            order.unitCode = team->unitCode;
        }
    }
    if (!order.technicianCode.isEmpty()) {
        const auto technician = m_technicians.constFind(order.technicianCode);
        if (technician == m_technicians.cend()) {
            row.complain(u"technician_code"_s,
                QCoreApplication::translate("fd::OrderImporter", "there is no technician “%1”")
                    .arg(order.technicianCode));
        } else if (technician->teamCode != order.teamCode) {
            row.complain(u"technician_code"_s,
                QCoreApplication::translate(
                    "fd::OrderImporter", "the technician is in the team “%1”, not “%2”")
                    .arg(technician->teamCode, order.teamCode));
        } else {
            key.technicianId = technician->id;
        }
    }
}

OrderChunk OrderChunkReader::read(
    CsvReader& reader, const CsvColumns& columns, qsizetype size) const
{
    OrderChunk chunk;
    QList<CsvRecord> records;
    CsvRecord record;
    // Bounded by records and by their memory: 5,000 lines of a megabyte each would be 5 GB.
    qint64 held = 0;
    while (records.size() < size && held < importlimits::kChunkBytes
        && (chunk.more = reader.next(record))) {
        held += importlimits::recordFootprint(record);
        records.append(record);
    }
    chunk.records = records.size();
    chunk.bytesRead = reader.bytesRead();
    if (reader.failed()) {
        chunk.problems.append(reader.problem());
        chunk.more = false;
        return chunk;
    }
    for (const CsvRecord& each : std::as_const(records)) {
        // A file of bad rows is refused anyway, but read to its end so that every problem is
        // counted; only the first ones are kept with their places (what a chunk holds is
        // bounded however bad its lines are).
        QList<CsvProblem> found;
        const auto keep = qScopeGuard([&] {
            chunk.problems += found;
            capProblems(chunk.problems, importlimits::kMostProblems, chunk.uncounted);
        });
        if (!columns.fitsRecord(each, found))
            continue;
        const CsvRow row(each, columns, found);
        WorkOrder order;
        OrderKeys key;
        order.number = row.identifier(u"number"_s);
        order.kind
            = row.choice<OrderKind>(u"kind"_s, orderKindFromKey, m_kinds, OrderKind::Install);
        order.account = row.identifier(u"account"_s);
        order.customer = row.text(u"customer"_s);
        order.phone = row.identifier(u"phone"_s);
        order.address = row.text(u"address"_s);
        order.areaCode = row.identifier(u"area_code"_s);
        order.receivedAt = row.instant(u"received_at"_s, m_zone);
        order.teamCode = row.identifier(u"team_code"_s);
        order.technicianCode = row.identifier(u"technician_code"_s);
        order.contactedAt = row.instant(u"contacted_at"_s, m_zone, true);
        order.appointmentStart = row.instant(u"appointment_start"_s, m_zone, true);
        order.appointmentEnd = row.instant(u"appointment_end"_s, m_zone, true);
        order.customerRequestedLater
            = row.optionalYesNo(u"customer_requested_later"_s).value_or(false);
        order.arrivedAt = row.instant(u"arrived_at"_s, m_zone, true);
        order.completedAt = row.instant(u"completed_at"_s, m_zone, true);
        order.status = row.choice<OrderStatus>(
            u"status"_s, orderStatusFromKey, m_statusKeys, OrderStatus::New);
        if (!row.text(u"exempt_reason"_s).isEmpty()) {
            order.exemptReason = row.choice<ExemptReason>(
                u"exempt_reason"_s, exemptReasonFromKey, m_exemptKeys, ExemptReason::Customer);
            order.exemptNote = QCoreApplication::translate("fd::OrderImporter", "imported");
        }
        readChecklist(order, row);

        for (const FieldError& error :
            checkOrderDetails(order, m_now) + checkOrderTimes(order, m_now))
            row.complain(error.field, error.message);
        checkStatusFacts(order, row);
        if (!order.number.isEmpty()) {
            if (chunk.numbers.contains(order.number))
                row.complain(u"number"_s,
                    QCoreApplication::translate("fd::OrderImporter", "appears twice in the file"));
            chunk.numbers.insert(order.number);
        }
        resolveCodes(order, key, row);
        // Folded here, on the reader thread: the importer only changes an order's id,
        // version and notes before it writes it, never the text it is found by.
        key.searchText = orderSearchText(
            order.number, order.account, order.customer, order.address, order.phone);
        order.deadline = orderDeadline(m_rules, m_zone, order);
        order.measuredAt = measuredEvent(order.kind, order.arrivedAt, order.completedAt);
        // Made here too, for the order the file brings new (those the database knows are
        // changed before they are written and make theirs then): off the writing thread,
        // which bounds a large import (2 % of its instructions, counted with callgrind).
        if (found.isEmpty())
            key.newOrderValues = orderWriteValues(order, key);
        chunk.orders.append(order);
        chunk.keys.append(key);
        chunk.lines.append(each.line);
    }
    return chunk;
}

} // namespace fd
