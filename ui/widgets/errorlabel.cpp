#include "errorlabel.h"

#include "widgets/palette.h"

#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QString errorStyle()
{
    return u"color: %1;"_s.arg(colourName(ColourRole::DangerText));
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
