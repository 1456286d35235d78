#include "evaluationservice.h"

#include "rules/permissions.h"
#include "services/unitstatuswriter.h"
#include "storage/appealrepository.h"
#include "storage/auditrepository.h"
#include "storage/auditsealrepository.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/lookups.h"
#include "storage/monthevidencerepository.h"
#include "storage/rulerepository.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QDate firstOfMonth(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

// The day a terminated unit was last reinstated, read from its status history. A
// reinstatement on appeal (SPEC §10) undoes the termination instead of answering it: the
// strikes before it still count.
QDate lastReinstatement(const QList<UnitStatusChange>& history)
{
    QDate reinstated;
    bool terminated = false;
    for (const UnitStatusChange& change : history) {
        if (change.status == UnitStatus::Terminated) {
            terminated = true;
        } else if (change.status == UnitStatus::Active && terminated && change.onAppeal) {
            terminated = false;
        } else if (change.status == UnitStatus::Active && terminated) {
            reinstated = change.effectiveOn;
            terminated = false;
        }
    }
    return reinstated;
}

QList<FinalizedMonth> strikeHistory(const QList<StoredEvaluation>& evaluations)
{
    QList<FinalizedMonth> months;
    for (const StoredEvaluation& evaluation : evaluations) {
        if (evaluation.final)
            months.append({ EvaluationService::parseMonth(evaluation.month).value_or(QDate()),
                evaluation.strike });
    }
    return months;
}

UnitEvaluation fromStored(const StoredEvaluation& stored, const QDate& month)
{
    UnitEvaluation evaluation;
    evaluation.month = month;
    evaluation.final = true;
    evaluation.ruleVersion = stored.ruleVersion;
    MonthCounts& counts = evaluation.counts;
    counts.ordersDue = stored.ordersDue;
    counts.ordersOnTime = stored.ordersOnTime;
    counts.removalsDue = stored.removalsDue;
    counts.removalsOnTime = stored.removalsOnTime;
    counts.repairs = stored.repairs;
    counts.repeats = stored.repeats;
    counts.callbacksReached = stored.callbacksReached;
    counts.yesAnswers = stored.yesAnswers;
    counts.penalisedComplaints = stored.penalisedComplaints;
    counts.room = stored.room;
    counts.adjustment = stored.adjustment;
    MonthScore& score = evaluation.score;
    // The rates from the stored counts; the points as they were finalized.
    const MonthRates rates = monthRates(counts);
    score.onTimeRate = rates.onTime;
    score.repeatRate = rates.repeat;
    score.yesRate = rates.yes;
    score.penalties = stored.penaltyPoints;
    score.timeliness = stored.timeliness;
    score.quality = stored.quality;
    score.service = stored.service;
    score.room = stored.room;
    score.adjustment = stored.adjustment;
    score.total = stored.total;
    score.strike = stored.strike;
    evaluation.adjustmentReason = stored.adjustmentReason;
    evaluation.finalizedAt = stored.finalizedAt;
    evaluation.finalizedBy = stored.finalizedBy;
    return evaluation;
}

// Units of the month whose final evaluation an appeal upheld since calls into question.
Result<QSet<QString>> reevaluationsDue(
    Database& database, const QString& month, const QHash<QString, StoredEvaluation>& finals)
{
    FD_TRY_ASSIGN(QList<Appeal> appeals, AppealRepository(database).list(month));
    QSet<QString> due;
    for (const Appeal& appeal : appeals) {
        const auto stored = finals.constFind(appeal.unitCode);
        if (appeal.status == AppealStatus::Upheld && stored != finals.cend()
            && appeal.decidedAt > stored->finalizedAt)
            due.insert(appeal.unitCode);
    }
    return due;
}

} // namespace

QString EvaluationService::monthKey(const QDate& month)
{
    return month.toString(u"yyyy-MM"_s);
}

std::optional<QDate> EvaluationService::parseMonth(const QString& text)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{2})$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate first(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (!first.isValid())
        return std::nullopt;
    return first;
}

