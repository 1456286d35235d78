#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/workorder.h"
#include "services/orderservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableWidget;

namespace fd {

// The order form: an order's details and, depending on its status, what can be done next:
// agree the appointment, record the arrival, complete it with the conduct checklist, the
// customer's signature and the FTTH reading, cancel it, or (evaluators) exempt it. Each save
// names the version the form loaded; if someone changed the order meanwhile the form says so
// and reloads it. Its history lists every transition with who and when.
class OrderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDialog)

public:
    OrderDialog(const Session& session, const QString& number, QWidget* parent = nullptr);

    const WorkOrder& order() const { return m_order; }
    QString message() const; // the last refusal or conflict shown
    bool changed() const { return m_changed; }

    // The form's actions, for tests and keyboard users alike.
    bool agreeAppointment();
    bool recordArrival();
    bool complete();
    bool cancelOrder();
    bool saveExemption();

    QTabWidget* actions() const { return m_actions; }
    QTableWidget* history() const { return m_history; }
    void showHistory(); // the history tab in front (the evidence opens an order on it)
    QLineEdit* signerEdit() const { return m_signer; }
    QDoubleSpinBox* powerEdit() const { return m_power; }
    QCheckBox* checklistBox(int item) const; // items 2–6 of SPEC §4
    // A removal's completion: the ONT was collected (true) or not (false).
    QRadioButton* ontButton(bool collected) const
    {
        return collected ? m_ontCollected : m_ontNotCollected;
    }
    QLineEdit* cancelReasonEdit() const { return m_cancelReason; }

signals:
    void orderChanged(const QString& number);

private:
    void reload();
    void showOrder();
    bool apply(const Result<OrderChange>& change);
    QWidget* buildAppointmentTab();
    QWidget* buildArrivalTab();
    QWidget* buildCompletionTab();
    QWidget* buildCancelTab();
    QWidget* buildExemptionTab();
    QDateTime instantOf(const QDateTimeEdit* edit) const; // the edit shows the operator's wall time
    void setWallTime(QDateTimeEdit* edit, const QDateTime& instant) const;

    const Session& m_session;
    QString m_number;
    WorkOrder m_order;
    bool m_changed = false;

    QLabel* m_header = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_actions = nullptr;
    QTableWidget* m_history = nullptr;
    // Appointment
    QDateTimeEdit* m_contacted = nullptr;
    QDateTimeEdit* m_windowStart = nullptr;
    QDateTimeEdit* m_windowEnd = nullptr;
    QCheckBox* m_requestedLater = nullptr;
    // Arrival
    QDateTimeEdit* m_arrived = nullptr;
    // Completion
    QDateTimeEdit* m_completed = nullptr;
    QLabel* m_itemOne = nullptr;
    QList<QCheckBox*> m_checklist; // items 2–6
    QRadioButton* m_signed = nullptr;
    QRadioButton* m_refused = nullptr;
    QLineEdit* m_signer = nullptr;
    QLineEdit* m_refusal = nullptr;
    QDoubleSpinBox* m_power = nullptr; // none for a removal
    QLabel* m_powerRange = nullptr;
    QRadioButton* m_ontCollected = nullptr; // a removal's only
    QRadioButton* m_ontNotCollected = nullptr;
    // Cancel, exemption
    QLineEdit* m_cancelReason = nullptr;
    QComboBox* m_exemptReason = nullptr;
    QLineEdit* m_exemptNote = nullptr;
};

} // namespace fd
