#include "orderimporter.h"

#include "common/workerthread.h"
#include "rules/permissions.h"
#include "services/import/importlimits.h"
#include "services/import/orderchunkreader.h"
#include "storage/database.h"
#include "storage/lookups.h"
#include "storage/orderimportwriter.h"
#include "storage/orderrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <future>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

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

bool sameRecord(const WorkOrder& a, const WorkOrder& b)
{
    return a.kind == b.kind && a.account == b.account && a.customer == b.customer
        && a.phone == b.phone && a.address == b.address && a.areaCode == b.areaCode
        && a.receivedAt == b.receivedAt && a.teamCode == b.teamCode
        && a.technicianCode == b.technicianCode && a.contactedAt == b.contactedAt
        && a.appointmentStart == b.appointmentStart && a.appointmentEnd == b.appointmentEnd
        && a.customerRequestedLater == b.customerRequestedLater && a.arrivedAt == b.arrivedAt
        && a.completedAt == b.completedAt && a.status == b.status && a.deadline == b.deadline
        && a.checklist.uniform == b.checklist.uniform
        && a.checklist.permitShown == b.checklist.permitShown
        && a.checklist.locationConsulted == b.checklist.locationConsulted
        && a.checklist.tested == b.checklist.tested
        && a.checklist.siteCleaned == b.checklist.siteCleaned
        && a.checklist.signedBy == b.checklist.signedBy && a.rxPowerDbm == b.rxPowerDbm
        && a.ontCollected == b.ontCollected && a.exemptReason == b.exemptReason;
}

} // namespace