Result<MonthEvaluation> EvaluationService::evaluate(const QDate& month) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewEvaluations));
    FD_TRY_ASSIGN(MonthEvaluation result, compute(firstOfMonth(month), false, nullptr));
    if (boundToUnit(m_session.actor())) {
        // A representative sees its own unit's evaluation only (SPEC §1).
        FD_TRY(checkUnitScope(m_session.actor(), m_session.actor().unitCode));
        QList<UnitEvaluation> own;
        for (const UnitEvaluation& unit : std::as_const(result.units)) {
            if (unit.unitCode == m_session.actor().unitCode)
                own.append(unit);
        }
        result.units = own;
    }
    return result;
}

Result<MonthEvaluation> EvaluationService::compute(
    const QDate& month, bool freezeEvidence, QList<EvidenceRow>* evidenceRows) const
{
    Database& database = m_session.database();
    FD_TRY_ASSIGN(RuleSet ruleSet, RuleRepository(database).current());
    const ScoringRules rules = ScoringRules::fromRuleSet(ruleSet);
    const QString key = monthKey(month);
    const QDateTime from(month, QTime(0, 0), m_session.zone());
    const QDateTime before(month.addMonths(1), QTime(0, 0), m_session.zone());
    const QDateTime now = m_session.now();

    UnitRepository unitRepository(database);
    EvaluationRepository evaluations(database);
    Result<QList<Unit>> units = unitRepository.all();
    Result<QHash<QString, qint64>> unitIds = idsByCode(database, CodedTable::Units);
    Result<QHash<QString, StoredEvaluation>> finals = evaluations.finals(key);
    Result<QHash<QString, MonthEntry>> rooms = evaluations.roomScores(key);
    Result<QHash<QString, MonthEntry>> adjustments = evaluations.adjustments(key);
    for (const QString* failure : { &units.error(), &unitIds.error(), &finals.error(),
             &rooms.error(), &adjustments.error() }) {
        if (!failure->isEmpty())
            return Error(*failure);
    }
    FD_TRY_ASSIGN(const QSet<QString> reevaluate, reevaluationsDue(database, key, finals.value()));
    // Each unit's strikes need its evaluations and status changes: read for every unit at once.
    FD_TRY_ASSIGN(const auto evaluationHistories, evaluations.ofEveryUnit());
    FD_TRY_ASSIGN(const auto statusHistories, unitRepository.statusHistories());
    QHash<qint64, MonthCounts> counted;
    if (freezeEvidence) {
        FD_TRY_ASSIGN(QList<EvidenceRow> rows,
            MonthEvidenceRepository(database).evidence(from, before, now, rules.repeatWindowDays));
        for (const EvidenceRow& row : rows)
            countEvidence(counted[row.unitId], row);
        if (evidenceRows)
            *evidenceRows = rows;
    } else {
        FD_TRY_ASSIGN(auto byUnit,
            MonthEvidenceRepository(database).counts(from, before, now, rules.repeatWindowDays));
        counted = byUnit;
    }

    MonthEvaluation result;
    result.month = month;
    result.ruleVersion = ruleSet.version();
    result.monthEnded = now >= before;
    for (const Unit& unit : units.value()) {
        const qint64 unitId = unitIds.value().value(unit.code);
        const auto stored = finals.value().constFind(unit.code);
        const bool underContract
            = unit.status == UnitStatus::Active || unit.status == UnitStatus::Terminated;
        if (stored == finals.value().cend() && !underContract && !counted.contains(unitId))
            continue;
        UnitEvaluation evaluation;
        if (stored != finals.value().cend()) {
            evaluation = fromStored(*stored, month);
            evaluation.reevaluationDue = reevaluate.contains(unit.code);
        } else {
            evaluation.month = month;
            evaluation.ruleVersion = ruleSet.version();
            evaluation.counts = counted.value(unitId);
            if (rooms.value().contains(unit.code)) {
                evaluation.counts.room = rooms.value().value(unit.code).points;
                evaluation.roomNote = rooms.value().value(unit.code).text;
            }
            if (adjustments.value().contains(unit.code)) {
                evaluation.counts.adjustment = adjustments.value().value(unit.code).points;
                evaluation.adjustmentReason = adjustments.value().value(unit.code).text;
            }
            evaluation.score = scoreMonth(rules, evaluation.counts);
        }
        evaluation.unitCode = unit.code;
        evaluation.unitName = unit.name;
        evaluation.unitStatus = unit.status;
        evaluation.rectifyBy = unit.status == UnitStatus::Terminated ? unit.rectifyBy : QDate();
        evaluation.strikes = strikesInWindow(strikeHistory(evaluationHistories.value(unit.code)),
            month, lastReinstatement(statusHistories.value(unit.code)), rules.strikeWindowMonths);
        result.units.append(evaluation);
    }
    return result;
}

