#include "callpanel.h"

#include "domain/workorder.h"
#include "models/cellformat.h"
#include "rules/permissions.h"
#include "services/complaintservice.h"
#include "widgets/callscriptwidget.h"
#include "widgets/complaintcombos.h"
#include "widgets/errorlabel.h"
#include "widgets/palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QString localTime(const QDateTime& instant, const QTimeZone& zone)
{
    return instant.toTimeZone(zone).toString(u"HH:mm"_s);
}

QLabel* makeLabel(QWidget* parent, double scale = 1.0, bool bold = false)
{
    auto* label = new QLabel(parent);
    if (scale != 1.0 || bold) {
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * scale);
        font.setBold(bold);
        label->setFont(font);
    }
    label->setWordWrap(true);
    return label;
}

} // namespace

CallPanel::CallPanel(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    m_idle = makeLabel(this, 1.25);
    m_idle->setAlignment(Qt::AlignCenter);
    m_idle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_idle, 1);

    m_call = new QWidget(this);
    auto* call = new QVBoxLayout(m_call);
    call->setContentsMargins(0, 0, 0, 0);
    call->setSpacing(4);
    auto* who = new QHBoxLayout;
    m_customer = makeLabel(m_call, 1.45, true);
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    who->addWidget(m_customer, 1);
    // The number the agent dials: large, and selectable to copy into a softphone.
    m_phone = makeLabel(m_call, 1.6, true);
    m_phone->setWordWrap(false);
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_phone->setStyleSheet(u"color: %1;"_s.arg(colourName(ColourRole::InfoText)));
    m_phone->setToolTip(tr("Select the number to copy it"));
    who->addWidget(m_phone);
    call->addLayout(who);
    m_order = makeLabel(m_call);
    m_order->setTextInteractionFlags(Qt::TextSelectableByMouse);
    call->addWidget(m_order);
    m_crew = makeLabel(m_call);
    m_crew->setForegroundRole(QPalette::PlaceholderText);
    call->addWidget(m_crew);
    m_attempts = makeLabel(m_call);
    call->addWidget(m_attempts);

    m_script = new CallScriptWidget(m_call);
    call->addWidget(m_script);

    auto* extras = new QGridLayout;
    extras->setHorizontalSpacing(8);
    auto* commentLabel = new QLabel(tr("Comment"), m_call);
    m_comment = new QLineEdit(m_call);
    m_comment->setPlaceholderText(tr("The customer's words (Tab to get here, Esc to go back)"));
    commentLabel->setBuddy(m_comment);
    extras->addWidget(commentLabel, 0, 0);
    extras->addWidget(m_comment, 0, 1, 1, 2);
    m_complains = new QCheckBox(tr("Complaint [K]"), m_call);
    m_complains->setToolTip(
        tr("The customer makes a complaint: it is registered with the call, linked to the order"));
    m_category = new QComboBox(m_call);
    fillComplaintCategoryCombo(m_category, false);
    // No category is chosen for the agent: the first of the list would be recorded for
    // every complaint whose agent did not look.
    m_category->insertItem(0, tr("Category…"), QVariant());
    m_category->setCurrentIndex(0);
    m_description = new QLineEdit(m_call);
    m_description->setPlaceholderText(tr("The complaint; left empty, the comment"));
    extras->addWidget(m_complains, 1, 0);
    extras->addWidget(m_category, 1, 1);
    extras->addWidget(m_description, 1, 2);
    extras->setColumnStretch(2, 1);
    call->addLayout(extras);
    // What a concluded call registered: the complaint, with its number and state.
    m_registered = makeLabel(m_call);
    m_registered->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_registered->hide();
    call->addWidget(m_registered);

    // Reached on a row of its own, the misses under it: the one button that saves answers
    // is never mistaken for the others.
    auto* reachedRow = new QHBoxLayout;
    auto* missedRow = new QHBoxLayout;
    struct Choice
    {
        CallbackOutcome outcome;
        QString text;
        QKeySequence key;
    };
    const Choice choices[] = {
        { CallbackOutcome::Reached, tr("Reached — save the answers"),
            QKeySequence(Qt::CTRL | Qt::Key_Return) },
        { CallbackOutcome::NoAnswer, callbackOutcomeDisplayName(CallbackOutcome::NoAnswer),
            QKeySequence(Qt::Key_F6) },
        { CallbackOutcome::Busy, callbackOutcomeDisplayName(CallbackOutcome::Busy),
            QKeySequence(Qt::Key_F7) },
        { CallbackOutcome::WrongNumber, callbackOutcomeDisplayName(CallbackOutcome::WrongNumber),
            QKeySequence(Qt::Key_F8) },
        { CallbackOutcome::Refused, callbackOutcomeDisplayName(CallbackOutcome::Refused),
            QKeySequence(Qt::Key_F9) },
    };
    for (const Choice& choice : choices) {
        auto* button = new QPushButton(
            tr("%1 [%2]").arg(choice.text, choice.key.toString(QKeySequence::NativeText)), m_call);
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::TabFocus);
        if (choice.outcome == CallbackOutcome::Reached) {
            m_reachedText = button->text();
            button->setStyleSheet(u"QPushButton { font-weight: bold; padding: 6px 18px; }"_s);
            reachedRow->addWidget(button);
            reachedRow->addStretch();
        } else {
            missedRow->addWidget(button, 1);
        }
        connect(button, &QPushButton::clicked, this,
            [this, outcome = choice.outcome] { record(outcome); });
        m_outcomes.insert(choice.outcome, button);
    }
    // A caption above the misses rather than beside them: the row stays narrow enough for
    // the queue beside the panel in every language.
    m_missed = new QLabel(tr("Not reached:"), m_call);
    m_missed->setForegroundRole(QPalette::PlaceholderText);
    call->addSpacing(4);
    call->addLayout(reachedRow);
    call->addWidget(m_missed);
    call->addLayout(missedRow);
    // A call saved as reached can be put right for a while (a setting): the script opens
    // again, and the Reached button saves the correction.
    auto* correctionRow = new QHBoxLayout;
    m_correct = new QPushButton(tr("Correct this call"), m_call);
    m_correct->setAutoDefault(false);
    m_correctable = makeLabel(m_call);
    m_correctable->setForegroundRole(QPalette::PlaceholderText);
    correctionRow->addWidget(m_correct);
    correctionRow->addWidget(m_correctable, 1);
    call->addLayout(correctionRow);
    connect(m_correct, &QPushButton::clicked, this, &CallPanel::startCorrection);
    m_error = makeErrorLabel(m_call);
    call->addWidget(m_error);
    call->addStretch(1); // the call reads top down; spare height goes below it
    layout->addWidget(m_call, 1);

    connect(m_script, &CallScriptWidget::submitRequested, this,
        [this] { record(CallbackOutcome::Reached); });
    // "Answer question 1" goes as soon as it is answered: a stale error would send the
    // agent looking for a question that is no longer missing.
    connect(m_script, &CallScriptWidget::changed, this, &CallPanel::updateMissingError);
    connect(m_script, &CallScriptWidget::complaintKeyPressed, this, &CallPanel::toggleComplaint);
    connect(m_complains, &QCheckBox::toggled, this, [this](bool on) {
        m_category->setEnabled(on && m_script->isEditable());
        m_description->setEnabled(on && m_script->isEditable());
    });
    // Esc from a text field goes back to the script; Enter in the comment too.
    for (QWidget* field : { static_cast<QWidget*>(m_comment), static_cast<QWidget*>(m_description),
             static_cast<QWidget*>(m_category) })
        field->installEventFilter(this);
    connect(m_comment, &QLineEdit::returnPressed, this, &CallPanel::focusScript);
    connect(m_description, &QLineEdit::returnPressed, this, &CallPanel::focusScript);
    setTabOrder(m_script, m_comment);
    setTabOrder(m_comment, m_complains);
    setTabOrder(m_complains, m_category);
    setTabOrder(m_category, m_description);
    showTask(std::nullopt);
}

