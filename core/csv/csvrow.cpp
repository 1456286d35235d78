#include "csvrow.h"

#include "csv/csvwriter.h"
#include "rules/bounds.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fd {

bool CsvColumns::read(const QStringList& header, const QStringList& expected, CsvProblem& problem,
    const QStringList& optional)
{
    QList<CsvProblem> problems;
    if (read(header, expected + optional, expected, problems))
        return true;
    problem = problems.first();
    return false;
}

bool CsvColumns::read(const QStringList& header, const QStringList& expected,
    const QStringList& required, QList<CsvProblem>& problems)
{
    m_index.clear();
    m_nameless.clear();
    m_width = int(header.size());
    m_named = 0;
    const qsizetype before = problems.size();
    // A spreadsheet set to a language with a decimal comma saves "CSV" with semicolons.
    if (header.size() == 1 && expected.size() > 1) {
        const QChar separator = header.first().contains(u';') ? u';'
            : header.first().contains(u'\t')                  ? u'\t'
                                                              : QChar();
        if (!separator.isNull()) {
            problems.append({ 1, 0, {},
                QCoreApplication::translate("fd::Csv",
                    "the columns are separated by %1, not by commas; save the file as “CSV UTF-8 "
                    "(comma delimited)” or choose the comma as the separator")
                    .arg(separator == u';' ? QCoreApplication::translate("fd::Csv", "semicolons")
                                           : QCoreApplication::translate("fd::Csv", "tabs")) });
            return false;
        }
    }
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (name.isEmpty()) {
            m_nameless.append(i);
            continue;
        }
        m_named = i + 1;
        if (!expected.contains(name)) {
            problems.append({ 1, i + 1, name,
                QCoreApplication::translate("fd::Csv", "unknown column “%1”; the columns are %2")
                    .arg(header.at(i).trimmed(), expected.join(u',')) });
            continue;
        }
        if (m_index.contains(name)) {
            problems.append({ 1, i + 1, name,
                QCoreApplication::translate("fd::Csv", "the column “%1” appears twice")
                    .arg(name) });
            continue;
        }
        m_index.insert(name, i);
    }
    while (!m_nameless.isEmpty() && m_nameless.last() >= m_named)
        m_nameless.removeLast();
    for (const QString& name : required) {
        if (!m_index.contains(name)) {
            problems.append({ 1, 0, name,
                QCoreApplication::translate(
                    "fd::Csv", "the column “%1” is missing; the columns are %2")
                    .arg(name, expected.join(u',')) });
        }
    }
    if (m_index.isEmpty() && problems.size() == before) {
        problems.append({ 1, 0, {},
            QCoreApplication::translate(
                "fd::Csv", "the header row names no column; the columns are %1")
                .arg(expected.join(u',')) });
    }
    return problems.size() == before;
}

bool CsvColumns::fitsRecord(const CsvRecord& record, QList<CsvProblem>& problems) const
{
    const int fields = int(record.fields.size());
    bool fits = true;
    if (fields < m_named) {
        problems.append({ record.line, 0, {},
            QCoreApplication::translate("fd::Import", "has %1 fields; the header has %2")
                .arg(QString::number(fields), QString::number(m_width)) });
        return false;
    }
    for (int i = m_named; i < fields; ++i) {
        if (!record.fields.at(i).trimmed().isEmpty()) {
            problems.append({ record.line, i + 1, {},
                i < m_width
                    ? QCoreApplication::translate(
                        "fd::Import", "“%1” is in a column without a name in the header")
                          .arg(record.fields.at(i).trimmed().left(40))
                    : QCoreApplication::translate("fd::Import", "has %1 fields; the header has %2")
                          .arg(QString::number(fields), QString::number(m_width)) });
            return false;
        }
    }
    for (int i : m_nameless) {
        if (!record.fields.at(i).trimmed().isEmpty()) {
            problems.append({ record.line, i + 1, {},
                QCoreApplication::translate(
                    "fd::Import", "“%1” is in a column without a name in the header")
                    .arg(record.fields.at(i).trimmed().left(40)) });
            fits = false;
        }
    }
    return fits;
}

CsvRow::CsvRow(const CsvRecord& record, const CsvColumns& columns, QList<CsvProblem>& problems)
    : m_record(record)
    , m_columns(columns)
    , m_problems(problems)
{ }

