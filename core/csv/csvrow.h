#pragma once

#include "csv/csvreader.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <functional>
#include <optional>

namespace fd {

// Which field of a record holds which column, read from the header row.
class CsvColumns
{
public:
    // Checks the header against the columns a file kind must have: each present once, in
    // any order, nothing unknown; the `optional` ones may also be left out. Fills `problem`
    // and returns false otherwise.
    bool read(const QStringList& header, const QStringList& expected, CsvProblem& problem,
        const QStringList& optional = {});

    int index(const QString& column) const { return m_index.value(column, -1); }
    bool has(const QString& column) const { return m_index.contains(column); }
    // Notes a problem and returns false when a record has another number of fields.
    bool fitsRecord(const CsvRecord& record, QList<CsvProblem>& problems) const;
    int count() const { return int(m_index.size()); }

    bool isOptional(const QString& column) const { return m_optional.contains(column); }

private:
    QHash<QString, int> m_index;
    QStringList m_optional;
};

// Typed, checked access to one record's fields. A bad value is noted as a problem with its
// line, column and reason, and a neutral value is returned so that reading can go on and
// report every bad field of the file at once. Values are read with surrounding spaces
// removed: spreadsheets add them and no code or name needs them.
class CsvRow
{
public:
    CsvRow(const CsvRecord& record, const CsvColumns& columns, QList<CsvProblem>& problems);

    QString text(const QString& column) const; // empty for an optional column left out
    bool yesNo(const QString& column) const;
    std::optional<bool> optionalYesNo(const QString& column) const;
    qint64 integer(const QString& column) const;
    double decimal(const QString& column) const;
    QDate date(const QString& column, bool optional = false) const;
    // An ISO 8601 date and time with an offset ("2026-11-20T09:30:00-05:00", "…Z"), or
    // without one in the operator's `zone` (a space may stand for the T). Returned in UTC.
    QDateTime instant(const QString& column, const QTimeZone& zone, bool optional = false) const;
    std::optional<double> optionalDecimal(const QString& column) const;
    // A value that must be one of `keys` (SPEC identifiers); `parse` maps it.
    template <typename T>
    T choice(const QString& column, const std::function<std::optional<T>(const QString&)>& parse,
        const QStringList& keys, T fallback) const
    {
        const QString value = text(column);
        if (const std::optional<T> parsed = parse(value))
            return *parsed;
        complainChoice(column, value, keys);
        return fallback;
    }

    bool hasColumn(const QString& column) const { return m_columns.has(column); }
    int line() const { return m_record.line; }
    void complain(const QString& column, const QString& message) const;

private:
    void complainChoice(const QString& column, const QString& value, const QStringList& keys) const;

    const CsvRecord& m_record;
    const CsvColumns& m_columns;
    QList<CsvProblem>& m_problems;
};

} // namespace fd
