// SPEC §11 (issues 18 and 22): the service-level policies. Working-day deadlines across a
// weekend, a holiday, the cut-off and a holiday on a weekend; every kind, removals included,
// on both sides of the cut-off under both policies; both presets' credits against cases
// computed by hand; missed appointments; the holidays file; and a finalized month that keeps
// the policy it was computed with after the policy changes.
//
// December 2026 in Lima (UTC−5, no daylight saving): Thu 3, Fri 4, Sat 5, Sun 6, Mon 7,
// Tue 8 (a holiday), Wed 9, Thu 10, Fri 11, Sat 12 (a holiday on a weekend), Sun 13, Mon 14.
#include "export/tablefiles.h"
#include "private/sql.h"
#include "rules/timeliness.h"
#include "services/boardservice.h"
#include "services/bulletinservice.h"
#include "services/evaluationservice.h"
#include "services/export/dataexport.h"
#include "services/import/importservice.h"
#include "services/indicatorservice.h"
#include "services/orderservice.h"
#include "services/ruleservice.h"
#include "storage/database.h"
#include "storage/rulerepository.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kLima("America/Lima");

QDateTime lima(int month, int day, const QTime& time, int year = 2026)
{
    return QDateTime(QDate(year, month, day), time, kLima).toUTC();
}
QDateTime dec(int day, int hour, int minute = 0, int second = 0)
{
    return lima(12, day, QTime(hour, minute, second));
}
QDateTime endOfDec(int day)
{
    return dec(day, 23, 59, 59);
}

const QSet<QDate> kHolidays { QDate(2026, 12, 8), QDate(2026, 12, 12) };

TimelinessRules workingDays(const QSet<QDate>& holidays = kHolidays)
{
    RuleSet rules = RuleSet::defaults();
    EXPECT_TRUE(rules.set(QString::fromUtf16(rule::kPolicy), 1).ok());
    return TimelinessRules::fromRuleSet(rules, holidays);
}

TimelinessRules presetRules(const QString& name, const QSet<QDate>& holidays = kHolidays)
{
    RuleSet rules = RuleSet::defaults();
    const RulePreset* preset = findRulePreset(name);
    EXPECT_NE(preset, nullptr) << name.toStdString();
    if (preset) {
        EXPECT_TRUE(rules.apply(*preset).ok());
    }
    return TimelinessRules::fromRuleSet(rules, holidays);
}

QDateTime deadline(const TimelinessRules& rules, OrderKind kind, const QDateTime& received)
{
    return orderDeadline(rules, kLima, kind, received, false, {});
}

} // namespace

TEST(WorkingDays, CalendarCountsWeekdaysLessHolidays)
{
    const WorkingCalendar calendar(WorkingCalendar::kMondayToFriday, kHolidays);
    EXPECT_TRUE(calendar.isWorkingDay(QDate(2026, 12, 4))); // Friday
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2026, 12, 5))); // Saturday
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2026, 12, 8))); // a holiday on a Tuesday
    EXPECT_EQ(calendar.nextWorkingDay(QDate(2026, 12, 4)), QDate(2026, 12, 7));
    EXPECT_EQ(calendar.addWorkingDays(QDate(2026, 12, 4), 0), QDate(2026, 12, 4));
    EXPECT_EQ(calendar.addWorkingDays(QDate(2026, 12, 4), 2), QDate(2026, 12, 9));
    // Saturday and Sunday chosen as working days (32 + 64), Monday not.
    const WorkingCalendar weekend(32 | 64, {});
    EXPECT_TRUE(weekend.isWorkingDay(QDate(2026, 12, 5)));
    EXPECT_FALSE(weekend.isWorkingDay(QDate(2026, 12, 7)));
    EXPECT_EQ(weekend.nextWorkingDay(QDate(2026, 12, 6)), QDate(2026, 12, 12));
}

