#pragma once

#include "common/session.h"
#include "dialogs/verdictdialog.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fd {

class ComplaintDetails;
class ComplaintFilterBar;
class ComplaintModel;
class RecordFilterProxy;

// The complaints list (SPEC §6): filters the service applies, a search over the listed
// text, and the actions an evaluator takes on the chosen complaint, each offered only when
// its status allows it. The chosen complaint is shown in full below, with its history.
class ComplaintsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintsTab)

public:
    explicit ComplaintsTab(const Session& session, QWidget* parent = nullptr);

    void refresh();
    void focusSearch();
    void registerComplaint();
    // Opens the dialog of `action` on the chosen complaint.
    void act(VerdictDialog::Action action);
    void selectComplaint(qint64 id);
    std::optional<Complaint> currentComplaint() const;

    ComplaintModel* model() const { return m_model; }
    RecordFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    ComplaintFilterBar* filterBar() const { return m_filters; }
    ComplaintDetails* details() const { return m_details; }
    QLineEdit* searchBox() const { return m_search; }
    QPushButton* registerButton() const { return m_register; }
    QPushButton* verifyButton() const { return m_verify; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* resolveButton() const { return m_resolve; }
    QString summary() const;
    QString errorText() const;

signals:
    void changed(const QString& message);

private:
    void updateButtons();
    void updateSummary();
    void showError(const QString& message);

    const Session& m_session;
    ComplaintModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    ComplaintFilterBar* m_filters = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_view = nullptr;
    ComplaintDetails* m_details = nullptr;
    QPushButton* m_register = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_resolve = nullptr;
};

} // namespace fd
