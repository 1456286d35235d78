#pragma once

#include "common/session.h"
#include "domain/organisation.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;

namespace fd {

// An evaluator's decision about a unit's contract (UnitService::changeStatus): retire it,
// rescind its contract, or take a retired unit back as a candidate, always with a reason.
// Activation is not offered: it follows from assessments.
class UnitStatusDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitStatusDialog)

public:
    UnitStatusDialog(const Session& session, const Unit& unit, QWidget* parent = nullptr);

    void accept() override;

    // For tests: choose a status and a reason as a user would.
    bool chooseStatus(UnitStatus status);
    void setReason(const QString& reason);
    QString error() const;

private:
    const Session& m_session;
    Unit m_unit;
    QButtonGroup* m_choices = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace fd
