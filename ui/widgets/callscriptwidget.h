#pragma once

#include "domain/callback.h"

#include <QFrame>
#include <array>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QLabel;

namespace fd {

// The six questions of SPEC §5 as the agent reads them out, then the 0–10 satisfaction
// score and the commendation, all answerable from the keyboard while the agent listens:
// Y or N answers the highlighted question and moves to the next one; ↑ and ↓ move; digits
// type the score (1 then 0 is 10); C ticks the commendation; Enter asks to save. The mouse
// works too. A concluded call's answers are shown read-only in the same layout.
class CallScriptWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallScriptWidget)

public:
    // Rows the highlight moves through: the six questions, then the score.
    static constexpr int kSatisfactionRow = kCallbackQuestionCount;

    explicit CallScriptWidget(QWidget* parent = nullptr);

    void clear(); // nothing answered, the first question highlighted, editable
    // The questions as they are asked after a visit of `kind` (a removal's differ).
    void setOrderKind(OrderKind kind);
    void showAnswers(const CallbackAnswers& answers); // read-only
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    std::optional<bool> answer(CallbackQuestion question) const;
    void setAnswer(CallbackQuestion question, bool yes);
    std::optional<int> satisfaction() const;
    void setSatisfaction(int score);
    bool commendation() const;
    void setCommendation(bool commended);
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);

    bool isTouched() const; // the agent entered something
    // The first row still without an answer, −1 when every question and the score have one.
    int firstMissingRow() const;
    // What the agent entered; only meaningful once firstMissingRow() is −1.
    CallbackAnswers answers() const;

    // The keys that answer yes and no, translated with the words ("S" for "Sí").
    static QString yesKey();
    static QString noKey();
    static int letterKey(const QString& letter); // "S" → Qt::Key_S

signals:
    void changed();
    void submitRequested(); // Enter
    void complaintKeyPressed(); // K

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct QuestionRow
    {
        QWidget* row = nullptr;
        QButtonGroup* group = nullptr;
        QLabel* text = nullptr;
    };

    void answerCurrent(bool yes);
    void typeDigit(int digit);
    void moveToNextMissing();
    void updateHighlight();

    std::array<QuestionRow, kCallbackQuestionCount> m_questions;
    QWidget* m_satisfactionRow = nullptr;
    QButtonGroup* m_satisfaction = nullptr;
    QLabel* m_band = nullptr;
    QCheckBox* m_commendation = nullptr;
    int m_current = 0;
    int m_typed = -1; // the score typed so far, so that 1 then 0 makes 10
    bool m_editable = true;
};

} // namespace fd
