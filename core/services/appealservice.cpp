#include "appealservice.h"

#include "rules/appeals.h"
#include "rules/bounds.h"
#include "rules/permissions.h"
#include "rules/ruleset.h"
#include "services/evaluationservice.h"
#include "storage/appealrepository.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/lookups.h"
#include "storage/rulerepository.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// What the month's evidence holds for the item: an order late (flag 0), a repair that is a
// repeat (flag 1), a staff-caused complaint.
bool countedAgainst(const QList<EvidenceRow>& evidence, AppealItem item, qint64 refId)
{
    for (const EvidenceRow& row : evidence) {
        if (row.refId != refId)
            continue;
        switch (item) {
        case AppealItem::LateOrder:
            if (row.kind == EvidenceKind::Order && row.flag == 0)
                return true;
            break;
        case AppealItem::Repeat:
            if (row.kind == EvidenceKind::Repair && row.flag != 0)
                return true;
            break;
        case AppealItem::Complaint:
            if (row.kind == EvidenceKind::Complaint)
                return true;
            break;
        }
    }
    return false;
}

QString describe(const Appeal& appeal)
{
    return u"%1/%2 %3 %4 — %5"_s.arg(
        appeal.unitCode, appeal.month, appealItemKey(appeal.item), appeal.ref, appeal.grounds);
}

} // namespace

Result<Appeal> AppealService::file(const QString& unitCode, const QDate& requested, AppealItem item,
    const QString& ref, const QString& grounds)
{
    const Actor& actor = m_session.actor();
    FD_TRY(checkAllowed(actor, Action::FileAppeal));
    FD_TRY(checkUnitScope(actor, unitCode));
    const QString why = grounds.trimmed();
    if (why.isEmpty())
        return Error(QCoreApplication::translate("fd::AppealService",
            "An appeal needs its grounds: say why the item should not count."));
    if (const QString problem = textCharacterProblem(why, true); !problem.isEmpty())
        return Error(
            QCoreApplication::translate("fd::AppealService", "The grounds %1.").arg(problem));
    if (!requested.isValid())
        return Error(QCoreApplication::translate(
            "fd::AppealService", "An appeal names the month it contests."));
    const QDate month(requested.year(), requested.month(), 1);
    const QString key = EvaluationService::monthKey(month);
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    LookupRepository lookups(database);
    FD_TRY_ASSIGN(std::optional<qint64> unitId, lookups.unitId(unitCode));
    if (!unitId)
        return Error(QCoreApplication::translate("fd::AppealService", "There is no unit “%1”.")
                         .arg(unitCode));

    int days = 0;
    FD_TRY_ASSIGN(const AppealWindow window, windowIn(database, unitCode, month, &days));
    switch (appealTiming(window, m_session.today())) {
    case AppealTiming::TooEarly:
        return Error(QCoreApplication::translate(
            "fd::AppealService", "%1 has not ended: its appeals may be filed from %2.")
                         .arg(key, window.opens.toString(Qt::ISODate)));
    case AppealTiming::TooLate:
        return Error(QCoreApplication::translate("fd::AppealService",
            "The appeals of %1 closed on %2, %3 days after the month was finalized "
            "on %4.")
                         .arg(key, window.closes.toString(Qt::ISODate), QString::number(days),
                             window.closes.addDays(-days).toString(Qt::ISODate)));
    case AppealTiming::Open:
        break;
    }

    qint64 refId = 0;
    const QString reference = ref.trimmed();
    if (item == AppealItem::Complaint) {
        bool whole = false;
        refId = reference.toLongLong(&whole);
        if (!whole || refId <= 0)
            return Error(QCoreApplication::translate(
                "fd::AppealService", "A complaint is named by its id, a whole number, not “%1”.")
                             .arg(reference));
    } else {
        FD_TRY_ASSIGN(std::optional<Placement> order, lookups.order(reference));
        if (!order)
            return Error(QCoreApplication::translate("fd::AppealService", "There is no order “%1”.")
                             .arg(reference));
        refId = order->id;
    }
    AppealRepository appeals(database);
    FD_TRY_ASSIGN(QList<Appeal> standing, appeals.standing(item, refId));
    if (!standing.isEmpty())
        return Error(
            QCoreApplication::translate(
                "fd::AppealService", "%1 %2 is already contested (appeal %3, %4).")
                .arg(appealItemDisplayName(item), reference, QString::number(standing.first().id),
                    appealStatusDisplayName(standing.first().status)));
    // Counted against the unit in that month: the frozen evidence of a final month, the
    // month as it stands for a draft.
    FD_TRY_ASSIGN(
        QList<EvidenceRow> evidence, EvaluationService(m_session).evidence(month, unitCode));
    if (!countedAgainst(evidence, item, refId)) {
        return Error(QCoreApplication::translate("fd::AppealService",
            "%1 %2 is not counted against %3 in %4, so there is nothing to appeal.")
                         .arg(appealItemDisplayName(item), reference, unitCode, key));
    }

    Appeal appeal;
    appeal.unitCode = unitCode;
    appeal.month = key;
    appeal.item = item;
    appeal.ref = reference;
    appeal.refId = refId;
    appeal.status = AppealStatus::Open;
    appeal.grounds = why;
    appeal.filedBy = actor.user;
    appeal.filedAt = m_session.now();
    FD_TRY_ASSIGN(appeal.id, appeals.insert(*unitId, appeal));
    FD_TRY(AuditRepository(database).append({ 0, appeal.filedAt, actor.user, u"appeal.file"_s,
        u"appeal"_s, QString::number(appeal.id), {}, u"open: "_s + describe(appeal) }));
    FD_TRY(transaction.commit());
    return appeal;
}

