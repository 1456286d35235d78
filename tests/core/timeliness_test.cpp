// SPEC §4 timeliness at its edges: the cut-off second, midnight, month and year ends,
// daylight saving, customer-requested windows, and the compensation credit.
#include "rules/timeliness.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kLima("America/Lima"); // UTC−5, no daylight saving
const QTimeZone kMadrid(
    "Europe/Madrid"); // daylight saving from 2026-03-29 02:00, until 2026-10-25 03:00

QDateTime at(const QTimeZone& zone, int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), zone);
}

struct DeadlineCase
{
    const char* name;
    QTimeZone zone;
    QDateTime received;
    QDateTime expected;
};

class Deadlines : public ::testing::TestWithParam<DeadlineCase>
{
};

} // namespace

TEST_P(Deadlines, FollowTheSameDayRule)
{
    const DeadlineCase& c = GetParam();
    const QDateTime deadline = orderDeadline(
        TimelinessRules(), c.zone, OrderKind::Install, c.received.toUTC(), false, {});
    EXPECT_EQ(deadline, c.expected.toUTC())
        << c.name << ": got " << deadline.toTimeZone(c.zone).toString(Qt::ISODate).toStdString();
    EXPECT_EQ(deadline.timeSpec(), Qt::UTC);
}

INSTANTIATE_TEST_SUITE_P(Spec, Deadlines,
    ::testing::Values(DeadlineCase { "midnight", kLima, at(kLima, 2026, 11, 20, 0, 0, 0),
                          at(kLima, 2026, 11, 20, 23, 59, 59) },
        DeadlineCase { "15:59:59 same day", kLima, at(kLima, 2026, 11, 20, 15, 59, 59),
            at(kLima, 2026, 11, 20, 23, 59, 59) },
        DeadlineCase { "16:00:00 next 24 h", kLima, at(kLima, 2026, 11, 20, 16, 0, 0),
            at(kLima, 2026, 11, 21, 16, 0, 0) },
        DeadlineCase { "23:59:59 next 24 h", kLima, at(kLima, 2026, 11, 20, 23, 59, 59),
            at(kLima, 2026, 11, 21, 23, 59, 59) },
        DeadlineCase {
            "month end", kLima, at(kLima, 2026, 1, 31, 17, 30), at(kLima, 2026, 2, 1, 17, 30) },
        DeadlineCase {
            "leap day", kLima, at(kLima, 2028, 2, 28, 20, 0), at(kLima, 2028, 2, 29, 20, 0) },
        DeadlineCase {
            "year end", kLima, at(kLima, 2026, 12, 31, 16, 0), at(kLima, 2027, 1, 1, 16, 0) },
        DeadlineCase { "year end before cut-off", kLima, at(kLima, 2026, 12, 31, 9, 0),
            at(kLima, 2026, 12, 31, 23, 59, 59) },
        // The day clocks go forward has 23 hours; the deadline is still 23:59:59 on the wall.
        DeadlineCase { "spring forward, same day", kMadrid, at(kMadrid, 2026, 3, 29, 10, 0),
            at(kMadrid, 2026, 3, 29, 23, 59, 59) },
        // 24 hours after 17:00 on the eve, the wall clock says 18:00.
        DeadlineCase { "spring forward, 24 h", kMadrid, at(kMadrid, 2026, 3, 28, 17, 0),
            at(kMadrid, 2026, 3, 29, 18, 0) },
        DeadlineCase { "fall back, 24 h", kMadrid, at(kMadrid, 2026, 10, 24, 17, 0),
            at(kMadrid, 2026, 10, 25, 16, 0) },
        DeadlineCase { "fall back, same day", kMadrid, at(kMadrid, 2026, 10, 25, 1, 30),
            at(kMadrid, 2026, 10, 25, 23, 59, 59) }));

TEST(Deadline, CutOffIsASetting)
{
    TimelinessRules rules;
    rules.cutoffMinutes = 18 * 60;
    EXPECT_EQ(orderDeadline(rules, kLima, OrderKind::Install,
                  at(kLima, 2026, 11, 20, 17, 0).toUTC(), false, {}),
        at(kLima, 2026, 11, 20, 23, 59, 59).toUTC());
}

