#include "rulerepository.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<RuleSet> RuleRepository::current() const
{
    FD_TRY_ASSIGN(QVariant latest, scalar(m_database, u"SELECT MAX(version) FROM rule_versions"_s));
    return version(latest.toInt());
}

Result<RuleSet> RuleRepository::version(int number) const
{
    FD_TRY_ASSIGN(QVariant known,
        scalar(m_database, u"SELECT COUNT(*) FROM rule_versions WHERE version = ?"_s, { number }));
    if (known.toLongLong() == 0) {
        return Error(
            QCoreApplication::translate("fd::Rules", "There is no rule version %1.").arg(number));
    }
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database, u"SELECT key, value FROM rule_values WHERE version = ?"_s, { number }));
    RuleSet rules = RuleSet::defaults();
    rules.setVersion(number);
    while (query.next()) {
        const QString key = query.value(0).toString();
        // A key this program no longer knows is kept out rather than refused: old
        // versions stay readable.
        if (findRuleDefinition(key))
            (void)rules.set(key, query.value(1).toDouble());
    }
    return rules;
}

Result<QList<RuleVersionInfo>> RuleRepository::versions() const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database,
            u"SELECT version, created_at, created_by, note FROM rule_versions ORDER BY version DESC"_s));
    QList<RuleVersionInfo> list;
    while (query.next()) {
        const QSqlQuery& row = query;
        list.append({ row.value(0).toInt(), instantFromSql(row.value(1)), row.value(2).toString(),
            row.value(3).toString() });
    }
    return list;
}

Result<int> RuleRepository::addVersion(
    const RuleSet& rules, const QDateTime& at, const QString& by, const QString& note)
{
    FD_TRY_ASSIGN(QVariant latest,
        scalar(m_database, u"SELECT COALESCE(MAX(version), 0) FROM rule_versions"_s));
    const int number = latest.toInt() + 1;
    FD_TRY(execSql(m_database,
        u"INSERT INTO rule_versions (version, created_at, created_by, note) VALUES (?, ?, ?, ?)"_s,
        { number, at.toSecsSinceEpoch(), by, note }));
    // Every known rule is written, defaults included, so a version reads the same whatever
    // defaults a later FiberDesk ships.
    for (const RuleDefinition& definition : ruleDefinitions()) {
        FD_TRY(
            execSql(m_database, u"INSERT INTO rule_values (version, key, value) VALUES (?, ?, ?)"_s,
                { number, definition.key, rules.value(definition.key) }));
    }
    return number;
}

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback) const
{
    FD_TRY_ASSIGN(QSqlQuery query,
        runSql(m_database, u"SELECT value FROM settings WHERE key = ?"_s, { key }));
    if (!query.next())
        return fallback;
    return query.value(0).toString();
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    return execSql(m_database,
        u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        { key, value });
}

} // namespace fd
