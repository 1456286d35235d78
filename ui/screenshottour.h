#pragma once

#include <QString>
#include <QStringList>

namespace fd {

class MainWindow;

// `fiberdesk --screenshots DIR`: visits every page, every organisation tab and the main
// dialogs and saves a PNG of each into `folder`, so the program can be looked at under
// xvfb-run. Nothing is written to the database (the dialogs are grabbed, never saved, and
// the sample import is refused by design). Returns the files written; `error` names what
// failed.
QStringList saveScreenshots(MainWindow& window, const QString& folder, QString* error = nullptr);

} // namespace fd
