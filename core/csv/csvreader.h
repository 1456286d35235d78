#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

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

// Reads records one at a time from a device, in blocks, so that a file of millions of
// rows never has to fit in memory. Empty lines are skipped. A field that is not UTF-8 or
// holds a NUL character stops the reading with a problem naming its line and column, and
// the encoding the bytes seem to be in; a file that starts as a workbook, a PDF or UTF-16
// text is named for what it is; a record longer than kMaxRecordBytes is refused.
class CsvReader
{
public:
    static constexpr qint64 kMaxRecordBytes = qint64(1) << 20;
    // FiberDesk's widest file has 26 columns; a spreadsheet's blank trailing columns stay
    // well under this. More fields in one record are refused as they are read, so that a
    // line of commas never becomes millions of strings (SPEC §16).
    static constexpr qsizetype kMaxFields = 1024;

    explicit CsvReader(QIODevice* device);

    // The next record, or false at the end of the file or at a problem (see failed()).
    bool next(CsvRecord& record);
    bool failed() const { return m_failed; }
    const CsvProblem& problem() const { return m_problem; }
    qint64 bytesRead() const { return m_consumed; }

private:
    bool fill(); // reads the next block; false at the end of the device
    bool peek(char& c);
    void advance();
    bool fail(int line, int column, const QString& message);
    bool finishField(QByteArray& bytes, int line, int column, QStringList& fields);

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    int m_line = 1;
    bool m_started = false;
    bool m_failed = false;
    CsvProblem m_problem;
};

struct CsvDocument
{
    QStringList header;
    QList<CsvRecord> records;
};

// Parses a whole file's bytes (small files: the organisation). Every line must then be
// checked against the header by the caller.
Result<CsvDocument> parseCsv(const QByteArray& bytes, CsvProblem* problem);

// "file, line L, column C (field): message", translated.
QString describeCsvProblem(const QString& fileName, const CsvProblem& problem);

} // namespace fd