QString CsvRow::text(const QString& column) const
{
    const int index = m_columns.index(column);
    if (index < 0 || index >= m_record.fields.size())
        return {};
    // An exported file's formula guard is taken off again (csv/csvwriter.h).
    return spreadsheetText(m_record.fields.at(index).trimmed());
}

namespace {

// How Excel writes a number it shows in scientific notation ("2.02611E+19", "1E+05"), and
// LibreOffice ("2.02611E19" when asked): a mantissa, an E and a signed or long exponent.
bool isScientific(const QString& value)
{
    static const QRegularExpression pattern(u"^[+-]?\\d+([.,]\\d+)?[eE][+-]\\d+$"_s);
    return pattern.match(value).hasMatch();
}

QString scientificHint(const QString& value)
{
    return QCoreApplication::translate("fd::Csv",
        "“%1” is a number in scientific notation: the spreadsheet took the column for numbers "
        "and rounded it. Format the column as text (or as a number with no decimals), put the "
        "full values back and save the file again")
        .arg(value);
}

} // namespace

QString CsvRow::identifier(const QString& column) const
{
    const QString value = text(column);
    if (isScientific(value))
        complain(column, scientificHint(value));
    return value;
}

bool CsvRow::emptyOrNo(const QString& column) const
{
    const QString value = text(column);
    return value.isEmpty() || value.compare(u"no"_s, Qt::CaseInsensitive) == 0;
}

void CsvRow::complain(const QString& column, const QString& message) const
{
    m_problems.append({ m_record.line, m_columns.index(column) + 1, column, message });
}

void CsvRow::complainChoice(
    const QString& column, const QString& value, const QStringList& keys) const
{
    if (value.isEmpty() && !has(column))
        return; // a column the file lacks: the importer decides
    if (value.isEmpty())
        complain(column,
            QCoreApplication::translate("fd::Csv", "is empty; it must be one of %1")
                .arg(keys.join(u", "_s)));
    else
        complain(column,
            QCoreApplication::translate("fd::Csv", "“%1” is not one of %2")
                .arg(value, keys.join(u", "_s)));
}

std::optional<bool> CsvRow::optionalYesNo(const QString& column) const
{
    const QString value = text(column).toLower();
    if (value.isEmpty())
        return std::nullopt;
    if (value == u"yes"_s)
        return true;
    if (value == u"no"_s)
        return false;
    complain(
        column, QCoreApplication::translate("fd::Csv", "“%1” is not yes or no").arg(text(column)));
    return std::nullopt;
}

bool CsvRow::yesNo(const QString& column) const
{
    if (text(column).isEmpty() && has(column)) {
        complain(column, QCoreApplication::translate("fd::Csv", "is empty; it must be yes or no"));
        return false;
    }
    return optionalYesNo(column).value_or(false);
}

qint64 CsvRow::integer(const QString& column) const
{
    const QString value = text(column);
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok && !has(column))
        return 0;
    if (!ok && isScientific(value)) {
        complain(column, scientificHint(value));
        return 0;
    }
    if (!ok) {
        complain(column,
            value.isEmpty()
                ? QCoreApplication::translate("fd::Csv", "is empty; it must be a whole number")
                : QCoreApplication::translate("fd::Csv", "“%1” is not a whole number").arg(value));
        return 0;
    }
    return number;
}

double CsvRow::decimal(const QString& column) const
{
    QString value = text(column);
    if (value.isEmpty() && !has(column))
        return 0;
    // A decimal point; a decimal comma too in a file separated by semicolons (where the
    // comma cannot be a separator). No thousands separators: "1.234" is one point two.
    if (m_columns.decimalComma() && value.count(u',') == 1 && !value.contains(u'.'))
        value.replace(u',', u'.');
    static const QRegularExpression pattern(u"^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"_s);
    if (!pattern.match(value).hasMatch() && isScientific(value)) {
        complain(column, scientificHint(value));
        return 0;
    }
    if (!pattern.match(value).hasMatch()) {
        complain(column,
            value.isEmpty()
                ? QCoreApplication::translate("fd::Csv", "is empty; it must be a number")
                : QCoreApplication::translate(
                    "fd::Csv", "“%1” is not a number (use a decimal point)")
                      .arg(text(column)));
        return 0;
    }
    return value.toDouble();
}

