#pragma once

#include "common/result.h"
#include "domain/workorder.h"
#include "storage/orderrepository.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <memory>

namespace fd {

class Database;
class PreparedStatement;

// Writes the orders an import checked, with one "import" event each, inside the import's
// transaction (issue 20).
//
// The rows go into a temporary staging table as they come (PostgreSQL: streamed with COPY;
// SQLite: one statement prepared once, in process), and finish() writes them with three
// set-based statements (on SQLite every 5,000 rows, on PostgreSQL at the end): the new orders
// (INSERT … SELECT in file order, so their ids are those a row by row import gives), the known ones
// (one UPDATE, each still only when its version is the one read) and their events (in file order).
// The database holds afterwards exactly what the row by row writer leaves. On SQLite the set-based
// write is what keeps the trigram index (migration 11) cheap: FTS5 writes its pending terms out at
// every statement that fires its trigger, so one INSERT per order made one index segment per order.
// FIBERDESK_IMPORT_ROW_BY_ROW=1 in the environment writes row by row, insert and update and event
// per order, as before issue 20 (tests and benches compare the two).
class OrderImportWriter
{
public:
    OrderImportWriter(Database& database, const QDateTime& at, const QString& actor);
    ~OrderImportWriter();
    OrderImportWriter(const OrderImportWriter&) = delete;
    OrderImportWriter& operator=(const OrderImportWriter&) = delete;

    // Whether rows go through a staging table, and whether through COPY (PostgreSQL).
    bool staged() const { return m_staged; }
    bool copies() const { return m_copies; }

    // A new order (order.id == 0).
    Status create(const WorkOrder& order, const OrderKeys& keys);
    // A known order read at order.id, order.version, with status `from`.
    Status update(const WorkOrder& order, const OrderKeys& keys, OrderStatus from);
    // The importer's chunk is all staged. On SQLite its rows are written now, so that the
    // writing thread does the same work for every chunk and the reading thread, one chunk
    // ahead, is never waited for: a batch every 5,000 rows wrote two chunks at every third
    // one and left the reader idle meanwhile (1.2 s of a 100,000-order import's 11 s).
    Status endOfChunk();
    // Writes what is staged. Call once, before the transaction commits.
    Status finish();

    // The number of an order someone else saved after it was read, when an update() or
    // finish() found one (nothing of the import must then be kept); empty otherwise.
    const QString& conflict() const { return m_conflict; }

private:
    // `madeAhead`: the order's write values when the caller made them (OrderKeys), else empty.
    Status stage(const WorkOrder& order, const OrderKeys& keys, qint64 id, qint64 version,
        const std::optional<OrderStatus>& from, const QVariantList& madeAhead);
    Status flush();
    Status writeStaged();
    // SQLite: the staged new orders written with the search index's insert trigger held
    // back, then filed in the index in its key order (private/searchkey.h).
    Status insertStagedIntoSqlite(const QString& columns);
    Status makeTable();
    static QString stagingColumns();

    Database& m_database;
    QDateTime m_at;
    QString m_actor;
    bool m_staged = false;
    bool m_copies = false;
    OrderRepository m_repository;
    QString m_conflict;
    // Rows staged; COPY's rows waiting to be sent; SQLite's staging statement.
    qint64 m_rows = 0;
    qint64 m_pending = 0; // SQLite: staged since the last write
    QByteArray m_buffer;
    std::unique_ptr<PreparedStatement> m_stage;
    bool m_tableMade = false;
    QHash<qint64, QString> m_updates; // order id → number, of the known orders staged
};

} // namespace fd
