#pragma once

#include <QByteArray>
#include <QStringList>

namespace fd {

// One RFC 4180 line in UTF-8, ended by CRLF: fields holding a comma, a quote or a line
// break are quoted and their quotes doubled.
QByteArray csvLine(const QStringList& fields);

} // namespace fd
