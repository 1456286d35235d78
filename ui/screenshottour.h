#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class QWidget;

namespace fd {

class MainWindow;

// Called with each screen of the tour as it is shown (the window on a page, or a dialog) and
// the screen's name; returning false ends the tour.
using ScreenVisitor = std::function<bool(QWidget* screen, const QString& name)>;

// Shows every page the window's role uses, every organisation tab and the main dialogs,
// filled from the database, in turn, at the window's present size. Nothing is written to
// the database (the dialogs are shown, never saved; the sample import is refused by design).
// The screenshots and the layout test (tests/ui/layout_test.cpp) both walk this tour.
void visitScreens(MainWindow& window, const ScreenVisitor& visit);

// `fiberdesk --screenshots DIR`: the tour at 1280×800, a PNG of each screen saved into
// `folder`, so the program can be looked at under xvfb-run. Returns the files written;
// `error` names what failed.
QStringList saveScreenshots(MainWindow& window, const QString& folder, QString* error = nullptr);

} // namespace fd
