#include "demoservice.h"

#include "rules/allocation.h"
#include "rules/permissions.h"
#include "services/appealservice.h"
#include "services/areaservice.h"
#include "services/assessmentservice.h"
#include "services/demo/democallbacks.h"
#include "services/demo/demohabits.h"
#include "services/demo/demomonitoring.h"
#include "services/demo/demonames.h"
#include "services/demo/demoorders.h"
#include "services/equipmentservice.h"
#include "services/evaluationservice.h"
#include "services/evidenceservice.h"
#include "services/import/importservice.h"
#include "services/ruleservice.h"
#include "services/teamservice.h"
#include "services/technicianservice.h"
#include "services/unitservice.h"
#include "services/userservice.h"
#include "storage/database.h"
#include "storage/lookups.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// How a demo unit falls short of SPEC §3, if it does.
enum class Shortfall
{
    None,
    Splicers,
    FourWheel,
    Technicians,
    UncoveredArea,
    Teams,
    ToolKits
};

struct UnitPlan
{
    Unit unit;
    demo::Locale locale = demo::Locale::Spanish;
    Shortfall shortfall = Shortfall::None;
    QList<Area> areas;
    QList<Team> teams;
    QList<Technician> technicians;
    QList<EquipmentHolding> equipment;
    qint64 subscribers = 0;
};

class Planner
{
public:
    Planner(quint32 seed, const AllocationRules& rules, const QDate& today)
        : m_random(seed)
        , m_rules(rules)
        , m_today(today)
    { }

