#pragma once

#include "common/session.h"
#include "domain/workorder.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace fd {

// A work order typed in by a dispatcher (a call to the operator's hotline).
class NewOrderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewOrderDialog)

public:
    explicit NewOrderDialog(const Session& session, QWidget* parent = nullptr);

    void accept() override;
    const WorkOrder& created() const { return m_created; }
    QString error() const;

    QLineEdit* numberEdit() const { return m_number; }
    QLineEdit* accountEdit() const { return m_account; }
    QLineEdit* customerEdit() const { return m_customer; }
    QComboBox* areaCombo() const { return m_area; }
    QComboBox* kindCombo() const { return m_kind; }

private:
    const Session& m_session;
    QLineEdit* m_number = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_account = nullptr;
    QLineEdit* m_customer = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QComboBox* m_area = nullptr;
    QDateTimeEdit* m_received = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_message = nullptr;
    WorkOrder m_created;
};

} // namespace fd
