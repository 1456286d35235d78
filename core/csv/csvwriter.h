#pragma once

#include <QByteArray>
#include <QStringList>

namespace fd {

// One RFC 4180 line in UTF-8, ended by CRLF: fields holding a comma, a quote or a line
// break are quoted and their quotes doubled.
QByteArray csvLine(const QStringList& fields);

// A text cell a spreadsheet will not run: text that starts with =, +, -, @ (or a tab or a
// carriage return) gets a leading apostrophe. For text fields only; numbers are written as
// they are.
QString spreadsheetSafe(const QString& text);

} // namespace fd
