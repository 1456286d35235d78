#include "orderimportwriter.h"

#include "private/ordercolumns.h"
#include "private/preparedstatement.h"
#include "private/searchkey.h"
#include "private/sql.h"
#include "private/sqlvalues.h"
#include "private/statementcache.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <libpq-fe.h>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// Rows are sent to the server once this many bytes wait (a chunk of 5,000 orders is about
// 2 MB), between the import's own reads.
constexpr qsizetype kFlushBytes = 4 * 1024 * 1024;

// SQLite: staged rows are written to the orders every this many (about 2.5 MB of them).
constexpr qint64 kSqliteBatchRows = 5000;

const QString kStaging = u"fd_import_orders"_s;

// One value in COPY's text format: \N for NULL, tabs, newlines and backslashes escaped.
void appendCopyValue(QByteArray& line, const QVariant& value)
{
    if (!value.isValid()) {
        line += "\\N";
        return;
    }
    QByteArray text;
    switch (value.typeId()) {
    case QMetaType::Bool:
        text = value.toBool() ? "1" : "0";
        break;
    case QMetaType::Double:
        text = QByteArray::number(value.toDouble(), 'g', 17); // as PreparedStatement binds it
        break;
    default:
        if (value.isNull() && value.typeId() != QMetaType::QString) {
            line += "\\N";
            return;
        }
        text = value.toString().toUtf8(); // a null QString is ''
        break;
    }
    for (const char c : text) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

Error copyError(PGconn* connection, const PGresult* result = nullptr)
{
    return Error(QCoreApplication::translate("fd::Database", "The database reported an error: %1")
                     .arg(QString::fromUtf8(
                         result ? PQresultErrorMessage(result) : PQerrorMessage(connection))
                              .trimmed()));
}

bool rowByRowAsked()
{
    return qEnvironmentVariableIntValue("FIBERDESK_IMPORT_ROW_BY_ROW") == 1;
}

} // namespace

OrderImportWriter::OrderImportWriter(Database& database, const QDateTime& at, const QString& actor)
    : m_database(database)
    , m_at(at)
    , m_actor(actor)
    , m_staged(!rowByRowAsked())
    , m_copies(m_staged && postgresConnection(database) != nullptr)
    , m_repository(database)
{ }

OrderImportWriter::~OrderImportWriter() = default;

Status OrderImportWriter::create(const WorkOrder& order, const OrderKeys& keys)
{
    if (m_staged)
        return stage(order, keys, 0, 0, std::nullopt, keys.newOrderValues);
    FD_TRY_ASSIGN(qint64 id, m_repository.insert(order, keys));
    return m_repository.appendEvent(
        id, { m_at, m_actor, u"import"_s, std::nullopt, order.status, {} });
}

Status OrderImportWriter::update(const WorkOrder& order, const OrderKeys& keys, OrderStatus from)
{
    if (m_staged)
        return stage(order, keys, order.id, order.version, from, {});
    FD_TRY_ASSIGN(bool updated, m_repository.update(order, keys));
    if (!updated) {
        m_conflict = order.number;
        return Status::success();
    }
    return m_repository.appendEvent(
        order.id, { m_at, m_actor, u"import"_s, from, order.status, {} });
}

Status OrderImportWriter::stage(const WorkOrder& order, const OrderKeys& keys, qint64 id,
    qint64 version, const std::optional<OrderStatus>& from, const QVariantList& madeAhead)
{
    const qint64 seq = m_rows++;
    if (id)
        m_updates.insert(id, order.number);
    QVariantList values { seq, id ? QVariant(id) : QVariant(), id ? QVariant(version) : QVariant(),
        from ? QVariant(orderStatusKey(*from)) : QVariant() };
    values += madeAhead.isEmpty() ? orderWriteValues(order, keys) : madeAhead;
    if (!m_copies) {
        // SQLite: a row of the temporary table through a statement prepared once.
        FD_TRY(makeTable());
        if (!m_stage) {
            QStringList marks;
            for (qsizetype i = 0; i < values.size(); ++i)
                marks.append(u"?"_s);
            m_stage = std::make_unique<PreparedStatement>(m_database,
                u"INSERT INTO temp."_s + kStaging + u" ("_s + stagingColumns() + u") VALUES ("_s
                    + marks.join(u", "_s) + u')');
        }
        FD_TRY(m_stage->run(values));
        // Written a batch at a time, so that the staging table stays within its page cache
        // (a spilled temporary table cost more than the whole write); the importer's chunks
        // are smaller and written at their end (endOfChunk).
        if (++m_pending >= kSqliteBatchRows)
            return writeStaged();
        return Status::success();
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_buffer += '\t';
        appendCopyValue(m_buffer, values.at(i));
    }
    m_buffer += '\n';
    if (m_buffer.size() >= kFlushBytes)
        return flush();
    return Status::success();
}

QString OrderImportWriter::stagingColumns()
{
    return u"seq, order_id, order_version, from_status, "_s + orderWriteColumns();
}

Status OrderImportWriter::makeTable()
{
    if (m_tableMade)
        return Status::success();
    // The staging table has the orders' own column types. It goes with the transaction: on
    // PostgreSQL it is dropped at commit, on SQLite by finish() (and by a rollback).
    FD_TRY(execSql(m_database,
        u"CREATE TEMPORARY TABLE "_s + kStaging + (m_copies ? u" ON COMMIT DROP"_s : QString())
            + u" AS SELECT CAST(0 AS BIGINT) AS seq, id AS order_id, version AS order_version, "
              u"status AS from_status, "_s
            + orderWriteColumns() + u" FROM orders WHERE 0 = 1"_s));
    m_tableMade = true;
    return Status::success();
}

