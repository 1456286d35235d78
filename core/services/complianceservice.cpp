#include "complianceservice.h"

#include "rules/permissions.h"
#include "storage/resourcerepository.h"
#include "storage/rulerepository.h"

#include <limits>

namespace fd {

bool UnitCompliance::compliant() const
{
    return totalShortfall() == 0 && uncoveredAreas.isEmpty();
}

qint64 UnitCompliance::totalShortfall() const
{
    // Held at the largest 64-bit value rather than overflowing (SPEC §16).
    qint64 total = 0;
    for (const ResourceCheck& check : checks) {
        if (__builtin_add_overflow(total, check.shortfall(), &total))
            return std::numeric_limits<qint64>::max();
    }
    return total;
}

Result<ComplianceReport> ComplianceService::report(qint64 growthHundredths) const
{
    return compiled(QString(), growthHundredths);
}

Result<std::optional<UnitCompliance>> ComplianceService::unit(const QString& unitCode) const
{
    FD_TRY(checkUnitScope(m_session.actor(), unitCode));
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewCompliance));
    if (unitCode.isEmpty())
        return std::optional<UnitCompliance>(); // no unit (the whole report would be read)
    FD_TRY_ASSIGN(ComplianceReport one, compiled(unitCode, 0));
    for (const UnitCompliance& unit : one.units) {
        if (unit.unitCode == unitCode)
            return std::optional<UnitCompliance>(unit);
    }
    return std::optional<UnitCompliance>();
}

Result<ComplianceReport> ComplianceService::compiled(
    const QString& unitCode, qint64 growthHundredths) const
{
    const Actor& actor = m_session.actor();
    FD_TRY(checkAllowed(actor, Action::ViewCompliance));
    if (boundToUnit(actor))
        FD_TRY(checkUnitScope(actor, actor.unitCode));
    FD_TRY_ASSIGN(RuleSet rules, RuleRepository(m_session.database()).current());
    FD_TRY_ASSIGN(QList<UnitInventory> inventories,
        ResourceRepository(m_session.database()).inventories(unitCode));

    const AllocationRules allocation = AllocationRules::fromRuleSet(rules);
    ComplianceReport report;
    report.ruleVersion = rules.version();
    report.growthHundredths = growthHundredths;
    for (const UnitInventory& inventory : inventories) {
        if (boundToUnit(actor) && inventory.unitCode != actor.unitCode)
            continue; // a representative's report is its own unit's (SPEC §1)
        UnitCompliance unit;
        unit.unitCode = inventory.unitCode;
        unit.unitName = inventory.unitName;
        unit.status = inventory.status;
        unit.currentSubscribers = inventory.resources.subscribers;
        UnitResources projected = inventory.resources;
        projected.subscribers
            = projectSubscribers(inventory.resources.subscribers, growthHundredths);
        unit.subscribers = projected.subscribers;
        unit.checks = checkAllocation(allocation, projected);
        unit.uncoveredAreas = inventory.uncoveredAreas;
        report.units.append(unit);
    }
    return report;
}

} // namespace fd
