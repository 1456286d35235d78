#include "noteedit.h"

#include <QPlainTextEdit>

namespace fd {

QPlainTextEdit* makeNoteEdit(QWidget* parent, const QString& placeholder)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

} // namespace fd