    QList<UnitPlan> plan()
    {
        // Seven units meet every rule; five fall short, each in its own way.
        QList<Shortfall> shortfalls
            = { Shortfall::None, Shortfall::None, Shortfall::None, Shortfall::None, Shortfall::None,
                  Shortfall::None, Shortfall::None, Shortfall::Splicers, Shortfall::FourWheel,
                  Shortfall::Technicians, Shortfall::UncoveredArea, Shortfall::ToolKits };
        std::shuffle(shortfalls.begin(), shortfalls.end(), m_random);
        QList<UnitPlan> plans;
        QStringList spanishDistricts = demo::districtNames(demo::Locale::Spanish);
        QStringList chineseDistricts = demo::districtNames(demo::Locale::Chinese);
        std::shuffle(spanishDistricts.begin(), spanishDistricts.end(), m_random);
        std::shuffle(chineseDistricts.begin(), chineseDistricts.end(), m_random);
        for (int i = 0; i < demo::unitNames().size(); ++i) {
            const demo::UnitName& name = demo::unitNames().at(i);
            QStringList& districts
                = name.locale == demo::Locale::Spanish ? spanishDistricts : chineseDistricts;
            plans.append(planUnit(i, name, shortfalls.at(i), districts));
        }
        return plans;
    }

private:
    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }

    UnitPlan planUnit(
        int index, const demo::UnitName& name, Shortfall shortfall, QStringList& districts)
    {
        UnitPlan plan;
        plan.locale = name.locale;
        plan.shortfall = shortfall;
        plan.unit.code = u"U%1"_s.arg(index + 1, 2, 10, QChar(u'0'));
        plan.unit.name = name.name;
        plan.unit.contractNo = u"CT-%1-%2"_s.arg(2023 + index % 3).arg(between(100, 999));
        plan.unit.contractStart = m_today.addDays(-between(200, 1000));

        const int areaCount = between(3, 6);
        for (int a = 0; a < areaCount; ++a) {
            Area area;
            area.code = u"%1-A%2"_s.arg(plan.unit.code).arg(a + 1);
            area.name = districts.takeFirst();
            area.unitCode = plan.unit.code;
            area.subscribers = qint64(between(15, 110)) * 100 + between(0, 99);
            plan.subscribers += area.subscribers;
            plan.areas.append(area);
        }
        // A missing four-wheel vehicle only matters above the threshold.
        if (shortfall == Shortfall::FourWheel
            && plan.subscribers <= m_rules.fourWheelAboveSubscribers) {
            plan.areas.first().subscribers += m_rules.fourWheelAboveSubscribers;
            plan.subscribers += m_rules.fourWheelAboveSubscribers;
        }

        const qint64 s = plan.subscribers;
        const int teamCount = int(qMax<qint64>(1, requiredTeams(m_rules, s)));
        for (int t = 0; t < teamCount; ++t) {
            Team team;
            team.code = u"%1-T%2"_s.arg(plan.unit.code).arg(t + 1);
            team.unitCode = plan.unit.code;
            team.name = plan.locale == demo::Locale::Spanish ? u"Cuadrilla %1"_s.arg(t + 1)
                                                             : u"第%1维护班"_s.arg(t + 1);
            plan.teams.append(team);
        }
        // Areas go round the teams; one area is left to nobody when that is the shortfall.
        const int coveredAreas = shortfall == Shortfall::UncoveredArea && areaCount > teamCount
            ? areaCount - 1
            : areaCount;
        for (int a = 0; a < coveredAreas; ++a)
            plan.teams[a % teamCount].areaCodes.append(plan.areas.at(a).code);

        qint64 technicians = requiredTechnicians(m_rules, s, teamCount) + between(0, 2);
        if (shortfall == Shortfall::Technicians)
            technicians
                = qMax<qint64>(1, requiredTechnicians(m_rules, s, teamCount) - between(1, 3));
        const int withoutKit = shortfall == Shortfall::ToolKits ? between(1, 3) : 0;
        const int inactive = between(0, 2);
        for (qint64 k = 0; k < technicians + inactive; ++k) {
            Technician technician;
            technician.code = u"%1-P%2"_s.arg(plan.unit.code).arg(k + 1, 3, 10, QChar(u'0'));
            technician.teamCode = plan.teams.at(int(k % teamCount)).code;
            technician.name = demo::personName(plan.locale, m_random);
            technician.phone = demo::phoneNumber(plan.locale, m_random);
            technician.permitNo = u"WP-%1-%2"_s.arg(m_today.year()).arg(between(10000, 99999));
            technician.active = k < technicians;
            technician.ftthKit = technician.active ? k >= withoutKit : m_random.bounded(2) == 0;
            plan.technicians.append(technician);
        }

        // Equipment: one splicer, ladder and drill with each team, the rest with the unit.
        qint64 splicers = requiredFusionSplicers(m_rules, s) + (m_random.bounded(3) == 0 ? 1 : 0);
        if (shortfall == Shortfall::Splicers)
            splicers = qMax<qint64>(0, requiredFusionSplicers(m_rules, s) - between(1, 2));
        const qint64 teamSplicers = qMin<qint64>(splicers, teamCount);
        for (const Team& team : std::as_const(plan.teams)) {
            const bool holdsSplicer = plan.equipment.size() / 3 < teamSplicers;
            plan.equipment.append(
                { plan.unit.code, team.code, EquipmentKind::FusionSplicer, holdsSplicer ? 1 : 0 });
            plan.equipment.append({ plan.unit.code, team.code, EquipmentKind::Ladder, 1 });
            plan.equipment.append({ plan.unit.code, team.code, EquipmentKind::ElectricDrill, 1 });
        }
        plan.equipment.append(
            { plan.unit.code, {}, EquipmentKind::FusionSplicer, splicers - teamSplicers });
        plan.equipment.append({ plan.unit.code, {}, EquipmentKind::SpecialVehicle, between(1, 2) });
        const qint64 fourWheel
            = shortfall == Shortfall::FourWheel ? 0 : requiredFourWheelVehicles(m_rules, s);
        plan.equipment.append({ plan.unit.code, {}, EquipmentKind::FourWheelVehicle, fourWheel });
        plan.equipment.append({ plan.unit.code, {}, EquipmentKind::Ladder, between(0, 1) });
        return plan;
    }

    QRandomGenerator m_random;
    AllocationRules m_rules;
    QDate m_today;
};