TEST(WorkingDays, DeadlineAcrossAWeekend)
{
    const TimelinessRules rules = workingDays({}); // no holidays
    // Friday 10:00: day 0 is Friday; two working days on: Monday, Tuesday.
    EXPECT_EQ(deadline(rules, OrderKind::Install, dec(4, 10)), endOfDec(8));
    // Received on Saturday morning (before the cut-off, but no working day): day 0 is Monday.
    EXPECT_EQ(deadline(rules, OrderKind::Install, dec(5, 9)), endOfDec(9));
    EXPECT_EQ(deadline(rules, OrderKind::Repair, dec(6, 23)), endOfDec(9));
}

TEST(WorkingDays, DeadlineAcrossAHoliday)
{
    const TimelinessRules rules = workingDays();
    // Friday 10:00: Monday is the first working day after it, Tuesday 8 is a holiday, so
    // the second is Wednesday.
    EXPECT_EQ(deadline(rules, OrderKind::Install, dec(4, 10)), endOfDec(9));
    // Received on the holiday itself: day 0 is Wednesday.
    EXPECT_EQ(deadline(rules, OrderKind::Repair, dec(8, 9)), endOfDec(11));
}

TEST(WorkingDays, DeadlineOnBothSidesOfTheCutOff)
{
    const TimelinessRules rules = workingDays();
    // 15:59:59 on Friday is before the cut-off: day 0 is Friday → Mon 7, (Tue 8 holiday),
    // Wed 9.
    EXPECT_EQ(deadline(rules, OrderKind::Install, dec(4, 15, 59, 59)), endOfDec(9));
    // 16:00:00 is at the cut-off: day 0 is Monday → (Tue 8 holiday) Wed 9, Thu 10.
    EXPECT_EQ(deadline(rules, OrderKind::Install, dec(4, 16)), endOfDec(10));
    // The cut-off is a rule: at 18:00 the same order is before it.
    TimelinessRules later = rules;
    later.cutoffMinutes = 18 * 60;
    EXPECT_EQ(deadline(later, OrderKind::Install, dec(4, 16)), endOfDec(9));
}

TEST(WorkingDays, HolidayOnAWeekend)
{
    const TimelinessRules rules = workingDays();
    // Saturday 12 is a holiday and a weekend day anyway: it moves nothing. Friday 11 10:00
    // → Mon 14, Tue 15, as without the holiday.
    EXPECT_EQ(deadline(rules, OrderKind::Repair, dec(11, 10)), endOfDec(15));
    EXPECT_EQ(deadline(workingDays({ QDate(2026, 12, 8) }), OrderKind::Repair, dec(11, 10)),
        endOfDec(15));
    // Received on that holiday: day 0 is Monday 14 → Tue 15, Wed 16.
    EXPECT_EQ(deadline(rules, OrderKind::Repair, dec(12, 9)), endOfDec(16));
    // Chosen as a working day, Saturday stays out of the count because it is a holiday.
    TimelinessRules sixDays = rules;
    sixDays.calendar = WorkingCalendar(WorkingCalendar::kMondayToFriday | 32, kHolidays);
    EXPECT_EQ(deadline(sixDays, OrderKind::Repair, dec(11, 10)), endOfDec(15));
    sixDays.calendar = WorkingCalendar(WorkingCalendar::kMondayToFriday | 32, {});
    EXPECT_EQ(deadline(sixDays, OrderKind::Repair, dec(11, 10)), endOfDec(14))
        << "Sat 12 counts when it is no holiday";
}

