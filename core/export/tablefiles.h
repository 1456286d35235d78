#pragma once

#include "common/result.h"
#include "export/exporttable.h"
#include "files/outputfile.h"

#include <QIODevice>
#include <QString>

namespace fd {

// How a CSV file is written (SPEC §13): UTF-8 with a byte-order mark, CRLF line ends,
// RFC 4180 quoting, text cells guarded against formulas.
struct CsvFormat
{
    char separator = ','; // ';' for spreadsheets in the locales with a decimal comma
    // The decimal sign of numbers. The import kinds always use '.', their import format;
    // a report written with ';' uses ',' so that such a spreadsheet reads its numbers.
    char decimalSign = '.';
};

enum class FileFormat
{
    Csv,
    Xlsx,
    Pdf
};

// "csv", "xlsx", "pdf"; nullopt for anything else.
std::optional<FileFormat> fileFormatFromKey(const QString& key);
QString fileFormatKey(FileFormat format);

// One table as CSV lines: the header, then the rows (no byte-order mark).
QByteArray csvTable(const ExportTable& table, const CsvFormat& format);

// The tables of a report as one CSV file: the byte-order mark, then each table's header
// and rows, tables apart by an empty line. A single table is exactly its import format.
QByteArray csvFile(const QList<ExportTable>& tables, const CsvFormat& format);

// The tables as an XLSX workbook (through libxlsxwriter): one sheet per table named after
// it, numbers as numbers, dates and times as dates, the header row frozen. `created` is the
// workbook's creation time (the session's now): the same tables at the same moment give
// the same bytes. Invalid: the moment of writing.
Result<QByteArray> xlsxFile(const QList<ExportTable>& tables, const QDateTime& created = {});

// Writes CSV or XLSX to `target` through the safe output writer (files/outputfile.h);
// `created` as for xlsxFile().
Status writeTables(const QList<ExportTable>& tables, FileFormat format, const CsvFormat& csv,
    const OutputTarget& target, const QDateTime& created = {});

} // namespace fd