Result<MonthEvaluation> EvaluationService::finalize(const QDate& requested)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::FinalizeEvaluation));
    const QDate month = firstOfMonth(requested);
    const QString key = monthKey(month);
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    QList<EvidenceRow> evidenceRows;
    Result<MonthEvaluation> drafts = compute(month, true, &evidenceRows);
    if (!drafts.ok())
        return drafts;
    if (!drafts.value().monthEnded) {
        return Error(QCoreApplication::translate("fd::EvaluationService",
            "%1 has not ended yet; a month is finalized once it is over, so that every deadline in "
            "it has "
            "passed.")
                         .arg(key));
    }
    QStringList missingRoom;
    QList<UnitEvaluation> toFreeze;
    for (const UnitEvaluation& unit : drafts.value().units) {
        if (unit.final)
            continue;
        if (unit.score.roomMissing)
            missingRoom.append(unit.unitCode);
        toFreeze.append(unit);
    }
    if (toFreeze.isEmpty())
        return Error(QCoreApplication::translate(
            "fd::EvaluationService", "Every unit's evaluation of %1 is already final.")
                         .arg(key));
    if (!missingRoom.isEmpty()) {
        return Error(QCoreApplication::translate(
            "fd::EvaluationService", "Enter the machine-room score of %1 for %2 before finalizing.")
                         .arg(missingRoom.join(u", "_s), key));
    }
    FD_TRY_ASSIGN(auto unitIds, idsByCode(database, CodedTable::Units));
    QHash<qint64, QList<EvidenceRow>> evidenceByUnit;
    for (const EvidenceRow& row : std::as_const(evidenceRows))
        evidenceByUnit[row.unitId].append(row);

    EvaluationRepository evaluations(database);
    AuditRepository audit(database);
    const AuditSealRepository seals(database);
    const QDateTime now = m_session.now();
    const QString actor = m_session.actor().user;
    QHash<QString, qint64> frozenIds;
    for (const UnitEvaluation& unit : std::as_const(toFreeze)) {
        const qint64 unitId = unitIds.value(unit.unitCode);
        StoredEvaluation stored;
        stored.month = key;
        stored.ruleVersion = unit.ruleVersion;
        stored.timeliness = unit.score.timeliness;
        stored.quality = unit.score.quality;
        stored.service = unit.score.service;
        stored.room = unit.score.room;
        stored.adjustment = unit.score.adjustment;
        stored.adjustmentReason = unit.adjustmentReason;
        stored.total = unit.score.total;
        stored.strike = unit.score.strike;
        stored.ordersDue = unit.counts.ordersDue;
        stored.ordersOnTime = unit.counts.ordersOnTime;
        stored.removalsDue = unit.counts.removalsDue;
        stored.removalsOnTime = unit.counts.removalsOnTime;
        stored.repairs = unit.counts.repairs;
        stored.repeats = unit.counts.repeats;
        stored.callbacksReached = unit.counts.callbacksReached;
        stored.yesAnswers = unit.counts.yesAnswers;
        stored.penalisedComplaints = unit.counts.penalisedComplaints;
        stored.penaltyPoints = unit.score.penalties;
        stored.finalizedAt = now;
        stored.finalizedBy = actor;
        FD_TRY_ASSIGN(qint64 id, evaluations.insertFinal(unitId, stored));
        FD_TRY(evaluations.insertEvidence(id, evidenceByUnit.value(unitId)));
        frozenIds.insert(unit.unitCode, id);
    }
    FD_TRY_ASSIGN(qint64 statusBefore, seals.lastStatusChangeId());
    QStringList warnings;
    for (const UnitEvaluation& unit : std::as_const(toFreeze))
        FD_TRY(applyEightyPointRule(month, unit.unitCode, warnings));
    // The month is sealed (SPEC §16): each unit's entry carries a digest of the rows just
    // stored for it — figures, counts, rule version, evidence and the status change the
    // 80-point rule made — read back as `audit verify` will read them.
    for (const UnitEvaluation& unit : std::as_const(toFreeze)) {
        FD_TRY_ASSIGN(
            QList<qint64> statusIds, seals.statusChangesAfter(unit.unitCode, statusBefore));
        FD_TRY_ASSIGN(QString seal, seals.monthSeal(frozenIds.value(unit.unitCode), statusIds));
        FD_TRY(audit.append({ 0, now, actor, u"evaluation.finalize"_s, u"evaluation"_s,
            unit.unitCode + u'/' + key, {},
            u"total %1%2 (rules version %3)"_s.arg(unit.score.total.toString(1),
                unit.score.strike ? u", strike"_s : QString(), QString::number(unit.ruleVersion)),
            seal }));
    }
    Result<MonthEvaluation> finalized = compute(month, false, nullptr);
    if (!finalized.ok())
        return finalized;
    FD_TRY(transaction.commit());
    MonthEvaluation result = finalized.value();
    result.warnings = warnings;
    return result;
}

