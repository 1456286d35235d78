#include "callbackspage.h"

#include "models/callbackqueuemodel.h"
#include "models/cellformat.h"
#include "pages/callpanel.h"
#include "rules/callbackrules.h"
#include "services/ruleservice.h"
#include "widgets/callscriptwidget.h"
#include "widgets/columnfitter.h"
#include "widgets/errorlabel.h"
#include "widgets/palette.h"
#include "widgets/tableviews.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// "2 h", "1 h 30 min", "45 min": the retry delay as the agent thinks of it.
QString delayText(int minutes)
{
    if (minutes < 60)
        return CallbacksPage::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return CallbacksPage::tr("%1 h").arg(minutes / 60);
    return CallbacksPage::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString localTime(const QDateTime& instant, const QTimeZone& zone)
{
    return instant.toTimeZone(zone).toString(u"HH:mm"_s);
}

} // namespace

CallbacksPage::CallbacksPage(const Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    m_model = new CallbackQueueModel(session, this);
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* dayLabel = new QLabel(tr("Callbacks due on"), this);
    m_day = new QDateEdit(this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_day->setDate(m_session.today());
    m_day->setMinimumWidth(m_day->fontMetrics().horizontalAdvance(u"2026-12-31"_s) + 48);
    dayLabel->setBuddy(m_day);
    auto* today = new QPushButton(tr("Today"), this);
    today->setAutoDefault(false);
    today->setFocusPolicy(Qt::TabFocus);
    m_generate = new QPushButton(tr("Add new completions"), this);
    m_generate->setAutoDefault(false);
    m_generate->setFocusPolicy(Qt::TabFocus);
    m_generate->setToolTip(
        tr("Builds the day's queue again: a callback for every order completed the day "
           "before that has none yet (orders imported since the queue was made)."));
    top->addWidget(dayLabel);
    top->addWidget(m_day);
    top->addWidget(today);
    top->addStretch();
    top->addWidget(m_generate);
    layout->addLayout(top);
    // The day at a glance on a line of its own, wide enough in every language.
    m_countsLabel = new QLabel(this);
    QFont countsFont = m_countsLabel->font();
    countsFont.setPointSizeF(countsFont.pointSizeF() * 1.2);
    m_countsLabel->setFont(countsFont);
    m_countsLabel->setWordWrap(true);
    layout->addWidget(m_countsLabel);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    // The queue with its search above it: a customer who calls back is found by name,
    // phone, order or account among the day's tasks.
    auto* queue = new QWidget(splitter);
    auto* queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(queue);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Find a customer: name, phone, order, account"));
    m_search->setToolTip(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    m_search->setMinimumWidth(
        std::min(340, m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 36));
    queueLayout->addWidget(m_search);
    m_view = new QTableView(queue);
    queueLayout->addWidget(m_view, 1);
    setUpRecordTable(m_view);
    m_view->setSortingEnabled(false); // the queue keeps the order it is worked in
    m_view->setModel(m_model);
    queue->setMinimumWidth(360);
    new ColumnFitter(m_view, CallbackQueueModel::Customer);
    // Scrolls rather than squeezes the script when a small window or a tall font leaves too
    // little height.
    auto* panelScroll = new QScrollArea(splitter);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_panel = new CallPanel(session);
    panelScroll->setWidget(m_panel);
    splitter->addWidget(queue);
    splitter->addWidget(panelScroll);
    // The script needs about 560 pixels; the queue takes the rest of the width.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    m_panel->setMinimumWidth(560);
    panelScroll->setMinimumWidth(560 + panelScroll->verticalScrollBar()->sizeHint().width());
    layout->addWidget(splitter, 1);

    m_hint = new QLabel(hintText(), this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    // The outcome keys work wherever the focus is on this page, the comment field included.
    const std::pair<QKeySequence, CallbackOutcome> keys[] = {
        { QKeySequence(Qt::CTRL | Qt::Key_Return), CallbackOutcome::Reached },
        { QKeySequence(Qt::CTRL | Qt::Key_Enter), CallbackOutcome::Reached },
        { QKeySequence(Qt::Key_F6), CallbackOutcome::NoAnswer },
        { QKeySequence(Qt::Key_F7), CallbackOutcome::Busy },
        { QKeySequence(Qt::Key_F8), CallbackOutcome::WrongNumber },
        { QKeySequence(Qt::Key_F9), CallbackOutcome::Refused },
    };
    for (const auto& [key, outcome] : keys) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this,
            [this, outcome = outcome] { m_panel->record(outcome); });
    }
    for (const int key : { int(Qt::Key_Return), int(Qt::Key_Enter) }) {
        auto* enter = new QShortcut(QKeySequence(key), m_view);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, [this] {
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid())
                callRow(current.row());
        });
    }
    connect(m_view, &QTableView::doubleClicked, this,
        [this](const QModelIndex& index) { callRow(index.row()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        (void)m_model->setSearch(text);
        keepSelectionOnCurrent();
    });
    // Down or Enter from the search goes to the rows found.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_model->index(0, 0));
        }
    });
    connect(today, &QPushButton::clicked, this, [this] { setDay(m_session.today()); });
    connect(m_day, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(m_generate, &QPushButton::clicked, this, &CallbacksPage::generate);
    connect(m_panel, &CallPanel::recorded, this, &CallbacksPage::onRecorded);
    connect(m_model, &CallbackQueueModel::loadFailed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    });

    // Retries fall due as time passes, and the other desks record calls of the same queue:
    // every half minute the counts, the queue and the call on screen are read again. A call
    // the agent has started entering stays as it is (refresh() keeps it); one another desk
    // has recorded meanwhile gives way to the next.
    m_idleTimer = new QTimer(this);
    m_idleTimer->setInterval(30 * 1000);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_idleTimer->start();
    setTabOrder(m_day, m_panel);
}

void CallbacksPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QDate CallbacksPage::day() const
{
    return m_day->date();
}

void CallbacksPage::setDay(const QDate& day)
{
    if (m_day->date() == day)
        refresh();
    else
        m_day->setDate(day); // refreshes
}

void CallbacksPage::refresh()
{
    m_error->hide();
    loadRules();
    loadCounts();
    if (m_model->day() != day())
        (void)m_model->setDay(day());
    else
        (void)m_model->reload();
    // The call on screen stays while the agent has entered something; otherwise it is
    // read again (someone else may have recorded it) or replaced by the next one.
    const std::optional<CallbackTask>& current = m_panel->task();
    if (current && current->dueOn == day() && m_panel->hasUnsavedEntries()) {
        keepSelectionOnCurrent();
        return;
    }
    if (current && current->dueOn == day() && current->status == CallbackStatus::Pending) {
        // Kept while nobody else has called the customer meanwhile: a call another desk just
        // made is not offered again here.
        Result<std::optional<CallbackTask>> stored = CallbackService(m_session).find(current->id);
        if (stored.ok() && stored.value() && stored.value()->status == CallbackStatus::Pending
            && stored.value()->version == current->version) {
            m_panel->showTask(stored.value());
            keepSelectionOnCurrent();
            return;
        }
    }
    showNextCall();
}

void CallbacksPage::loadRules()
{
    Result<RuleSet> rules = RuleService(m_session).current();
    if (!rules.ok()) {
        m_error->setText(rules.error());
        m_error->show();
        return;
    }
    const CallbackRules callbackRules = CallbackRules::fromRuleSet(rules.value());
    // Said where the agent chooses a miss: when it comes back, and how many calls it gets.
    m_panel->setRules(callbackRules,
        tr("Not reached — called again after %1, %2 calls at most:")
            .arg(delayText(callbackRules.retryMinutes))
            .arg(callbackRules.maxAttempts),
        tr("No answer, busy, wrong number and refused are called again after %1; after %2 calls "
           "without reaching the customer the callback is unreachable (rules version %3).")
            .arg(delayText(callbackRules.retryMinutes))
            .arg(callbackRules.maxAttempts)
            .arg(rules.value().version()));
}

void CallbacksPage::loadCounts()
{
    Result<CallbackCounts> counts = CallbackService(m_session).counts(day());
    if (!counts.ok()) {
        m_error->setText(counts.error());
        m_error->show();
        m_counts = {};
    } else {
        m_counts = counts.value();
    }
    m_countsLabel->setText(countsText());
}

QString CallbacksPage::countsText() const
{
    const QString separator = u"&nbsp;&nbsp;·&nbsp;&nbsp;"_s;
    auto figure = [](const QString& label, qint64 value, const QString& colour = {}) -> QString {
        const QString number = colour.isEmpty()
            ? u"<b>%1</b>"_s.arg(formatCount(value))
            : u"<b style=\"color:%1\">%2</b>"_s.arg(colour, formatCount(value));
        return label.toHtmlEscaped() + u"&nbsp;"_s + number;
    };
    return QStringList { figure(tr("Due"), m_counts.due),
        figure(tr("To call"), m_counts.toCall, colourName(ColourRole::InfoText)),
        figure(tr("To retry"), m_counts.toRetry, colourName(ColourRole::WarningText)),
        figure(tr("Done"), m_counts.reached, colourName(ColourRole::SuccessText)),
        figure(tr("Unreachable"), m_counts.unreachable, colourName(ColourRole::DangerText)) }
        .join(separator);
}