TEST(WorkingDays, EveryKindOnBothSidesOfTheCutOffUnderBothPolicies)
{
    const TimelinessRules sameDay; // SPEC §4
    TimelinessRules working = workingDays();
    working.installDays = 1;
    working.repairDays = 2;
    working.removalDays = 3;
    struct Case
    {
        OrderKind kind;
        QDateTime sameDayBefore, sameDayAt, workingBefore, workingAt;
    };
    // Received Thursday 3 at 15:59:59 (before) and 16:00:00 (at the cut-off).
    // Working days from Thu 3 (before) or Fri 4 (at): Fri 4, Mon 7, (Tue 8) Wed 9, Thu 10.
    const Case cases[] = {
        { OrderKind::Install, endOfDec(3), dec(4, 16), endOfDec(4), endOfDec(7) },
        { OrderKind::Move, endOfDec(3), dec(4, 16), endOfDec(4), endOfDec(7) },
        { OrderKind::Repair, endOfDec(3), dec(4, 16), endOfDec(7), endOfDec(9) },
        { OrderKind::Removal, endOfDec(3), dec(4, 16), endOfDec(9), endOfDec(10) },
    };
    for (const Case& c : cases) {
        const std::string kind = orderKindKey(c.kind).toStdString();
        EXPECT_EQ(deadline(sameDay, c.kind, dec(3, 15, 59, 59)), c.sameDayBefore) << kind;
        EXPECT_EQ(deadline(sameDay, c.kind, dec(3, 16)), c.sameDayAt) << kind;
        EXPECT_EQ(deadline(working, c.kind, dec(3, 15, 59, 59)), c.workingBefore) << kind;
        EXPECT_EQ(deadline(working, c.kind, dec(3, 16)), c.workingAt) << kind;
    }
    // The removal's default under working_days is 3 working days.
    EXPECT_EQ(workingDays().removalDays, 3);
    EXPECT_EQ(RuleSet::defaults().whole(rule::kRemovalDays), 3);
    // A later window the customer asked for is the deadline under either policy.
    const QDateTime windowEnd = dec(15, 12);
    EXPECT_EQ(
        orderDeadline(working, kLima, OrderKind::Removal, dec(3, 10), true, windowEnd), windowEnd);
    EXPECT_EQ(
        orderDeadline(sameDay, kLima, OrderKind::Removal, dec(3, 10), true, windowEnd), windowEnd);
}

TEST(Presets, CnSameDayIsSpecFourAsWritten)
{
    const TimelinessRules rules = presetRules(u"cn-same-day"_s);
    EXPECT_EQ(rules.policy, DeadlinePolicy::SameDay);
    EXPECT_EQ(deadline(rules, OrderKind::Repair, dec(4, 15)), endOfDec(4)) << "no working days";
    const QDateTime due = endOfDec(4);
    // Install or move: 20 once, however late.
    EXPECT_EQ(compensationCredit(rules, kLima, OrderKind::Install, due, due, {}), 0);
    EXPECT_EQ(compensationCredit(rules, kLima, OrderKind::Install, due, due.addSecs(1), {}), 20);
    EXPECT_EQ(compensationCredit(rules, kLima, OrderKind::Move, due, due.addDays(6), {}), 20);
    // Repair: 10 per started day, at most 100.
    EXPECT_EQ(compensationCredit(rules, kLima, OrderKind::Repair, due, due.addSecs(86400), {}), 10);
    EXPECT_EQ(compensationCredit(rules, kLima, OrderKind::Repair, due, due.addSecs(86401), {}), 20);
    EXPECT_EQ(compensationCredit(rules, kLima, OrderKind::Repair, due, due.addDays(11), {}), 100);
    EXPECT_EQ(compensationCredit(rules, kLima, OrderKind::Removal, due, due.addDays(3), {}), 0);
    // No missed-appointment credit.
    WorkOrder order;
    order.kind = OrderKind::Install;
    order.status = OrderStatus::Completed;
    order.receivedAt = dec(4, 9);
    order.deadline = due;
    order.appointmentStart = dec(4, 10);
    order.appointmentEnd = dec(4, 12);
    order.arrivedAt = dec(4, 13);
    order.measuredAt = order.arrivedAt;
    EXPECT_TRUE(missedAppointment(order, dec(5, 9)));
    EXPECT_EQ(orderCredit(rules, kLima, order, dec(5, 9)), 0);
}