// SPEC §10: a few appeals against the last finalized month, so that the appeals page and
// the evaluation's "re-evaluation due" have something to show: a late order contested and
// still open, a complaint contested and dismissed, a repeat fault contested and upheld (its
// unit's month is then due for re-evaluation). Filed by the evaluator, decided by the admin,
// each on a unit of its own, the first unit (by code) that has such an item.
Status addDemoAppeals(const Session& session, const QDate& month)
{
    Session evaluator(
        session.database(), Actor { u"evaluator"_s, Role::Evaluator }, session.zone());
    Session admin(session.database(), Actor { u"admin"_s, Role::Admin }, session.zone());
    evaluator.setClock([&session] { return session.now(); });
    // The decision comes a minute after the finalization it calls into question, so that the
    // month is "re-evaluation due" whatever the clock's resolution (a pinned clock included).
    admin.setClock([&session] { return session.now().addSecs(60); });
    FD_TRY_ASSIGN(QList<Unit> units, UnitService(session).list());
    std::sort(
        units.begin(), units.end(), [](const Unit& a, const Unit& b) { return a.code < b.code; });
    struct Plan
    {
        AppealItem item;
        std::optional<bool> uphold; // none: left open
        const char* grounds;
        const char* reason;
    };
    const QList<Plan> plans = {
        { AppealItem::LateOrder, std::nullopt,
            QT_TRANSLATE_NOOP("fd::DemoService",
                "The customer moved the appointment by phone the day before; the call is in "
                "the CRM notes, so the new time should be the deadline."),
            nullptr },
        { AppealItem::Complaint, false,
            QT_TRANSLATE_NOOP("fd::DemoService",
                "The customer's router was not ours; the fault was in the customer's own "
                "equipment, not the technician's work."),
            QT_TRANSLATE_NOOP("fd::DemoService",
                "The photos show our ONT replaced badly; the complaint stands.") },
        { AppealItem::Repeat, true,
            QT_TRANSLATE_NOOP("fd::DemoService",
                "The second fault was a cable cut by road works, logged by the municipality; "
                "it has nothing to do with the first repair."),
            QT_TRANSLATE_NOOP("fd::DemoService",
                "The municipality's notice confirms the cut: not a repeat of our repair.") },
    };
    QSet<QString> used;
    for (const Plan& plan : plans) {
        for (const Unit& unit : std::as_const(units)) {
            if (used.contains(unit.code) || unit.status == UnitStatus::Candidate
                || unit.status == UnitStatus::Retired)
                continue;
            FD_TRY_ASSIGN(QList<EvidenceDetail> evidence,
                EvidenceService(session).evaluation(month, unit.code));
            std::optional<QString> ref;
            for (const EvidenceDetail& detail : std::as_const(evidence)) {
                const EvidenceRow& row = detail.row;
                if (plan.item == AppealItem::LateOrder && row.kind == EvidenceKind::Order
                    && row.flag == 0 && !detail.orderNumber.isEmpty())
                    ref = detail.orderNumber;
                else if (plan.item == AppealItem::Repeat && row.kind == EvidenceKind::Repair
                    && row.flag != 0 && !detail.orderNumber.isEmpty())
                    ref = detail.orderNumber;
                else if (plan.item == AppealItem::Complaint && row.kind == EvidenceKind::Complaint)
                    ref = QString::number(row.refId);
                if (ref)
                    break;
            }
            if (!ref)
                continue;
            FD_TRY_ASSIGN(Appeal filed,
                AppealService(evaluator).file(unit.code, month, plan.item, *ref,
                    QCoreApplication::translate("fd::DemoService", plan.grounds)));
            if (plan.uphold) {
                FD_TRY(AppealService(admin).decide(filed.id, *plan.uphold,
                    QCoreApplication::translate("fd::DemoService", plan.reason)));
            }
            used.insert(unit.code);
            break;
        }
    }
    return Status::success();
}

} // namespace

