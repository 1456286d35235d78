#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace fd {

// The style of text that says something went wrong (a refusal, a failed read): dark red.
QString errorStyle();

// A hidden, word-wrapped label in errorStyle() whose text can be selected and copied, for
// the reason a save or a read was refused. Show it with the reason; hide it once put right.
QLabel* makeErrorLabel(QWidget* parent);

} // namespace fd
