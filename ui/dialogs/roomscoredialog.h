#pragma once

#include "common/session.h"
#include "services/evaluationservice.h"

#include <QDialog>
#include <optional>

class QLineEdit;
class QLabel;
class QPlainTextEdit;

namespace fd {

// An evaluator enters a unit's machine-room management score for a month after the
// inspection (SPEC §7: 0 to the maximum, 15 by default; required before finalizing). The
// service checks the range and that the month is not final; its refusal is shown here.
class RoomScoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomScoreDialog)

public:
    RoomScoreDialog(const Session& session, const UnitEvaluation& unit, const Rational& maximum,
        QWidget* parent = nullptr);

    void accept() override;

    QLineEdit* pointsEdit() const { return m_points; }
    std::optional<double> typedPoints() const; // empty or not a number: none
    QPlainTextEdit* noteEdit() const { return m_note; }
    QString error() const;

private:
    const Session& m_session;
    UnitEvaluation m_unit;
    QLineEdit* m_points = nullptr;
    Rational m_maximum;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace fd
