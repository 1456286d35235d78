#include "assessmentservice.h"

#include "rules/permissions.h"
#include "rules/ruleset.h"
#include "services/batchchecks.h"
#include "services/unitstatuswriter.h"
#include "storage/assessmentrepository.h"
#include "storage/database.h"
#include "storage/lookups.h"
#include "storage/rulerepository.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<QList<Assessment>> AssessmentService::list(const QString& unitCode) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrganisation));
    return AssessmentRepository(m_session.database()).list(unitCode);
}

Result<bool> AssessmentService::qualificationPasses(double score) const
{
    FD_TRY_ASSIGN(RuleSet rules, RuleRepository(m_session.database()).current());
    return score >= rules.value(rule::kQualificationPassMark);
}

BatchStatus AssessmentService::record(const QList<Assessment>& assessments, SaveSummary* summary)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::RecordAssessment));
    Database& database = m_session.database();
    FD_TRY_ASSIGN(RuleSet rules, RuleRepository(database).current());
    const double passMark = rules.value(rule::kQualificationPassMark);
    FD_TRY_ASSIGN(QList<Unit> unitList, UnitRepository(database).all());
    FD_TRY_ASSIGN(auto unitIds, idsByCode(database, CodedTable::Units));
    // The units as they will stand after each assessment, so that a file with a
    // qualification and, later, a retraining of the same unit is judged in order.
    QHash<QString, Unit> units;
    for (const Unit& unit : unitList)
        units.insert(unit.code, unit);

    QList<qsizetype> order(assessments.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](qsizetype a, qsizetype b) { return assessments.at(a).date < assessments.at(b).date; });

    // Assessments already on record are left as they are and not judged again: a file
    // imported twice changes nothing the second time.
    AssessmentRepository repository(database);
    QSet<qsizetype> recorded;
    for (qsizetype i = 0; i < assessments.size(); ++i) {
        const qint64 unitId = unitIds.value(assessments.at(i).unitCode);
        if (unitId == 0)
            continue;
        FD_TRY_ASSIGN(bool known, repository.exists(unitId, assessments.at(i)));
        if (known)
            recorded.insert(i);
    }

    BatchChecker checker;
    const QDate today = m_session.today();
    for (qsizetype i : order) {
        const Assessment& assessment = assessments.at(i);
        if (recorded.contains(i))
            continue;
        checker.add(i, checkAssessment(assessment));
        checker.once(i, u"date"_s,
            QStringList { assessment.unitCode, assessmentKindKey(assessment.kind),
                assessment.date.toString(Qt::ISODate), QString::number(assessment.score),
                QString::number(assessment.passed) }
                .join(u'\x1f'));
        if (assessment.date.isValid() && assessment.date > today)
            checker.add(i, u"date"_s,
                QCoreApplication::translate("fd::AssessmentService", "is in the future"));
        checker.reference(i, u"unit_code"_s, unitIds, assessment.unitCode,
            QCoreApplication::translate("fd::AssessmentService", "there is no unit “%1”")
                .arg(assessment.unitCode));
        auto unit = units.find(assessment.unitCode);
        if (unit == units.end())
            continue;
        if (assessment.kind == AssessmentKind::Qualification) {
            const bool passes = assessment.score >= passMark;
            if (passes != assessment.passed) {
                checker.add(i, u"passed"_s,
                    passes ? QCoreApplication::translate("fd::AssessmentService",
                        "says failed, but the score reaches the pass mark of %1")
                                 .arg(passMark)
                           : QCoreApplication::translate("fd::AssessmentService",
                               "says passed, but the score is below the pass mark of %1")
                                 .arg(passMark));
            } else if (passes && unit->status == UnitStatus::Candidate) {
                unit->status = UnitStatus::Active;
                unit->statusSince = assessment.date;
            }
        } else {
            if (unit->status != UnitStatus::Terminated) {
                checker.add(i, u"kind"_s,
                    QCoreApplication::translate("fd::AssessmentService",
                        "a retraining answers a termination, and the unit “%1” is %2")
                        .arg(unit->code, unitStatusDisplayName(unit->status).toLower()));
            } else if (unit->statusSince.isValid() && assessment.date < unit->statusSince) {
                checker.add(i, u"date"_s,
                    QCoreApplication::translate("fd::AssessmentService",
                        "is before the termination of %1 that the retraining answers")
                        .arg(unit->statusSince.toString(Qt::ISODate)));
            } else if (assessment.passed) {
                unit->status = UnitStatus::Active;
                unit->statusSince = assessment.date;
            }
        }
    }
    if (checker.failed())
        return checker.status();

    Transaction transaction(database);
    FD_TRY(transaction.started());
    UnitRepository unitRepository(database);
    UnitStatusWriter statusWriter(m_session);
    SaveSummary counts;
    for (qsizetype i : order) {
        const Assessment& assessment = assessments.at(i);
        const qint64 unitId = unitIds.value(assessment.unitCode);
        if (recorded.contains(i)) {
            ++counts.unchanged;
            continue;
        }
        FD_TRY(repository.insert(unitId, assessment, m_session.now(), m_session.actor().user));
        ++counts.created;
        if (!assessment.passed)
            continue;
        FD_TRY_ASSIGN(std::optional<Unit> stored, unitRepository.find(assessment.unitCode));
        Unit unit = *stored;
        const bool qualifies = assessment.kind == AssessmentKind::Qualification
            && unit.status == UnitStatus::Candidate;
        const bool reinstates = assessment.kind == AssessmentKind::Retraining
            && unit.status == UnitStatus::Terminated;
        if (qualifies || reinstates) {
            const QString reason = (qualifies ? QCoreApplication::translate(
                                        "fd::AssessmentService", "qualification passed with %1")
                                              : QCoreApplication::translate("fd::AssessmentService",
                                                  "retraining passed with %1"))
                                       .arg(assessment.score);
            FD_TRY(statusWriter.change(
                unitId, unit, UnitStatus::Active, assessment.date, true, reason));
        }
    }
    FD_TRY(transaction.commit());
    if (summary)
        *summary = counts;
    return {};
}

} // namespace fd
