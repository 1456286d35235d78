#include "orderimporter.h"

#include "rules/orderchecks.h"
#include "rules/permissions.h"
#include "rules/timeliness.h"
#include "storage/database.h"
#include "storage/orderrepository.h"
#include "storage/rulerepository.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {


struct Holder
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString unitCode;
    QString teamCode; // technicians: their team
    bool active = true;
};

Result<QHash<QString, Holder>> loadHolders(Database& database, const QString& sql)
{
    Result<QSqlQuery> query = runSql(database, sql);
    if (!query.ok())
        return Error(query.error());
    QHash<QString, Holder> holders;
    while (query.value().next()) {
        const QSqlQuery& row = query.value();
        holders.insert(row.value(0).toString(),
            { row.value(1).toLongLong(), row.value(2).toLongLong(), row.value(3).toString(), row.value(4).toString(),
                row.value(5).toInt() != 0 });
    }
    return holders;
}

int statusRank(OrderStatus status)
{
    switch (status) {
    case OrderStatus::New:
        return 0;
    case OrderStatus::Assigned:
        return 1;
    case OrderStatus::Scheduled:
        return 2;
    case OrderStatus::OnSite:
        return 3;
    case OrderStatus::Completed:
    case OrderStatus::Cancelled:
        return 4;
    }
    return 0;
}

// What each status needs recorded (SPEC §4), so that every imported order is one the
// life cycle could have produced.
void checkStatusFacts(const WorkOrder& order, const CsvRow& row)
{
    const OrderStatus status = order.status;
    const bool assignedOrLater = status != OrderStatus::New && status != OrderStatus::Cancelled;
    if (status == OrderStatus::New && !order.teamCode.isEmpty())
        row.complain(u"team_code"_s, QCoreApplication::translate("fd::OrderImporter", "a new order has no team yet; an order with a team is assigned"));
    if (assignedOrLater && order.teamCode.isEmpty())
        row.complain(u"team_code"_s, QCoreApplication::translate("fd::OrderImporter", "is empty; a %1 order needs its team").arg(orderStatusKey(status)));
    if (status == OrderStatus::Scheduled && !order.appointmentStart.isValid())
        row.complain(u"appointment_start"_s, QCoreApplication::translate("fd::OrderImporter", "is empty; a scheduled order needs its appointment"));
    if (status == OrderStatus::Scheduled && !order.contactedAt.isValid())
        row.complain(u"contacted_at"_s, QCoreApplication::translate("fd::OrderImporter", "is empty; a scheduled order was agreed with the customer"));
    const bool arrived = status == OrderStatus::OnSite || status == OrderStatus::Completed;
    if (arrived && !order.arrivedAt.isValid())
        row.complain(u"arrived_at"_s, QCoreApplication::translate("fd::OrderImporter", "is empty; an order %1 needs the arrival time").arg(orderStatusKey(status)));
    if (!arrived && status != OrderStatus::Cancelled && order.arrivedAt.isValid())
        row.complain(u"arrived_at"_s, QCoreApplication::translate("fd::OrderImporter", "is set, but the order is %1").arg(orderStatusKey(status)));
    if (status == OrderStatus::Completed && !order.completedAt.isValid())
        row.complain(u"completed_at"_s, QCoreApplication::translate("fd::OrderImporter", "is empty; a completed order needs its completion time"));
    if (status != OrderStatus::Completed && order.completedAt.isValid())
        row.complain(u"completed_at"_s, QCoreApplication::translate("fd::OrderImporter", "is set, but the order is %1").arg(orderStatusKey(status)));
}

