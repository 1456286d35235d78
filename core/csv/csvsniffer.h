#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace fd {

// Files from a colleague's spreadsheet are often not UTF-8 CSV at all: a workbook saved
// as is, "Unicode text" (UTF-16), a file in the Windows code page of the office. These
// name what the bytes seem to be, so that a refusal tells the person what to do.

// Why a file that starts with `start` (its first bytes, a few KiB are plenty) cannot be
// read as UTF-8 CSV: a UTF-16 or UTF-32 byte-order mark, UTF-16 without one, or the
// signature of a binary format (a workbook, a PDF, a database, an image, an archive).
// Nothing when it may be text.
std::optional<QString> describeNonCsvStart(const QByteArray& start);

// The message for bytes that are not UTF-8, naming the encoding they seem to be in:
// a Simplified Chinese Windows code page (GBK/GB18030) when the bytes above 127 come in
// pairs the way it writes Chinese, else Latin-1/Windows-1252.
QString describeNotUtf8(const QByteArray& bytes);
// Whether bytes that are not UTF-8 look like GBK/GB18030 Chinese rather than Windows-1252.
bool looksLikeGbk(const QByteArray& bytes);

// The message for a byte sequence that is not valid text in `encoding`, the one the person
// named for the file (--encoding, the import dialog's choice).
QString describeNotInEncoding(const QString& encoding);

// Chinese saved in GBK/GB18030 is now and then, by chance, valid UTF-8: "测试" then reads
// as Cyrillic or Hebrew letters ("лСӢ") or control characters. Such a field gets the
// message to name the file's encoding; nothing for text that may be what it says.
std::optional<QString> describeMisreadChinese(const QString& text);

} // namespace fd
