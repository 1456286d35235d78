#include "preparedstatement.h"

#include "private/sql.h"
#include "private/statementcache.h"
#include "storage/database.h"
#include "storage/sqlitefailure.h"
#include "storage/sqlitehandle.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <libpq-fe.h>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace fd {

class PreparedStatement::Backend
{
public:
    virtual ~Backend() = default;
    virtual Status run(const QVariantList& values) = 0;

    Status prepared;
    QVariant returned;
    qint64 insertedId = 0;
    qint64 changedRows = 0;
};

namespace {

Error sqliteError(sqlite3* handle)
{
    return Error(describeSqliteFailure(handle));
}

class SqliteBackend final : public PreparedStatement::Backend
{
public:
    SqliteBackend(sqlite3* handle, const QString& sql)
        : m_handle(handle)
    {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()),
                SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
            != SQLITE_OK)
            prepared = sqliteError(m_handle);
    }

    ~SqliteBackend() override { sqlite3_finalize(m_statement); }

    Status run(const QVariantList& values) override
    {
        if (!prepared.ok())
            return prepared;
        returned = QVariant();
        for (int i = 0; i < values.size(); ++i) {
            if (bind(i + 1, values.at(i)) != SQLITE_OK)
                return fail();
        }
        int step = sqlite3_step(m_statement);
        if (step == SQLITE_ROW) {
            returned = sqlite3_column_type(m_statement, 0) == SQLITE_INTEGER
                ? QVariant(qint64(sqlite3_column_int64(m_statement, 0)))
                : QVariant(QString::fromUtf8(
                    reinterpret_cast<const char*>(sqlite3_column_text(m_statement, 0))));
            while (step == SQLITE_ROW)
                step = sqlite3_step(m_statement);
        }
        if (step != SQLITE_DONE)
            return fail();
        insertedId = sqlite3_last_insert_rowid(m_handle);
        changedRows = sqlite3_changes64(m_handle);
        sqlite3_reset(m_statement);
        return Status::success();
    }

private:
    Status fail()
    {
        const Error error = sqliteError(m_handle);
        sqlite3_reset(m_statement);
        return error;
    }

    int bind(int index, const QVariant& value)
    {
        if (!value.isValid())
            return sqlite3_bind_null(m_statement, index);
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            return sqlite3_bind_int64(m_statement, index, value.toLongLong());
        case QMetaType::Double:
            return sqlite3_bind_double(m_statement, index, value.toDouble());
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            return sqlite3_bind_blob64(m_statement, index, bytes.constData(),
                sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        }
        default: {
            // Text, and anything else as its text: a null QString is '' (see sql.h).
            const QByteArray text = value.toString().toUtf8();
            return sqlite3_bind_text64(m_statement, index, text.constData(),
                sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        }
    }

    sqlite3* m_handle;
    sqlite3_stmt* m_statement = nullptr;
};

class QtBackend final : public PreparedStatement::Backend
{
public:
    QtBackend(const Database& database, const QString& sql)
        : m_query(database.connection())
    {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql))
            prepared = Error(describeSqlError(m_query.lastError()));
    }

    Status run(const QVariantList& values) override
    {
        if (!prepared.ok())
            return prepared;
        returned = QVariant();
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, bindable(values.at(i)));
        if (!m_query.exec())
            return Error(describeSqlError(m_query.lastError()));
        changedRows = m_query.numRowsAffected();
        if (m_query.isSelect() && m_query.next()) {
            returned = m_query.value(0);
            insertedId = returned.toLongLong();
        }
        m_query.finish();
        return Status::success();
    }

private:
    QSqlQuery m_query;
};

// PostgreSQL through libpq on the connection Qt's driver opened: the statement is parsed and
// planned once (PQprepare) and each run sends only its values (PQexecPrepared), where Qt's
// driver sends an EXECUTE statement for the server to parse every time.
class PostgresBackend final : public PreparedStatement::Backend
{
public:
    PostgresBackend(PGconn* connection, const QString& sql)
        : m_connection(connection)
    {
        static QAtomicInt counter;
        m_name = "fd_statement_" + QByteArray::number(counter.fetchAndAddRelaxed(1));
        const QByteArray text = numberedPlaceholders(sql).toUtf8();
        PGresult* result
            = PQprepare(m_connection, m_name.constData(), text.constData(), 0, nullptr);
        if (PQresultStatus(result) != PGRES_COMMAND_OK)
            prepared = postgresError(result);
        PQclear(result);
    }

    ~PostgresBackend() override
    {
        if (prepared.ok())
            PQclear(PQexec(m_connection, QByteArray("DEALLOCATE " + m_name).constData()));
    }

    Status run(const QVariantList& values) override
    {
        if (!prepared.ok())
            return prepared;
        returned = QVariant();
        const PostgresValues parameters(values);
        PGresult* result = PQexecPrepared(m_connection, m_name.constData(), int(values.size()),
            parameters.pointers.constData(), parameters.lengths.constData(),
            parameters.formats.constData(), 0);
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            const Error error = postgresError(result);
            PQclear(result);
            return error;
        }
        changedRows = QByteArray(PQcmdTuples(result)).toLongLong();
        if (status == PGRES_TUPLES_OK && PQntuples(result) > 0 && !PQgetisnull(result, 0, 0)) {
            const QByteArray first(PQgetvalue(result, 0, 0));
            const Oid type = PQftype(result, 0);
            const bool integral = type == 20 || type == 21 || type == 23; // int8, int2, int4
            returned = integral ? QVariant(first.toLongLong()) : QVariant(QString::fromUtf8(first));
            insertedId = returned.toLongLong();
        }
        PQclear(result);
        return Status::success();
    }

private:
    static Error postgresError(const PGresult* result)
    {
        return Error(
            QCoreApplication::translate("fd::Database", "The database reported an error: %1")
                .arg(QString::fromUtf8(PQresultErrorMessage(result)).trimmed()));
    }

    PGconn* m_connection;
    QByteArray m_name;
};

} // namespace

PreparedStatement::PreparedStatement(const Database& database, const QString& sql)
{
    if (sqlite3* handle = sqliteHandle(database))
        m_backend = std::make_unique<SqliteBackend>(handle, sql);
    else if (PGconn* connection = postgresConnection(database))
        m_backend = std::make_unique<PostgresBackend>(connection, sql);
    else
        m_backend = std::make_unique<QtBackend>(database, sql);
}

PreparedStatement::~PreparedStatement() = default;

const Status& PreparedStatement::prepared() const
{
    return m_backend->prepared;
}
Status PreparedStatement::run(const QVariantList& values)
{
    return m_backend->run(values);
}
const QVariant& PreparedStatement::returned() const
{
    return m_backend->returned;
}
qint64 PreparedStatement::insertedId() const
{
    return m_backend->insertedId;
}
qint64 PreparedStatement::changedRows() const
{
    return m_backend->changedRows;
}

QString insertReturningId(const Database& database)
{
    return sqliteHandle(database) ? QString() : u" RETURNING id"_s;
}

} // namespace fd