bool CallPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        focusScript();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CallPanel::showTask(const std::optional<CallbackTask>& task, const QString& idleText)
{
    m_task = task;
    m_error->hide();
    m_script->clear();
    m_comment->clear();
    m_complains->setChecked(false);
    m_category->setCurrentIndex(0);
    m_description->clear();
    m_missingShown = false;
    m_correcting = false;
    m_outcomes.value(CallbackOutcome::Reached)->setText(m_reachedText);
    m_idle->setVisible(!task);
    m_call->setVisible(task.has_value());
    if (!task) {
        m_idle->setText(idleText.isEmpty() ? tr("No call to make now.") : idleText);
        return;
    }
    showDetails(*task);
    showAttempts(*task);
    const bool pending = task->status == CallbackStatus::Pending;
    if (task->answers) {
        m_script->showAnswers(*task->answers);
        m_comment->setText(task->answers->comment);
    }
    // Only those who work callbacks record calls (SPEC §1); the others see the call as it is.
    setEditable(pending && isAllowed(m_session.actor().role, Action::WorkCallbacks));
    showRegistered(*task);
    showCorrectable(*task);
}

void CallPanel::showRegistered(const CallbackTask& task)
{
    m_registered->hide();
    if (task.status != CallbackStatus::Reached)
        return;
    ComplaintFilter filter;
    filter.orderNumber = task.orderNumber;
    filter.source = ComplaintSource::Callback;
    Result<QList<Complaint>> complaints = ComplaintService(m_session).list(filter);
    if (!complaints.ok()) {
        m_registered->setText(complaints.error());
        m_registered->setStyleSheet(errorStyle());
        m_registered->show();
        return;
    }
    QStringList registered;
    for (const Complaint& complaint : complaints.value()) {
        if (task.concludedAt.isValid() && complaint.receivedAt != task.concludedAt)
            continue; // another call's
        registered.append(
            tr("Complaint %1 registered with this call: %2, “%3” (%4).")
                .arg(formatCount(complaint.id), complaintCategoryDisplayName(complaint.category),
                    complaint.description, complaintStatusDisplayName(complaint.status).toLower()));
    }
    if (registered.isEmpty())
        return;
    m_registered->setText(registered.join(u'\n'));
    m_registered->setStyleSheet(u"color: %1;"_s.arg(colourName(ColourRole::WarningText)));
    m_registered->show();
}

