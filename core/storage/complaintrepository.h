#pragma once

#include "common/result.h"
#include "domain/complaint.h"
#include "domain/complaintfilter.h"

#include <QHash>
#include <QList>
#include <optional>

namespace fd {

class Database;

class ComplaintRepository
{
public:
    explicit ComplaintRepository(Database& database)
        : m_database(database)
    { }

    Result<QList<Complaint>> list(const ComplaintFilter& filter, int limit = 5000) const;
    Result<std::optional<Complaint>> find(qint64 id) const;
    // Ids of the unit and the order (when named), or an error naming what is missing.
    Result<qint64> insert(const Complaint& complaint, qint64 unitId, std::optional<qint64> orderId,
        const QString& createdBy);
    Result<bool> update(const Complaint& complaint);
    // Staff-caused complaints verified within [from, before), per unit code (SPEC §6).
    Result<QHash<QString, qint64>> staffCausedVerified(
        const QDateTime& from, const QDateTime& before) const;

private:
    Database& m_database;
};

} // namespace fd
