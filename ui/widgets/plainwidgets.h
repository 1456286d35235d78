#pragma once

#include <QLabel>
#include <QPalette>
#include <QPushButton>

namespace fd {

// A page's button: Enter in a field beside it must not press it (no auto-default).
inline QPushButton* pageButton(const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setAutoDefault(false);
    return button;
}

// An explanation under a dialog's title: wrapped, in the muted colour of placeholder text.
inline QLabel* mutedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace fd
