#include "layoutcheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>
#include <QtMath>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {

namespace {

// A text as drawn: mnemonics' "&" gone ("&&" stays one "&").
QString drawnText(QString text)
{
    text.replace(u"&&"_s, QChar(0xE000));
    text.remove(u'&');
    text.replace(QChar(0xE000), u'&');
    return text;
}

int widestLine(const QFontMetrics& metrics, const QString& text)
{
    int widest = 0;
    for (const QString& line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

QString describe(const QWidget* widget, const QWidget* screen)
{
    QStringList path;
    for (const QWidget* at = widget; at && at != screen; at = at->parentWidget()) {
        QString name = QString::fromLatin1(at->metaObject()->className());
        if (!at->objectName().isEmpty() && !at->objectName().startsWith(u"qt_"_s))
            name += u'#' + at->objectName();
        path.prepend(name);
    }
    return path.join(u" > "_s);
}

QString quoted(const QString& text)
{
    return u"“"_s + text.left(80) + u"”"_s;
}

// The text area of a line edit: the style's contents rect, less the text margins and the
// two pixels QLineEdit keeps on either side.
QRect editableArea(const QLineEdit* edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->contentsRect();
    option.lineWidth = edit->hasFrame()
        ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
        : 0;
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    option.features = QStyleOptionFrame::None;
    QRect area = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    area = area.marginsRemoved(edit->textMargins());
    return area.adjusted(2, 0, -2, 0);
}

void checkLabel(const QLabel* label, QStringList& problems, const QWidget* screen)
{
    if (label->text().isEmpty() || !label->pixmap().isNull())
        return;
    const int margin = label->margin();
    const QRect area = label->contentsRect().adjusted(
        margin + std::max(0, label->indent()), margin, -margin, -margin);
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    // A plain label's "&x" is a mnemonic only with a buddy; without one the "&" is drawn.
    static const QRegularExpression mnemonic(u"(^|[^&])&[^&\\s]"_s);
    if (!rich && !label->buddy() && mnemonic.match(label->text()).hasMatch()) {
        problems << u"%1: text %2 shows its mnemonic's “&”: the label has no buddy"_s.arg(
            describe(label, screen), quoted(label->text()));
    }
    if (label->wordWrap() || rich) {
        // Laid out as the label lays it out: wrapped at its width (at the line breaks the
        // language allows, between Chinese characters too), or on one line.
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setDefaultFont(label->font());
        if (rich)
            document.setHtml(label->text());
        else
            document.setPlainText(label->text());
        if (label->wordWrap())
            document.setTextWidth(area.width());
        const qreal ideal = document.idealWidth();
        if (ideal > area.width() + 1) {
            problems << u"%1: text %2 is %3 px wide, has %4"_s
                            .arg(describe(label, screen), quoted(label->text()))
                            .arg(qCeil(ideal))
                            .arg(area.width());
        }
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1) {
                problems << u"%1: text %2 needs %3 px of height, has %4"_s
                                .arg(describe(label, screen), quoted(label->text()))
                                .arg(needed)
                                .arg(label->height());
            }
        }
        return;
    }
    const QString text = label->buddy() ? drawnText(label->text()) : label->text();
    const int width = widestLine(label->fontMetrics(), text);
    if (width > area.width()) {
        problems << u"%1: text %2 is %3 px wide, has %4"_s
                        .arg(describe(label, screen), quoted(text))
                        .arg(width)
                        .arg(area.width());
    }
}

void checkLineEdit(const QLineEdit* edit, QStringList& problems, const QWidget* screen)
{
    QString text = edit->displayText();
    QString what = u"text"_s;
    if (text.isEmpty()) {
        text = edit->placeholderText();
        what = u"placeholder"_s;
    }
    if (text.isEmpty())
        return;
    const int width = edit->fontMetrics().horizontalAdvance(text);
    const int room = editableArea(edit).width();
    if (width > room) {
        problems << u"%1: %2 %3 is %4 px wide, the editable area %5"_s
                        .arg(describe(edit, screen), what, quoted(text))
                        .arg(width)
                        .arg(room);
    }
}

void checkCombo(const QComboBox* combo, QStringList& problems, const QWidget* screen)
{
    if (combo->isEditable() || combo->currentText().isEmpty())
        return;
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = false;
    option.frame = combo->hasFrame();
    option.currentText = combo->currentText();
    const QRect field = combo->style()->subControlRect(
        QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    int width = combo->fontMetrics().horizontalAdvance(combo->currentText());
    if (!combo->itemIcon(combo->currentIndex()).isNull())
        width += combo->iconSize().width() + 4;
    if (width > field.width()) {
        problems << u"%1: choice %2 is %3 px wide, the field %4"_s
                        .arg(describe(combo, screen), quoted(combo->currentText()))
                        .arg(width)
                        .arg(field.width());
    }
}

void checkButton(const QAbstractButton* button, QStringList& problems, const QWidget* screen)
{
    if (button->text().isEmpty())
        return;
    int needed = 0;
    const QString text = drawnText(button->text());
    const int textWidth = widestLine(button->fontMetrics(), text);
    if (qobject_cast<const QPushButton*>(button)) {
        // The label is drawn in the style's contents rectangle of the button.
        QStyleOptionButton option;
        option.initFrom(button);
        option.text = button->text();
        option.icon = button->icon();
        option.iconSize = button->iconSize();
        const QRect contents
            = button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button);
        const int drawn
            = textWidth + (button->icon().isNull() ? 0 : button->iconSize().width() + 4);
        if (drawn > contents.width()) {
            problems << u"%1: text %2 is %3 px wide, has %4"_s
                            .arg(describe(button, screen), quoted(text))
                            .arg(drawn)
                            .arg(contents.width());
        }
        return;
    } else if (qobject_cast<const QCheckBox*>(button) || qobject_cast<const QRadioButton*>(button)
        || qobject_cast<const QToolButton*>(button)) {
        needed = std::max(textWidth, button->sizeHint().width());
    } else {
        return;
    }
    if (needed > button->width()) {
        problems << u"%1: text %2 needs %3 px, has %4"_s.arg(describe(button, screen), quoted(text))
                        .arg(needed)
                        .arg(button->width());
    }
}

// Axis labels and titles of a chart are text items in its scene; Qt Charts shortens one
// that does not fit with an ellipsis.
void checkScene(const QGraphicsView* view, QStringList& problems, const QWidget* screen)
{
    if (!view->scene())
        return;
    const QList<QGraphicsItem*> items = view->scene()->items();
    for (const QGraphicsItem* item : items) {
        if (!item->isVisible())
            continue;
        QString text;
        if (const auto* rich = dynamic_cast<const QGraphicsTextItem*>(item))
            text = rich->toPlainText();
        else if (const auto* simple = dynamic_cast<const QGraphicsSimpleTextItem*>(item))
            text = simple->text();
        if (text.contains(u'…') || text.contains(u"..."_s)) {
            problems << u"%1: chart text elided: %2"_s.arg(describe(view, screen), quoted(text));
        }
    }
}

// The part of `widget`'s parent a child can be seen in, in the parent's coordinates.
void checkInsideParent(const QWidget* widget, QStringList& problems, const QWidget* screen)
{
    const QWidget* parent = widget->parentWidget();
    if (!parent || widget->isWindow())
        return;
    if (auto* scroll = qobject_cast<const QScrollArea*>(parent->parentWidget());
        scroll && scroll->widget() == widget) {
        // Scrolled contents may be taller than the viewport, never wider: a form that needs
        // a horizontal scroll bar hides its right-hand column.
        if (widget->width() > parent->width() + 1) {
            problems << u"%1: %2 px wide in a viewport of %3"_s.arg(describe(widget, screen))
                            .arg(widget->width())
                            .arg(parent->width());
        }
        return;
    }
    if (qobject_cast<const QAbstractScrollArea*>(parent)
        || parent->objectName() == u"qt_scrollarea_viewport"_s)
        return; // scroll bars, corner widgets and item views' own children
    const QRect inside = parent->rect().adjusted(-1, -1, 1, 1);
    if (!inside.contains(widget->geometry())) {
        const QRect g = widget->geometry();
        problems << u"%1: at %2,%3 %4×%5 lies outside its parent's %6×%7"_s
                        .arg(describe(widget, screen))
                        .arg(g.x())
                        .arg(g.y())
                        .arg(g.width())
                        .arg(g.height())
                        .arg(parent->width())
                        .arg(parent->height());
    }
}

// The letter of a mnemonic ("&Day" → "D"), empty when the text has none.
QString mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// Every key a screen binds: Alt+letter of its labels, buttons and tabs, and the shortcuts
// of its actions and QShortcuts. Each key with what binds it.
struct Keys
{
    QMap<QString, QStringList> bound;
    QSet<const QAction*> seen; // one action added to two views binds its key once

