#pragma once

#include <QString>

class QPlainTextEdit;
class QWidget;

namespace fd {

// A box for a reason or a note a few lines long: four lines high, so a dialog keeps its size
// whatever is typed, and Tab moves on to the next field instead of typing a tab.
QPlainTextEdit* makeNoteEdit(QWidget* parent, const QString& placeholder = {});

} // namespace fd
