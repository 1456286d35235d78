#include "evidenceservice.h"

#include "rules/permissions.h"
#include "services/evaluationservice.h"
#include "storage/database.h"
#include "storage/evidencedetailrepository.h"
#include "storage/lookups.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {
QDate firstOfMonth(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}
} // namespace

Result<qint64> EvidenceService::unitId(const QString& unitCode) const
{
    FD_TRY_ASSIGN(auto ids, idsByCode(m_session.database(), CodedTable::Units));
    if (!ids.contains(unitCode))
        return Error(QCoreApplication::translate("fd::EvaluationService", "There is no unit “%1”.")
                         .arg(unitCode));
    return ids.value(unitCode);
}

Result<QList<EvidenceDetail>> EvidenceService::describe(const QList<EvidenceRow>& rows) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewEvaluations));
    if (boundToUnit(m_session.actor())) {
        // Row by row: a representative's evidence is its own unit's.
        FD_TRY(checkUnitScope(m_session.actor(), m_session.actor().unitCode));
        FD_TRY_ASSIGN(qint64 own, unitId(m_session.actor().unitCode));
        for (const EvidenceRow& row : rows) {
            if (row.unitId != own)
                return Error(QCoreApplication::translate("fd::Action",
                    "The representative of %1 may see and act for that unit only, not for “%2”.")
                                 .arg(m_session.actor().unitCode, QString::number(row.unitId)));
        }
    }
    return EvidenceDetailRepository(m_session.database()).describe(rows);
}

Result<QList<EvidenceDetail>> EvidenceService::evaluation(
    const QDate& month, const QString& unitCode) const
{
    FD_TRY_ASSIGN(QList<EvidenceRow> rows, EvaluationService(m_session).evidence(month, unitCode));
    return describe(rows);
}

Result<QList<EvidenceDetail>> EvidenceService::callbacksDue(
    const QDate& month, const QString& unitCode) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewEvaluations));
    FD_TRY(checkUnitScope(m_session.actor(), unitCode));
    FD_TRY_ASSIGN(qint64 id, unitId(unitCode));
    const QDate first = firstOfMonth(month);
    FD_TRY_ASSIGN(QList<EvidenceRow> rows,
        EvidenceDetailRepository(m_session.database()).callbacksDue(first, first.addMonths(1), id));
    return describe(rows);
}

Result<QList<EvidenceDetail>> EvidenceService::complaintsReceived(
    const QDate& month, const QString& unitCode) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewEvaluations));
    FD_TRY(checkUnitScope(m_session.actor(), unitCode));
    FD_TRY_ASSIGN(qint64 id, unitId(unitCode));
    const QDate first = firstOfMonth(month);
    FD_TRY_ASSIGN(QList<EvidenceRow> rows,
        EvidenceDetailRepository(m_session.database())
            .complaintsReceived(QDateTime(first, QTime(0, 0), m_session.zone()),
                QDateTime(first.addMonths(1), QTime(0, 0), m_session.zone()), id));
    return describe(rows);
}

} // namespace fd
