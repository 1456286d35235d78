#include "placeholderpage.h"

#include "widgets/palette.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

PlaceholderPage::PlaceholderPage(
    const QString& title, const QString& purpose, const QStringList& points, QWidget* parent)
    : Page(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);

    auto* later = new QLabel(
        tr("This part of FiberDesk arrives in a later version. Until then, this version "
           "manages the organisation (units, areas, teams, technicians, equipment, "
           "assessments), checks it against the allocation rules and keeps the rules."),
        this);
    later->setWordWrap(true);
    later->setMaximumWidth(760);
    later->setStyleSheet(
        u"QLabel { background: %1; border: 1px solid %2; border-radius: 4px;"
        " padding: 10px; color: %3; }"_s.arg(colourName(ColourRole::NoticeBackground),
            colourName(ColourRole::NoticeBorder), colourName(ColourRole::NoticeText)));
    layout->addWidget(later);
    layout->addSpacing(8);

    auto* purposeLabel = new QLabel(purpose, this);
    purposeLabel->setWordWrap(true);
    purposeLabel->setMaximumWidth(760);
    QFont purposeFont = purposeLabel->font();
    purposeFont.setBold(true);
    purposeLabel->setFont(purposeFont);
    layout->addWidget(purposeLabel);

    QString list = u"<ul>"_s;
    for (const QString& point : points)
        list += u"<li style=\"margin-bottom:4px\">"_s + point.toHtmlEscaped() + u"</li>"_s;
    list += u"</ul>"_s;
    auto* pointsLabel = new QLabel(list, this);
    pointsLabel->setWordWrap(true);
    pointsLabel->setTextFormat(Qt::RichText);
    pointsLabel->setMaximumWidth(760);
    layout->addWidget(pointsLabel);

    layout->addStretch();
}

} // namespace fd