TEST(Presets, UkAutoCompAgainstHandComputedCases)
{
    const TimelinessRules rules = presetRules(u"uk-auto-comp"_s);
    EXPECT_EQ(rules.policy, DeadlinePolicy::WorkingDays);
    // A repair received Monday 7 10:00: day 0 Monday; 2 working days on (Tue 8 a holiday):
    // Wed 9, Thu 10. Completed Monday 14 09:00: 4 calendar days late (11, 12, 13, 14), at
    // 9.76 a day = 39.04.
    WorkOrder repair;
    repair.kind = OrderKind::Repair;
    repair.status = OrderStatus::Completed;
    repair.receivedAt = dec(7, 10);
    repair.deadline = orderDeadline(rules, kLima, repair);
    EXPECT_EQ(repair.deadline, endOfDec(10));
    repair.arrivedAt = dec(14, 8);
    repair.completedAt = dec(14, 9);
    repair.measuredAt = measuredEvent(repair.kind, repair.arrivedAt, repair.completedAt);
    EXPECT_DOUBLE_EQ(orderCredit(rules, kLima, repair, dec(14, 10)), 4 * 9.76);
    // Completed a second after the deadline: one calendar day.
    EXPECT_DOUBLE_EQ(
        compensationCredit(rules, kLima, OrderKind::Repair, endOfDec(10), dec(11, 0), {}), 9.76);
    EXPECT_EQ(
        compensationCredit(rules, kLima, OrderKind::Repair, endOfDec(10), endOfDec(10), {}), 0);
    // Still open on Wednesday 16 at noon: 6 calendar days so far.
    WorkOrder open = repair;
    open.status = OrderStatus::Assigned;
    open.arrivedAt = open.completedAt = open.measuredAt = QDateTime();
    EXPECT_DOUBLE_EQ(orderCredit(rules, kLima, open, dec(16, 12)), 6 * 9.76);

    // An install received Friday 4 at 17:00 (after the cut-off): day 0 Monday 7; Wed 9,
    // Thu 10. The technician arrives Saturday 12 at 09:00: 2 calendar days late, 6.51 each,
    // nothing once; the agreed window (Sat 12 08:00–10:00) was kept.
    WorkOrder install;
    install.kind = OrderKind::Install;
    install.status = OrderStatus::Completed;
    install.receivedAt = dec(4, 17);
    install.deadline = orderDeadline(rules, kLima, install);
    EXPECT_EQ(install.deadline, endOfDec(10));
    install.appointmentStart = dec(12, 8);
    install.appointmentEnd = dec(12, 10);
    install.arrivedAt = dec(12, 9);
    install.completedAt = dec(12, 11);
    install.measuredAt = measuredEvent(install.kind, install.arrivedAt, install.completedAt);
    EXPECT_DOUBLE_EQ(orderCredit(rules, kLima, install, dec(14, 10)), 2 * 6.51);

    // On time, but the technician came at 11:30 to a window that ended at 11:00: the
    // missed-appointment credit alone.
    WorkOrder missed = install;
    missed.appointmentStart = dec(9, 9);
    missed.appointmentEnd = dec(9, 11);
    missed.arrivedAt = dec(9, 11, 30);
    missed.completedAt = dec(9, 13);
    missed.measuredAt = missed.arrivedAt;
    EXPECT_DOUBLE_EQ(orderCredit(rules, kLima, missed, dec(14, 10)), 32.55);
    // Late and missed: both.
    missed.appointmentStart = dec(11, 9);
    missed.appointmentEnd = dec(11, 11);
    missed.arrivedAt = missed.measuredAt = dec(11, 15);
    EXPECT_DOUBLE_EQ(orderCredit(rules, kLima, missed, dec(14, 10)), 6.51 + 32.55);
    // A removal owes nothing, late or missed.
    WorkOrder removal = missed;
    removal.kind = OrderKind::Removal;
    removal.measuredAt = removal.completedAt;
    EXPECT_EQ(orderCredit(rules, kLima, removal, dec(14, 10)), 0);
}