Status EvaluationService::applyEightyPointRule(
    const QDate& month, const QString& unitCode, QStringList& warnings)
{
    Database& database = m_session.database();
    FD_TRY_ASSIGN(RuleSet ruleSet, RuleRepository(database).current());
    const ScoringRules rules = ScoringRules::fromRuleSet(ruleSet);
    UnitRepository units(database);
    Result<std::optional<Unit>> found = units.find(unitCode);
    Result<QList<StoredEvaluation>> history = EvaluationRepository(database).ofUnit(unitCode);
    Result<QList<UnitStatusChange>> statuses = units.statusHistory(unitCode);
    if (!found.ok() || !history.ok() || !statuses.ok() || !found.value())
        return Error(!found.ok() ? found.error()
                : !history.ok()  ? history.error()
                                 : statuses.error());
    Unit unit = *found.value();
    const int strikes = strikesInWindow(strikeHistory(history.value()), month,
        lastReinstatement(statuses.value()), rules.strikeWindowMonths);
    const ContractStanding standing = contractStanding(strikes, rules);
    if (standing == ContractStanding::Terminated) {
        if (unit.status == UnitStatus::Terminated || unit.status == UnitStatus::Retired)
            return Status::success();
        FD_TRY_ASSIGN(auto ids, idsByCode(database, CodedTable::Units));
        const QString reason = QCoreApplication::translate(
            "fd::EvaluationService", "%1 monthly scores under %2 within %3 months (finalizing %4)")
                                   .arg(QString::number(strikes), rules.strikeBelow.toString(1),
                                       QString::number(rules.strikeWindowMonths), monthKey(month));
        unit.rectifyBy = QDate();
        FD_TRY(UnitStatusWriter(m_session).change(ids.value(unitCode), unit, UnitStatus::Terminated,
            m_session.today(), true, reason, monthKey(month)));
        warnings.append(
            QCoreApplication::translate(
                "fd::EvaluationService", "The contract of %1 (%2) ends: %3. It must rectify by %4.")
                .arg(unit.code, unit.name, reason, unit.rectifyBy.toString(Qt::ISODate)));
    } else if (unit.status == UnitStatus::Terminated && !statuses.value().isEmpty()
        && statuses.value().last().status == UnitStatus::Terminated
        && !statuses.value().last().evaluationMonth.isEmpty()) {
        // SPEC §10: an upheld appeal took a strike away. If the month whose finalization
        // ended the contract no longer has enough strikes in its window, re-finalizing
        // reinstates the unit from today, as a reinstatement on appeal.
        FD_TRY_ASSIGN(
            QList<Appeal> appeals, AppealRepository(database).list(monthKey(month), std::nullopt));
        const bool appealed = std::any_of(appeals.cbegin(), appeals.cend(), [&](const Appeal& a) {
            return a.unitCode == unitCode && a.status == AppealStatus::Upheld;
        });
        const QString endedBy = statuses.value().last().evaluationMonth;
        const int strikesThen
            = strikesInWindow(strikeHistory(history.value()), parseMonth(endedBy).value_or(month),
                lastReinstatement(statuses.value()), rules.strikeWindowMonths);
        if (appealed && contractStanding(strikesThen, rules) != ContractStanding::Terminated) {
            FD_TRY_ASSIGN(auto ids, idsByCode(database, CodedTable::Units));
            const QString reason = QCoreApplication::translate("fd::EvaluationService",
                "reinstated on appeal: re-finalizing %1 leaves %2 strikes in the window of %3")
                                       .arg(monthKey(month), QString::number(strikesThen), endedBy);
            FD_TRY(UnitStatusWriter(m_session).change(ids.value(unitCode), unit, UnitStatus::Active,
                m_session.today(), true, reason, monthKey(month), true));
            warnings.append(QCoreApplication::translate(
                "fd::EvaluationService", "%1 (%2) is reinstated on appeal: %3.")
                                .arg(unit.code, unit.name, reason));
        }
        if (standing == ContractStanding::Warned && unit.status == UnitStatus::Active) {
            warnings.append(
                QCoreApplication::translate("fd::EvaluationService",
                    "%1 (%2) has %n strikes in the last %3 months; at %4 its contract ends.",
                    nullptr, strikes)
                    .arg(unit.code, unit.name, QString::number(rules.strikeWindowMonths),
                        QString::number(rules.strikesToTerminate)));
        }
    } else if (standing == ContractStanding::Warned) {
        warnings.append(QCoreApplication::translate("fd::EvaluationService",
            "%1 (%2) has %n strikes in the last %3 months; at %4 its contract ends.", nullptr,
            strikes)
                            .arg(unit.code, unit.name, QString::number(rules.strikeWindowMonths),
                                QString::number(rules.strikesToTerminate)));
    }
    return Status::success();
}

