#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>

namespace fd {

class Database;

// SPEC §9: every change to a score, a rule, a unit's status or a complaint's verdict is
// written down with who, when, before and after.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; // e.g. "unit.status", "rules.version"
    QString entity; // e.g. "unit", "rules"
    QString entityKey;
    QString before;
    QString after;
};

class AuditRepository
{
public:
    explicit AuditRepository(Database& database) : m_database(database) { }

    Status append(const AuditEntry& entry);
    Result<QList<AuditEntry>> list(const QString& entity = {}, const QString& entityKey = {}) const;

private:
    Database& m_database;
};

} // namespace fd