Result<Appeal> AppealService::decide(qint64 id, bool uphold, const QString& reason)
{
    const Actor& actor = m_session.actor();
    FD_TRY(checkAllowed(actor, Action::DecideAppeal));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error(QCoreApplication::translate(
            "fd::AppealService", "A decision on an appeal needs its reason."));
    if (const QString problem = textCharacterProblem(why, true); !problem.isEmpty())
        return Error(
            QCoreApplication::translate("fd::AppealService", "The reason %1.").arg(problem));
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    AppealRepository appeals(database);
    FD_TRY_ASSIGN(std::optional<Appeal> found, appeals.find(id));
    if (!found)
        return Error(
            QCoreApplication::translate("fd::AppealService", "There is no appeal %1.").arg(id));
    Appeal appeal = *found;
    if (appeal.status != AppealStatus::Open)
        return Error(QCoreApplication::translate(
            "fd::AppealService", "Appeal %1 was already decided: %2 by %3.")
                         .arg(QString::number(id), appealStatusDisplayName(appeal.status),
                             appeal.decidedBy));
    if (appeal.filedBy == actor.user)
        return Error(QCoreApplication::translate("fd::AppealService",
            "Appeal %1 was filed by %2: an evaluator other than its filer decides it.")
                         .arg(QString::number(id), actor.user));
    appeal.status = uphold ? AppealStatus::Upheld : AppealStatus::Dismissed;
    appeal.decidedBy = actor.user;
    appeal.decidedAt = m_session.now();
    appeal.reason = why;
    FD_TRY_ASSIGN(bool decided,
        appeals.decide(id, appeal.status, appeal.decidedBy, appeal.decidedAt, appeal.reason));
    if (!decided)
        return Error(QCoreApplication::translate(
            "fd::AppealService", "Appeal %1 was decided by someone else meanwhile.")
                         .arg(id));
    FD_TRY(AuditRepository(database).append(
        { 0, appeal.decidedAt, actor.user, u"appeal.decide"_s, u"appeal"_s, QString::number(id),
            u"open: "_s + describe(appeal), appealStatusKey(appeal.status) + u" — "_s + why }));
    FD_TRY(transaction.commit());
    return appeal;
}

Result<QList<Appeal>> AppealService::list(const QDate& month) const
{
    const Actor& actor = m_session.actor();
    FD_TRY(checkAllowed(actor, Action::ViewEvaluations));
    Database& database = m_session.database();
    std::optional<qint64> unitId;
    if (boundToUnit(actor)) {
        FD_TRY(checkUnitScope(actor, actor.unitCode));
        FD_TRY_ASSIGN(std::optional<qint64> own, LookupRepository(database).unitId(actor.unitCode));
        unitId = own.value_or(-1);
    }
    return AppealRepository(database).list(
        month.isValid() ? EvaluationService::monthKey(month) : QString(), unitId);
}

Result<AppealWindow> AppealService::windowIn(
    Database& database, const QString& unitCode, const QDate& month, int* appealDays) const
{
    // From the first day after the month until appeal_days after its (first) finalization;
    // a re-finalization after an appeal does not open it again.
    FD_TRY_ASSIGN(QList<StoredEvaluation> history, EvaluationRepository(database).ofUnit(unitCode));
    const QString key = EvaluationService::monthKey(month);
    QDateTime finalizedAt;
    for (const StoredEvaluation& stored : history) {
        if (stored.month == key && (!finalizedAt.isValid() || stored.finalizedAt < finalizedAt))
            finalizedAt = stored.finalizedAt;
    }
    FD_TRY_ASSIGN(RuleSet rules, RuleRepository(database).current());
    const int days = int(rules.whole(rule::kAppealDays));
    if (appealDays)
        *appealDays = days;
    return appealWindow(month,
        finalizedAt.isValid() ? finalizedAt.toTimeZone(m_session.zone()).date() : QDate(), days);
}

Result<AppealWindow> AppealService::window(const QString& unitCode, const QDate& month) const
{
    const Actor& actor = m_session.actor();
    FD_TRY(checkAllowed(actor, Action::ViewEvaluations));
    FD_TRY(checkUnitScope(actor, unitCode));
    if (!month.isValid())
        return Error(QCoreApplication::translate(
            "fd::AppealService", "An appeal names the month it contests."));
    return windowIn(m_session.database(), unitCode, QDate(month.year(), month.month(), 1), nullptr);
}

Result<Appeal> AppealService::find(qint64 id) const
{
    const Actor& actor = m_session.actor();
    FD_TRY(checkAllowed(actor, Action::ViewEvaluations));
    FD_TRY_ASSIGN(std::optional<Appeal> found, AppealRepository(m_session.database()).find(id));
    if (!found)
        return Error(
            QCoreApplication::translate("fd::AppealService", "There is no appeal %1.").arg(id));
    FD_TRY(checkUnitScope(actor, found->unitCode));
    return *found;
}

} // namespace fd
