#pragma once

#include "rules/rational.h"

#include <QDate>
#include <QString>
#include <QVariant>

namespace fd {

// How the evaluation shows its exact figures: rounded half up once, from the fraction (as
// the score itself is), then written with the language's decimal sign. Going through a
// double would show 79.95 as 79.9 on some machines.
QString formatPoints(const Rational& points, int decimals = 2);
QString formatSignedPoints(const Rational& points, int decimals = 2); // "+2.00", "−1.50", "0.00"
QString formatRate(const Rational& rate); // a share 0–1 as "95.3 %"
QString formatMonth(const QDate& month); // "November 2026", "noviembre de 2026", "2026年11月"
QString formatMonthTitle(const QDate& month); // the same, capitalized to begin a line
// "Nov" on a chart axis of twelve months, whose title names the year.
QString formatShortMonth(const QDate& month);

// Amber, beside cellformat.h's red: a warning that is not yet a failure (one strike in the
// window, a machine-room score still to enter).
QVariant cautionForeground();
QVariant cautionBackground();

} // namespace fd