QString CallbacksPage::hintText() const
{
    // Each key in bold before what it does, so that the eye finds a key in the line.
    const std::pair<QString, QString> keys[] = {
        { CallScriptWidget::yesKey() + u" / "_s + CallScriptWidget::noKey(),
            tr("answer the highlighted question") },
        { u"↑ ↓"_s, tr("move") },
        { u"0–10"_s, tr("satisfaction (1 then 0 is 10)") },
        { u"C"_s, tr("commendation") },
        { u"K"_s, tr("complaint") },
        { u"Tab / Esc"_s, tr("to the comment and back") },
        { tr("Enter"), tr("save a reached call") },
        { u"F6–F9"_s, tr("not reached, as on the buttons") },
        { tr("Enter in the queue"), tr("call that customer") },
    };
    QStringList parts;
    for (const auto& [key, action] : keys)
        parts.append(u"<b>%1</b>&nbsp;%2"_s.arg(key.toHtmlEscaped(), action.toHtmlEscaped()));
    return tr("Keys:").toHtmlEscaped() + u' ' + parts.join(u" &nbsp;·&nbsp; "_s);
}

void CallbacksPage::showNextCall()
{
    Result<std::optional<CallbackTask>> next = CallbackService(m_session).nextCall(day());
    if (!next.ok()) {
        m_error->setText(next.error());
        m_error->show();
        m_panel->showTask(std::nullopt, next.error());
    } else {
        m_panel->showTask(next.value(), idleText());
    }
    keepSelectionOnCurrent();
    if (isVisible())
        m_panel->focusScript();
}

QString CallbacksPage::idleText() const
{
    if (m_counts.due == 0) {
        return tr(
            "No callbacks are due on %1. The queue holds the orders completed the day before; "
            "“Add new completions” picks up orders recorded since it was made.")
            .arg(formatDate(day()));
    }
    const QDateTime retry = m_model->earliestRetry();
    if (m_counts.toRetry > 0 && retry.isValid())
        return tr("No call to make now. The next retry is due at %1.")
            .arg(localTime(retry, m_session.zone()));
    if (m_counts.toCall == 0 && m_counts.toRetry == 0)
        return tr("Every callback due on %1 is done.").arg(formatDate(day()));
    return tr("No call to make now.");
}

void CallbacksPage::keepSelectionOnCurrent()
{
    const std::optional<CallbackTask>& current = m_panel->task();
    m_model->setCurrentTask(current ? current->id : 0);
    const int row = current ? m_model->rowOfTask(current->id) : -1;
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void CallbacksPage::callRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const CallbackTask& chosen = m_model->task(row);
    if (m_panel->task() && m_panel->task()->id == chosen.id)
        return;
    if (m_panel->hasUnsavedEntries()) {
        const auto answer = QMessageBox::question(this, tr("Leave this call?"),
            tr("The answers entered for %1 are not saved. Leave them and call %2?")
                .arg(m_panel->task()->customer, chosen.customer));
        if (answer != QMessageBox::Yes)
            return;
    }
    Result<std::optional<CallbackTask>> stored = CallbackService(m_session).find(chosen.id);
    if (!stored.ok()) {
        m_error->setText(stored.error());
        m_error->show();
        return;
    }
    m_panel->showTask(stored.value());
    keepSelectionOnCurrent();
    m_panel->focusScript();
}

void CallbacksPage::onRecorded(const CallbackTask& task, CallbackOutcome outcome, bool complaint)
{
    const QString who = tr("%1 (%2)").arg(task.customer, task.orderNumber);
    QString message;
    if (task.status == CallbackStatus::Reached) {
        message = complaint ? tr("Saved the answers of %1 and registered the complaint.").arg(who)
                            : tr("Saved the answers of %1.").arg(who);
    } else if (task.status == CallbackStatus::Unreachable) {
        message = tr("%1: %2 — unreachable (calls made: %3).")
                      .arg(callbackOutcomeDisplayName(outcome), who)
                      .arg(task.attempts);
    } else {
        message = tr("%1: %2 — to be called again at %3 (calls made: %4).")
                      .arg(callbackOutcomeDisplayName(outcome), who,
                          localTime(task.nextAttemptAt, m_session.zone()))
                      .arg(task.attempts);
    }
    announce(message);
    loadCounts();
    (void)m_model->reload();
    showNextCall();
    if (complaint)
        emit dataChanged(); // the complaints page lists it
}

void CallbacksPage::announce(const QString& message)
{
    m_lastMessage = message;
    emit statusMessage(message);
}

void CallbacksPage::generate()
{
    Result<CallbackQueueOutcome> outcome = CallbackService(m_session).generate(day());
    if (!outcome.ok()) {
        m_error->setText(outcome.error());
        m_error->show();
        return;
    }
    announce(tr("Callbacks due on %1: %2 added, %3 in all.")
                 .arg(formatDate(day()), formatCount(outcome.value().created),
                     formatCount(outcome.value().total)));
    refresh();
}

void CallbacksPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    m_panel->focusScript();
}

} // namespace fd