Status OrderImportWriter::flush()
{
    if (!m_copies || m_buffer.isEmpty())
        return Status::success();
    FD_TRY(makeTable());
    PGconn* connection = postgresConnection(m_database);
    const QByteArray copy
        = (u"COPY "_s + kStaging + u" ("_s + stagingColumns() + u") FROM STDIN"_s).toUtf8();
    PGresult* started = PQexec(connection, copy.constData());
    if (PQresultStatus(started) != PGRES_COPY_IN) {
        const Error error = copyError(connection, started);
        PQclear(started);
        return error;
    }
    PQclear(started);
    const bool sent = PQputCopyData(connection, m_buffer.constData(), int(m_buffer.size())) == 1;
    m_buffer.clear();
    if (PQputCopyEnd(connection, sent ? nullptr : "not sent") != 1)
        return copyError(connection);
    Status outcome = Status::success();
    while (PGresult* result = PQgetResult(connection)) {
        if (outcome.ok() && PQresultStatus(result) != PGRES_COMMAND_OK)
            outcome = copyError(connection, result);
        PQclear(result);
    }
    return outcome;
}

Status OrderImportWriter::endOfChunk()
{
    if (!m_staged || m_copies || m_pending == 0)
        return Status::success();
    return writeStaged();
}

Status OrderImportWriter::finish()
{
    if (!m_staged)
        return Status::success();
    FD_TRY(flush());
    if (!m_tableMade)
        return Status::success(); // nothing to write
    FD_TRY(writeStaged());
    if (!m_copies && m_conflict.isEmpty()) {
        m_stage.reset(); // a prepared statement holds the table
        FD_TRY(execSql(m_database, u"DROP TABLE temp."_s + kStaging));
    }
    return Status::success();
}

Status OrderImportWriter::writeStaged()
{
    const QString columns = orderWriteColumns();
    if (m_copies)
        FD_TRY(execSql(m_database, u"ANALYZE "_s + kStaging));
    // New orders in file order: the sequence numbers them as a row by row import does.
    if (m_copies) {
        FD_TRY(execSql(m_database,
            u"INSERT INTO orders ("_s + columns + u") SELECT "_s + columns + u" FROM "_s + kStaging
                + u" WHERE order_id IS NULL ORDER BY seq"_s));
    } else {
        FD_TRY(insertStagedIntoSqlite(columns));
    }
    if (!m_updates.isEmpty()) {
        QStringList assignments;
        for (const QString& column : columns.split(u", "_s))
            assignments.append(column + u" = s."_s + column);
        FD_TRY_ASSIGN(QSqlQuery updated,
            runSql(m_database,
                u"UPDATE orders SET "_s + assignments.join(u", "_s)
                    + u", version = orders.version + 1 FROM "_s + kStaging
                    + u" s WHERE s.order_id IS NOT NULL AND orders.id = s.order_id AND "
                      u"orders.version = s.order_version RETURNING orders.id"_s));
        QSet<qint64> written;
        while (updated.next())
            written.insert(updated.value(0).toLongLong());
        if (written.size() != m_updates.size()) {
            for (auto it = m_updates.cbegin(); it != m_updates.cend(); ++it) {
                if (!written.contains(it.key()))
                    m_conflict = it.value();
            }
            return Status::success();
        }
    }
    // One event per order written, in file order (the row by row writer's ids).
    FD_TRY(execSql(m_database,
        u"INSERT INTO order_events (order_id, at, actor, action, from_status, to_status, "
        u"detail) SELECT o.id, ?, ?, 'import', s.from_status, s.status, '' FROM "_s
            + kStaging + u" s JOIN orders o ON o.number = s.number ORDER BY s.seq"_s,
        { instantToSql(m_at), m_actor }));
    m_updates.clear();
    m_pending = 0;
    if (!m_copies)
        FD_TRY(execSql(m_database, u"DELETE FROM temp."_s + kStaging));
    return Status::success();
}

Status OrderImportWriter::insertStagedIntoSqlite(const QString& columns)
{
    // New orders take the ids after the largest (no AUTOINCREMENT): those are the batch's.
    FD_TRY_ASSIGN(QVariant last, scalar(m_database, u"SELECT COALESCE(MAX(id), 0) FROM orders"_s));
    const QString deferred = QString::fromLatin1(kSearchIndexDeferredKey);
    FD_TRY(execSql(
        m_database, u"INSERT INTO fiberdesk_meta (key, value) VALUES (?, '1')"_s, { deferred }));
    const Status inserted = execSql(m_database,
        u"INSERT INTO orders ("_s + columns + u") SELECT "_s + columns + u" FROM "_s + kStaging
            + u" WHERE order_id IS NULL ORDER BY seq"_s);
    // Removed whatever happened, so that no later write of this transaction goes unindexed.
    FD_TRY(execSql(m_database, u"DELETE FROM fiberdesk_meta WHERE key = ?"_s, { deferred }));
    FD_TRY(inserted);
    // As the trigger refuses an id its key cannot hold, so does the batch.
    FD_TRY_ASSIGN(QVariant highest, scalar(m_database, u"SELECT MAX(id) FROM orders"_s));
    if (highest.toLongLong() > kSearchKeyIdMask) {
        return Error(QCoreApplication::translate("fd::Database",
            "The orders have outgrown the search index (an order's row number above %1); "
            "nothing was imported.")
                         .arg(kSearchKeyIdMask));
    }
    return execSql(m_database,
        u"INSERT INTO order_search (rowid, search_text) SELECT "_s + searchKeySql(u"orders"_s)
            + u", search_text FROM orders WHERE id > ? ORDER BY 1"_s,
        { last });
}

} // namespace fd
