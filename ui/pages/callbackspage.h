#pragma once

#include "common/session.h"
#include "pages/page.h"
#include "services/callbackservice.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace fd {

class CallPanel;
class CallbackQueueModel;

// SPEC §5 for the callback agent: a day's queue with where it stands, and the call to make
// now with its script. Built for the keyboard: the whole call is answered, saved and the
// next customer brought up without the mouse, and every key is written on the page.
class CallbacksPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbacksPage)

public:
    explicit CallbacksPage(const Session& session, QWidget* parent = nullptr);

    void refresh() override;
    void focusSearch() override; // Ctrl+F: the customer who calls back
    QLineEdit* searchEdit() const { return m_search; }
    void setDay(const QDate& day);
    QDate day() const;
    // Makes the queue's `row` the call on screen (asking first when entries would be lost).
    void callRow(int row);
    // Brings up the next call the service offers for the day.
    void showNextCall();

    CallbackQueueModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    CallPanel* panel() const { return m_panel; }
    QDateEdit* dayEdit() const { return m_day; }
    QPushButton* generateButton() const { return m_generate; }
    const CallbackCounts& counts() const { return m_counts; }
    QString countsText() const;
    QString hintText() const;
    QString lastMessage() const { return m_lastMessage; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadRules();
    void loadCounts();
    void generate();
    void onRecorded(const CallbackTask& task, CallbackOutcome outcome, bool complaint);
    void announce(const QString& message);
    QString idleText() const;
    void keepSelectionOnCurrent();

    const Session& m_session;
    CallbackQueueModel* m_model = nullptr;
    CallPanel* m_panel = nullptr;
    QDateEdit* m_day = nullptr;
    QPushButton* m_generate = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_hint = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_idleTimer = nullptr;
    CallbackCounts m_counts;
    QString m_lastMessage;
};

} // namespace fd
