#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/holiday.h"
#include "domain/ruleversion.h"
#include "rules/ruleset.h"
#include "rules/timeliness.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace fd {

class Database;

// The versioned rules and the program's settings stored in the database (SPEC §9).
class RuleService
{
public:
    explicit RuleService(const Session& session)
        : m_session(session)
    { }

    Result<RuleSet> current() const;
    Result<QList<RuleVersionInfo>> versions() const;
    // Stores `rules` as a new version when it differs from the current one; returns the
    // version now in force. The change is written to the audit log.
    Result<int> saveVersion(const RuleSet& rules, const QString& note);

    // Fills in a preset of SPEC §11 over the current rules and saves them as a new version.
    Result<int> applyPreset(const QString& name, const QString& note);

    // The holiday calendar (SPEC §11), by date; saving adds the days or renames them, in one
    // transaction, audited.
    Result<QList<Holiday>> holidays() const;
    Status saveHolidays(const QList<Holiday>& holidays, int* created = nullptr,
        int* updated = nullptr, int* unchanged = nullptr);

    Result<QString> timeZoneId() const; // empty: the system's zone
    Status setTimeZoneId(const QString& zoneId);

private:
    const Session& m_session;
};

// The zone of an IANA name this system knows ("America/Lima", "UTC"); anything else
// ("Foo", "Lima") is refused with a message, never taken as UTC.
Result<QTimeZone> timeZoneNamed(const QString& id);

// The deadline and credit rules in force (SPEC §4, §11): the current rules and the holiday
// calendar. Every deadline FiberDesk stores is computed with these.
Result<TimelinessRules> timelinessRulesInForce(Database& database);
// The same for a given version of the rules (with today's calendar).
Result<TimelinessRules> timelinessRulesOf(Database& database, const RuleSet& rules);

// The operator's zone as stored in the database, `overrideId` (from --timezone) first.
Result<QTimeZone> operatorTimeZone(Database& database, const QString& overrideId = {});

} // namespace fd
