#include "demoorders.h"

#include "csv/csvwriter.h"
#include "rules/timeliness.h"
#include "services/areaservice.h"
#include "services/demo/demohabits.h"
#include "services/demo/demonames.h"
#include "services/import/importkind.h"
#include "services/ruleservice.h"
#include "services/teamservice.h"
#include "services/technicianservice.h"
#include "services/unitservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

struct Place
{
    Area area;
    demo::Locale locale = demo::Locale::Spanish;
    QList<Team> teams; // active teams of the area's unit that cover it (or, failing that, any of
                       // the unit's)
    double lateness = 0.05; // how often the unit misses the deadline
    double tidiness = 0.95; // how often a checklist item is done
    bool takesWork = true; // the unit is active (or was, for the older orders of a terminated one)
};

QString street(demo::Locale locale, QRandomGenerator& random)
{
    static const QStringList spanish = { u"Av. José Larco"_s, u"Jr. de la Unión"_s,
        u"Calle Los Pinos"_s, u"Av. Arequipa"_s, u"Calle Las Begonias"_s, u"Av. Benavides"_s,
        u"Jr. Huancavelica"_s, u"Av. La Marina"_s, u"Calle Schell"_s, u"Av. Angamos Oeste"_s };
    static const QStringList chinese = { u"建国路"_s, u"中山路"_s, u"人民路"_s, u"解放大道"_s,
        u"天府大道"_s, u"长江路"_s, u"和平街"_s, u"花园路"_s, u"光华街"_s, u"滨江路"_s };
    const int number = 1 + int(random.bounded(980));
    if (locale == demo::Locale::Spanish)
        return spanish.at(random.bounded(int(spanish.size()))) + u' ' + QString::number(number);
    return chinese.at(random.bounded(int(chinese.size()))) + QString::number(number) + u"号"_s;
}

// Local time with its offset, as an operator's CRM would write it.
QString iso(const QDateTime& when, const QTimeZone& zone)
{
    return when.isValid() ? when.toTimeZone(zone).toString(Qt::ISODate) : QString();
}

QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

} // namespace

