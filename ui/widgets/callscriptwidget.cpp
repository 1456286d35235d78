#include "callscriptwidget.h"

#include "widgets/palette.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// Every button of the script is drawn by this sheet in every state, so that an answered
// question reads green or red at a glance and no button changes size when it is chosen.
QString scriptStyle()
{
    using R = ColourRole;
    return uR"(
QPushButton { border: 1px solid %1; border-radius: 4px; padding: 3px 10px; background: %2; }
QPushButton:hover { background: %3; }
QPushButton#yes:checked { background: %4; border-color: %5; color: %6; }
QPushButton#no:checked { background: %7; border-color: %8; color: %6; }
QPushButton#score { padding: 3px 0px; }
QPushButton#score:checked { background: %9; border-color: %10; color: %6; }
QWidget#scriptRow { border-left: 4px solid transparent; }
QWidget#scriptRow[highlight="active"] { background: %11; border-left: 4px solid %9; }
QWidget#scriptRow[highlight="idle"] { background: %12; border-left: 4px solid %13; }
)"_s.arg(colourName(R::ButtonBorder), colourName(R::ButtonBackground), colourName(R::ButtonHover),
        colourName(R::YesChecked), colourName(R::YesCheckedBorder), colourName(R::TextOnStrong),
        colourName(R::NoChecked), colourName(R::NoCheckedBorder), colourName(R::ScoreChecked))
        .arg(colourName(R::ScoreCheckedBorder), colourName(R::RowActive), colourName(R::RowIdle),
            colourName(R::RowIdleBorder));
}

QPushButton* makeChoice(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setCheckable(true);
    button->setFocusPolicy(Qt::NoFocus); // the script keeps the keyboard
    button->setAutoDefault(false);
    return button;
}

QWidget* makeRow(QWidget* parent)
{
    auto* row = new QWidget(parent);
    row->setObjectName(u"scriptRow"_s);
    row->setAttribute(Qt::WA_StyledBackground, true);
    return row;
}

QString bandText(int score)
{
    switch (satisfactionBand(score)) {
    case SatisfactionBand::Promoter:
        return CallScriptWidget::tr("promoter");
    case SatisfactionBand::Passive:
        return CallScriptWidget::tr("passive");
    case SatisfactionBand::Detractor:
        return CallScriptWidget::tr("detractor");
    }
    return {};
}

} // namespace

namespace {

// One Latin capital letter from a translation, else the English one: the key must be on
// every keyboard the agents use and free of the script's other keys.
QString keyLetter(const QString& translated, const QString& english)
{
    const QString letter = translated.trimmed().toUpper();
    const bool usable = letter.size() == 1 && letter.at(0) >= u'A' && letter.at(0) <= u'Z'
        && letter != u"C"_s && letter != u"K"_s;
    return usable ? letter : english;
}

} // namespace

QString CallScriptWidget::yesKey()
{
    const QString yes = keyLetter(tr("Y", "the key that answers yes: the initial of Yes"), u"Y"_s);
    return yes;
}

QString CallScriptWidget::noKey()
{
    const QString no = keyLetter(tr("N", "the key that answers no: the initial of No"), u"N"_s);
    // Both initials alike (a language whose yes and no start alike) keep the English pair.
    return no == yesKey() ? (yesKey() == u"Y"_s ? u"N"_s : u"Y"_s) : no;
}

int CallScriptWidget::letterKey(const QString& letter)
{
    return letter.isEmpty() ? 0 : int(Qt::Key_A) + (letter.at(0).unicode() - u'A');
}

