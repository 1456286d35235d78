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
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrganisation));
    Result<RuleSet> rules = RuleRepository(m_session.database()).current();
    if (!rules.ok())
        return Error(rules.error());
    Result<QList<UnitInventory>> inventories
        = ResourceRepository(m_session.database()).inventories();
    if (!inventories.ok())
        return Error(inventories.error());

    const AllocationRules allocation = AllocationRules::fromRuleSet(rules.value());
    ComplianceReport report;
    report.ruleVersion = rules.value().version();
    report.growthHundredths = growthHundredths;
    for (const UnitInventory& inventory : inventories.value()) {
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

Result<std::optional<UnitCompliance>> ComplianceService::unit(const QString& unitCode) const
{
    Result<ComplianceReport> all = report();
    if (!all.ok())
        return Error(all.error());
    for (const UnitCompliance& unit : all.value().units) {
        if (unit.unitCode == unitCode)
            return std::optional<UnitCompliance>(unit);
    }
    return std::optional<UnitCompliance>();
}

} // namespace fd