namespace {

// Reads `count` digits at `pos`; -1 when they are not all digits.
int digitsAt(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text.at(pos + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// ISO 8601 "YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|±HH[:]MM]". Hand-written rather than a regular
// expression: an orders file has six of these per row and hundreds of thousands of rows.
// Returns false when the text is not of that form; `offsetSeconds` stays unset without one.
bool parseIsoDateTime(QStringView text, QDate& day, QTime& time, std::optional<int>& offsetSeconds)
{
    if (text.size() < 16 || text.at(4) != u'-' || text.at(7) != u'-'
        || (text.at(10) != u'T' && text.at(10) != u' ') || text.at(13) != u':')
        return false;
    const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2),
              dayOfMonth = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2), minute = digitsAt(text, 14, 2);
    int second = 0;
    qsizetype pos = 16;
    if (pos < text.size() && text.at(pos) == u':') {
        second = digitsAt(text, pos + 1, 2);
        pos += 3;
        if (pos < text.size() && text.at(pos) == u'.') {
            ++pos;
            while (pos < text.size() && text.at(pos).isDigit())
                ++pos;
        }
    }
    if (year < 0 || month < 0 || dayOfMonth < 0 || hour < 0 || minute < 0 || second < 0)
        return false;
    day = QDate(year, month, dayOfMonth);
    time = QTime(hour, minute, second);
    if (!day.isValid() || !time.isValid())
        return false;
    if (pos == text.size())
        return true;
    if (text.at(pos) == u'Z' && pos + 1 == text.size()) {
        offsetSeconds = 0;
        return true;
    }
    if (text.at(pos) != u'+' && text.at(pos) != u'-')
        return false;
    const int sign = text.at(pos) == u'-' ? -1 : 1;
    const int offsetHours = digitsAt(text, pos + 1, 2);
    qsizetype minutesAt = pos + 3;
    if (minutesAt < text.size() && text.at(minutesAt) == u':')
        ++minutesAt;
    const int offsetMinutes = digitsAt(text, minutesAt, 2);
    if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59
        || minutesAt + 2 != text.size())
        return false;
    offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
    return true;
}

} // namespace

QDateTime CsvRow::instant(const QString& column, const QTimeZone& zone, bool optional) const
{
    const QString value = text(column);
    if (value.isEmpty()) {
        if (!optional && has(column))
            complain(column,
                QCoreApplication::translate(
                    "fd::Csv", "is empty; it must be a date and time (ISO 8601)"));
        return {};
    }
    QDate day;
    QTime time;
    std::optional<int> offset;
    if (!parseIsoDateTime(value, day, time, offset)) {
        complain(column,
            QCoreApplication::translate(
                "fd::Csv", "“%1” is not a date and time (ISO 8601, e.g. 2026-11-20T09:30:00-05:00)")
                .arg(value));
        return {};
    }
    const QDateTime when = offset ? QDateTime(day, time, Qt::OffsetFromUTC, *offset).toUTC()
                                  : QDateTime(day, time, zone).toUTC();
    // SPEC §16: nothing before 2000 (a spreadsheet's empty date is 1899 or 1900).
    if (const QString problem = earliestProblem(when); !problem.isEmpty()) {
        complain(column, problem);
        return {};
    }
    return when;
}

std::optional<double> CsvRow::optionalDecimal(const QString& column) const
{
    if (text(column).isEmpty())
        return std::nullopt;
    return decimal(column);
}

QDate CsvRow::date(const QString& column, bool optional) const
{
    const QString value = text(column);
    if (value.isEmpty()) {
        if (!optional && has(column))
            complain(column,
                QCoreApplication::translate("fd::Csv", "is empty; it must be a date (YYYY-MM-DD)"));
        return {};
    }
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!pattern.match(value).hasMatch() || !date.isValid()) {
        complain(column,
            QCoreApplication::translate("fd::Csv", "“%1” is not a date (YYYY-MM-DD)").arg(value));
        return {};
    }
    if (const QString problem = earliestProblem(date); !problem.isEmpty()) {
        complain(column, problem);
        return {};
    }
    return date;
}

} // namespace fd
