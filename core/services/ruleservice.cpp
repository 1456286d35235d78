#include "ruleservice.h"

#include "rules/permissions.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

const QString kTimeZoneKey = u"timezone"_s;

// "key=value; key=value" for the keys whose values differ, for the audit log.
QString describeChanges(const RuleSet& before, const RuleSet& after, bool useAfter)
{
    QStringList parts;
    for (const RuleDefinition& definition : ruleDefinitions()) {
        const double a = before.value(definition.key);
        const double b = after.value(definition.key);
        if (a != b)
            parts.append(definition.key + u'=' + QString::number(useAfter ? b : a, 'g', 12));
    }
    return parts.join(u"; "_s);
}

} // namespace

Result<RuleSet> RuleService::current() const
{
    return RuleRepository(m_session.database()).current();
}

Result<QList<RuleVersionInfo>> RuleService::versions() const
{
    return RuleRepository(m_session.database()).versions();
}

Result<int> RuleService::saveVersion(const RuleSet& rules, const QString& note)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ChangeRules));
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    RuleRepository repository(database);
    Result<RuleSet> before = repository.current();
    if (!before.ok())
        return Error(before.error());
    const QString changedFrom = describeChanges(before.value(), rules, false);
    if (changedFrom.isEmpty())
        return before.value().version();
    Result<int> version
        = repository.addVersion(rules, m_session.now(), m_session.actor().user, note);
    if (!version.ok())
        return version;
    FD_TRY(AuditRepository(database).append({ 0, m_session.now(), m_session.actor().user,
        u"rules.version"_s, u"rules"_s, QString::number(version.value()), changedFrom,
        describeChanges(before.value(), rules, true) }));
    FD_TRY(transaction.commit());
    return version;
}

Result<QString> RuleService::timeZoneId() const
{
    return SettingsRepository(m_session.database()).value(kTimeZoneKey);
}

Status RuleService::setTimeZoneId(const QString& zoneId)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ChangeSettings));
    if (!zoneId.isEmpty() && !QTimeZone(zoneId.toUtf8()).isValid())
        return Error(QCoreApplication::translate(
            "fd::RuleService", "“%1” is not a time zone this system knows.")
                         .arg(zoneId));
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    Result<QString> before = SettingsRepository(database).value(kTimeZoneKey);
    if (!before.ok())
        return Error(before.error());
    FD_TRY(SettingsRepository(database).setValue(kTimeZoneKey, zoneId));
    FD_TRY(AuditRepository(database).append({ 0, m_session.now(), m_session.actor().user,
        u"settings.timezone"_s, u"settings"_s, kTimeZoneKey, before.value(), zoneId }));
    return transaction.commit();
}

Result<QTimeZone> operatorTimeZone(Database& database, const QString& overrideId)
{
    QString id = overrideId;
    if (id.isEmpty()) {
        Result<QString> stored = SettingsRepository(database).value(kTimeZoneKey);
        if (!stored.ok())
            return Error(stored.error());
        id = stored.value();
    }
    if (id.isEmpty())
        return QTimeZone::systemTimeZone();
    const QTimeZone zone(id.toUtf8());
    if (!zone.isValid())
        return Error(QCoreApplication::translate(
            "fd::RuleService", "“%1” is not a time zone this system knows.")
                         .arg(id));
    return zone;
}

} // namespace fd