void CallPanel::showCorrectable(const CallbackTask& task)
{
    m_correct->hide();
    m_correctable->hide();
    if (task.status != CallbackStatus::Reached
        || !isAllowed(m_session.actor().role, Action::WorkCallbacks))
        return;
    Result<QDateTime> until = CallbackService(m_session).correctableUntil(task);
    if (!until.ok() || !until.value().isValid() || until.value() < m_session.now())
        return;
    m_correct->show();
    m_correctable->setText(tr("It can be corrected until %1; the correction is kept in the "
                              "audit log.")
                               .arg(localTime(until.value(), m_session.zone())));
    m_correctable->show();
}

void CallPanel::startCorrection()
{
    if (!m_task || m_task->status != CallbackStatus::Reached)
        return;
    m_correcting = true;
    m_error->hide();
    m_script->setEditable(true);
    m_comment->setReadOnly(false);
    for (auto button = m_outcomes.cbegin(); button != m_outcomes.cend(); ++button)
        button.value()->setEnabled(button.key() == CallbackOutcome::Reached);
    m_outcomes.value(CallbackOutcome::Reached)->setText(tr("Save the correction"));
    m_correct->hide();
    focusScript();
}

bool CallPanel::saveCorrection()
{
    const int missing = m_script->firstMissingRow();
    if (missing >= 0) {
        showMissing(missing);
        return false;
    }
    CallbackAnswers answers = m_script->answers();
    answers.comment = m_comment->text().trimmed();
    Result<CallbackTask> saved
        = CallbackService(m_session).correctAnswers(m_task->id, m_task->version, answers);
    if (!saved.ok()) {
        showError(saved.error());
        return false;
    }
    const CallbackTask corrected = saved.value();
    showTask(corrected);
    emit callCorrected(corrected);
    return true;
}

