#pragma once

#include <QByteArray>
#include <QStringList>

namespace fd {

// One RFC 4180 line in UTF-8, ended by CRLF: fields holding the separator, a quote or a
// line break are quoted and their quotes doubled. `separator` is ',' or, for spreadsheets in
// the locales that use the decimal comma, ';' (SPEC §13).
QByteArray csvLine(const QStringList& fields, char separator = ',');

// The UTF-8 byte-order mark every exported CSV file starts with: without it Excel reads the
// file in the machine's legacy code page (GBK, Windows-1252) and garbles every name.
inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

// A text cell a spreadsheet will not run as a formula (CSV injection, OWASP): text that
// starts with =, +, -, @, a tab or a carriage return (or a full-width ＝ ＋ － ＠) gets a
// leading apostrophe. A plain number such as -27.5 is left as it is, so it stays a number.
// For every cell whose text comes from people or files; computed numbers need not pass.
//
// So that a guarded file reads back as it was written, text that already starts with an
// apostrophe followed by such a start ("'=x") gets one more: spreadsheetText() takes
// exactly one apostrophe off wherever this function would have put one, and nowhere else,
// so spreadsheetText(spreadsheetSafe(x)) == x for every x.
QString spreadsheetSafe(const QString& text);

// The text of a cell read from a CSV file: the guard's apostrophe taken off (see above).
// "'=SUM(A1)" reads as "=SUM(A1)", "'-" as "-"; "'hello" and "'-27.5" stay as they are,
// because the guard never writes them.
QString spreadsheetText(const QString& cell);

} // namespace fd