Status DemoService::addCallbacksAndEvaluations(quint32 seed)
{
    // The calls and complaints that followed the orders, through their importers too.
    QTemporaryFile callbacks;
    QTemporaryFile complaints;
    if (!callbacks.open() || !complaints.open())
        return Error(callbacks.errorString());
    FD_TRY(DemoCallbackWriter(m_session, seed).write(callbacks, complaints));
    callbacks.flush();
    complaints.flush();
    for (const auto& [kind, file] :
        { std::pair<ImportKind, QTemporaryFile*>(ImportKind::Callbacks, &callbacks),
            std::pair<ImportKind, QTemporaryFile*>(ImportKind::Complaints, &complaints) }) {
        ImportFailure failure;
        if (!ImportService(m_session).importFile(kind, file->fileName(), &failure).ok()) {
            return Error(QCoreApplication::translate(
                "fd::DemoService", "The demo data could not be written: %1")
                             .arg(failure.summary()));
        }
    }

    // The supervisors listened to a sample of every agent's calls (SPEC §17).
    FD_TRY(scoreDemoCalls(m_session, seed));

    // Every month that has ended since the first order is inspected and finalized, so the
    // evaluation page has a history and the 80-point rule has had its say.
    FD_TRY_ASSIGN(QList<Unit> units, UnitService(m_session).list());
    FD_TRY_ASSIGN(QDateTime first, LookupRepository(m_session.database()).firstOrderReceivedAt());
    // No order yet: from the epoch, as an empty MIN() read as 0 did.
    const QDateTime firstAt = first.isValid() ? first : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const QDate firstDay = firstAt.toTimeZone(m_session.zone()).date();
    const QDate thisMonth(m_session.today().year(), m_session.today().month(), 1);
    EvaluationService evaluations(m_session);
    for (QDate month(firstDay.year(), firstDay.month(), 1); month < thisMonth;
         month = month.addMonths(1)) {
        for (const Unit& unit : units) {
            if (unit.status == UnitStatus::Candidate || unit.status == UnitStatus::Retired)
                continue;
            FD_TRY(evaluations.setRoomScore(month, unit.code,
                Rational(demo::habitsOf(unit.code).roomScore),
                QCoreApplication::translate("fd::DemoService", "Inspected on site")));
        }
        FD_TRY_ASSIGN(MonthEvaluation finalized, evaluations.finalize(month));
    }
    if (firstDay < thisMonth)
        FD_TRY(addDemoAppeals(m_session, thisMonth.addMonths(-1)));
    return Status::success();
}