void CallPanel::showMissing(int missing)
{
    // Saving half a call would record "no" for what was never asked.
    showError(missing == CallScriptWidget::kSatisfactionRow
            ? tr("Type the satisfaction score (0–10) before saving.")
            : tr("Answer question %1 (%2) before saving.")
                  .arg(missing + 1)
                  .arg(callbackQuestionShortName(CallbackQuestion(missing))));
    m_missingShown = true;
    m_script->setCurrentRow(missing);
    m_script->setFocus();
}

void CallPanel::updateMissingError()
{
    if (!m_missingShown)
        return;
    const int missing = m_script->firstMissingRow();
    if (missing < 0) {
        m_missingShown = false;
        showError(QString());
        return;
    }
    // Still something to answer: the message names what is missing now.
    showError(missing == CallScriptWidget::kSatisfactionRow
            ? tr("Type the satisfaction score (0–10) before saving.")
            : tr("Answer question %1 (%2) before saving.")
                  .arg(missing + 1)
                  .arg(callbackQuestionShortName(CallbackQuestion(missing))));
}

void CallPanel::showDetails(const CallbackTask& task)
{
    const QTimeZone& zone = m_session.zone();
    m_customer->setText(task.customer);
    m_phone->setText(task.phone.isEmpty() ? tr("no phone number") : task.phone);
    const std::optional<OrderKind> kind = orderKindFromKey(task.orderKind);
    m_script->setOrderKind(kind.value_or(OrderKind::Install));
    m_order->setText(tr("Order %1 · %2 · completed %3")
                         .arg(task.orderNumber, kind ? orderKindDisplayName(*kind) : task.orderKind,
                             formatDateTime(task.completedAt, zone)));
    QStringList crew;
    if (!task.technicianName.isEmpty())
        crew.append(tr("Technician %1").arg(task.technicianName));
    if (!task.teamCode.isEmpty())
        crew.append(tr("team %1").arg(task.teamCode));
    crew.append(tr("unit %1").arg(task.unitCode));
    if (!task.address.isEmpty())
        crew.append(task.address);
    m_crew->setText(crew.join(u" · "_s));
}

void CallPanel::showAttempts(const CallbackTask& task)
{
    Result<QList<CallbackAttempt>> attempts = CallbackService(m_session).attempts(task.id);
    if (!attempts.ok()) {
        m_attempts->setText(attempts.error());
        m_attempts->setStyleSheet(errorStyle());
        return;
    }
    const QTimeZone& zone = m_session.zone();
    QStringList earlier;
    for (const CallbackAttempt& attempt : attempts.value()) {
        earlier.append(tr("%1 %2 (%3)")
                           .arg(localTime(attempt.at, zone),
                               callbackOutcomeDisplayName(attempt.outcome), attempt.agent));
    }
    QString text;
    QString style;
    if (task.status == CallbackStatus::Reached) {
        text = tr("Reached at %1 — the answers below are recorded.")
                   .arg(formatDateTime(task.concludedAt, zone));
        style = u"color: %1;"_s.arg(colourName(ColourRole::SuccessText));
    } else if (task.status == CallbackStatus::Unreachable) {
        text = tr("Unreachable (calls made: %1).").arg(task.attempts);
        style = errorStyle();
    } else if (task.attempts == 0) {
        text = tr("First call (of %1 at most).").arg(m_rules.maxAttempts);
    } else {
        text = tr("Call %1 of %2.").arg(task.attempts + 1).arg(m_rules.maxAttempts);
        if (task.nextAttemptAt.isValid() && task.nextAttemptAt > m_session.now()) {
            text += u' ' + tr("The retry is due at %1.").arg(localTime(task.nextAttemptAt, zone));
            style = u"color: %1;"_s.arg(colourName(ColourRole::WarningText));
        }
    }
    if (!earlier.isEmpty())
        text += u' ' + tr("Earlier: %1.").arg(earlier.join(tr(", ")));
    m_attempts->setText(text);
    m_attempts->setStyleSheet(style);
}

