#include "unitstatuswriter.h"

#include "rules/ruleset.h"
#include "storage/auditrepository.h"
#include "storage/auditsealrepository.h"
#include "storage/rulerepository.h"
#include "storage/unitrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

Status UnitStatusWriter::change(qint64 unitId, Unit& unit, UnitStatus status,
    const QDate& effectiveOn, bool knownDate, const QString& reason, const QString& evaluationMonth,
    bool onAppeal)
{
    const UnitStatus before = unit.status;
    unit.status = status;
    unit.statusSince = knownDate ? effectiveOn : QDate();
    if (status == UnitStatus::Terminated) {
        if (!unit.rectifyBy.isValid()) {
            FD_TRY_ASSIGN(RuleSet rules, RuleRepository(m_session.database()).current());
            unit.rectifyBy = effectiveOn.addDays(rules.whole(rule::kRectifyDays));
        }
    } else {
        unit.rectifyBy = QDate();
    }
    UnitRepository units(m_session.database());
    const AuditSealRepository seals(m_session.database());
    FD_TRY_ASSIGN(qint64 last, seals.lastStatusChangeId());
    FD_TRY(units.upsert(unit));
    FD_TRY(units.appendStatusHistory(unitId,
        { unit.code, status, effectiveOn, m_session.now(), m_session.actor().user, reason,
            evaluationMonth, onAppeal }));
    // The entry seals the history row and the unit's status as this change left them, so
    // that `audit verify` finds a status set back outside FiberDesk (SPEC §16).
    FD_TRY_ASSIGN(QList<qint64> written, seals.statusChangesAfter(unit.code, last));
    FD_TRY_ASSIGN(QString seal, seals.statusSeal(unit.code, written));
    return AuditRepository(m_session.database())
        .append({ 0, m_session.now(), m_session.actor().user, u"unit.status"_s, u"unit"_s,
            unit.code, unitStatusKey(before),
            unitStatusKey(status) + (reason.isEmpty() ? QString() : u" — "_s + reason), seal });
}

} // namespace fd
