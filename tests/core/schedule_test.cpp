// A team's day (SPEC §14): each problem on a hand-built day, then the service over a database.
#include "rules/schedule.h"
#include "services/import/importservice.h"
#include "services/scheduleservice.h"
#include "services/technicianservice.h"
#include "storage/rulerepository.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kLima("America/Lima");
const QDate kDay(2026, 11, 20);

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(kDay, QTime(hour, minute), kLima).toUTC();
}

WorkOrder booked(const QString& number, QDateTime start, QDateTime end,
    const QString& area = u"A1"_s, QDateTime deadline = at(23, 59))
{
    WorkOrder order;
    order.number = number;
    order.areaCode = area;
    order.appointmentStart = start;
    order.appointmentEnd = end;
    order.deadline = deadline;
    order.status = OrderStatus::Scheduled;
    return order;
}

ScheduleTeam twoTechnicians()
{
    return { u"T1"_s, 2, true, { u"A1"_s, u"A2"_s } };
}

QHash<QString, QStringList> problemsByOrder(const TeamDay& day)
{
    QHash<QString, QStringList> problems;
    for (const ScheduledOrder& order : day.orders) {
        QStringList keys;
        for (ScheduleProblem problem : order.problems)
            keys.append(scheduleProblemKey(problem));
        problems.insert(order.number, keys);
    }
    return problems;
}

} // namespace

TEST(ScheduleRule, EachProblemOnAHandBuiltDay)
{
    const QList<WorkOrder> orders {
        // Issue 16's four windows for a team of two: three at once from 09:36 (A, B, C) and
        // from 10:36 (B, C, D).
        booked(u"A"_s, at(8), at(10)),
        booked(u"B"_s, at(9), at(11)),
        booked(u"C"_s, at(9, 36), at(11, 36)),
        booked(u"D"_s, at(10, 36), at(12, 36)),
        booked(u"LATE"_s, at(13), at(15), u"A1"_s, at(14)),
        booked(u"EVENING"_s, at(19), at(21)),
        booked(u"EARLY"_s, at(7), at(8, 30)),
        booked(u"AWAY"_s, at(15), at(16), u"A9"_s),
    };
    const TeamDay day = teamDay(twoTechnicians(), orders, WorkingHours(), kLima);
    EXPECT_EQ(day.team, u"T1"_s);
    EXPECT_EQ(day.technicians, 2);
    EXPECT_EQ(day.bookedMinutes, 120 + 120 + 120 + 120 + 120 + 120 + 90 + 60);
    const QHash<QString, QStringList> problems = problemsByOrder(day);
    EXPECT_EQ(problems.value(u"A"_s), QStringList({ u"overlap"_s }));
    EXPECT_EQ(problems.value(u"B"_s), QStringList({ u"overlap"_s }));
    EXPECT_EQ(problems.value(u"C"_s), QStringList({ u"overlap"_s }));
    EXPECT_EQ(problems.value(u"D"_s), QStringList({ u"overlap"_s }));
    EXPECT_EQ(problems.value(u"LATE"_s), QStringList({ u"after_deadline"_s }));
    EXPECT_EQ(problems.value(u"EVENING"_s), QStringList({ u"outside_hours"_s }));
    EXPECT_EQ(problems.value(u"EARLY"_s), QStringList({ u"outside_hours"_s }))
        << "with A, two at once: as many as the technicians";
    EXPECT_EQ(problems.value(u"AWAY"_s), QStringList({ u"area_not_covered"_s }))
        << "LATE ends at 15:00 when AWAY starts: no overlap";
    QStringList order;
    for (const ScheduledOrder& scheduled : day.orders)
        order.append(scheduled.number);
    EXPECT_EQ(order,
        QStringList(
            { u"EARLY"_s, u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"LATE"_s, u"AWAY"_s, u"EVENING"_s }));
}

