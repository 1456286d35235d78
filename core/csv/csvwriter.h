#pragma once

#include <QByteArray>
#include <QStringList>

namespace fd {

// One RFC 4180 line in UTF-8, ended by CRLF: fields holding a comma, a quote or a line
// break are quoted and their quotes doubled.
QByteArray csvLine(const QStringList& fields);

// A text cell a spreadsheet will not run as a formula (CSV injection, OWASP): text that
// starts with =, +, -, @, a tab or a carriage return (or a full-width ＝ ＋ － ＠) gets a
// leading apostrophe. A plain number such as -27.5 is left as it is, so it stays a number.
// For every cell whose text comes from people or files; computed numbers need not pass.
QString spreadsheetSafe(const QString& text);

} // namespace fd
