#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/workorder.h"
#include "export/exporttable.h"
#include "services/import/importkind.h"

#include <QDate>
#include <optional>

namespace fd {

// Which orders `export orders` takes: the month they were received in (operator's zone),
// the unit they belong to, their statuses. Empty: all. The other kinds take everything.
struct ExportFilter
{
    std::optional<QDate> month;
    QString unitCode;
    QList<OrderStatus> statuses;
};

// SPEC §13 `export KIND`: the kind's rows in exactly its import format (the columns of
// importColumns(kind), in order; times in the operator's zone with their offset; numbers
// in their shortest exact form; yes/no), sorted by their natural key so that the same data
// gives the same file. Importing the file into the database it came from changes nothing,
// and into an empty database gives the same file back.
class DataExport
{
public:
    explicit DataExport(const Session& session)
        : m_session(session)
    { }

    Result<ExportTable> table(ImportKind kind, const ExportFilter& filter = {}) const;

private:
    Result<ExportTable> units() const;
    Result<ExportTable> areas() const;
    Result<ExportTable> teams() const;
    Result<ExportTable> technicians() const;
    Result<ExportTable> equipment() const;
    Result<ExportTable> assessments() const;
    Result<ExportTable> orders(const ExportFilter& filter) const;
    Result<ExportTable> callbacks() const;
    Result<ExportTable> complaints() const;
    Result<ExportTable> roomScores() const;
    Result<ExportTable> holidays() const;

    const Session& m_session;
};

// A decimal in the shortest form that reads back as the same double: "87.5", "-21.37".
QString exactDecimal(double value);

} // namespace fd