Status EvaluationService::reopen(
    const QDate& requested, const QString& unitCode, const QString& reason)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ReopenEvaluation));
    if (reason.trimmed().isEmpty())
        return Error(QCoreApplication::translate(
            "fd::EvaluationService", "Give a reason for reopening a finalized evaluation."));
    const QDate month = firstOfMonth(requested);
    const QString key = monthKey(month);
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    EvaluationRepository evaluations(database);
    FD_TRY_ASSIGN(auto finals, evaluations.finals(key));
    const auto stored = finals.constFind(unitCode);
    if (stored == finals.cend())
        return Error(QCoreApplication::translate(
            "fd::EvaluationService", "The evaluation of %1 for %2 is not final.")
                         .arg(unitCode, key));
    FD_TRY_ASSIGN(const QSet<QString> appealed, reevaluationsDue(database, key, finals));
    const bool onAppeal = appealed.contains(unitCode);
    FD_TRY(evaluations.markReopened(
        stored->id, m_session.now(), m_session.actor().user, reason.trimmed()));
    FD_TRY(AuditRepository(database).append({ 0, m_session.now(), m_session.actor().user,
        u"evaluation.reopen"_s, u"evaluation"_s, unitCode + u'/' + key,
        u"final, total "_s + stored->total.toString(1), u"draft — "_s + reason.trimmed() }));

    // A contract this month's finalization ended is restored until the month is final again.
    UnitRepository units(database);
    Result<std::optional<Unit>> found = units.find(unitCode);
    Result<QList<UnitStatusChange>> history = units.statusHistory(unitCode);
    if (!found.ok() || !history.ok() || !found.value())
        return Error(!found.ok() ? found.error() : history.error());
    Unit unit = *found.value();
    // Reopened for an upheld appeal, the month is re-finalized to decide the contract: the
    // termination stands until then, and re-finalizing reinstates on appeal if it must.
    if (!onAppeal && unit.status == UnitStatus::Terminated && !history.value().isEmpty()
        && history.value().last().status == UnitStatus::Terminated
        && history.value().last().evaluationMonth == key) {
        const UnitStatus before = history.value().size() >= 2
            ? history.value().at(history.value().size() - 2).status
            : UnitStatus::Active;
        FD_TRY_ASSIGN(auto ids, idsByCode(database, CodedTable::Units));
        FD_TRY(UnitStatusWriter(m_session).change(ids.value(unitCode), unit, before,
            m_session.today(), true,
            QCoreApplication::translate("fd::EvaluationService",
                "termination withdrawn: the evaluation of %1 was reopened (%2)")
                .arg(key, reason.trimmed())));
    }
    return transaction.commit();
}