TEST(MissedAppointment, OwedOnceUnlessCancelledOrRearrangedByTheCustomer)
{
    const TimelinessRules rules = presetRules(u"uk-auto-comp"_s);
    WorkOrder order;
    order.kind = OrderKind::Repair;
    order.status = OrderStatus::Scheduled;
    order.receivedAt = dec(7, 9);
    order.deadline = orderDeadline(rules, kLima, order); // Thu 10
    order.appointmentStart = dec(9, 14);
    order.appointmentEnd = dec(9, 16);
    // The window is not over yet: nothing is owed.
    EXPECT_FALSE(missedAppointment(order, dec(9, 15, 59, 59)));
    EXPECT_FALSE(missedAppointment(order, dec(9, 16)));
    // Over and nobody came: owed, once, however long it stays so.
    EXPECT_TRUE(missedAppointment(order, dec(9, 16, 0, 1)));
    EXPECT_DOUBLE_EQ(orderCredit(rules, kLima, order, dec(10, 9)), 32.55);
    // Arrival at the window's end is on time; a second after is not.
    WorkOrder arrived = order;
    arrived.status = OrderStatus::OnSite;
    arrived.arrivedAt = dec(9, 16);
    EXPECT_FALSE(missedAppointment(arrived, dec(10, 9)));
    arrived.arrivedAt = dec(9, 16, 0, 1);
    EXPECT_TRUE(missedAppointment(arrived, dec(10, 9)));
    // Cancelled, or moved at the customer's request: nothing.
    WorkOrder cancelled = order;
    cancelled.status = OrderStatus::Cancelled;
    EXPECT_FALSE(missedAppointment(cancelled, dec(10, 9)));
    EXPECT_EQ(orderCredit(rules, kLima, cancelled, dec(10, 9)), 0);
    WorkOrder rearranged = order;
    rearranged.customerRequestedLater = true;
    EXPECT_FALSE(missedAppointment(rearranged, dec(10, 9)));
    // No window agreed: no appointment to miss.
    WorkOrder unscheduled = order;
    unscheduled.appointmentStart = unscheduled.appointmentEnd = QDateTime();
    EXPECT_FALSE(missedAppointment(unscheduled, dec(10, 9)));
    // An exempt order owes no credit.
    WorkOrder exempt = order;
    exempt.exemptReason = ExemptReason::Customer;
    EXPECT_EQ(orderCredit(rules, kLima, exempt, dec(10, 9)), 0);
}

TEST(Presets, UnknownPresetIsRefusedAndOthersKeepTheirValues)
{
    EXPECT_EQ(findRulePreset(u"us-next-day"_s), nullptr);
    RuleSet rules = RuleSet::defaults();
    ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kWeightRoom), 20).ok());
    ASSERT_TRUE(rules.apply(*findRulePreset(u"uk-auto-comp"_s)).ok());
    EXPECT_EQ(rules.value(rule::kWeightRoom), 20) << "a preset fills only its own values";
    EXPECT_EQ(rules.whole(rule::kPolicy), 1);
    ASSERT_TRUE(rules.apply(*findRulePreset(u"cn-same-day"_s)).ok());
    EXPECT_EQ(rules.whole(rule::kPolicy), 0);
    EXPECT_EQ(rules.value(rule::kCreditMissedAppointment), 0);
    EXPECT_EQ(rules.value(rule::kCreditInstallMove), 20);
}

namespace {

class Policies : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.setNow(dec(3, 20));
        test::seedSmallOrganisation(db.session()); // U1 active: A1, A2, team T1
        importOrDie(ImportKind::Technicians, "P1,T1,Ana Quispe,,,yes,yes\n");
    }

    void importOrDie(ImportKind kind, const QByteArray& rows)
    {
        ImportFailure failure;
        const QByteArray file = importColumns(kind).join(u',').toUtf8() + "\n" + rows;
        ASSERT_TRUE(ImportService(db.session()).importBytes(kind, file, u"f.csv"_s, &failure).ok())
            << failure.describe().join(u"\n"_s).toStdString();
    }

    void applyPreset(const QString& name)
    {
        Result<int> version = RuleService(db.session()).applyPreset(name, {});
        ASSERT_TRUE(version.ok()) << version.error().toStdString();
    }

    qint64 holidayCount()
    {
        return scalar(db.database(), u"SELECT COUNT(*) FROM holidays"_s).value().toLongLong();
    }

    WorkOrder order(const QString& number)
    {
        Result<std::optional<WorkOrder>> found = OrderService(db.session()).find(number);
        EXPECT_TRUE(found.ok() && found.value()) << number.toStdString();
        return found.ok() && found.value() ? *found.value() : WorkOrder();
    }

    WorkOrder create(const QString& number, OrderKind kind, const QDateTime& received)
    {
        WorkOrder draft;
        draft.number = number;
        draft.kind = kind;
        draft.account = u"ACC-"_s + number;
        draft.customer = u"Rosa Mamani"_s;
        draft.areaCode = u"A1"_s;
        draft.receivedAt = received;
        Result<OrderChange> made = OrderService(db.session()).create(draft);
        EXPECT_TRUE(made.ok()) << made.error().toStdString();
        return made.ok() ? made.value().order : WorkOrder();
    }

    test::TestDatabase db;
};

} // namespace

