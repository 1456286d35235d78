#pragma once

#include "common/session.h"
#include "services/evaluationservice.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace fd {

// An admin puts a unit's finalized month back to draft, with a reason (SPEC §7). Any other
// role is refused by the service, and the refusal is shown as it comes.
class ReopenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReopenDialog)

public:
    ReopenDialog(const Session& session, const UnitEvaluation& unit, QWidget* parent = nullptr);

    void accept() override;

    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QString error() const;

private:
    const Session& m_session;
    UnitEvaluation m_unit;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace fd
