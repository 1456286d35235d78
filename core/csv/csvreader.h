#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fd {

// RFC 4180 CSV in UTF-8 (SPEC §9): comma-separated, a header row, fields quoted with
// double quotes when they hold commas, quotes or line breaks; CRLF or LF line ends; an
// optional byte-order mark.

struct CsvRecord
{
    int line = 0; // where the record starts, 1-based (the header is line 1)
    QStringList fields;
};

// Where a problem is, in the terms a person opening the file in an editor would use.
struct CsvProblem
{
    int line = 0;
    int column = 0; // 1-based field number; 0 when the problem is not in one field
    QString field; // the column's name, when known
    QString message;
};

struct CsvDocument
{
    QStringList header;
    QList<CsvRecord> records;
};

// Parses a whole file's bytes. Empty lines are skipped; every other line must have as many
// fields as the header.
Result<CsvDocument> parseCsv(const QByteArray& bytes, CsvProblem* problem);

// "file, line L, column C (field): message", translated.
QString describeCsvProblem(const QString& fileName, const CsvProblem& problem);

} // namespace fd