// The conduct checklist columns: filled in for completed orders, empty otherwise.
void readChecklist(WorkOrder& order, const CsvRow& row)
{
    const QStringList items = { u"uniform"_s, u"permit_shown"_s, u"location_consulted"_s, u"tested"_s, u"site_cleaned"_s };
    if (order.status != OrderStatus::Completed) {
        for (const QString& item : items + QStringList { u"signed_by"_s, u"rx_power_dbm"_s }) {
            if (!row.text(item).isEmpty())
                row.complain(item, QCoreApplication::translate("fd::OrderImporter", "is filled in, but the order is not completed"));
        }
        return;
    }
    order.checklist.uniform = row.yesNo(u"uniform"_s);
    order.checklist.permitShown = row.yesNo(u"permit_shown"_s);
    order.checklist.locationConsulted = row.yesNo(u"location_consulted"_s);
    order.checklist.tested = row.yesNo(u"tested"_s);
    order.checklist.siteCleaned = row.yesNo(u"site_cleaned"_s);
    order.checklist.signedBy = row.text(u"signed_by"_s);
    order.rxPowerDbm = row.optionalDecimal(u"rx_power_dbm"_s);
}

bool sameRecord(const WorkOrder& a, const WorkOrder& b)
{
    return a.kind == b.kind && a.account == b.account && a.customer == b.customer && a.phone == b.phone
        && a.address == b.address && a.areaCode == b.areaCode && a.receivedAt == b.receivedAt
        && a.teamCode == b.teamCode && a.technicianCode == b.technicianCode && a.contactedAt == b.contactedAt
        && a.appointmentStart == b.appointmentStart && a.appointmentEnd == b.appointmentEnd
        && a.customerRequestedLater == b.customerRequestedLater && a.arrivedAt == b.arrivedAt
        && a.completedAt == b.completedAt && a.status == b.status && a.deadline == b.deadline
        && a.checklist.uniform == b.checklist.uniform && a.checklist.permitShown == b.checklist.permitShown
        && a.checklist.locationConsulted == b.checklist.locationConsulted && a.checklist.tested == b.checklist.tested
        && a.checklist.siteCleaned == b.checklist.siteCleaned && a.checklist.signedBy == b.checklist.signedBy
        && a.rxPowerDbm == b.rxPowerDbm && a.exemptReason == b.exemptReason;
}

} // namespace

