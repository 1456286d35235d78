#include "orderimportwriter.h"

#include "private/ordercolumns.h"
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
    , m_copies(postgresConnection(database) != nullptr && !rowByRowAsked())
    , m_repository(database)
{ }

OrderImportWriter::~OrderImportWriter() = default;

Status OrderImportWriter::create(const WorkOrder& order, const OrderKeys& keys)
{
    if (m_copies)
        return stage(order, keys, 0, 0, std::nullopt);
    FD_TRY_ASSIGN(qint64 id, m_repository.insert(order, keys));
    return m_repository.appendEvent(id, { m_at, m_actor, u"import"_s, std::nullopt, order.status, {} });
}

Status OrderImportWriter::update(const WorkOrder& order, const OrderKeys& keys, OrderStatus from)
{
    if (m_copies)
        return stage(order, keys, order.id, order.version, from);
    FD_TRY_ASSIGN(bool updated, m_repository.update(order, keys));
    if (!updated) {
        m_conflict = order.number;
        return Status::success();
    }
    return m_repository.appendEvent(order.id, { m_at, m_actor, u"import"_s, from, order.status, {} });
}

Status OrderImportWriter::stage(const WorkOrder& order, const OrderKeys& keys, qint64 id,
    qint64 version, const std::optional<OrderStatus>& from)
{
    const qint64 seq = m_staged++;
    m_buffer += QByteArray::number(seq);
    m_buffer += '\t';
    appendCopyValue(m_buffer, id ? QVariant(id) : QVariant());
    m_buffer += '\t';
    appendCopyValue(m_buffer, id ? QVariant(version) : QVariant());
    m_buffer += '\t';
    appendCopyValue(m_buffer, from ? QVariant(orderStatusKey(*from)) : QVariant());
    for (const QVariant& value : orderWriteValues(order, keys)) {
        m_buffer += '\t';
        appendCopyValue(m_buffer, value);
    }
    m_buffer += '\n';
    if (id)
        m_updates.insert(seq, order.number);
    if (m_buffer.size() >= kFlushBytes)
        return flush();
    return Status::success();
}

Status OrderImportWriter::flush()
{
    if (m_buffer.isEmpty())
        return Status::success();
    if (!m_tableMade) {
        // The staging table has the orders' own column types; it goes with the transaction.
        FD_TRY(execSql(m_database,
            u"CREATE TEMPORARY TABLE "_s + kStaging
                + u" ON COMMIT DROP AS SELECT CAST(0 AS BIGINT) AS seq, id AS order_id, "
                  u"version AS order_version, status AS from_status, "_s
                + orderWriteColumns() + u" FROM orders WITH NO DATA"_s));
        m_tableMade = true;
    }
    PGconn* connection = postgresConnection(m_database);
    const QByteArray copy = (u"COPY "_s + kStaging
        + u" (seq, order_id, order_version, from_status, "_s + orderWriteColumns()
        + u") FROM STDIN"_s)
                                .toUtf8();
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

Status OrderImportWriter::finish()
{
    if (!m_copies)
        return Status::success();
    FD_TRY(flush());
    if (!m_tableMade)
        return Status::success(); // nothing to write
    const QString columns = orderWriteColumns();
    FD_TRY(execSql(m_database, u"ANALYZE "_s + kStaging));
    // New orders in file order: the sequence numbers them as a row by row import does.
    FD_TRY(execSql(m_database,
        u"INSERT INTO orders ("_s + columns + u") SELECT "_s + columns + u" FROM "_s + kStaging
            + u" WHERE order_id IS NULL ORDER BY seq"_s));
    if (!m_updates.isEmpty()) {
        QStringList assignments;
        for (const QString& column : columns.split(u", "_s))
            assignments.append(column + u" = s."_s + column);
        FD_TRY_ASSIGN(QSqlQuery updated,
            runSql(m_database,
                u"UPDATE orders SET "_s + assignments.join(u", "_s)
                    + u", version = orders.version + 1 FROM "_s + kStaging
                    + u" s WHERE s.order_id IS NOT NULL AND orders.id = s.order_id AND "
                      u"orders.version = s.order_version RETURNING s.seq"_s));
        QSet<qint64> written;
        while (updated.next())
            written.insert(updated.value(0).toLongLong());
        if (written.size() != m_updates.size()) {
            qint64 first = -1;
            for (auto it = m_updates.cbegin(); it != m_updates.cend(); ++it) {
                if (!written.contains(it.key()) && (first < 0 || it.key() < first))
                    first = it.key();
            }
            m_conflict = m_updates.value(first);
            return Status::success();
        }
    }
    // One event per order written, in file order (the row by row writer's ids).
    return execSql(m_database,
        u"INSERT INTO order_events (order_id, at, actor, action, from_status, to_status, "
        u"detail) SELECT o.id, ?, ?, 'import', s.from_status, s.status, '' FROM "_s
            + kStaging + u" s JOIN orders o ON o.number = s.number ORDER BY s.seq"_s,
        { instantToSql(m_at), m_actor });
}

} // namespace fd
