#include "rulerepository.h"

#include "private/sql.h"
#include "private/sqlvalues.h"
#include "storage/database.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// The rules of `number` from its (key, value) rows in columns 1 and 2; a row without a key
// (a version that sets nothing) leaves the defaults.
RuleSet rulesFrom(int number, QSqlQuery& rows)
{
    RuleSet rules = RuleSet::defaults();
    rules.setVersion(number);
    do {
        const QString key = rows.value(1).toString();
        // A key this program no longer knows is kept out rather than refused: old
        // versions stay readable.
        if (!rows.value(1).isNull() && findRuleDefinition(key))
            (void)rules.set(key, rows.value(2).toDouble());
    } while (rows.next());
    return rules;
}

Error noVersion(int number)
{
    return Error(
        QCoreApplication::translate("fd::Rules", "There is no rule version %1.").arg(number));
}

} // namespace

Result<RuleSet> RuleRepository::current() const
{
    // One statement: every page and service reads the rules in force when it opens.
    FD_TRY_ASSIGN(QSqlQuery rows,
        runSql(m_database,
            u"SELECT v.version, r.key, r.value FROM (SELECT MAX(version) AS version FROM "
            "rule_versions) v LEFT JOIN rule_values r ON r.version = v.version"_s));
    if (!rows.next() || rows.value(0).isNull())
        return noVersion(0);
    return rulesFrom(rows.value(0).toInt(), rows);
}

Result<RuleSet> RuleRepository::version(int number) const
{
    FD_TRY_ASSIGN(QSqlQuery rows,
        runSql(m_database,
            u"SELECT v.version, r.key, r.value FROM rule_versions v "
            "LEFT JOIN rule_values r ON r.version = v.version WHERE v.version = ?"_s,
            { number }));
    if (!rows.next())
        return noVersion(number);
    return rulesFrom(number, rows);
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