TEST(ScheduleRule, ATeamOfATerminatedUnitOrWithoutTechnicians)
{
    ScheduleTeam team = twoTechnicians();
    team.unitActive = false;
    const QList<WorkOrder> one { booked(u"A"_s, at(9), at(11)) };
    EXPECT_EQ(problemsByOrder(teamDay(team, one, WorkingHours(), kLima)).value(u"A"_s),
        QStringList({ u"unit_not_active"_s }));
    team.unitActive = true;
    team.technicians = 0;
    EXPECT_EQ(problemsByOrder(teamDay(team, one, WorkingHours(), kLima)).value(u"A"_s),
        QStringList({ u"overlap"_s }))
        << "nobody to do even one job";
}

TEST(ScheduleRule, WorkingHoursAreASettingAndOrdersWithoutAWindowAreLeftOut)
{
    WorkingHours hours { QTime(9, 0), QTime(18, 0) };
    WorkOrder unbooked = booked(u"NONE"_s, QDateTime(), QDateTime());
    const TeamDay day = teamDay(twoTechnicians(),
        { booked(u"A"_s, at(8), at(10)), booked(u"B"_s, at(16), at(18)), unbooked }, hours, kLima);
    ASSERT_EQ(day.orders.size(), 2);
    EXPECT_EQ(problemsByOrder(day).value(u"A"_s), QStringList({ u"outside_hours"_s }));
    EXPECT_EQ(problemsByOrder(day).value(u"B"_s), QStringList()) << "ending at closing is inside";
}

TEST(ScheduleRule, ABookingIsCheckedBeforeItIsSaved)
{
    const QList<WorkOrder> day { booked(u"A"_s, at(9), at(11)), booked(u"B"_s, at(9), at(11)) };
    const WorkOrder order = booked(u"NEW"_s, QDateTime(), QDateTime(), u"A2"_s, at(12));
    EXPECT_EQ(bookingProblems(twoTechnicians(), order, at(10), at(13), day, WorkingHours(), kLima),
        QList<ScheduleProblem>({ ScheduleProblem::Overlap, ScheduleProblem::AfterDeadline }));
    EXPECT_TRUE(bookingProblems(twoTechnicians(), order, at(11), at(12), day, WorkingHours(), kLima)
                    .isEmpty());
}

namespace {

class Schedule : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.setNow(QDateTime(kDay, QTime(7, 0), kLima).toUTC());
        test::seedSmallOrganisation(db.session());
        ASSERT_TRUE(TechnicianService(db.session())
                        .save({ { u"P1"_s, u"T1"_s, u"María Quispe"_s, u""_s, u""_s, true, true },
                            { u"P2"_s, u"T1"_s, u"Luis Rojas"_s, u""_s, u""_s, true, false } })
                        .ok());
        QByteArray file = importColumns(ImportKind::Orders).join(u',').toUtf8() + "\n";
        file += "WO-1,install,AC-1,Rosa,,,A1,2026-11-19T17:00:00,T1,,2026-11-19T18:00:00,"
                "2026-11-20T09:00:00,2026-11-20T11:00:00,no,,,scheduled,,,,,,,,\n";
        file += "WO-2,install,AC-2,Eva,,,A2,2026-11-19T17:00:00,T1,,2026-11-19T18:00:00,"
                "2026-11-20T10:00:00,2026-11-20T12:00:00,no,,,scheduled,,,,,,,,\n";
        file += "WO-3,install,AC-3,Ana,,,A2,2026-11-19T17:00:00,T1,,2026-11-19T18:00:00,"
                "2026-11-21T10:00:00,2026-11-21T12:00:00,no,,,scheduled,,,,,,,,\n";
        ASSERT_TRUE(test::imported(db.session(), ImportKind::Orders, file, u"o.csv"_s));
    }

    test::TestDatabase db;
};

} // namespace

