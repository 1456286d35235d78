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
    int bookedCount() const { return int(m_booked.size()); }
    // The proposals ticked now.
    QList<PlanProposal> ticked() const;
    QString error() const;
    void setAllTicked(bool ticked);

signals:
    // The proposals accepted, once booked: the schedule reloads and can undo them.
    void booked(const QList<PlanBooked>& bookings);
    // The ticked proposals changed (a new day planned, a row ticked or not): the schedule
    // shows them as ghost blocks.
    void tickedChanged(const QList<PlanProposal>& proposals);

private:
    void propose();
    void showError(const QString& text);
    void updateAcceptButton();

    const Session& m_session;
    QDateEdit* m_day = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_proposals = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_accept = nullptr;
    PlanOutcome m_outcome;
    QList<PlanBooked> m_booked;
};

} // namespace fd
