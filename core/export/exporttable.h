#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace fd {

// One cell of an exported table. `text` is always the cell as a CSV file writes it (the
// import format: '.' as the decimal sign, ISO dates, times with their offset); the typed
// value beside it is what a spreadsheet gets (a number, a date, a date and time).
struct ExportCell
{
    enum class Type
    {
        Text,
        Number,
        Date,
        DateTime
    };
    Type type = Type::Text;
    QString text;
    double number = 0;
    int decimals = 0; // for a number: how many digits after the decimal sign it shows
    QDate date;
    QDateTime local; // a date and time, in the operator's zone

    static ExportCell ofText(const QString& text);
    // A number shown with `decimals` digits; `text` given when the number's own form is
    // not the plain one (kept as it is for the CSV).
    static ExportCell ofNumber(double value, int decimals, const QString& text = {});
    static ExportCell ofInteger(qint64 value);
    static ExportCell ofDate(const QDate& date); // an invalid date is an empty cell
    // An instant in `zone`: "2026-11-20T09:30:00+08:00"; invalid: an empty cell.
    static ExportCell ofInstant(const QDateTime& instant, const QTimeZone& zone);
    static ExportCell ofYesNo(bool value);

    bool isEmpty() const { return text.isEmpty(); }
};

using ExportRow = QList<ExportCell>;

// A table as files hold it: a name (the sheet's, the PDF section's), a header row of
// column names and the rows under it.
struct ExportTable
{
    QString name;
    QStringList header;
    QStringList labels; // the columns' names for people (a PDF's); empty: the header's
    QList<ExportRow> rows;
};

// A report: its title, the lines that say what it covers (month, who, when) and its tables.
struct ExportReport
{
    QString title;
    QStringList subtitle;
    QList<ExportTable> tables;
};

} // namespace fd
