#include "scoreformat.h"

#include "widgets/palette.h"

#include <QBrush>
#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QString formatPoints(const Rational& points, int decimals)
{
    QString text = points.toString(decimals);
    const QLocale locale;
    text.replace(u'.', locale.decimalPoint());
    if (text.startsWith(u'-'))
        text.replace(0, 1, locale.negativeSign());
    return text;
}

QString formatSignedPoints(const Rational& points, int decimals)
{
    const QString text = formatPoints(points, decimals);
    return Rational(0) < points ? QLocale().positiveSign() + text : text;
}

QString formatRate(const Rational& rate)
{
    return QCoreApplication::translate("fd::CellFormat", "%1 %")
        .arg(formatPoints(rate * Rational(100), 1));
}

QString formatMonth(const QDate& month)
{
    // The pattern is the language's: "noviembre de 2026", "2026年11月" (the locale's own
    // long month name alone would give "十一月 2026").
    return QLocale().toString(month,
        QCoreApplication::translate(
            "fd::ScoreFormat", "MMMM yyyy", "a month and its year, as a QDate format"));
}

QString formatMonthTitle(const QDate& month)
{
    QString text = formatMonth(month);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString formatShortMonth(const QDate& month)
{
    if (QLocale().language() == QLocale::Chinese)
        return u"%1月"_s.arg(month.month());
    return QLocale().toString(month, u"MMM"_s);
}

QVariant cautionForeground()
{
    return QBrush(colour(ColourRole::WarningText));
}

QVariant cautionBackground()
{
    return QBrush(colour(ColourRole::WarningBackgroundSoft));
}

} // namespace fd
