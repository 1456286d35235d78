#include "exporttable.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace fd {

ExportCell ExportCell::ofText(const QString& text)
{
    ExportCell cell;
    cell.text = text;
    return cell;
}

ExportCell ExportCell::ofNumber(double value, int decimals, const QString& text)
{
    ExportCell cell;
    cell.type = Type::Number;
    cell.number = value;
    cell.decimals = decimals;
    cell.text = text.isNull() ? QString::number(value, 'f', decimals) : text;
    return cell;
}

ExportCell ExportCell::ofInteger(qint64 value)
{
    ExportCell cell;
    cell.type = Type::Number;
    cell.number = double(value);
    cell.text = QString::number(value);
    return cell;
}

ExportCell ExportCell::ofDate(const QDate& date)
{
    ExportCell cell;
    if (!date.isValid())
        return cell;
    cell.type = Type::Date;
    cell.date = date;
    cell.text = date.toString(Qt::ISODate);
    return cell;
}

ExportCell ExportCell::ofInstant(const QDateTime& instant, const QTimeZone& zone)
{
    ExportCell cell;
    if (!instant.isValid())
        return cell;
    cell.type = Type::DateTime;
    cell.local = instant.toTimeZone(zone);
    // Seconds are what the database keeps; the offset makes the time mean one instant
    // wherever the file is read.
    cell.text = cell.local.toString(Qt::ISODate);
    if (cell.text.endsWith(u'Z'))
        cell.text = cell.text.chopped(1) + u"+00:00"_s;
    return cell;
}

ExportCell ExportCell::ofYesNo(bool value)
{
    return ofText(value ? u"yes"_s : u"no"_s);
}

} // namespace fd
