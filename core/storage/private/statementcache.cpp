#include "statementcache.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlRecord>
#include <QSqlResult>
#include <QTime>
#include <libpq-fe.h>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// PostgreSQL's type oids (pg_type.dat) that Qt's driver reads as something other than text.
enum : Oid
{
    kBool = 16,
    kBytea = 17,
    kInt8 = 20,
    kInt2 = 21,
    kInt4 = 23,
    kOid = 26,
    kFloat4 = 700,
    kFloat8 = 701,
    kDate = 1082,
    kTime = 1083,
    kTimestamp = 1114,
    kTimestampTz = 1184,
    kNumeric = 1700,
};

QMetaType metaTypeOf(Oid type)
{
    switch (type) {
    case kBool:
        return QMetaType::fromType<bool>();
    case kInt8:
        return QMetaType::fromType<qlonglong>();
    case kInt2:
    case kInt4:
    case kOid:
        return QMetaType::fromType<int>();
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return QMetaType::fromType<double>();
    case kDate:
        return QMetaType::fromType<QDate>();
    case kTime:
        return QMetaType::fromType<QTime>();
    case kTimestamp:
    case kTimestampTz:
        return QMetaType::fromType<QDateTime>();
    case kBytea:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType::fromType<QString>();
    }
}

// The rows of one run, read whole: the same values, of the same types, as Qt's driver
// gives (a NULL is a null QVariant of the column's type).
class PostgresRows final : public QSqlResult
{
public:
    PostgresRows(const QSqlDriver* driver, PGresult* result, const QString& sql)
        : QSqlResult(driver)
        , m_result(result)
    {
        setQuery(sql);
        const bool rows = PQresultStatus(result) == PGRES_TUPLES_OK;
        m_rows = rows ? PQntuples(result) : 0;
        const int columns = rows ? PQnfields(result) : 0;
        m_types.reserve(columns);
        for (int column = 0; column < columns; ++column)
            m_types.append(metaTypeOf(PQftype(result, column)));
        setSelect(rows);
        setActive(true);
        setAt(QSql::BeforeFirstRow);
    }

    ~PostgresRows() override { PQclear(m_result); }

protected:
    QVariant data(int field) override
    {
        if (at() < 0 || at() >= m_rows || field < 0 || field >= m_types.size())
            return QVariant();
        const QMetaType type = m_types.at(field);
        if (PQgetisnull(m_result, at(), field))
            return QVariant(type);
        const char* text = PQgetvalue(m_result, at(), field);
        const int length = PQgetlength(m_result, at(), field);
        switch (type.id()) {
        case QMetaType::Bool:
            return QVariant(text[0] == 't');
        case QMetaType::LongLong:
            return QVariant(qlonglong(QByteArray::fromRawData(text, length).toLongLong()));
        case QMetaType::Int:
            return QVariant(QByteArray::fromRawData(text, length).toInt());
        case QMetaType::Double:
            return QVariant(QByteArray::fromRawData(text, length).toDouble());
        case QMetaType::QDate:
            return QVariant(QDate::fromString(QString::fromLatin1(text, length), Qt::ISODate));
        case QMetaType::QTime:
            return QVariant(QTime::fromString(QString::fromLatin1(text, length), Qt::ISODate));
        case QMetaType::QDateTime: {
            QString iso = QString::fromLatin1(text, length);
            iso.replace(u' ', u'T');
            if (iso.size() > 3
                && (iso.at(iso.size() - 3) == u'+' || iso.at(iso.size() - 3) == u'-'))
                iso += u":00"_s; // "+00" → "+00:00"
            return QVariant(QDateTime::fromString(iso, Qt::ISODateWithMs));
        }
        case QMetaType::QByteArray: {
            size_t size = 0;
            unsigned char* bytes
                = PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &size);
            const QByteArray value(reinterpret_cast<const char*>(bytes), qsizetype(size));
            PQfreemem(bytes);
            return QVariant(value);
        }
        default:
            return QVariant(QString::fromUtf8(text, length));
        }
    }

    bool isNull(int field) override
    {
        return at() < 0 || at() >= m_rows || field < 0 || field >= m_types.size()
            || PQgetisnull(m_result, at(), field);
    }

    bool reset(const QString&) override { return false; } // runs only through the cache

    bool fetch(int row) override
    {
        if (row < 0 || row >= m_rows)
            return false;
        setAt(row);
        return true;
    }
    bool fetchFirst() override { return fetch(0); }
    bool fetchLast() override { return fetch(m_rows - 1); }

    int size() override { return isSelect() ? m_rows : -1; }

    int numRowsAffected() override { return QByteArray(PQcmdTuples(m_result)).toInt(); }

    QSqlRecord record() const override
    {
        QSqlRecord fields;
        for (int column = 0; column < m_types.size(); ++column) {
            fields.append(
                QSqlField(QString::fromUtf8(PQfname(m_result, column)), m_types.at(column)));
        }
        return fields;
    }

