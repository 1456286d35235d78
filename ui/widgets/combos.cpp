#include "combos.h"

#include "models/organisationdata.h"
#include "models/scoreformat.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSignalBlocker>

namespace fd {

void fillUnitCombo(QComboBox* combo, const OrganisationData& data, bool includeRetired)
{
    combo->clear();
    for (const Unit& unit : data.units) {
        if (unit.status == UnitStatus::Retired && !includeRetired)
            continue;
        const QString text = unit.status == UnitStatus::Active
            ? data.unitLabel(unit.code)
            : QCoreApplication::translate("fd::Combos", "%1 (%2)")
                  .arg(data.unitLabel(unit.code), unitStatusDisplayName(unit.status).toLower());
        combo->addItem(text, unit.code);
    }
}

void fillTeamCombo(QComboBox* combo, const OrganisationData& data, const QString& unitCode)
{
    combo->clear();
    for (const Team& team : data.teams) {
        if (!unitCode.isEmpty() && team.unitCode != unitCode)
            continue;
        const QString text = team.active
            ? QCoreApplication::translate("fd::Combos", "%1 · unit %2")
                  .arg(data.teamLabel(team.code), team.unitCode)
            : QCoreApplication::translate("fd::Combos", "%1 · unit %2 (inactive)")
                  .arg(data.teamLabel(team.code), team.unitCode);
        combo->addItem(text, team.code);
    }
}

bool selectCode(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    if (index >= 0)
        combo->setCurrentIndex(index);
    return index >= 0;
}

QString selectedCode(const QComboBox* combo)
{
    return combo->currentData().toString();
}

void fillMonthCombo(QComboBox* combo, const QDate& today, const QDate& selected, int count)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    const QDate current(today.year(), today.month(), 1);
    for (int back = 0; back < count; ++back) {
        const QDate month = current.addMonths(-back);
        combo->addItem(formatMonthTitle(month), month);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
}

bool selectMonth(QComboBox* combo, const QDate& day)
{
    const QDate first(day.year(), day.month(), 1);
    int index = combo->findData(first);
    if (index < 0) {
        combo->addItem(formatMonthTitle(first), first);
        index = combo->count() - 1;
    }
    if (index == combo->currentIndex())
        return false;
    combo->setCurrentIndex(index);
    return true;
}

} // namespace fd
