#pragma once

#include "csv/csvreader.h"

#include <QByteArray>
#include <QIODevice>
#include <optional>

namespace fd {

// The first rows of a file as an import will read them (SPEC §13: the import dialog shows
// them, so that text in the wrong encoding is seen before anything is written).
struct CsvPreview
{
    QStringList header;
    QList<CsvRecord> rows;
    char separator = ',';
    std::optional<CsvProblem> problem; // where reading stopped, when it did
    bool more = false; // the file has rows after these
};

// Reads up to `maxRows` records after the header of `device` in `encoding` (empty: UTF-8)
// with `separator` (0: sniffed), exactly as ImportService reads them.
CsvPreview previewCsv(QIODevice& device, const QString& encoding, char separator, int maxRows);

// The encoding the start of a file is most likely in: "UTF-8" when it is valid UTF-8 that
// does not look like misread Chinese, else "GB18030" or "windows-1252" (see
// describeNotUtf8).
QString guessCsvEncoding(const QByteArray& start);

} // namespace fd
