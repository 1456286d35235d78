#pragma once

#include "common/session.h"
#include "services/evaluationservice.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fd {

// A manual adjustment of a unit's month, plus or minus points, always with a reason (SPEC
// §7); the reason goes into the evaluation, the PDF sent to the unit and the audit log. An
// existing adjustment can be removed.
class AdjustmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdjustmentDialog)

public:
    AdjustmentDialog(const Session& session, const UnitEvaluation& unit, QWidget* parent = nullptr);

    void accept() override;
    void removeAdjustment();

    QDoubleSpinBox* pointsEdit() const { return m_points; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* removeButton() const { return m_remove; }
    QString error() const;

private:
    bool save(const Rational& points, const QString& reason);

    const Session& m_session;
    UnitEvaluation m_unit;
    QDoubleSpinBox* m_points = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace fd
