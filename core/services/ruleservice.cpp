#include "ruleservice.h"

#include "rules/permissions.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/holidayrepository.h"
#include "storage/rulerepository.h"

#include <QCoreApplication>
#include <QFile>
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
    FD_TRY_ASSIGN(RuleSet before, repository.current());
    const QString changedFrom = describeChanges(before, rules, false);
    if (changedFrom.isEmpty())
        return before.version();
    Result<int> version
        = repository.addVersion(rules, m_session.now(), m_session.actor().user, note);
    if (!version.ok())
        return version;
    FD_TRY(AuditRepository(database).append(
        { 0, m_session.now(), m_session.actor().user, u"rules.version"_s, u"rules"_s,
            QString::number(version.value()), changedFrom, describeChanges(before, rules, true) }));
    FD_TRY(transaction.commit());
    return version;
}

Result<int> RuleService::applyPreset(const QString& name, const QString& note)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ChangeRules));
    const RulePreset* preset = findRulePreset(name);
    if (!preset) {
        QStringList names;
        for (const RulePreset& known : rulePresets())
            names.append(known.name);
        return Error(QCoreApplication::translate(
            "fd::RuleService", "There is no preset “%1”; the presets are %2.")
                         .arg(name, names.join(u", "_s)));
    }
    FD_TRY_ASSIGN(RuleSet rules, current());
    FD_TRY(rules.apply(*preset));
    return saveVersion(rules,
        note.isEmpty()
            ? QCoreApplication::translate("fd::RuleService", "Preset %1").arg(preset->name)
            : note);
}

Result<QList<Holiday>> RuleService::holidays() const
{
    return HolidayRepository(m_session.database()).list();
}

Status RuleService::saveHolidays(
    const QList<Holiday>& holidays, int* created, int* updated, int* unchanged)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ChangeRules));
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    HolidayRepository repository(database);
    FD_TRY_ASSIGN(QList<Holiday> stored, repository.list());
    QHash<QDate, QString> before;
    for (const Holiday& holiday : stored)
        before.insert(holiday.date, holiday.name);
    QList<Holiday> changes;
    int added = 0, renamed = 0, same = 0;
    AuditRepository audit(database);
    for (const Holiday& holiday : holidays) {
        if (!holiday.date.isValid() || holiday.name.trimmed().isEmpty())
            return Error(QCoreApplication::translate(
                "fd::RuleService", "A holiday needs a date and a name."));
        const auto found = before.constFind(holiday.date);
        if (found != before.cend() && *found == holiday.name) {
            ++same;
            continue;
        }
        ++(found == before.cend() ? added : renamed);
        changes.append(holiday);
        const QString day = holiday.date.toString(Qt::ISODate);
        FD_TRY(audit.append({ 0, m_session.now(), m_session.actor().user, u"rules.holiday"_s,
            u"rules"_s, day, found == before.cend() ? QString() : *found, holiday.name }));
    }
    FD_TRY(repository.save(changes));
    FD_TRY(transaction.commit());
    if (created)
        *created = added;
    if (updated)
        *updated = renamed;
    if (unchanged)
        *unchanged = same;
    return Status::success();
}

Result<QString> RuleService::timeZoneId() const
{
    return SettingsRepository(m_session.database()).value(kTimeZoneKey);
}

Status RuleService::setTimeZoneId(const QString& zoneId)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ChangeSettings));
    if (!zoneId.isEmpty())
        FD_TRY(timeZoneNamed(zoneId));
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    FD_TRY_ASSIGN(QString before, SettingsRepository(database).value(kTimeZoneKey));
    FD_TRY(SettingsRepository(database).setValue(kTimeZoneKey, zoneId));
    FD_TRY(AuditRepository(database).append({ 0, m_session.now(), m_session.actor().user,
        u"settings.timezone"_s, u"settings"_s, kTimeZoneKey, before, zoneId }));
    return transaction.commit();
}

Result<TimelinessRules> timelinessRulesOf(Database& database, const RuleSet& rules)
{
    FD_TRY_ASSIGN(QSet<QDate> holidays, HolidayRepository(database).days());
    return TimelinessRules::fromRuleSet(rules, holidays);
}

Result<TimelinessRules> timelinessRulesInForce(Database& database)
{
    FD_TRY_ASSIGN(RuleSet rules, RuleRepository(database).current());
    return timelinessRulesOf(database, rules);
}

Result<QTimeZone> operatorTimeZone(Database& database, const QString& overrideId)
{
    QString id = overrideId;
    if (id.isEmpty()) {
        FD_TRY_ASSIGN(QString stored, SettingsRepository(database).value(kTimeZoneKey));
        id = stored;
    }
    if (id.isEmpty())
        return QTimeZone::systemTimeZone();
    return timeZoneNamed(id);
}

namespace {

// A zone the system's time-zone database holds as a file (Etc/UTC, Etc/GMT+5), beside the
// names of Qt's list.
bool inZoneDatabase(const QByteArray& name)
{
    if (name.isEmpty() || name.startsWith('/') || name.contains(".."))
        return false;
    const QString folder = qEnvironmentVariable("TZDIR", u"/usr/share/zoneinfo"_s);
    QFile file(folder + u'/' + QString::fromUtf8(name));
    return file.open(QIODevice::ReadOnly) && file.read(4) == "TZif";
}

} // namespace

Result<QTimeZone> timeZoneNamed(const QString& id)
{
    // QTimeZone takes a name it cannot find as a POSIX rule: "Foo" or "Lima" would be a
    // valid zone at UTC. Only the names in the system's list are zones.
    const QByteArray name = id.trimmed().toUtf8();
    const QTimeZone zone(name);
    if (name.isEmpty() || !zone.isValid()
        || !(QTimeZone::availableTimeZoneIds().contains(name) || inZoneDatabase(name)))
        return Error(QCoreApplication::translate("fd::RuleService",
            "“%1” is not a time zone this system knows. Give a name such as America/Lima, "
            "Europe/Madrid, Asia/Shanghai or UTC.")
                         .arg(id));
    return zone;
}

} // namespace fd