TEST_F(Policies, HolidaysImportExportAndRefuseABadDateWithItsPlace)
{
    importOrDie(ImportKind::Holidays,
        "2026-12-08,Inmaculada Concepción\n2026-12-12,Día de prueba\n2026-12-25,Navidad\n");
    EXPECT_EQ(holidayCount(), 3);
    Result<QList<Holiday>> stored = RuleService(db.session()).holidays();
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored.value().size(), 3);
    EXPECT_EQ(stored.value().first().date, QDate(2026, 12, 8));
    EXPECT_EQ(stored.value().first().name, u"Inmaculada Concepción"_s);

    // A bad date on line 3 refuses the whole file, the good rows around it too.
    ImportFailure failure;
    const QByteArray bad = "date,name\n2027-01-01,Año Nuevo\n2027-02-30,Carnaval\n"
                           "2026-12-25,Natividad\n";
    EXPECT_FALSE(ImportService(db.session())
                     .importBytes(ImportKind::Holidays, bad, u"holidays.csv"_s, &failure)
                     .ok());
    ASSERT_EQ(failure.problems.size(), 1) << failure.describe().join(u"\n"_s).toStdString();
    EXPECT_EQ(failure.problems.first().line, 3);
    EXPECT_EQ(failure.problems.first().column, 1);
    EXPECT_EQ(failure.problems.first().field, u"date"_s);
    EXPECT_TRUE(failure.problems.first().message.contains(u"2027-02-30"_s))
        << failure.problems.first().message.toStdString();
    EXPECT_EQ(holidayCount(), 3) << "nothing written";
    EXPECT_EQ(RuleService(db.session()).holidays().value().last().name, u"Navidad"_s);

    // A day twice, or a holiday without a name, is refused with its place too.
    failure = {};
    EXPECT_FALSE(ImportService(db.session())
                     .importBytes(ImportKind::Holidays,
                         "date,name\n2027-01-01,Año Nuevo\n2027-01-01,Otra vez\n2027-05-01,\n",
                         u"holidays.csv"_s, &failure)
                     .ok());
    ASSERT_EQ(failure.problems.size(), 2) << failure.describe().join(u"\n"_s).toStdString();
    EXPECT_EQ(failure.problems.at(0).line, 3);
    EXPECT_EQ(failure.problems.at(0).field, u"date"_s);
    EXPECT_EQ(failure.problems.at(1).line, 4);
    EXPECT_EQ(failure.problems.at(1).field, u"name"_s);
    EXPECT_EQ(failure.problems.at(1).column, 2);
    EXPECT_EQ(holidayCount(), 3);

    // Renaming a day updates it; the export reads back what was imported.
    Result<ImportOutcome> renamed = ImportService(db.session())
                                        .importBytes(ImportKind::Holidays,
                                            "date,name\n2026-12-25,Natividad\n2026-12-08,"
                                            "Inmaculada Concepción\n",
                                            u"holidays.csv"_s, nullptr);
    ASSERT_TRUE(renamed.ok()) << renamed.error().toStdString();
    EXPECT_EQ(renamed.value().summary.updated, 1);
    EXPECT_EQ(renamed.value().summary.unchanged, 1);
    Result<ExportTable> table = DataExport(db.session()).table(ImportKind::Holidays);
    ASSERT_TRUE(table.ok()) << table.error().toStdString();
    const QByteArray exported = csvFile({ table.value() }, CsvFormat());
    EXPECT_TRUE(exported.contains("2026-12-25,Natividad")) << exported.toStdString();
    EXPECT_TRUE(exported.contains("date,name")) << exported.toStdString();
}

