#pragma once

#include "common/result.h"
#include "domain/ruleversion.h"
#include "rules/ruleset.h"

#include <QDateTime>
#include <QList>

namespace fd {

class Database;

class RuleRepository
{
public:
    explicit RuleRepository(Database& database)
        : m_database(database)
    { }

    Result<RuleSet> current() const;
    Result<RuleSet> version(int number) const;
    Result<QList<RuleVersionInfo>> versions() const;
    // Writes `rules` as a new version (the latest + 1) and returns its number.
    Result<int> addVersion(
        const RuleSet& rules, const QDateTime& at, const QString& by, const QString& note);

private:
    Database& m_database;
};

class SettingsRepository
{
public:
    explicit SettingsRepository(Database& database)
        : m_database(database)
    { }

    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    Status setValue(const QString& key, const QString& value);

private:
    Database& m_database;
};

} // namespace fd