void CallPanel::setEditable(bool editable)
{
    m_script->setEditable(editable);
    m_comment->setReadOnly(!editable);
    m_complains->setEnabled(editable);
    m_category->setEnabled(editable && m_complains->isChecked());
    m_description->setEnabled(editable && m_complains->isChecked());
    for (QPushButton* button : std::as_const(m_outcomes))
        button->setEnabled(editable);
}

bool CallPanel::hasUnsavedEntries() const
{
    if (!m_task || m_task->status != CallbackStatus::Pending)
        return false;
    return m_script->isTouched() || !m_comment->text().trimmed().isEmpty()
        || m_complains->isChecked();
}

void CallPanel::focusScript()
{
    m_script->setFocus();
}

void CallPanel::toggleComplaint()
{
    m_complains->setChecked(!m_complains->isChecked());
    if (m_complains->isChecked())
        m_category->setFocus(); // the one choice the agent must make
}

void CallPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool CallPanel::record(CallbackOutcome outcome)
{
    if (m_correcting && m_task && outcome == CallbackOutcome::Reached)
        return saveCorrection();
    if (!m_task || m_task->status != CallbackStatus::Pending)
        return false;
    std::optional<CallbackAnswers> answers;
    if (outcome == CallbackOutcome::Reached) {
        const int missing = m_script->firstMissingRow();
        if (missing >= 0) {
            showMissing(missing);
            return false;
        }
        answers = m_script->answers();
        answers->comment = m_comment->text().trimmed();
    }
    // A complaint ticked on a call that did not reach anyone goes to the service, which
    // refuses it with its reason, rather than being dropped silently.
    std::optional<CallComplaint> complaint;
    if (m_complains->isChecked()) {
        if (!m_category->currentData().isValid() && outcome == CallbackOutcome::Reached) {
            showError(tr("Choose the complaint's category before saving."));
            m_category->setFocus();
            return false;
        }
        complaint = CallComplaint { ComplaintCategory(m_category->currentData().toInt()),
            m_description->text().trimmed() };
    }
    CallbackService service(m_session);
    Result<CallbackTask> saved = service.recordAttempt(
        m_task->id, m_task->version, m_session.now(), outcome, answers, complaint);
    if (!saved.ok()) {
        showError(saved.error());
        // Someone else recorded this task meanwhile: show what is stored now.
        Result<std::optional<CallbackTask>> stored = service.find(m_task->id);
        if (stored.ok() && stored.value() && stored.value()->version != m_task->version) {
            const QString error = saved.error();
            showTask(stored.value());
            showError(error);
        }
        return false;
    }
    emit recorded(saved.value(), outcome, complaint.has_value());
    return true;
}

QString CallPanel::customerText() const
{
    return m_task ? m_customer->text() : QString();
}

QString CallPanel::phoneText() const
{
    return m_task ? m_phone->text() : QString();
}

QString CallPanel::attemptsText() const
{
    return m_attempts->text();
}

void CallPanel::setRules(
    const CallbackRules& rules, const QString& caption, const QString& explanation)
{
    m_rules = rules;
    m_missed->setText(caption);
    m_missed->setToolTip(explanation);
}

QString CallPanel::missedCaption() const
{
    return m_missed->text();
}

QString CallPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace fd