TEST_F(Policies, StoredDeadlinesFollowThePolicyAndTheCalendarInForce)
{
    importOrDie(ImportKind::Holidays, "2026-12-08,Inmaculada Concepción\n");
    // Under same_day (the default) a removal received at 16:00 on Thursday 3 is due 24 h on.
    EXPECT_EQ(create(u"R-1"_s, OrderKind::Removal, dec(3, 16)).deadline, dec(4, 16));
    applyPreset(u"uk-auto-comp"_s);
    // Under working_days: day 0 Fri 4; Mon 7, (Tue 8 holiday) Wed 9, Thu 10.
    EXPECT_EQ(create(u"R-2"_s, OrderKind::Removal, dec(3, 16)).deadline, endOfDec(10));
    EXPECT_EQ(create(u"R-3"_s, OrderKind::Removal, dec(3, 15, 59, 59)).deadline, endOfDec(9));
    EXPECT_EQ(create(u"F-1"_s, OrderKind::Repair, dec(3, 10)).deadline, endOfDec(7));
    // An imported order gets the same deadline as one made in the program.
    importOrDie(ImportKind::Orders,
        "F-2,repair,ACC-F2,Eva,,,A1,2026-12-03T10:00:00,,,,,,no,,,new,,,,,,,,\n");
    EXPECT_EQ(order(u"F-2"_s).deadline, endOfDec(7));
    // The removal_days setting is a rule.
    RuleService rules(db.session());
    RuleSet edited = rules.current().value();
    ASSERT_TRUE(edited.set(QString::fromUtf16(rule::kRemovalDays), 1).ok());
    ASSERT_TRUE(rules.saveVersion(edited, {}).ok());
    EXPECT_EQ(create(u"R-4"_s, OrderKind::Removal, dec(3, 16)).deadline, endOfDec(7));
}

TEST_F(Policies, BoardLanesCreditsAndBulletinFollowThePolicy)
{
    importOrDie(ImportKind::Holidays, "2026-12-08,Inmaculada Concepción\n");
    applyPreset(u"uk-auto-comp"_s);
    db.setNow(dec(9, 12));
    // A repair received Friday 4 at 10:00 is due Wednesday 9 (Mon 7, Tue 8 a holiday);
    // one received Thursday 3 at 10:00 is due Monday 7.
    create(u"F-1"_s, OrderKind::Repair, dec(4, 10));
    create(u"F-2"_s, OrderKind::Repair, dec(3, 10));
    BoardService board(db.session());
    BoardQuery dueToday;
    dueToday.dueToday = true;
    Result<QList<WorkOrder>> today = board.page(dueToday, std::nullopt, 50);
    ASSERT_TRUE(today.ok()) << today.error().toStdString();
    ASSERT_EQ(today.value().size(), 1);
    EXPECT_EQ(today.value().first().number, u"F-1"_s);
    BoardQuery overdue;
    overdue.overdue = true;
    Result<QList<WorkOrder>> late = board.page(overdue, std::nullopt, 50);
    ASSERT_TRUE(late.ok());
    ASSERT_EQ(late.value().size(), 1);
    EXPECT_EQ(late.value().first().number, u"F-2"_s);
    // F-2 is two calendar days late (8, 9) at 9.76 a day.
    EXPECT_DOUBLE_EQ(board.creditOf(late.value().first()), 2 * 9.76);
    EXPECT_EQ(board.creditOf(today.value().first()), 0);

    // The bulletin of Monday 7 counts F-2 overdue; of Wednesday 9, nothing yet overdue.
    Result<Bulletin> monday = BulletinService(db.session()).daily(QDate(2026, 12, 7));
    ASSERT_TRUE(monday.ok()) << monday.error().toStdString();
    ASSERT_EQ(monday.value().units.size(), 1);
    EXPECT_EQ(monday.value().units.first().overdue, 1);
    Result<Bulletin> wednesday = BulletinService(db.session()).daily(QDate(2026, 12, 9));
    ASSERT_TRUE(wednesday.ok());
    EXPECT_EQ(wednesday.value().units.first().overdue, 0);

    // The month's indicators add the same credits, and a missed appointment.
    WorkOrder f1 = order(u"F-1"_s);
    OrderService orders(db.session());
    Result<OrderChange> assigned = orders.assign(f1.number, f1.version, u"T1"_s, u"P1"_s);
    ASSERT_TRUE(assigned.ok()) << assigned.error().toStdString();
    Result<OrderChange> scheduled = orders.schedule(
        f1.number, assigned.value().order.version, dec(4, 11), dec(8, 9), dec(8, 11), false);
    ASSERT_TRUE(scheduled.ok()) << scheduled.error().toStdString();
    Result<MonthIndicators> month = IndicatorService(db.session()).month(QDate(2026, 12, 1));
    ASSERT_TRUE(month.ok()) << month.error().toStdString();
    EXPECT_DOUBLE_EQ(month.value().overall.compensation, 2 * 9.76 + 32.55);
    EXPECT_DOUBLE_EQ(BoardService(db.session()).creditOf(order(u"F-1"_s)), 32.55)
        << "window over, nobody came";
}

