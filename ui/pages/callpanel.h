#pragma once

#include "common/session.h"
#include "rules/callbackrules.h"
#include "services/callbackservice.h"

#include <QLabel>
#include <QMap>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fd {

class CallScriptWidget;

// The call the agent is making: who to call and about which visit, the script to read, the
// comment and complaint, and one button per outcome. Recording goes through
// CallbackService::recordAttempt with the time of the click; its refusals are shown as
// they come. A concluded task is shown read-only with what was recorded.
class CallPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallPanel)

public:
    explicit CallPanel(const Session& session, QWidget* parent = nullptr);

    // Shows `task` (nothing: `idleText` instead) with empty answers; the rules in force say
    // how many calls a task gets.
    void showTask(const std::optional<CallbackTask>& task, const QString& idleText = {});
    const std::optional<CallbackTask>& task() const { return m_task; }
    bool hasUnsavedEntries() const;

    // Records `outcome` for the task shown: with the answers (and the complaint, if ticked)
    // when reached. Returns false, with the reason shown, when the service refuses.
    bool record(CallbackOutcome outcome);
    void focusScript();
    // The rules in force, with the caption over the miss buttons that says what they mean.
    void setRules(const CallbackRules& rules, const QString& caption, const QString& explanation);

    CallScriptWidget* script() const { return m_script; }
    QLineEdit* commentEdit() const { return m_comment; }
    QCheckBox* complaintCheck() const { return m_complains; }
    QComboBox* complaintCategoryCombo() const { return m_category; }
    QLineEdit* complaintDescriptionEdit() const { return m_description; }
    QPushButton* outcomeButton(CallbackOutcome outcome) const { return m_outcomes.value(outcome); }
    QString customerText() const;
    QString phoneText() const;
    QString attemptsText() const;
    QString errorText() const;
    QString missedCaption() const;

    // The complaint a concluded call registered, and until when a reached call can be
    // corrected ("" when hidden).
    QString registeredText() const
    {
        return m_registered->isHidden() ? QString() : m_registered->text();
    }
    QPushButton* correctButton() const { return m_correct; }
    bool correcting() const { return m_correcting; }
    void startCorrection();

signals:
    void recorded(const CallbackTask& task, CallbackOutcome outcome, bool complaintRegistered);
    void callCorrected(const CallbackTask& task);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showDetails(const CallbackTask& task);
    void showAttempts(const CallbackTask& task);
    void setEditable(bool editable);
    void showError(const QString& message);
    void toggleComplaint();
    void showRegistered(const CallbackTask& task);
    void showCorrectable(const CallbackTask& task);
    bool saveCorrection();
    void showMissing(int missing);
    void updateMissingError();

    const Session& m_session;
    CallbackRules m_rules;
    std::optional<CallbackTask> m_task;
    QLabel* m_idle = nullptr;
    QWidget* m_call = nullptr;
    QLabel* m_customer = nullptr;
    QLabel* m_phone = nullptr;
    QLabel* m_order = nullptr;
    QLabel* m_crew = nullptr;
    QLabel* m_attempts = nullptr;
    CallScriptWidget* m_script = nullptr;
    QLineEdit* m_comment = nullptr;
    QCheckBox* m_complains = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_description = nullptr;
    QMap<CallbackOutcome, QPushButton*> m_outcomes;
    QLabel* m_missed = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_registered = nullptr;
    QLabel* m_correctable = nullptr;
    QPushButton* m_correct = nullptr;
    QString m_reachedText;
    bool m_missingShown = false;
    bool m_correcting = false;
};

} // namespace fd
