#pragma once

#include "common/result.h"

#include <QVariant>
#include <memory>

namespace fd {

class Database;

// " RETURNING id" where the engine needs it to report an inserted row's id, else "".
QString insertReturningId(const Database& database);

// A statement prepared once and run many times: the bulk paths (importing hundreds of
// thousands of orders) spend their time here. On SQLite it talks to SQLite's C API through
// the connection's own handle, because Qt's binding builds a string per bound value and
// would more than double the cost of an import; on PostgreSQL it uses libpq's prepared
// statements on the connection's handle likewise.
class PreparedStatement
{
public:
    PreparedStatement(const Database& database, const QString& sql);
    ~PreparedStatement();
    PreparedStatement(const PreparedStatement&) = delete;
    PreparedStatement& operator=(const PreparedStatement&) = delete;

    const Status& prepared() const;
    // Runs the statement with `values` bound in order (an invalid QVariant is NULL, a null
    // QString is ''). The first column of the first row it returns (RETURNING id) is kept.
    Status run(const QVariantList& values);
    const QVariant& returned() const;
    // The row id an INSERT made: on SQLite read from the connection (no RETURNING needed,
    // which saves a tenth of an insert's cost), elsewhere the RETURNING id value. Build the
    // statement with insertReturningId() so it fits either engine.
    qint64 insertedId() const;
    // Rows the last run inserted, updated or deleted.
    qint64 changedRows() const;

    class Backend;

private:
    std::unique_ptr<Backend> m_backend;
};

} // namespace fd