TEST_F(Policies, AFinalizedMonthKeepsItsPolicyAfterThePolicyChanges)
{
    // November under same_day: a repair received Friday 27 at 17:00 is due Saturday 28 at
    // 17:00 and completed Monday 30 at 10:00 — late. Under working days it would be due
    // Wednesday 2 December, outside the month.
    importOrDie(ImportKind::Orders,
        "F-1,repair,ACC-1,Rosa,,,A1,2026-11-27T17:00:00,T1,P1,,,,no,2026-11-30T09:00:00,"
        "2026-11-30T10:00:00,completed,yes,yes,yes,yes,yes,Rosa,-20,,\n"
        "F-2,repair,ACC-2,Eva,,,A1,2026-11-26T09:00:00,T1,P1,,,,no,2026-11-26T11:00:00,"
        "2026-11-26T12:00:00,completed,yes,yes,yes,yes,yes,Eva,-20,,\n");
    EvaluationService evaluations(db.session());
    ASSERT_TRUE(evaluations.setRoomScore(QDate(2026, 11, 1), u"U1"_s, Rational(15), {}).ok());
    Result<MonthEvaluation> finalized = evaluations.finalize(QDate(2026, 11, 1));
    ASSERT_TRUE(finalized.ok()) << finalized.error().toStdString();
    const UnitEvaluation frozen = finalized.value().units.first();
    EXPECT_EQ(frozen.counts.ordersDue, 2);
    EXPECT_EQ(frozen.counts.ordersOnTime, 1);
    const int usedVersion = frozen.ruleVersion;

    // The policy changes, and the orders are saved again under it (deadlines recomputed).
    applyPreset(u"uk-auto-comp"_s);
    importOrDie(ImportKind::Orders,
        "F-1,repair,ACC-1,Rosa,,,A1,2026-11-27T17:00:00,T1,P1,,,,no,2026-11-30T09:00:00,"
        "2026-11-30T10:00:00,completed,yes,yes,yes,yes,yes,Rosa,-20,,\n"
        "F-2,repair,ACC-2,Eva,,,A1,2026-11-26T09:00:00,T1,P1,,,,no,2026-11-26T11:00:00,"
        "2026-11-26T12:00:00,completed,yes,yes,yes,yes,yes,Eva,-20,,\n");
    EXPECT_EQ(order(u"F-1"_s).deadline, endOfDec(2)) << "day 0 Mon 30; Tue 1, Wed 2";

    Result<MonthEvaluation> after = EvaluationService(db.session()).evaluate(QDate(2026, 11, 1));
    ASSERT_TRUE(after.ok()) << after.error().toStdString();
    const UnitEvaluation& kept = after.value().units.first();
    EXPECT_TRUE(kept.final);
    EXPECT_EQ(kept.ruleVersion, usedVersion);
    EXPECT_EQ(kept.counts.ordersDue, 2);
    EXPECT_EQ(kept.counts.ordersOnTime, 1);
    EXPECT_EQ(kept.score.total, frozen.score.total);
    // The version it names still holds the same-day policy; the one in force does not.
    Result<RuleSet> used = RuleRepository(db.database()).version(usedVersion);
    ASSERT_TRUE(used.ok());
    EXPECT_EQ(used.value().whole(rule::kPolicy), 0);
    EXPECT_EQ(RuleService(db.session()).current().value().whole(rule::kPolicy), 1);
}
