#include "preparedstatement.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "storage/sqlitefailure.h"
#include "storage/sqlitehandle.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

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
    SqliteBackend(sqlite3* handle, const QString& sql) : m_handle(handle)
    {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                nullptr)
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
                : QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_statement, 0))));
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
            return sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                SQLITE_TRANSIENT);
        }
        default: {
            // Text, and anything else as its text: a null QString is '' (see sql.h).
            const QByteArray text = value.toString().toUtf8();
            return sqlite3_bind_text64(m_statement, index, text.constData(), sqlite3_uint64(text.size()),
                SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        }
    }

    sqlite3* m_handle;
    sqlite3_stmt* m_statement = nullptr;
};

class QtBackend final : public PreparedStatement::Backend
{
public:
    QtBackend(const Database& database, const QString& sql) : m_query(database.connection())
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

} // namespace

PreparedStatement::PreparedStatement(const Database& database, const QString& sql)
{
    if (sqlite3* handle = sqliteHandle(database))
        m_backend = std::make_unique<SqliteBackend>(handle, sql);
    else
        m_backend = std::make_unique<QtBackend>(database, sql);
}

PreparedStatement::~PreparedStatement() = default;

const Status& PreparedStatement::prepared() const { return m_backend->prepared; }
Status PreparedStatement::run(const QVariantList& values) { return m_backend->run(values); }
const QVariant& PreparedStatement::returned() const { return m_backend->returned; }
qint64 PreparedStatement::insertedId() const { return m_backend->insertedId; }
qint64 PreparedStatement::changedRows() const { return m_backend->changedRows; }

QString insertReturningId(const Database& database) { return sqliteHandle(database) ? QString() : u" RETURNING id"_s; }

} // namespace fd
