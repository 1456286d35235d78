#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace fd::test {

// What a user would see cut on a screen, one line per defect, naming the widget by its
// path of classes and texts:
//  - a label, button, line edit, spin box or combo box whose text does not fit its
//    contents (elided or cut): fontMetrics().horizontalAdvance of the text against the
//    widget's contents rect, for editors the displayed text against the editable area;
//  - a widget lying outside its parent's visible area (for the contents of a scroll area,
//    wider than the viewport: it would need a horizontal scroll bar);
//  - a chart axis label elided ("…" or "..." in the chart's scene);
//  - a key bound twice: two Alt+letter mnemonics, or two shortcuts, alike on one screen;
//  - a plain label with a mnemonic ("&Name") but no buddy, which draws the "&" as written.
// Only widgets visible on `screen` are looked at.
QStringList layoutProblems(QWidget* screen);

} // namespace fd::test