Result<DemoSummary> DemoService::generate(
    quint32 seed, qint64 orders, const ImportProgress& progress)
{
    FD_TRY(checkAllowed(m_session.actor(), Action::LoadDemoData));
    Database& database = m_session.database();
    FD_TRY_ASSIGN(qint64 existing, LookupRepository(database).unitCount());
    if (existing > 0) {
        return Error(QCoreApplication::translate("fd::DemoService",
            "The database %1 already holds units; demo data is only loaded into an empty database.")
                         .arg(database.location().displayName()));
    }
    FD_TRY_ASSIGN(RuleSet rules, RuleService(m_session).current());
    const QList<UnitPlan> plans
        = Planner(seed, AllocationRules::fromRuleSet(rules), m_session.today()).plan();

    QList<Unit> units;
    QList<Area> areas;
    QList<Team> teams;
    QList<Technician> technicians;
    QList<EquipmentHolding> equipment;
    QList<Assessment> assessments;
    DemoSummary summary;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const UnitPlan& plan = plans.at(i);
        units.append(plan.unit);
        areas += plan.areas;
        teams += plan.teams;
        technicians += plan.technicians;
        equipment += plan.equipment;
        summary.subscribers += plan.subscribers;
        const bool candidate = i == plans.size() - 1;
        Assessment qualification;
        qualification.unitCode = plan.unit.code;
        qualification.kind = AssessmentKind::Qualification;
        qualification.date
            = candidate ? m_session.today().addDays(-12) : plan.unit.contractStart.addDays(14);
        qualification.score = candidate ? 52 : 64 + int(i * 7 % 31);
        qualification.passed = !candidate;
        qualification.assessor
            = plan.locale == demo::Locale::Spanish ? u"Ing. Beatriz Salazar"_s : u"周建国 工程师"_s;
        qualification.notes = candidate ? QCoreApplication::translate("fd::DemoService",
                                  "Splicing practice below standard; to be assessed again.")
                                        : QString();
        assessments.append(qualification);
    }
    summary.units = int(units.size());
    summary.areas = int(areas.size());
    summary.teams = int(teams.size());
    summary.technicians = int(technicians.size());

    Transaction transaction(database);
    FD_TRY(transaction.started());
    const std::function<BatchStatus()> steps[] = {
        [&] { return UnitService(m_session).save(units, UnitService::Origin::Edited); },
        [&] { return AreaService(m_session).save(areas); },
        [&] { return TeamService(m_session).save(teams); },
        [&] { return TechnicianService(m_session).save(technicians); },
        [&] { return EquipmentService(m_session).save(equipment); },
        [&] { return AssessmentService(m_session).record(assessments); },
    };
    for (const auto& step : steps) {
        const BatchStatus saved = step();
        if (!saved.ok())
            return Error(QCoreApplication::translate(
                "fd::DemoService", "The demo data could not be written: %1")
                             .arg(saved.error()));
    }
    if (orders > 0) {
        // Through the orders file and its importer, so the demo orders obey every rule a
        // real CRM export must.
        QTemporaryFile file;
        if (!file.open())
            return Error(file.errorString());
        FD_TRY(DemoOrderWriter(m_session, seed).write(file, orders));
        file.flush();
        ImportFailure failure;
        Result<ImportOutcome> imported = ImportService(m_session).importFile(
            ImportKind::Orders, file.fileName(), &failure, progress);
        if (!imported.ok()) {
            return Error(QCoreApplication::translate(
                "fd::DemoService", "The demo data could not be written: %1")
                             .arg(failure.summary()));
        }
        summary.orders = imported.value().summary.created;
        FD_TRY(addCallbacksAndEvaluations(seed));
    }
    FD_TRY(addUsers());
    FD_TRY(transaction.commit());
    return summary;
}

const QList<DemoUser>& DemoService::users()
{
    static const QList<DemoUser> list = {
        { u"admin"_s, u"Marta Ríos"_s, Role::Admin, u"demo-admin"_s },
        { u"dispatcher"_s, u"Carlos Quispe"_s, Role::Dispatcher, u"demo-dispatcher"_s },
        { u"agent"_s, u"李娜"_s, Role::CallbackAgent, u"demo-agent"_s },
        { u"evaluator"_s, u"Lucía Fernández"_s, Role::Evaluator, u"demo-evaluator"_s },
        { u"supervisor"_s, u"Ana Torres"_s, Role::CallbackSupervisor, u"demo-supervisor"_s },
        { u"zhou.qiang"_s, u"周强"_s, Role::CallbackSupervisor, u"demo-supervisor"_s },
    };
    return list;
}

Status DemoService::addUsers()
{
    UserService service(m_session);
    FD_TRY_ASSIGN(QList<User> existing, service.list());
    for (const DemoUser& demo : users()) {
        // A first admin created before the demo keeps the name.
        const bool taken = std::any_of(existing.cbegin(), existing.cend(),
            [&demo](const User& user) { return user.name == demo.name; });
        if (taken)
            continue;
        User user;
        user.name = demo.name;
        user.displayName = demo.displayName;
        user.role = demo.role;
        FD_TRY_ASSIGN(User created, service.create(user, demo.password));
    }
    return Status::success();
}

} // namespace fd