CallScriptWidget::CallScriptWidget(QWidget* parent)
    : QFrame(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(scriptStyle());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(2);

    const QString yesText = tr("Yes [%1]").arg(yesKey());
    const QString noText = tr("No [%1]").arg(noKey());
    for (CallbackQuestion question : allCallbackQuestions()) {
        const int index = int(question);
        QWidget* row = makeRow(this);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(8, 3, 6, 3);
        auto* text = new QLabel(u"<b>%1 · %2</b><br>%3"_s.arg(QString::number(index + 1),
                                    callbackQuestionShortName(question).toHtmlEscaped(),
                                    callbackQuestionText(question).toHtmlEscaped()),
            row);
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        // Read out loud at a glance: a little larger than the rest of the page.
        QFont font = text->font();
        font.setPointSizeF(font.pointSizeF() * 1.05);
        text->setFont(font);
        rowLayout->addWidget(text, 1);
        auto* group = new QButtonGroup(row);
        group->setExclusive(false); // unanswered is a state of its own
        QPushButton* yes = makeChoice(yesText, u"yes"_s, row);
        QPushButton* no = makeChoice(noText, u"no"_s, row);
        group->addButton(yes, 1);
        group->addButton(no, 0);
        rowLayout->addWidget(yes);
        rowLayout->addWidget(no);
        connect(group, &QButtonGroup::idClicked, this, [this, question, index](int id) {
            setCurrentRow(index);
            setAnswer(question, id == 1);
            moveToNextMissing();
            setFocus();
        });
        layout->addWidget(row);
        m_questions[size_t(index)] = { row, group, text };
    }

    m_satisfactionRow = makeRow(this);
    auto* scoreLayout = new QGridLayout(m_satisfactionRow);
    scoreLayout->setContentsMargins(8, 3, 6, 3);
    scoreLayout->setHorizontalSpacing(3);
    auto* scoreLabel
        = new QLabel(u"<b>%1</b>"_s.arg(tr("Satisfaction 0–10 [type the digits]").toHtmlEscaped()),
            m_satisfactionRow);
    scoreLayout->addWidget(scoreLabel, 0, 0, 1, 11);
    m_band = new QLabel(m_satisfactionRow);
    m_band->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    scoreLayout->addWidget(m_band, 0, 8, 1, 3);
    m_satisfaction = new QButtonGroup(m_satisfactionRow);
    for (int score = 0; score <= 10; ++score) {
        QPushButton* button = makeChoice(QString::number(score), u"score"_s, m_satisfactionRow);
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(u"10"_s) + 16);
        m_satisfaction->addButton(button, score);
        scoreLayout->addWidget(button, 1, score);
    }
    connect(m_satisfaction, &QButtonGroup::idClicked, this, [this](int score) {
        setSatisfaction(score);
        setCurrentRow(kSatisfactionRow);
        setFocus();
    });
    layout->addWidget(m_satisfactionRow);

    m_commendation = new QCheckBox(tr("The customer commends the technician [C]"), this);
    m_commendation->setFocusPolicy(Qt::NoFocus);
    connect(m_commendation, &QCheckBox::toggled, this, &CallScriptWidget::changed);
    auto* commendationRow = new QHBoxLayout;
    commendationRow->setContentsMargins(12, 2, 6, 2);
    commendationRow->addWidget(m_commendation);
    layout->addLayout(commendationRow);
    clear();
}

void CallScriptWidget::setOrderKind(OrderKind kind)
{
    for (CallbackQuestion question : allCallbackQuestions()) {
        const int index = int(question);
        m_questions[size_t(index)].text->setText(u"<b>%1 · %2</b><br>%3"_s.arg(
            QString::number(index + 1), callbackQuestionShortName(question).toHtmlEscaped(),
            callbackQuestionText(question, kind).toHtmlEscaped()));
    }
}

void CallScriptWidget::clear()
{
    for (QuestionRow& row : m_questions) {
        for (QAbstractButton* button : row.group->buttons())
            button->setChecked(false);
    }
    // An exclusive group refuses to uncheck its last button, so exclusivity pauses.
    m_satisfaction->setExclusive(false);
    for (QAbstractButton* button : m_satisfaction->buttons())
        button->setChecked(false);
    m_satisfaction->setExclusive(true);
    m_commendation->setChecked(false);
    m_band->clear();
    m_typed = -1;
    setEditable(true);
    setCurrentRow(0);
    emit changed();
}

void CallScriptWidget::showAnswers(const CallbackAnswers& answers)
{
    clear();
    for (CallbackQuestion question : allCallbackQuestions())
        setAnswer(question, answers.yes[size_t(question)]);
    setSatisfaction(answers.satisfaction);
    setCommendation(answers.commendation);
    setEditable(false);
}

void CallScriptWidget::setEditable(bool editable)
{
    m_editable = editable;
    // Read-only keeps the colours of the answers, which disabled buttons would grey out.
    for (QuestionRow& row : m_questions) {
        for (QAbstractButton* button : row.group->buttons())
            button->setAttribute(Qt::WA_TransparentForMouseEvents, !editable);
    }
    for (QAbstractButton* button : m_satisfaction->buttons())
        button->setAttribute(Qt::WA_TransparentForMouseEvents, !editable);
    m_commendation->setAttribute(Qt::WA_TransparentForMouseEvents, !editable);
    updateHighlight();
}

std::optional<bool> CallScriptWidget::answer(CallbackQuestion question) const
{
    const int checked = m_questions[size_t(question)].group->checkedId();
    if (checked < 0)
        return std::nullopt;
    return checked == 1;
}

void CallScriptWidget::setAnswer(CallbackQuestion question, bool yes)
{
    QButtonGroup* group = m_questions[size_t(question)].group;
    group->button(1)->setChecked(yes);
    group->button(0)->setChecked(!yes);
    emit changed();
}

std::optional<int> CallScriptWidget::satisfaction() const
{
    const int checked = m_satisfaction->checkedId();
    if (checked < 0)
        return std::nullopt;
    return checked;
}

