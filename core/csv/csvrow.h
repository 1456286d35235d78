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
    // with the first problem and returns false otherwise.
    bool read(const QStringList& header, const QStringList& expected, CsvProblem& problem,
        const QStringList& optional = {});
    // The same, where only the `required` of the `expected` columns must be there (a file
    // that names some columns changes only those, SPEC §13). A column without a name (a
    // separator at the end of every line, a blank column of the spreadsheet) is ignored.
    // Every problem of the header is noted.
    bool read(const QStringList& header, const QStringList& expected, const QStringList& required,
        QList<CsvProblem>& problems);

    int index(const QString& column) const { return m_index.value(column, -1); }
    bool has(const QString& column) const { return m_index.contains(column); }
    // Notes a problem and returns false when a record lacks a named column's field, or holds
    // a value in a column without a name (fields past the header's that are empty are what
    // a spreadsheet writes for blank formatted columns, and are ignored).
    bool fitsRecord(const CsvRecord& record, QList<CsvProblem>& problems) const;
    int count() const { return int(m_index.size()); }

    // A file separated by semicolons or tabs comes from a spreadsheet in a language with a
    // decimal comma: its numbers may be written "‑19,5".
    void setDecimalComma(bool allowed) { m_decimalComma = allowed; }
    bool decimalComma() const { return m_decimalComma; }

private:
    QHash<QString, int> m_index;
    int m_width = 0; // fields of the header, named or not
    int m_named = 0; // fields up to the last named one
    QList<int> m_nameless; // the header's fields without a name, before m_named
    bool m_decimalComma = false;
};

// Typed, checked access to one record's fields. A bad value is noted as a problem with its
// line, column and reason, and a neutral value is returned so that reading can go on and
// report every bad field of the file at once. Values are read with surrounding spaces
// removed: spreadsheets add them and no code or name needs them.
class CsvRow
{
public:
    CsvRow(const CsvRecord& record, const CsvColumns& columns, QList<CsvProblem>& problems);

    // Whether the file has the column; the readers below give an empty value for one it
    // lacks and note no problem (what a missing column means is the importer's choice).
    bool has(const QString& column) const { return m_columns.has(column); }
    QString text(const QString& column) const;
    // A code, number or account: text, refused when it is a number in scientific notation
    // ("2.02611E+19"), the way a spreadsheet shows a long number it took for a quantity.
    QString identifier(const QString& column) const;
    // Whether a column that should be empty holds nothing that means something: empty, or
    // "no" (a spreadsheet or a CRM writes "no" where the answer does not apply).
    bool emptyOrNo(const QString& column) const;
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

    int line() const { return m_record.line; }
    void complain(const QString& column, const QString& message) const;

private:
    void complainChoice(const QString& column, const QString& value, const QStringList& keys) const;

    const CsvRecord& m_record;
    const CsvColumns& m_columns;
    QList<CsvProblem>& m_problems;
};

} // namespace fd