TEST_F(Schedule, TheServiceReadsTheTeamsDay)
{
    Result<QList<TeamDay>> days = ScheduleService(db.session()).day(kDay);
    ASSERT_TRUE(days.ok()) << days.error().toStdString();
    ASSERT_EQ(days.value().size(), 1);
    const TeamDay& day = days.value().first();
    EXPECT_EQ(day.team, u"T1"_s);
    EXPECT_EQ(day.technicians, 1) << "Luis is not active";
    EXPECT_EQ(day.bookedMinutes, 240);
    const QHash<QString, QStringList> problems = problemsByOrder(day);
    EXPECT_EQ(problems.keys().size(), 2) << "WO-3 is on the next day";
    EXPECT_EQ(problems.value(u"WO-1"_s), QStringList({ u"overlap"_s }));
    EXPECT_EQ(problems.value(u"WO-2"_s), QStringList({ u"overlap"_s }));

    ASSERT_TRUE(SettingsRepository(db.database())
                    .setValue(QString::fromLatin1(ScheduleService::kStartSetting), u"10:00"_s)
                    .ok());
    days = ScheduleService(db.session()).day(kDay, u"T1"_s);
    ASSERT_TRUE(days.ok()) << days.error().toStdString();
    EXPECT_EQ(problemsByOrder(days.value().first()).value(u"WO-1"_s),
        QStringList({ u"overlap"_s, u"outside_hours"_s }));
}

TEST_F(Schedule, BadSettingsAndUnknownTeamsAreRefusedWithTheirNames)
{
    Result<QList<TeamDay>> unknown = ScheduleService(db.session()).day(kDay, u"T9"_s);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(u"T9"_s)) << unknown.error().toStdString();
    ASSERT_TRUE(SettingsRepository(db.database())
                    .setValue(QString::fromLatin1(ScheduleService::kEndSetting), u"7pm"_s)
                    .ok());
    Result<QList<TeamDay>> bad = ScheduleService(db.session()).day(kDay);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().contains(u"7pm"_s)) << bad.error().toStdString();
}

namespace {

// WO-4: a new order in A1 nobody has taken, received the day before kDay.
void importNewOrder(test::TestDatabase& db)
{
    QByteArray file = importColumns(ImportKind::Orders).join(u',').toUtf8() + "\n";
    file += "WO-4,install,AC-4,Lucía,,,A1,2026-11-19T17:00:00,,,,,,no,,,new,,,,,,,,\n";
    ASSERT_TRUE(test::imported(db.session(), ImportKind::Orders, file, u"n.csv"_s));
}

Booking bookingFor(const QString& team, const QDateTime& start, const QDateTime& end)
{
    Booking booking;
    booking.teamCode = team;
    booking.start = start;
    booking.end = end;
    return booking;
}

QStringList keysOf(const QList<ScheduleProblem>& problems)
{
    QStringList keys;
    for (ScheduleProblem problem : problems)
        keys.append(scheduleProblemKey(problem));
    return keys;
}

QStringList actionsOf(test::TestDatabase& db, const QString& number)
{
    QStringList actions;
    for (const OrderEvent& event : OrderService(db.session()).history(number).value())
        actions.append(event.action);
    return actions;
}

} // namespace