Status EvaluationService::setRoomScore(
    const QDate& requested, const QString& unitCode, const Rational& points, const QString& note)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::EnterScores));
    const QDate month = firstOfMonth(requested);
    const QString key = monthKey(month);
    Database& database = m_session.database();
    FD_TRY_ASSIGN(RuleSet rules, RuleRepository(database).current());
    const Rational maximum = ScoringRules::fromRuleSet(rules).roomMaximum;
    if (points < Rational(0) || maximum < points)
        return Error(QCoreApplication::translate(
            "fd::EvaluationService", "A machine-room score lies between 0 and %1.")
                         .arg(maximum.toString(2)));
    Transaction transaction(database);
    FD_TRY(transaction.started());
    EvaluationRepository evaluations(database);
    FD_TRY_ASSIGN(auto finals, evaluations.finals(key));
    if (finals.contains(unitCode))
        return Error(QCoreApplication::translate("fd::EvaluationService",
            "The evaluation of %1 for %2 is final; an admin must reopen it first.")
                         .arg(unitCode, key));
    FD_TRY_ASSIGN(auto ids, idsByCode(database, CodedTable::Units));
    if (!ids.contains(unitCode))
        return Error(QCoreApplication::translate("fd::EvaluationService", "There is no unit “%1”.")
                         .arg(unitCode));
    FD_TRY_ASSIGN(auto before, evaluations.roomScores(key));
    FD_TRY(evaluations.setRoomScore(ids.value(unitCode), key,
        { points, note.trimmed(), m_session.actor().user, m_session.now() }));
    const QString previous
        = before.contains(unitCode) ? before.value(unitCode).points.toString(2) : QString();
    FD_TRY(AuditRepository(database).append({ 0, m_session.now(), m_session.actor().user,
        u"evaluation.room"_s, u"evaluation"_s, unitCode + u'/' + key, previous,
        points.toString(2) + (note.trimmed().isEmpty() ? QString() : u" — "_s + note.trimmed()) }));
    return transaction.commit();
}

