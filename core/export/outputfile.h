#pragma once

#include "common/result.h"

#include <QIODevice>
#include <QString>
#include <functional>

namespace fd {

// The one function every export, report and desktop save writes its file through (CSV,
// XLSX, PDF): the contents go to a temporary file beside `path`, renamed into place only
// when `write` succeeded, so a failed export leaves no half file and an existing file is
// replaced whole or not at all. The place where the checks of a safe output file belong.
Status writeOutputFile(const QString& path, const std::function<Status(QIODevice&)>& write);

// The same, for contents already in memory.
Status writeOutputFile(const QString& path, const QByteArray& contents);

} // namespace fd
