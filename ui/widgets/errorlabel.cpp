#include "errorlabel.h"

#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QString errorStyle()
{
    return u"color: #9b1c1c;"_s;
}

QLabel* makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setStyleSheet(errorStyle());
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

} // namespace fd
