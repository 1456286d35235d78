#pragma once

#include "common/result.h"
#include "common/session.h"
#include "csv/csvrow.h"
#include "domain/workorder.h"
#include "rules/timeliness.h"
#include "storage/lookups.h"
#include "storage/orderrepository.h"

#include <QHash>
#include <QSet>

namespace fd {

// One chunk of an orders file, read and checked: everything that needs no database.
struct OrderChunk
{
    QList<WorkOrder> orders; // with their deadlines and measured events
    QList<OrderKeys> keys; // the ids the codes name
    QList<int> lines; // where each order is in the file
    QSet<QString> numbers; // the chunk's order numbers
    QList<CsvProblem> problems; // in file order, at most importlimits::kMostProblems
    qsizetype uncounted = 0; // problems found beyond those, only counted
    qsizetype records = 0; // records read, good or bad
    qint64 bytesRead = 0; // the reader's position after the chunk
    bool more = false; // whether the file goes on
};

// Turns the records of an orders file (SPEC §9) into checked orders, a chunk at a time.
// prepare() reads what the checks need (the organisation's codes, the rules) on the
// database's thread; read() then touches no database, so that the importer can read the
// next chunk on a worker thread while it writes the last one.
class OrderChunkReader
{
public:
    static Result<OrderChunkReader> prepare(const Session& session);

    // Up to `size` records from `reader`. One read() at a time, on any thread.
    OrderChunk read(CsvReader& reader, const CsvColumns& columns, qsizetype size) const;

private:
    void resolveCodes(WorkOrder& order, OrderKeys& key, const CsvRow& row) const;

    using Holder = Placement;

    QHash<QString, Holder> m_areas;
    QHash<QString, Holder> m_teams;
    QHash<QString, Holder> m_technicians;
    TimelinessRules m_rules;
    QTimeZone m_zone;
    QDateTime m_now;
    QStringList m_kinds;
    QStringList m_statusKeys;
    QStringList m_exemptKeys;
};

} // namespace fd