private:
    PGresult* m_result;
    int m_rows = 0;
    QList<QMetaType> m_types;
};

Error postgresError(PGconn* connection, const PGresult* result)
{
    const QString detail
        = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection))
              .trimmed();
    return Error(QCoreApplication::translate("fd::Database", "The database reported an error: %1")
                     .arg(detail));
}

bool failed(const PGresult* result)
{
    const ExecStatusType status = PQresultStatus(result);
    return !result || (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK);
}

// A statement that may be prepared without values: a query, one statement. BEGIN, COMMIT,
// SET and most DDL cannot be, and a migration's text may hold several statements.
bool preparableWithoutValues(const QString& sql)
{
    const QString text = sql.trimmed();
    const bool query = text.startsWith(u"SELECT"_s, Qt::CaseInsensitive)
        || text.startsWith(u"WITH"_s, Qt::CaseInsensitive);
    return query && !text.chopped(text.endsWith(u';') ? 1 : 0).contains(u';');
}

} // namespace

pg_conn* postgresConnection(const Database& database)
{
    if (database.isSqlite())
        return nullptr;
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0) // libpq's PGconn
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

QString numberedPlaceholders(const QString& sql)
{
    QString numbered;
    numbered.reserve(sql.size() + 16);
    bool quoted = false;
    int next = 1;
    for (const QChar c : sql) {
        if (c == u'\'')
            quoted = !quoted;
        if (c == u'?' && !quoted)
            numbered += u'$' + QString::number(next++);
        else
            numbered += c;
    }
    return numbered;
}

PostgresValues::PostgresValues(const QVariantList& values)
    : texts(values.size())
    , pointers(values.size(), nullptr)
    , lengths(values.size(), 0)
    , formats(values.size(), 0)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        if (!value.isValid())
            continue; // NULL
        switch (value.typeId()) {
        case QMetaType::QString:
            texts[i] = value.toString().toUtf8(); // a null QString is '' (see sql.h)
            break;
        case QMetaType::Bool:
            texts[i] = value.toBool() ? "1" : "0"; // booleans are stored as 0/1 (sqlvalues.h)
            break;
        case QMetaType::Double:
            texts[i] = QByteArray::number(value.toDouble(), 'g', 17);
            break;
        case QMetaType::QByteArray:
            texts[i] = value.toByteArray();
            formats[i] = 1; // binary: a bytea as it is
            break;
        case QMetaType::QDate:
            if (value.isNull())
                continue;
            texts[i] = value.toDate().toString(Qt::ISODate).toLatin1();
            break;
        case QMetaType::QDateTime:
            if (value.isNull())
                continue;
            texts[i] = value.toDateTime().toString(Qt::ISODateWithMs).toLatin1();
            break;
        default:
            if (value.isNull())
                continue; // a typed null (QVariant(QMetaType::fromType<int>())) is NULL
            texts[i] = value.toString().toUtf8();
            break;
        }
        pointers[i] = texts[i].constData();
        lengths[i] = int(texts[i].size());
    }
}

