#pragma once

#include "common/session.h"
#include "services/planservice.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace fd {

// "Plan the day" (SPEC §15): the planner's proposal for a day beside the baseline, one row
// per proposal with its reason, each ticked to be accepted; the orders it could not place
// below, with why. Accepting books the ticked proposals as ordinary assignments and agreed
// windows, all or none. Keyboard: Space ticks a row, Ctrl+A ticks all, Enter accepts.
class PlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDialog)

public:
    PlanDialog(const Session& session, const QDate& day, QWidget* parent = nullptr);

    void accept() override;

    QTreeWidget* proposals() const { return m_proposals; }
    QDateEdit* day() const { return m_day; }
    int booked() const { return m_booked; }
    QString error() const;
    void setAllTicked(bool ticked);

signals:
    // The proposals accepted, once booked (the schedule and the board reload).
    void booked(const QList<PlanProposal>& proposals);

private:
    void propose();
    void showError(const QString& text);
    void updateAcceptButton();
    QList<PlanProposal> ticked() const;

    const Session& m_session;
    QDateEdit* m_day = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_proposals = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_accept = nullptr;
    PlanOutcome m_outcome;
    int m_booked = 0;
};

} // namespace fd
