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

QVariant numberAlignment();
QVariant inactiveForeground(); // the greyed text of deactivated records
QVariant warningForeground(); // dark red: shortfalls, terminated units
QVariant warningBackground(); // light red behind a shortfall

} // namespace fd