TEST(Deadline, CustomerRequestedLaterWindowEnds)
{
    const QDateTime received = at(kLima, 2026, 11, 20, 9, 0).toUTC();
    const QDateTime windowEnd = at(kLima, 2026, 11, 23, 12, 0).toUTC();
    EXPECT_EQ(
        orderDeadline(TimelinessRules(), kLima, OrderKind::Install, received, true, windowEnd),
        windowEnd);
    EXPECT_EQ(
        orderDeadline(TimelinessRules(), kLima, OrderKind::Install, received, false, windowEnd),
        at(kLima, 2026, 11, 20, 23, 59, 59).toUTC())
        << "a window the customer did not ask to move does not move the deadline";
    EXPECT_EQ(orderDeadline(TimelinessRules(), kLima, OrderKind::Install, received, true, {}),
        at(kLima, 2026, 11, 20, 23, 59, 59).toUTC())
        << "until a window is agreed, the ordinary rule holds";
}

TEST(Timeliness, MeasuredEventDependsOnKind)
{
    const QDateTime arrived = at(kLima, 2026, 11, 20, 10, 0);
    const QDateTime completed = at(kLima, 2026, 11, 20, 12, 0);
    EXPECT_EQ(measuredEvent(OrderKind::Install, arrived, completed), arrived);
    EXPECT_EQ(measuredEvent(OrderKind::Move, arrived, completed), arrived);
    EXPECT_EQ(measuredEvent(OrderKind::Repair, arrived, completed), completed);
    EXPECT_FALSE(measuredEvent(OrderKind::Repair, arrived, {}).isValid());
}

TEST(Timeliness, States)
{
    const QDateTime deadline = at(kLima, 2026, 11, 20, 23, 59, 59);
    EXPECT_EQ(timeliness(deadline, deadline, {}, 120), Timeliness::OnTime)
        << "at the deadline is on time";
    EXPECT_EQ(timeliness(deadline, deadline.addSecs(1), {}, 120), Timeliness::Late);
    EXPECT_EQ(timeliness(deadline, {}, deadline.addSecs(-2 * 3600 - 1), 120), Timeliness::OnTrack);
    EXPECT_EQ(timeliness(deadline, {}, deadline.addSecs(-2 * 3600), 120), Timeliness::DueSoon);
    EXPECT_EQ(timeliness(deadline, {}, deadline, 120), Timeliness::DueSoon);
    EXPECT_EQ(timeliness(deadline, {}, deadline.addSecs(1), 120), Timeliness::Overdue);
}

TEST(Compensation, InstallAndMoveOnceRepairPerStartedDayCapped)
{
    const TimelinessRules rules;
    const QDateTime deadline = at(kLima, 2026, 11, 20, 23, 59, 59).toUTC();
    EXPECT_EQ(compensationCredit(rules, kLima, OrderKind::Install, deadline, deadline, {}), 0);
    EXPECT_EQ(
        compensationCredit(rules, kLima, OrderKind::Install, deadline, deadline.addSecs(1), {}),
        20);
    EXPECT_EQ(
        compensationCredit(rules, kLima, OrderKind::Move, deadline, deadline.addDays(9), {}), 20);
    EXPECT_EQ(
        compensationCredit(rules, kLima, OrderKind::Repair, deadline, deadline.addSecs(1), {}), 10);
    EXPECT_EQ(
        compensationCredit(rules, kLima, OrderKind::Repair, deadline, deadline.addSecs(86400), {}),
        10);
    EXPECT_EQ(
        compensationCredit(rules, kLima, OrderKind::Repair, deadline, deadline.addSecs(86401), {}),
        20);
    EXPECT_EQ(
        compensationCredit(rules, kLima, OrderKind::Repair, deadline, deadline.addDays(10), {}),
        100);
    EXPECT_EQ(
        compensationCredit(rules, kLima, OrderKind::Repair, deadline, deadline.addDays(30), {}),
        100)
        << "capped";
    EXPECT_EQ(compensationCredit(
                  rules, kLima, OrderKind::Repair, deadline, {}, deadline.addSecs(3 * 86400)),
        30)
        << "an open late repair owes up to now";
    EXPECT_EQ(compensationCredit(rules, kLima, OrderKind::Repair, deadline, {}, deadline), 0);
}
