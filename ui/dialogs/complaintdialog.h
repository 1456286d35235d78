#pragma once

#include "common/session.h"
#include "domain/complaint.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fd {

// Registers a complaint (SPEC §6) from the hotline, a callback or elsewhere. With an order
// number the unit is the order's; without one the unit must be chosen. The service decides
// what is missing and says so; the dialog stays open until it accepts.
class ComplaintDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintDialog)

public:
    explicit ComplaintDialog(const Session& session, QWidget* parent = nullptr);

    void accept() override;
    const Complaint& registered() const { return m_registered; }
    QString error() const;

    QComboBox* sourceCombo() const { return m_source; }
    QLineEdit* orderEdit() const { return m_order; }
    QComboBox* unitCombo() const { return m_unit; }
    QComboBox* categoryCombo() const { return m_category; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }

private:
    const Session& m_session;
    QComboBox* m_source = nullptr;
    QLineEdit* m_order = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_category = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_error = nullptr;
    Complaint m_registered;
};

} // namespace fd