bool OrderImporter::run(CsvReader& reader, const CsvColumns& columns, qint64 totalBytes, QList<CsvProblem>& problems,
    SaveSummary& summary, const ImportProgress& progress, QString& generalError)
{
    auto fail = [&](const QString& message) {
        generalError = message;
        return false;
    };
    const Status allowed = checkAllowed(m_session.actor(), Action::DispatchOrders);
    if (!allowed.ok())
        return fail(allowed.error());
    Database& database = m_session.database();
    Result<RuleSet> ruleSet = RuleRepository(database).current();
    if (!ruleSet.ok())
        return fail(ruleSet.error());
    const TimelinessRules rules = TimelinessRules::fromRuleSet(ruleSet.value());
    Result<QHash<QString, Holder>> areas = loadHolders(database,
        u"SELECT a.code, a.id, a.unit_id, u.code, '', a.active FROM areas a JOIN units u ON u.id = a.unit_id"_s);
    Result<QHash<QString, Holder>> teams = loadHolders(database,
        u"SELECT t.code, t.id, t.unit_id, u.code, t.code, t.active FROM teams t JOIN units u ON u.id = t.unit_id"_s);
    Result<QHash<QString, Holder>> technicians = loadHolders(database,
        u"SELECT p.code, p.id, 0, '', t.code, p.active FROM technicians p JOIN teams t ON t.id = p.team_id"_s);
    for (const QString* failure : { &areas.error(), &teams.error(), &technicians.error() }) {
        if (!failure->isEmpty())
            return fail(*failure);
    }
    // Orders above this id were created by this import: meeting one again means its number
    // appears twice in the file.
    Result<QVariant> lastIdBefore = scalar(database, u"SELECT COALESCE(MAX(id), 0) FROM orders"_s);
    if (!lastIdBefore.ok())
        return fail(lastIdBefore.error());
    const qint64 createdAbove = lastIdBefore.value().toLongLong();

    const QTimeZone& zone = m_session.zone();
    const QDateTime now = m_session.now();
    const QString actor = m_session.actor().user;
    const QStringList kinds = { u"install"_s, u"move"_s, u"repair"_s };
    QStringList statusKeys;
    for (OrderStatus status : allOrderStatuses())
        statusKeys.append(orderStatusKey(status));
    QStringList exemptKeys;
    for (ExemptReason reason : allExemptReasons())
        exemptKeys.append(exemptReasonKey(reason));

    Database::BulkWriteScope bulk(database);
    Transaction transaction(database);
    if (!transaction.started().ok())
        return fail(transaction.started().error());
    OrderRepository repository(database);
    QSet<QString> updatedNumbers;
    SaveSummary counts;
    constexpr qsizetype kChunk = 5000;
    constexpr qsizetype kMostProblems = 200;
    bool more = true;
    while (more && problems.size() < kMostProblems) {
        if (progress && !progress(reader.bytesRead(), totalBytes))
            return fail(QCoreApplication::translate("fd::OrderImporter", "The import was cancelled; nothing was written."));
        QList<CsvRecord> records;
        CsvRecord record;
        while (records.size() < kChunk && (more = reader.next(record)))
            records.append(record);
        if (reader.failed()) {
            problems.append(reader.problem());
            break;
        }

        QList<WorkOrder> orders;
        QList<OrderKeys> keys;
        QList<int> lines;
        QSet<QString> numbersInChunk;
        for (const CsvRecord& each : std::as_const(records)) {
            if (!columns.fitsRecord(each, problems))
                continue;
            const CsvRow row(each, columns, problems);
            WorkOrder order;
            OrderKeys key;
            order.number = row.text(u"number"_s);
            order.kind = row.choice<OrderKind>(u"kind"_s, orderKindFromKey, kinds, OrderKind::Install);
            order.account = row.text(u"account"_s);
            order.customer = row.text(u"customer"_s);
            order.phone = row.text(u"phone"_s);
            order.address = row.text(u"address"_s);
            order.areaCode = row.text(u"area_code"_s);
            order.receivedAt = row.instant(u"received_at"_s, zone);
            order.teamCode = row.text(u"team_code"_s);
            order.technicianCode = row.text(u"technician_code"_s);
            order.contactedAt = row.instant(u"contacted_at"_s, zone, true);
            order.appointmentStart = row.instant(u"appointment_start"_s, zone, true);
            order.appointmentEnd = row.instant(u"appointment_end"_s, zone, true);
            order.customerRequestedLater = row.optionalYesNo(u"customer_requested_later"_s).value_or(false);
            order.arrivedAt = row.instant(u"arrived_at"_s, zone, true);
            order.completedAt = row.instant(u"completed_at"_s, zone, true);
            order.status = row.choice<OrderStatus>(u"status"_s, orderStatusFromKey, statusKeys, OrderStatus::New);
            if (!row.text(u"exempt_reason"_s).isEmpty()) {
                order.exemptReason = row.choice<ExemptReason>(
                    u"exempt_reason"_s, exemptReasonFromKey, exemptKeys, ExemptReason::Customer);
                order.exemptNote = QCoreApplication::translate("fd::OrderImporter", "imported");
            }
            readChecklist(order, row);

            for (const FieldError& error : checkOrderDetails(order, now) + checkOrderTimes(order, now))
                row.complain(error.field, error.message);
            checkStatusFacts(order, row);
            if (!order.number.isEmpty()) {
                if (numbersInChunk.contains(order.number))
                    row.complain(u"number"_s, QCoreApplication::translate("fd::OrderImporter", "appears twice in the file"));
                numbersInChunk.insert(order.number);
            }
            const auto area = areas.value().constFind(order.areaCode);
            if (area == areas.value().cend() && !order.areaCode.isEmpty()) {
                row.complain(u"area_code"_s,
                    QCoreApplication::translate("fd::OrderImporter", "there is no area “%1”").arg(order.areaCode));
            } else if (area != areas.value().cend()) {
                key.areaId = area->id;
                key.unitId = area->unitId;
                order.unitCode = area->unitCode;
            }
            if (!order.teamCode.isEmpty()) {
                const auto team = teams.value().constFind(order.teamCode);
                if (team == teams.value().cend()) {
                    row.complain(u"team_code"_s,
                        QCoreApplication::translate("fd::OrderImporter", "there is no team “%1”").arg(order.teamCode));
                } else {
                    key.teamId = team->id;
                    key.unitId = team->unitId;
                    order.unitCode = team->unitCode;
                }
            }
            if (!order.technicianCode.isEmpty()) {
                const auto technician = technicians.value().constFind(order.technicianCode);
                if (technician == technicians.value().cend()) {
                    row.complain(u"technician_code"_s,
                        QCoreApplication::translate("fd::OrderImporter", "there is no technician “%1”")
                            .arg(order.technicianCode));
                } else if (technician->teamCode != order.teamCode) {
                    row.complain(u"technician_code"_s,
                        QCoreApplication::translate("fd::OrderImporter", "the technician is in the team “%1”, not “%2”")
                            .arg(technician->teamCode, order.teamCode));
                } else {
                    key.technicianId = technician->id;
                }
            }
            order.deadline
                = orderDeadline(rules, zone, order.receivedAt, order.customerRequestedLater, order.appointmentEnd);
            order.measuredAt = measuredEvent(order.kind, order.arrivedAt, order.completedAt);
            orders.append(order);
            keys.append(key);
            lines.append(each.line);
        }
        m_rows += records.size();

        Result<QHash<QString, WorkOrder>> existing
            = repository.findMany(QStringList(numbersInChunk.begin(), numbersInChunk.end()));
        if (!existing.ok())
            return fail(existing.error());
        QList<bool> write(orders.size(), true);
        for (qsizetype i = 0; i < orders.size(); ++i) {
            const auto stored = existing.value().constFind(orders.at(i).number);
            if (stored == existing.value().cend())
                continue;
            WorkOrder& order = orders[i];
            auto complain = [&](const QString& field, const QString& message) {
                problems.append({ lines.at(i), columns.index(field) + 1, field, message });
            };
            if (stored->id > createdAbove || updatedNumbers.contains(order.number)) {
                complain(u"number"_s, QCoreApplication::translate("fd::OrderImporter", "appears twice in the file"));
                continue;
            }
            order.id = stored->id;
            order.version = stored->version;
            if (order.exemptReason == stored->exemptReason)
                order.exemptNote = stored->exemptNote;
            if (statusRank(order.status) < statusRank(stored->status)
                || (!isOpen(stored->status) && order.status != stored->status)) {
                complain(u"status"_s,
                    QCoreApplication::translate("fd::OrderImporter",
                        "the order is already %1 in FiberDesk; the file says %2 (an older export?)")
                        .arg(orderStatusKey(stored->status), orderStatusKey(order.status)));
            }
            write[i] = !sameRecord(order, *stored);
        }
        if (!problems.isEmpty())
            continue; // keep checking the file, write nothing more

        for (qsizetype i = 0; i < orders.size(); ++i) {
            const WorkOrder& order = orders.at(i);
            if (!write.at(i)) {
                ++counts.unchanged;
                continue;
            }
            const auto stored = existing.value().constFind(order.number);
            qint64 id = order.id;
            if (id == 0) {
                Result<qint64> inserted = repository.insert(order, keys.at(i));
                if (!inserted.ok())
                    return fail(inserted.error());
                id = inserted.value();
                ++counts.created;
            } else {
                Result<bool> updated = repository.update(order, keys.at(i));
                if (!updated.ok())
                    return fail(updated.error());
                if (!updated.value()) {
                    return fail(QCoreApplication::translate("fd::OrderImporter",
                        "Order %1 was changed by someone else during the import; nothing was written.")
                                    .arg(order.number));
                }
                updatedNumbers.insert(order.number);
                ++counts.updated;
            }
            const std::optional<OrderStatus> from
                = stored == existing.value().cend() ? std::nullopt : std::optional<OrderStatus>(stored->status);
            const Status logged = repository.appendEvent(id, { now, actor, u"import"_s, from, order.status, {} });
            if (!logged.ok())
                return fail(logged.error());
        }
    }
    if (!problems.isEmpty())
        return false; // the transaction rolls back
    const Status committed = transaction.commit();
    if (!committed.ok())
        return fail(committed.error());
    if (progress)
        progress(totalBytes, totalBytes);
    summary = counts;
    return true;
}

} // namespace fd
