#pragma once

#include "rules/scoring.h"
#include "services/evaluationservice.h"

#include <QDialog>

class QLabel;

namespace fd {

// Asks before a month is finalized, saying what it will do (SPEC §7): the drafts are
// frozen with the counts behind them and the rules version, and the 80-point rule is
// applied — which units get a strike, which reach the warning, which lose their contract
// and by when they must rectify. The service decides; this only reads the drafts ahead.
class FinalizeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinalizeDialog)

public:
    FinalizeDialog(const MonthEvaluation& month, const ScoringRules& rules, const QDate& today,
        QWidget* parent = nullptr);

    QString consequences() const;

private:
    QLabel* m_text = nullptr;
};

} // namespace fd