Status EvaluationService::setAdjustment(
    const QDate& requested, const QString& unitCode, const Rational& points, const QString& reason)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::EnterScores));
    const bool removal = points == Rational(0) && reason.trimmed().isEmpty();
    if (!removal && reason.trimmed().isEmpty())
        return Error(
            QCoreApplication::translate("fd::EvaluationService", "An adjustment needs a reason."));
    if (points < Rational(-100) || Rational(100) < points)
        return Error(QCoreApplication::translate(
            "fd::EvaluationService", "An adjustment lies between −100 and +100 points."));
    const QDate month = firstOfMonth(requested);
    const QString key = monthKey(month);
    Database& database = m_session.database();
    Transaction transaction(database);
    FD_TRY(transaction.started());
    EvaluationRepository evaluations(database);
    FD_TRY_ASSIGN(auto finals, evaluations.finals(key));
    if (finals.contains(unitCode))
        return Error(QCoreApplication::translate("fd::EvaluationService",
            "The evaluation of %1 for %2 is final; an admin must reopen it first.")
                         .arg(unitCode, key));
    FD_TRY_ASSIGN(auto ids, idsByCode(database, CodedTable::Units));
    if (!ids.contains(unitCode))
        return Error(QCoreApplication::translate("fd::EvaluationService", "There is no unit “%1”.")
                         .arg(unitCode));
    FD_TRY_ASSIGN(auto before, evaluations.adjustments(key));
    const qint64 unitId = ids.value(unitCode);
    if (removal)
        FD_TRY(evaluations.removeAdjustment(unitId, key));
    else
        FD_TRY(evaluations.setAdjustment(
            unitId, key, { points, reason.trimmed(), m_session.actor().user, m_session.now() }));
    const auto previous = before.constFind(unitCode);
    FD_TRY(AuditRepository(database).append({ 0, m_session.now(), m_session.actor().user,
        u"evaluation.adjustment"_s, u"evaluation"_s, unitCode + u'/' + key,
        previous == before.cend() ? QString()
                                  : previous->points.toString(2) + u" — "_s + previous->text,
        removal ? QString() : points.toString(2) + u" — "_s + reason.trimmed() }));
    return transaction.commit();
}

Result<QList<EvidenceRow>> EvaluationService::evidence(
    const QDate& requested, const QString& unitCode) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewEvaluations));
    FD_TRY(checkUnitScope(m_session.actor(), unitCode));
    const QDate month = firstOfMonth(requested);
    Database& database = m_session.database();
    FD_TRY_ASSIGN(auto finals, EvaluationRepository(database).finals(monthKey(month)));
    if (finals.contains(unitCode))
        return EvaluationRepository(database).frozenEvidence(finals.value(unitCode).id);
    FD_TRY_ASSIGN(auto ids, idsByCode(database, CodedTable::Units));
    FD_TRY_ASSIGN(RuleSet rules, RuleRepository(database).current());
    return MonthEvidenceRepository(database).evidence(
        QDateTime(month, QTime(0, 0), m_session.zone()),
        QDateTime(month.addMonths(1), QTime(0, 0), m_session.zone()), m_session.now(),
        ScoringRules::fromRuleSet(rules).repeatWindowDays, ids.value(unitCode));
}

Result<QList<UnitEvaluation>> EvaluationService::finalizedMonths(const QString& unitCode) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewEvaluations));
    FD_TRY(checkUnitScope(m_session.actor(), unitCode));
    FD_TRY_ASSIGN(QList<StoredEvaluation> history,
        EvaluationRepository(m_session.database()).ofUnit(unitCode));
    QList<UnitEvaluation> months;
    for (const StoredEvaluation& stored : history) {
        if (!stored.final)
            continue;
        UnitEvaluation evaluation = fromStored(stored, parseMonth(stored.month).value_or(QDate()));
        evaluation.unitCode = unitCode;
        months.append(evaluation);
    }
    return months;
}

Result<int> EvaluationService::currentStrikes(const QString& unitCode) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewEvaluations));
    FD_TRY(checkUnitScope(m_session.actor(), unitCode));
    Database& database = m_session.database();
    Result<QList<StoredEvaluation>> history = EvaluationRepository(database).ofUnit(unitCode);
    Result<QList<UnitStatusChange>> statuses = UnitRepository(database).statusHistory(unitCode);
    Result<RuleSet> rules = RuleRepository(database).current();
    if (!history.ok() || !statuses.ok() || !rules.ok())
        return Error(!history.ok() ? history.error()
                : !statuses.ok()   ? statuses.error()
                                   : rules.error());
    const QList<FinalizedMonth> finalized = strikeHistory(history.value());
    if (finalized.isEmpty())
        return 0;
    QDate latest = finalized.first().month;
    for (const FinalizedMonth& month : finalized)
        latest = qMax(latest, month.month);
    return strikesInWindow(finalized, latest, lastReinstatement(statuses.value()),
        ScoringRules::fromRuleSet(rules.value()).strikeWindowMonths);
}

} // namespace fd
