#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace fd {

// How every table shows a value, so that the pages agree: numbers with the language's digit
// grouping and right-aligned, booleans as words, dates as ISO dates.
QString yesNo(bool value);
QString formatCount(qint64 value);
QString formatScore(double value); // one decimal
QString formatPercent(double value); // two decimals at most, with the % sign
QString formatDate(const QDate& date); // "—" when unknown
QString formatDateTime(const QDateTime& instant, const QTimeZone& zone);
// A day and time in the language's order of day and month ("20/11 14:00" in Spanish,
// "11/20 14:00" in English), with the year when it is not `today`'s ("20/11/2025 14:00"):
// for the board's columns, where an ISO date would be long and month-day a trap.
QString formatDayAndTime(const QDateTime& instant, const QTimeZone& zone, const QDate& today);

QVariant numberAlignment();
QVariant inactiveForeground(); // the greyed text of deactivated records
QVariant warningForeground(); // dark red: shortfalls, terminated units
QVariant warningBackground(); // light red behind a shortfall

} // namespace fd
