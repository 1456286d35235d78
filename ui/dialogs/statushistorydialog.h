#pragma once

#include "common/session.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace fd {

class AssessmentModel;
class StatusHistoryModel;

// A unit's standing under the 80-point rule and how it got there (SPEC §7): its status
// now, strikes in the window and rectification deadline; every status it has had, with
// why; and its qualification and retraining assessments, a passed retraining being what
// reinstates it. An evaluator can record the retraining from here.
class StatusHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusHistoryDialog)

public:
    StatusHistoryDialog(const Session& session, const QString& unitCode, QWidget* parent = nullptr);

    StatusHistoryModel* historyModel() const { return m_history; }
    AssessmentModel* assessmentModel() const { return m_assessments; }
    QPushButton* assessButton() const { return m_assess; }
    QString summary() const;
    // Whether an assessment was recorded from here (the caller refreshes what it shows).
    bool changedData() const { return m_changed; }

private:
    void load();
    void recordAssessment();

    const Session& m_session;
    QString m_unitCode;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    StatusHistoryModel* m_history = nullptr;
    AssessmentModel* m_assessments = nullptr;
    QPushButton* m_assess = nullptr;
    bool m_changed = false;
};

} // namespace fd
