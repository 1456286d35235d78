#include "cellformat.h"

#include "widgets/palette.h"

#include <QBrush>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("fd::CellFormat", "Yes")
                 : QCoreApplication::translate("fd::CellFormat", "No");
}

QString formatCount(qint64 value)
{
    return QLocale().toString(value);
}

QString formatScore(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString formatPercent(double value)
{
    // "12.5 %" and "12 %", not "12.50 %": the trailing zeros add nothing for a reader.
    QString number = QLocale().toString(value, 'f', 2);
    const QChar point = QLocale().decimalPoint().at(0);
    if (number.contains(point)) {
        while (number.endsWith(u'0'))
            number.chop(1);
        if (number.endsWith(point))
            number.chop(1);
    }
    return QCoreApplication::translate("fd::CellFormat", "%1 %").arg(number);
}

// ISO dates read the same in every language FiberDesk speaks and match the CSV files;
// a short locale format such as 11/20/26 is ambiguous between operators.
QString formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"—"_s;
}

QString formatDateTime(const QDateTime& instant, const QTimeZone& zone)
{
    if (!instant.isValid())
        return u"—"_s;
    return instant.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString formatDayAndTime(const QDateTime& instant, const QTimeZone& zone, const QDate& today)
{
    if (!instant.isValid())
        return u"—"_s;
    const QDateTime local = instant.toTimeZone(zone);
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (local.date().year() == today.year()) {
        // The locale's short date without its year and the separator beside it.
        static const QRegularExpression year(u"^y+[^dMy]+|[^dMy]+y+$|y+"_s);
        format.remove(year);
    } else {
        static const QRegularExpression year(u"y+"_s);
        format.replace(year, u"yyyy"_s);
    }
    return locale.toString(local, format + u" HH:mm"_s);
}

// An int, not a Qt::Alignment: Qt 6.4's delegates read the role with toInt().
QVariant numberAlignment()
{
    return int(Qt::AlignRight | Qt::AlignVCenter);
}

QVariant inactiveForeground()
{
    return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
}

QVariant warningForeground()
{
    return QBrush(colour(ColourRole::DangerText));
}

QVariant warningBackground()
{
    return QBrush(colour(ColourRole::DangerBackgroundSoft));
}

} // namespace fd
