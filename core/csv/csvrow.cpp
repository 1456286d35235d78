#include "csvrow.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fd {

bool CsvColumns::read(const QStringList& header, const QStringList& expected, CsvProblem& problem)
{
    m_index.clear();
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!expected.contains(name)) {
            problem = { 1, i + 1, name,
                QCoreApplication::translate("fd::Csv", "unknown column “%1”; the columns are %2")
                    .arg(header.at(i), expected.join(u',')) };
            return false;
        }
        if (m_index.contains(name)) {
            problem = { 1, i + 1, name,
                QCoreApplication::translate("fd::Csv", "the column “%1” appears twice").arg(name) };
            return false;
        }
        m_index.insert(name, i);
    }
    for (const QString& name : expected) {
        if (!m_index.contains(name)) {
            problem = { 1, 0, name,
                QCoreApplication::translate(
                    "fd::Csv", "the column “%1” is missing; the columns are %2")
                    .arg(name, expected.join(u',')) };
            return false;
        }
    }
    return true;
}

bool CsvColumns::fitsRecord(const CsvRecord& record, QList<CsvProblem>& problems) const
{
    if (record.fields.size() == count())
        return true;
    problems.append({ record.line, 0, {},
        QCoreApplication::translate("fd::Import", "has %1 fields; the header has %2")
            .arg(QString::number(record.fields.size()), QString::number(count())) });
    return false;
}

CsvRow::CsvRow(const CsvRecord& record, const CsvColumns& columns, QList<CsvProblem>& problems)
    : m_record(record)
    , m_columns(columns)
    , m_problems(problems)
{ }

QString CsvRow::text(const QString& column) const
{
    const int index = m_columns.index(column);
    Q_ASSERT_X(index >= 0, "CsvRow::text", "column not in the file kind's header");
    if (index < 0 || index >= m_record.fields.size())
        return {};
    return m_record.fields.at(index).trimmed();
}

void CsvRow::complain(const QString& column, const QString& message) const
{
    m_problems.append({ m_record.line, m_columns.index(column) + 1, column, message });
}

void CsvRow::complainChoice(
    const QString& column, const QString& value, const QStringList& keys) const
{
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
    if (text(column).isEmpty()) {
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
    const QString value = text(column);
    // Decimal point only: a comma would have split the field, and locales differ.
    static const QRegularExpression pattern(u"^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"_s);
    if (!pattern.match(value).hasMatch()) {
        complain(column,
            value.isEmpty()
                ? QCoreApplication::translate("fd::Csv", "is empty; it must be a number")
                : QCoreApplication::translate(
                    "fd::Csv", "“%1” is not a number (use a decimal point)")
                      .arg(value));
        return 0;
    }
    return value.toDouble();
}

QDateTime CsvRow::instant(const QString& column, const QTimeZone& zone, bool optional) const
{
    const QString value = text(column);
    if (value.isEmpty()) {
        if (!optional)
            complain(column, QCoreApplication::translate("fd::Csv", "is empty; it must be a date and time (ISO 8601)"));
        return {};
    }
    static const QRegularExpression pattern(
        u"^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?$"_s);
    const QRegularExpressionMatch match = pattern.match(value);
    const QDate day = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    QTime time = match.hasMatch() ? QTime::fromString(match.captured(2), Qt::ISODate) : QTime();
    if (!day.isValid() || !time.isValid()) {
        complain(column, QCoreApplication::translate("fd::Csv", "“%1” is not a date and time (ISO 8601, e.g. 2026-11-20T09:30:00-05:00)")
                             .arg(value));
        return {};
    }
    const QString offset = match.captured(3);
    if (offset.isEmpty())
        return QDateTime(day, time, zone).toUTC();
    if (offset == u"Z"_s)
        return QDateTime(day, time, Qt::UTC);
    const QString digits = QString(offset).remove(u':');
    const int sign = digits.startsWith(u'-') ? -1 : 1;
    const int seconds = sign * (digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60);
    return QDateTime(day, time, Qt::OffsetFromUTC, seconds).toUTC();
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
        if (!optional)
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
    return date;
}

} // namespace fd