TEST_F(Schedule, APreviewNamesTheProblemsBeforeAnythingIsSaved)
{
    importNewOrder(db);
    ScheduleService schedule(db.session());
    // T1 has one active technician and WO-1 from 09:00 to 11:00.
    Result<QList<ScheduleProblem>> overlap
        = schedule.preview(u"WO-4"_s, bookingFor(u"T1"_s, at(10), at(12)));
    ASSERT_TRUE(overlap.ok()) << overlap.error().toStdString();
    EXPECT_EQ(keysOf(overlap.value()), QStringList({ u"overlap"_s }));
    const WorkOrder order = OrderService(db.session()).find(u"WO-4"_s).value().value();
    ASSERT_TRUE(order.deadline.isValid());
    const QDateTime late = order.deadline.addSecs(3600);
    Result<QList<ScheduleProblem>> afterDeadline
        = schedule.preview(u"WO-4"_s, bookingFor(u"T1"_s, late.addSecs(-7200), late));
    ASSERT_TRUE(afterDeadline.ok()) << afterDeadline.error().toStdString();
    EXPECT_TRUE(keysOf(afterDeadline.value()).contains(u"after_deadline"_s));
    Result<QList<ScheduleProblem>> clean
        = schedule.preview(u"WO-4"_s, bookingFor(u"T1"_s, at(13), at(15)));
    ASSERT_TRUE(clean.ok());
    EXPECT_TRUE(clean.value().isEmpty()) << keysOf(clean.value()).join(u',').toStdString();
    EXPECT_EQ(OrderService(db.session()).find(u"WO-4"_s).value()->version, order.version)
        << "a preview writes nothing";
    EXPECT_FALSE(schedule.preview(u"WO-4"_s, bookingFor(u"T1"_s, at(15), at(13))).ok());
    Result<QList<ScheduleProblem>> unknown
        = schedule.preview(u"WO-4"_s, bookingFor(u"T9"_s, at(13), at(15)));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(u"T9"_s));
}

TEST_F(Schedule, AssignAndBookInOneStepRecordsBothEvents)
{
    importNewOrder(db);
    const WorkOrder before = OrderService(db.session()).find(u"WO-4"_s).value().value();
    Result<OrderChange> booked
        = ScheduleService(db.session())
              .book(u"WO-4"_s, before.version, bookingFor(u"T1"_s, at(13), at(15)));
    ASSERT_TRUE(booked.ok()) << booked.error().toStdString();
    EXPECT_EQ(booked.value().order.status, OrderStatus::Scheduled);
    EXPECT_EQ(booked.value().order.teamCode, u"T1"_s);
    EXPECT_EQ(booked.value().order.appointmentStart, at(13));
    EXPECT_EQ(booked.value().order.appointmentEnd, at(15));
    EXPECT_EQ(actionsOf(db, u"WO-4"_s).mid(1), QStringList({ u"assign"_s, u"schedule"_s }));
    // Moving the block within the team rebooks only the window.
    Result<OrderChange> moved
        = ScheduleService(db.session())
              .book(u"WO-4"_s, booked.value().order.version, bookingFor(u"T1"_s, at(16), at(17)));
    ASSERT_TRUE(moved.ok()) << moved.error().toStdString();
    EXPECT_EQ(actionsOf(db, u"WO-4"_s).mid(1),
        QStringList({ u"assign"_s, u"schedule"_s, u"schedule"_s }));
    Result<QList<TeamDay>> days = ScheduleService(db.session()).day(kDay, u"T1"_s);
    ASSERT_TRUE(days.ok());
    EXPECT_EQ(problemsByOrder(days.value().first()).value(u"WO-4"_s), QStringList());
}