    void addMnemonic(const QString& text)
    {
        const QString letter = mnemonicOf(text);
        if (!letter.isEmpty())
            bound[u"Alt+"_s + letter].append(quoted(drawnText(text)));
    }

    // A key bound to one widget only (Qt::WidgetShortcut) is that widget's: the same key
    // on another widget is no clash.
    void addKey(const QKeySequence& key, Qt::ShortcutContext context, const QWidget* owner,
        const QString& what)
    {
        QString name = key.toString();
        if (context == Qt::WidgetShortcut)
            name += u" on "_s + QString::number(quintptr(owner), 16);
        bound[name].append(what);
    }

    void addActions(const QList<QAction*>& actions, const QWidget* owner)
    {
        for (const QAction* action : actions) {
            if (!action->isVisible() || seen.contains(action))
                continue;
            seen.insert(action);
            for (const QKeySequence& key : action->shortcuts())
                addKey(key, action->shortcutContext(), owner, quoted(drawnText(action->text())));
            if (action->menu())
                addActions(action->menu()->actions(), owner);
        }
    }
};

void collectKeys(QWidget* widget, QWidget* screen, Keys& keys)
{
    if (widget != screen && !widget->isVisibleTo(screen))
        return;
    if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
        keys.addMnemonic(label->text());
    else if (auto* button = qobject_cast<QAbstractButton*>(widget))
        keys.addMnemonic(button->text());
    else if (auto* box = qobject_cast<QGroupBox*>(widget); box && box->isCheckable())
        keys.addMnemonic(box->title());
    else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
        for (int tab = 0; tab < tabs->count(); ++tab) {
            if (tabs->isTabVisible(tab))
                keys.addMnemonic(tabs->tabText(tab));
        }
    } else if (auto* bar = qobject_cast<QMenuBar*>(widget)) {
        for (const QAction* action : bar->actions())
            keys.addMnemonic(action->text());
    }
    keys.addActions(widget->actions(), widget);
    for (QObject* child : widget->children()) {
        if (auto* shortcut = qobject_cast<QShortcut*>(child); shortcut && shortcut->isEnabled()) {
            for (const QKeySequence& key : shortcut->keys())
                keys.bound[key.toString()].append(u"a shortcut of %1"_s.arg(
                    QString::fromLatin1(widget->metaObject()->className())));
        }
        if (auto* childWidget = qobject_cast<QWidget*>(child);
            childWidget && !childWidget->isWindow())
            collectKeys(childWidget, screen, keys);
    }
}