void StatementCache::forgetIfSessionChanged(void* connection, int backend)
{
    if (connection == m_connection && backend == m_backend)
        return;
    // Another server session: the names prepared on the old one do not exist on it.
    m_entries.clear();
    m_byText.clear();
    m_connection = connection;
    m_backend = backend;
}

Result<QSqlQuery> StatementCache::run(
    const Database& database, const QString& sql, const QVariantList& values)
{
    PGconn* connection = postgresConnection(database);
    if (!connection || PQstatus(connection) != CONNECTION_OK) {
        return Error(QCoreApplication::translate(
            "fd::Database", "The connection to the database server was lost: %1")
                         .arg(connection ? QString::fromUtf8(PQerrorMessage(connection)).trimmed()
                                         : database.location().displayName()));
    }
    forgetIfSessionChanged(connection, PQbackendPID(connection));
    const QSqlDriver* driver = database.connection().driver();

    if (values.isEmpty() && !preparableWithoutValues(sql)) {
        PGresult* result = PQexec(connection, sql.toUtf8().constData());
        if (failed(result)) {
            const Error error = postgresError(connection, result);
            PQclear(result);
            return error;
        }
        return QSqlQuery(new PostgresRows(driver, result, sql));
    }

    const PostgresValues parameters(values);
    for (int attempt = 0;; ++attempt) {
        auto found = m_byText.find(sql);
        if (found == m_byText.end()) {
            Entry entry { sql, "fd_cached_" + QByteArray::number(m_nextName++) };
            PGresult* prepared = PQprepare(connection, entry.name.constData(),
                numberedPlaceholders(sql).toUtf8().constData(), 0, nullptr);
            ++m_prepares;
            if (failed(prepared)) {
                const Error error = postgresError(connection, prepared);
                PQclear(prepared);
                return error;
            }
            PQclear(prepared);
            m_entries.push_front(std::move(entry));
            found = m_byText.insert(sql, m_entries.begin());
            if (int(m_entries.size()) > kCapacity) {
                const Entry& oldest = m_entries.back();
                PQclear(PQexec(connection, QByteArray("DEALLOCATE " + oldest.name).constData()));
                m_byText.remove(oldest.text);
                m_entries.pop_back();
            }
        } else {
            ++m_hits;
            m_entries.splice(m_entries.begin(), m_entries, found.value());
        }
        const QByteArray name = found.value()->name;
        PGresult* result = PQexecPrepared(connection, name.constData(), int(values.size()),
            parameters.pointers.constData(), parameters.lengths.constData(),
            parameters.formats.constData(), 0);
        if (!failed(result))
            return QSqlQuery(new PostgresRows(driver, result, sql));
        // "cached plan must not change result type": a table the statement reads changed
        // shape since it was prepared. Prepared again, once, where no transaction is lost.
        const bool stale
            = result && qstrcmp(PQresultErrorField(result, PG_DIAG_SQLSTATE), "0A000") == 0;
        if (stale) {
            if (PQtransactionStatus(connection) == PQTRANS_IDLE)
                PQclear(PQexec(connection, QByteArray("DEALLOCATE " + name).constData()));
            m_entries.erase(found.value());
            m_byText.erase(found);
        }
        if (!stale || attempt > 0 || PQtransactionStatus(connection) != PQTRANS_IDLE) {
            const Error error = postgresError(connection, result);
            PQclear(result);
            return error;
        }
        PQclear(result);
    }
}

void StatementCache::clear(const Database& database)
{
    PGconn* connection = postgresConnection(database);
    if (connection && connection == m_connection && PQbackendPID(connection) == m_backend
        && PQtransactionStatus(connection) == PQTRANS_IDLE) {
        for (const Entry& entry : m_entries)
            PQclear(PQexec(connection, QByteArray("DEALLOCATE " + entry.name).constData()));
    }
    m_entries.clear();
    m_byText.clear();
}

} // namespace fd