TEST_F(Schedule, UndoPutsTheBookingBackAsItsOwnEventsAndRefusesAStaleOne)
{
    importNewOrder(db);
    ScheduleService schedule(db.session());
    const WorkOrder before = OrderService(db.session()).find(u"WO-4"_s).value().value();
    Result<OrderChange> booked
        = schedule.book(u"WO-4"_s, before.version, bookingFor(u"T1"_s, at(13), at(15)));
    ASSERT_TRUE(booked.ok());
    // Undo: back to nobody and no window.
    Result<OrderChange> undone
        = schedule.book(u"WO-4"_s, booked.value().order.version, bookingOf(before));
    ASSERT_TRUE(undone.ok()) << undone.error().toStdString();
    EXPECT_EQ(undone.value().order.status, OrderStatus::New);
    EXPECT_TRUE(undone.value().order.teamCode.isEmpty());
    EXPECT_FALSE(undone.value().order.appointmentStart.isValid());
    EXPECT_EQ(actionsOf(db, u"WO-4"_s).mid(1),
        QStringList({ u"assign"_s, u"schedule"_s, u"unassign"_s }));
    // Redo, then somebody else moves it: the undo naming the redo's version is refused.
    Result<OrderChange> redone = schedule.book(
        u"WO-4"_s, undone.value().order.version, bookingFor(u"T1"_s, at(13), at(15)));
    ASSERT_TRUE(redone.ok()) << redone.error().toStdString();
    Result<OrderChange> other = schedule.book(
        u"WO-4"_s, redone.value().order.version, bookingFor(u"T1"_s, at(16), at(18)));
    ASSERT_TRUE(other.ok());
    Result<OrderChange> stale
        = schedule.book(u"WO-4"_s, redone.value().order.version, bookingOf(before));
    ASSERT_FALSE(stale.ok());
    EXPECT_TRUE(stale.error().contains(u"WO-4"_s)) << stale.error().toStdString();
    const WorkOrder after = OrderService(db.session()).find(u"WO-4"_s).value().value();
    EXPECT_EQ(after.appointmentStart, at(16)) << "nothing of the refused undo was saved";
    EXPECT_EQ(after.teamCode, u"T1"_s);
    // Undo of a window only: the order keeps its team.
    Booking teamOnly = bookingFor(u"T1"_s, QDateTime(), QDateTime());
    Result<OrderChange> unscheduled = schedule.book(u"WO-4"_s, after.version, teamOnly);
    ASSERT_TRUE(unscheduled.ok()) << unscheduled.error().toStdString();
    EXPECT_EQ(unscheduled.value().order.status, OrderStatus::Assigned);
    EXPECT_EQ(actionsOf(db, u"WO-4"_s).last(), u"unschedule"_s);
}

TEST_F(Schedule, OnlyDispatchersAndAdminsBook)
{
    importNewOrder(db);
    const int version = OrderService(db.session()).find(u"WO-4"_s).value()->version;
    for (Role role : { Role::Evaluator, Role::CallbackAgent, Role::CallbackSupervisor }) {
        std::unique_ptr<Session> session = db.sessionAs(role);
        ScheduleService schedule(*session);
        EXPECT_FALSE(schedule.book(u"WO-4"_s, version, bookingFor(u"T1"_s, at(13), at(15))).ok());
        EXPECT_FALSE(schedule.preview(u"WO-4"_s, bookingFor(u"T1"_s, at(13), at(15))).ok());
    }
    std::unique_ptr<Session> dispatcher = db.sessionAs(Role::Dispatcher);
    EXPECT_TRUE(ScheduleService(*dispatcher)
                    .book(u"WO-4"_s, version, bookingFor(u"T1"_s, at(13), at(15)))
                    .ok());
    EXPECT_EQ(OrderService(db.session()).find(u"WO-4"_s).value()->status, OrderStatus::Scheduled);
}

TEST_F(Schedule, AFailedSecondStepLeavesTheOrderAsItWas)
{
    importNewOrder(db);
    const WorkOrder before = OrderService(db.session()).find(u"WO-4"_s).value().value();
    // The window starts before the order was received: the schedule step refuses it, and
    // the assign step before it must not stay.
    Result<OrderChange> refused
        = ScheduleService(db.session())
              .book(u"WO-4"_s, before.version,
                  bookingFor(u"T1"_s, QDateTime(QDate(1999, 1, 1), QTime(9, 0), kLima),
                      QDateTime(QDate(1999, 1, 1), QTime(11, 0), kLima)));
    ASSERT_FALSE(refused.ok());
    const WorkOrder after = OrderService(db.session()).find(u"WO-4"_s).value().value();
    EXPECT_EQ(after.version, before.version);
    EXPECT_TRUE(after.teamCode.isEmpty());
    EXPECT_EQ(actionsOf(db, u"WO-4"_s).size(), 1);
}