bool OrderImporter::run(CsvReader& reader, const CsvColumns& columns, qint64 totalBytes,
    QList<CsvProblem>& problems, SaveSummary& summary, const ImportProgress& progress,
    QString& generalError)
{
    auto fail = [&](const QString& message) {
        generalError = message;
        return false;
    };
    const Status allowed = checkAllowed(m_session.actor(), Action::DispatchOrders);
    if (!allowed.ok())
        return fail(allowed.error());
    Database& database = m_session.database();
    Result<OrderChunkReader> chunkReader = OrderChunkReader::prepare(m_session);
    if (!chunkReader.ok())
        return fail(chunkReader.error());
    // Orders above this id were created by this import: meeting one again means its number
    // appears twice in the file.
    Result<qint64> lastIdBefore = LookupRepository(database).lastOrderId();
    if (!lastIdBefore.ok())
        return fail(lastIdBefore.error());
    const qint64 createdAbove = lastIdBefore.value();
    const QDateTime now = m_session.now();
    const QString actor = m_session.actor().user;

    Database::BulkWriteScope bulk(database);
    Transaction transaction(database);
    if (!transaction.started().ok())
        return fail(transaction.started().error());
    OrderRepository repository(database);
    // PostgreSQL: COPY into a staging table, written set-based at the end (issue 20).
    OrderImportWriter writer(database, now, actor);
    auto changedMeanwhile = [&] {
        return fail(QCoreApplication::translate("fd::OrderImporter",
            "Order %1 was changed by someone else during the import; nothing was "
            "written.")
                        .arg(writer.conflict()));
    };
    // Numbers this import created or updated: a second row of one appears twice in the file
    // (a staged order is not in the database yet to be found there).
    QSet<QString> createdNumbers;
    QSet<QString> updatedNumbers;
    SaveSummary counts;
    constexpr qsizetype kChunk = importlimits::kChunkRecords;
    // Reading and checking a chunk needs no database, so the next one is read on a worker
    // thread while this one is written: the file's parsing no longer adds to the writing.
    // One read is in flight at a time, and each is waited for, so the reader is never used by
    // two threads at once; the worker's end waits for a read still running when the import
    // stops early. One thread serves the whole file rather than a new one per chunk.
    WorkerThread readerThread;
    auto readAhead = [&] {
        auto read = std::make_shared<std::packaged_task<OrderChunk()>>(
            [&] { return chunkReader.value().read(reader, columns, kChunk); });
        std::future<OrderChunk> chunk = read->get_future();
        readerThread.run([read] { (*read)(); });
        return chunk;
    };
    std::future<OrderChunk> ahead = readAhead();
    bool more = true;
    while (more) {
        OrderChunk chunk = ahead.get();
        more = chunk.more;
        if (more)
            ahead = readAhead();
        if (progress && !progress(chunk.bytesRead, totalBytes))
            return fail(QCoreApplication::translate(
                "fd::OrderImporter", "The import was cancelled; nothing was written."));
        problems += chunk.problems;
        m_uncounted += chunk.uncounted;
        m_rows += chunk.records;
        QList<WorkOrder>& orders = chunk.orders;
        const QList<OrderKeys>& keys = chunk.keys;
        const QList<int>& lines = chunk.lines;
        const QSet<QString>& numbersInChunk = chunk.numbers;

        Result<QHash<QString, WorkOrder>> existing
            = repository.findMany(QStringList(numbersInChunk.begin(), numbersInChunk.end()));
        if (!existing.ok())
            return fail(existing.error());
        QList<bool> write(orders.size(), true);
        const bool ontColumn = columns.has(u"ont_collected"_s);
        for (qsizetype i = 0; i < orders.size(); ++i) {
            const auto stored = existing.value().constFind(orders.at(i).number);
            WorkOrder& order = orders[i];
            auto complain = [&](const QString& field, const QString& message) {
                problems.append({ lines.at(i), columns.index(field) + 1, field, message });
            };
            // A file without the optional `ont_collected` column (SPEC §9) says nothing about
            // it: a removal FiberDesk already holds as completed keeps its answer, and a
            // completed removal it does not know yet cannot be taken without one.
            if (!ontColumn && isRemoval(order.kind) && order.status == OrderStatus::Completed) {
                if (stored != existing.value().cend() && stored->kind == order.kind)
                    order.ontCollected = stored->ontCollected;
                if (!order.ontCollected)
                    complain(u"ont_collected"_s,
                        QCoreApplication::translate("fd::OrderImporter",
                            "a completed removal says whether the ONT was collected: add the "
                            "column ont_collected (yes or no)"));
            }
            if (createdNumbers.contains(order.number)) {
                complain(u"number"_s,
                    QCoreApplication::translate("fd::OrderImporter", "appears twice in the file"));
                continue;
            }
            if (stored == existing.value().cend())
                continue;
            if (stored->id > createdAbove || updatedNumbers.contains(order.number)) {
                complain(u"number"_s,
                    QCoreApplication::translate("fd::OrderImporter", "appears twice in the file"));
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
        if (!problems.isEmpty()) {
            // Keep checking the file to its end, so that every problem is reported; write
            // nothing more.
            capProblems(problems, m_mostKept, m_uncounted);
            continue;
        }

        for (qsizetype i = 0; i < orders.size(); ++i) {
            const WorkOrder& order = orders.at(i);
            if (!write.at(i)) {
                ++counts.unchanged;
                continue;
            }
            const auto stored = existing.value().constFind(order.number);
            if (order.id == 0) {
                const Status created = writer.create(order, keys.at(i));
                if (!created.ok())
                    return fail(created.error());
                createdNumbers.insert(order.number);
                ++counts.created;
            } else {
                const Status updated = writer.update(order, keys.at(i), stored->status);
                if (!updated.ok())
                    return fail(updated.error());
                updatedNumbers.insert(order.number);
                ++counts.updated;
            }
            if (!writer.conflict().isEmpty())
                return changedMeanwhile();
        }
        const Status chunkWritten = writer.endOfChunk();
        if (!chunkWritten.ok())
            return fail(chunkWritten.error());
        if (!writer.conflict().isEmpty())
            return changedMeanwhile();
    }
    if (!problems.isEmpty())
        return false; // the transaction rolls back
    const Status written = writer.finish();
    if (!written.ok())
        return fail(written.error());
    if (!writer.conflict().isEmpty())
        return changedMeanwhile();
    const Status committed = transaction.commit();
    if (!committed.ok())
        return fail(committed.error());
    if (progress)
        progress(totalBytes, totalBytes);
    summary = counts;
    return true;
}

} // namespace fd