Status DemoOrderWriter::write(
    QIODevice& out, qint64 count, qint64 perDay, const ImportProgress& progress)
{
    Result<QList<Unit>> units = UnitService(m_session).list();
    Result<QList<Area>> areas = AreaService(m_session).list();
    Result<QList<Team>> teams = TeamService(m_session).list();
    Result<QList<Technician>> technicians = TechnicianService(m_session).list();
    Result<RuleSet> rules = RuleService(m_session).current();
    for (const QString* failure :
        { &units.error(), &areas.error(), &teams.error(), &technicians.error(), &rules.error() }) {
        if (!failure->isEmpty())
            return Error(*failure);
    }
    QRandomGenerator random(m_seed ^ 0x5eed0);
    FD_TRY_ASSIGN(
        const TimelinessRules timeliness, timelinessRulesOf(m_session.database(), rules.value()));
    const QTimeZone& zone = m_session.zone();
    const QDateTime now = m_session.now();
    const QDate today = m_session.today();

    QHash<QString, Unit> unitByCode;
    for (const Unit& unit : units.value())
        unitByCode.insert(unit.code, unit);
    QHash<QString, QStringList> techniciansOfTeam;
    for (const Technician& technician : technicians.value()) {
        if (technician.active)
            techniciansOfTeam[technician.teamCode].append(technician.code);
    }
    static const QRegularExpression han(u"\\p{Han}"_s);
    QList<Place> places;
    qint64 subscribers = 0;
    for (const Area& area : areas.value()) {
        const Unit unit = unitByCode.value(area.unitCode);
        if (!area.active
            || (unit.status != UnitStatus::Active && unit.status != UnitStatus::Terminated))
            continue;
        Place place;
        place.area = area;
        place.locale = unit.name.contains(han) ? demo::Locale::Chinese : demo::Locale::Spanish;
        QList<Team> unitTeams;
        for (const Team& team : teams.value()) {
            if (team.active && team.unitCode == unit.code
                && techniciansOfTeam.contains(team.code)) {
                unitTeams.append(team);
                if (team.areaCodes.contains(area.code))
                    place.teams.append(team);
            }
        }
        if (place.teams.isEmpty())
            place.teams = unitTeams;
        if (place.teams.isEmpty())
            continue;
        const demo::UnitHabits habits = demo::habitsOf(unit.code);
        place.lateness = habits.lateness;
        place.tidiness = habits.tidiness;
        place.takesWork = unit.status == UnitStatus::Active;
        subscribers += area.subscribers;
        places.append(place);
    }
    if (places.isEmpty())
        return Error(QCoreApplication::translate(
            "fd::DemoService", "There is no active unit with teams to give orders to."));
    // Areas draw orders in proportion to their subscribers.
    QList<qint64> cumulative;
    qint64 running = 0;
    for (const Place& place : places)
        cumulative.append(running += place.area.subscribers);

    if (perDay <= 0)
        perDay
            = qMax<qint64>(50, subscribers / 1000); // about one order a day per thousand households
    const qint64 days = qMax<qint64>(1, (count + perDay - 1) / perDay);
    QHash<QString, QStringList> recentAccounts; // per area, for repeat faults

    out.write(
        csvLine(importColumns(ImportKind::Orders) + optionalImportColumns(ImportKind::Orders)));
    for (qint64 i = 0; i < count; ++i) {
        if (progress && i % 20000 == 0 && !progress(i, count))
            return Error(QCoreApplication::translate(
                "fd::DemoService", "Writing the demo orders was cancelled."));
        const qint64 dayIndex = days - 1 - i * days / count; // oldest first
        const QDate day = today.addDays(-dayIndex);
        const qint64 pick = qint64(random.bounded(quint64(running)));
        const Place& place = places.at(
            std::upper_bound(cumulative.cbegin(), cumulative.cend(), pick) - cumulative.cbegin());
        const int minute = 7 * 60 + int(random.bounded(14 * 60));
        QDateTime received(day, QTime(minute / 60, minute % 60, int(random.bounded(60))), zone);
        received = received.toUTC();
        if (received > now.addSecs(-600))
            received = now.addSecs(-600 - qint64(random.bounded(3600)));

        // About one order in ten is a removal: subscribers leave or move out (the article's
        // "install and removal timeliness").
        const int roll = int(random.bounded(100));
        const OrderKind kind = roll < 50 ? OrderKind::Repair
            : roll < 80                  ? OrderKind::Install
            : roll < 90                  ? OrderKind::Move
                                         : OrderKind::Removal;
        QStringList& accounts = recentAccounts[place.area.code];
        QString account;
        if (kind == OrderKind::Repair && !accounts.isEmpty() && random.bounded(100) < 7) {
            account = accounts.at(random.bounded(int(accounts.size()))); // the same fault again
        } else if (kind == OrderKind::Removal && !accounts.isEmpty()) {
            // A subscriber of the area leaves: the account is taken off the recent ones.
            account = accounts.takeAt(random.bounded(int(accounts.size())));
        } else {
            account = place.area.code + u'-' + QString::number(100000 + random.bounded(900000));
            accounts.append(account);
            if (accounts.size() > 200)
                accounts.removeFirst();
        }
        const QString customer = demo::personName(place.locale, random);
        const Team& team = place.teams.at(random.bounded(int(place.teams.size())));
        const QStringList& crew = techniciansOfTeam.value(team.code);
        const QString technician = crew.at(random.bounded(int(crew.size())));

        const qint64 ageHours = received.secsTo(now) / 3600;
        const bool requestedLater = random.bounded(100) < 5;
        OrderStatus status = OrderStatus::Completed;
        if (!place.takesWork && ageHours < 48) {
            status = OrderStatus::New; // its contract is rescinded: waiting for another unit
        } else if (ageHours < 48) {
            const int stage
                = int(random.bounded(100)) + int(ageHours); // the older, the further along
            status = stage < 25 ? OrderStatus::New
                : stage < 45    ? OrderStatus::Assigned
                : stage < 70    ? OrderStatus::Scheduled
                : stage < 85    ? OrderStatus::OnSite
                                : OrderStatus::Completed;
        } else if (random.bounded(100) < 3) {
            status = OrderStatus::Cancelled;
        }

        QDateTime contacted, start, end, arrived, completed;
        const QDateTime ordinaryDeadline
            = orderDeadline(timeliness, zone, kind, received, false, {});
        if (status != OrderStatus::New && status != OrderStatus::Cancelled) {
            contacted = received.addSecs(600 + qint64(random.bounded(90 * 60)));
            start = requestedLater
                ? QDateTime(received.toTimeZone(zone).date().addDays(2 + random.bounded(3)),
                    QTime(9, 0), zone)
                      .toUTC()
                : contacted.addSecs(3600 + qint64(random.bounded(4 * 3600)));
            // Crews visit between 08:00 and 21:00: a late call books the next morning.
            const QDateTime localStart = start.toTimeZone(zone);
            if (localStart.time() >= QTime(19, 0) || localStart.time() < QTime(8, 0)) {
                const QDate morning = localStart.time() < QTime(8, 0)
                    ? localStart.date()
                    : localStart.date().addDays(1);
                start = QDateTime(morning, QTime(8, 0), zone)
                            .addSecs(qint64(random.bounded(3)) * 3600)
                            .toUTC();
            }
            end = start.addSecs(2 * 3600);
            if (contacted > now) { // not yet called back
                status = OrderStatus::Assigned;
                contacted = start = end = QDateTime();
            }
        }
        const QDateTime deadline = requestedLater && end.isValid() ? end : ordinaryDeadline;
        if (status == OrderStatus::OnSite || status == OrderStatus::Completed) {
            const bool late = random.bounded(1000) < int(place.lateness * 1000);
            arrived = late ? deadline.addSecs(600 + qint64(random.bounded(30 * 3600)))
                           : qMin(start.addSecs(qint64(random.bounded(75 * 60)) - 15 * 60),
                               deadline.addSecs(-1800));
            arrived = qMax(arrived, contacted.addSecs(300));
            completed = arrived.addSecs(40 * 60 + qint64(random.bounded(110 * 60)));
            if (arrived > now) {
                status = OrderStatus::Scheduled;
                arrived = QDateTime();
            } else if (completed > now) {
                status = OrderStatus::OnSite;
            }
            if (status != OrderStatus::Completed)
                completed = QDateTime();
        }
        const bool assigned = status != OrderStatus::New && status != OrderStatus::Cancelled;
        const bool done = status == OrderStatus::Completed;
        auto item = [&](double share) { return yesNo(random.bounded(1000) < int(share * 1000)); };
        const double rx = qBound(-26.5, -19.0 + (random.bounded(600) - 300) / 60.0, -9.0);
        const bool removal = kind == OrderKind::Removal;
        // Most removals bring the ONT back; a customer now and then has lost it or is out.
        const bool ontCollected = random.bounded(100) < 92;
        QString exempt;
        if (done && completed > deadline && random.bounded(100) < 4)
            exempt = random.bounded(2) ? u"third_party"_s : u"force_majeure"_s;

        const QStringList fields = {
            u"WO-%1-%2"_s.arg(day.toString(u"yyMMdd"_s)).arg(i, 8, 10, QChar(u'0')),
            orderKindKey(kind),
            account,
            customer,
            demo::phoneNumber(place.locale, random),
            street(place.locale, random) + u", "_s + place.area.name,
            place.area.code,
            iso(received, zone),
            assigned ? team.code : QString(),
            assigned ? technician : QString(),
            iso(contacted, zone),
            iso(start, zone),
            iso(end, zone),
            yesNo(requestedLater && end.isValid()),
            iso(arrived, zone),
            iso(completed, zone),
            orderStatusKey(status),
            done ? item(place.tidiness) : QString(),
            done ? item(place.tidiness - 0.02) : QString(),
            done ? item(place.tidiness - 0.04) : QString(),
            done && !removal ? u"yes"_s : QString(),
            done ? item(place.tidiness - 0.03) : QString(),
            done ? customer : QString(),
            done && !removal ? QString::number(rx, 'f', 1) : QString(),
            exempt,
            done && removal ? yesNo(ontCollected) : QString(),
        };
        if (out.write(csvLine(fields)) < 0)
            return Error(out.errorString());
    }
    return Status::success();
}

} // namespace fd
