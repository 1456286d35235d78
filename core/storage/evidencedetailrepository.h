#pragma once

#include "common/result.h"
#include "domain/callback.h"
#include "domain/complaint.h"
#include "domain/evidence.h"
#include "domain/workorder.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <array>
#include <optional>

namespace fd {

class Database;

// Reads the orders, callbacks and complaints that evidence rows name, and the populations
// behind the SPEC §8 indicators that the evaluation itself does not count.
class EvidenceDetailRepository
{
public:
    explicit EvidenceDetailRepository(Database& database)
        : m_database(database)
    { }

    // One detail per row, in the rows' order; a row whose record has gone keeps its kind,
    // id and flag only.
    Result<QList<EvidenceDetail>> describe(const QList<EvidenceRow>& rows) const;

    // Callbacks due in [from, before) of the unit's orders; flag 1 when reached (at any time).
    Result<QList<EvidenceRow>> callbacksDue(
        const QDate& from, const QDate& before, qint64 unitId) const;
    // Complaints against the unit received in [from, before); flag 1 when staff-caused and
    // verified.
    Result<QList<EvidenceRow>> complaintsReceived(
        const QDateTime& from, const QDateTime& before, qint64 unitId) const;

private:
    Status readOrders(const QList<qint64>& ids, QHash<qint64, EvidenceDetail>& found) const;
    Status readCallbacks(const QList<qint64>& ids, QHash<qint64, EvidenceDetail>& found) const;
    Status readComplaints(const QList<qint64>& ids, QHash<qint64, EvidenceDetail>& found) const;

    Database& m_database;
};

} // namespace fd