void CallScriptWidget::setSatisfaction(int score)
{
    if (QAbstractButton* button = m_satisfaction->button(qBound(0, score, 10)))
        button->setChecked(true);
    m_band->setText(bandText(score));
    emit changed();
}

bool CallScriptWidget::commendation() const
{
    return m_commendation->isChecked();
}

void CallScriptWidget::setCommendation(bool commended)
{
    m_commendation->setChecked(commended);
}

void CallScriptWidget::setCurrentRow(int row)
{
    m_current = qBound(0, row, int(kSatisfactionRow));
    if (m_current != kSatisfactionRow)
        m_typed = -1;
    updateHighlight();
}

bool CallScriptWidget::isTouched() const
{
    for (CallbackQuestion question : allCallbackQuestions()) {
        if (answer(question))
            return true;
    }
    return satisfaction().has_value() || commendation();
}

int CallScriptWidget::firstMissingRow() const
{
    for (CallbackQuestion question : allCallbackQuestions()) {
        if (!answer(question))
            return int(question);
    }
    return satisfaction() ? -1 : int(kSatisfactionRow);
}

CallbackAnswers CallScriptWidget::answers() const
{
    CallbackAnswers answers;
    for (CallbackQuestion question : allCallbackQuestions())
        answers.yes[size_t(question)] = answer(question).value_or(false);
    answers.satisfaction = satisfaction().value_or(0);
    answers.commendation = commendation();
    return answers;
}

void CallScriptWidget::answerCurrent(bool yes)
{
    int row = m_current;
    if (row == kSatisfactionRow) {
        // On the score row, Y and N go to the first question still open, if any.
        row = firstMissingRow();
        if (row < 0 || row == kSatisfactionRow)
            return;
    }
    setAnswer(CallbackQuestion(row), yes);
    m_current = row;
    moveToNextMissing();
}

void CallScriptWidget::typeDigit(int digit)
{
    // Like typing into a number box: "1" then "0" is 10, any other second digit starts over.
    const int score = m_typed == 1 && digit == 0 ? 10 : digit;
    setCurrentRow(kSatisfactionRow);
    setSatisfaction(score);
    m_typed = score;
}

void CallScriptWidget::moveToNextMissing()
{
    // The next question without an answer after this one; the score once all are answered.
    for (int row = m_current + 1; row < kCallbackQuestionCount; ++row) {
        if (!answer(CallbackQuestion(row))) {
            setCurrentRow(row);
            return;
        }
    }
    const int missing = firstMissingRow();
    setCurrentRow(missing < 0 ? int(kSatisfactionRow) : missing);
}

void CallScriptWidget::updateHighlight()
{
    const QString state = !m_editable ? u"none"_s : hasFocus() ? u"active"_s : u"idle"_s;
    for (int row = 0; row <= kSatisfactionRow; ++row) {
        QWidget* widget
            = row == kSatisfactionRow ? m_satisfactionRow : m_questions[size_t(row)].row;
        const QString wanted = row == m_current ? state : u"none"_s;
        if (widget->property("highlight").toString() == wanted)
            continue;
        widget->setProperty("highlight", wanted);
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
        widget->update();
    }
}

void CallScriptWidget::keyPressEvent(QKeyEvent* event)
{
    const Qt::KeyboardModifiers modifiers
        = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (!m_editable || modifiers != Qt::NoModifier) {
        QFrame::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        typeDigit(key - Qt::Key_0);
        return;
    }
    // The answer keys are the initials of the answers in the language on screen ("Sí": S).
    if (key == letterKey(yesKey())) {
        answerCurrent(true);
        return;
    }
    if (key == letterKey(noKey())) {
        answerCurrent(false);
        return;
    }
    switch (key) {
    case Qt::Key_Up:
        setCurrentRow(m_current - 1);
        return;
    case Qt::Key_Down:
        setCurrentRow(m_current + 1);
        return;
    case Qt::Key_C:
        setCommendation(!commendation());
        return;
    case Qt::Key_K:
        emit complaintKeyPressed();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit submitRequested();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void CallScriptWidget::focusInEvent(QFocusEvent* event)
{
    QFrame::focusInEvent(event);
    updateHighlight();
}

void CallScriptWidget::focusOutEvent(QFocusEvent* event)
{
    QFrame::focusOutEvent(event);
    updateHighlight();
}

void CallScriptWidget::mousePressEvent(QMouseEvent* event)
{
    // A click on a question's text makes it the highlighted one.
    for (int row = 0; row <= kSatisfactionRow; ++row) {
        QWidget* widget
            = row == kSatisfactionRow ? m_satisfactionRow : m_questions[size_t(row)].row;
        if (widget->geometry().contains(event->position().toPoint())) {
            setCurrentRow(row);
            break;
        }
    }
    setFocus();
    QFrame::mousePressEvent(event);
}

} // namespace fd