void visit(QWidget* widget, QWidget* screen, QStringList& problems)
{
    if (!widget->isVisibleTo(screen) && widget != screen)
        return;
    if (widget != screen)
        checkInsideParent(widget, problems, screen);
    if (auto* label = qobject_cast<QLabel*>(widget))
        checkLabel(label, problems, screen);
    else if (auto* edit = qobject_cast<QLineEdit*>(widget))
        checkLineEdit(edit, problems, screen);
    else if (auto* combo = qobject_cast<QComboBox*>(widget))
        checkCombo(combo, problems, screen);
    else if (auto* button = qobject_cast<QAbstractButton*>(widget))
        checkButton(button, problems, screen);
    else if (auto* view = qobject_cast<QGraphicsView*>(widget))
        checkScene(view, problems, screen);
    if (qobject_cast<QAbstractItemView*>(widget))
        return; // cells are the views' business (elided by design, with tool tips)
    const QObjectList children = widget->children();
    for (QObject* child : children) {
        if (auto* childWidget = qobject_cast<QWidget*>(child);
            childWidget && !childWidget->isWindow())
            visit(childWidget, screen, problems);
    }
}

} // namespace

QStringList layoutProblems(QWidget* screen)
{
    QStringList problems;
    visit(screen, screen, problems);
    Keys keys;
    collectKeys(screen, screen, keys);
    for (auto key = keys.bound.cbegin(); key != keys.bound.cend(); ++key) {
        if (key.value().size() > 1)
            problems << u"%1 is bound %2 times: %3"_s.arg(key.key().section(u" on "_s, 0, 0))
                            .arg(key.value().size())
                            .arg(key.value().join(u", "_s));
    }
    return problems;
}

} // namespace fd::test
