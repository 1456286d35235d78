#pragma once

#include "csv/csvreader.h"

#include <QtGlobal>

namespace fd {

// What an import may hold in memory at once, whatever the file's size or shape (SPEC §16:
// at most 64 MiB beyond the program's own). Each bound is enforced where the memory would
// be taken, and a file that would need more is refused with a message naming the bound;
// nothing is ever allocated in proportion to the file. Measured in docs/ROBUSTNESS.md.
namespace importlimits {

// One record (a line, or a quoted field spanning lines): CsvReader::kMaxRecordBytes (1 MiB).
// Fields in one record: CsvReader::kMaxFields.

// Orders and calls are streamed in chunks of at most this many records ...
constexpr qsizetype kChunkRecords = 5000;
// ... and records taking at most this much memory (recordFootprint() below: a line of a
// thousand empty fields is small in the file and not in memory). Two chunks are in memory
// at once: the one being written and the one read ahead.
constexpr qint64 kChunkBytes = qint64(8) << 20;
// A refused file is read to its end, so that every problem is counted; at most this many
// are kept with their places (the others only counted), in each chunk and in all.
constexpr qsizetype kMostProblems = 10000;

// The kinds read whole before they are saved (the organisation, complaints, room scores,
// assessments): the records held may take at most this much memory, estimated by
// recordFootprint() below; the checked values and the writes take about as much again.
constexpr qint64 kWholeFileBudget = qint64(20) << 20;

// The memory a record's fields take once read (QStringList of QStrings): the list's own
// slot per field, and each non-empty text's block (header and UTF-16 characters, rounded
// up as the allocator does).
inline qint64 recordFootprint(qsizetype fields, qint64 textBytes)
{
    return 96 + qint64(fields) * 24 + textBytes * 2 + qint64(fields) * 48;
}

inline qint64 recordFootprint(const CsvRecord& record)
{
    qint64 text = 0;
    for (const QString& field : record.fields)
        text += field.size();
    return recordFootprint(record.fields.size(), text);
}

} // namespace importlimits

} // namespace fd
