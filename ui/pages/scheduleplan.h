#pragma once

#include "common/session.h"
#include "dialogs/plandialog.h"
#include "services/planservice.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QUndoStack;

namespace fd {

class ScheduleView;

// "Plan the day" on the team schedule (SPEC §15, issue 17): the plan's dialog beside the
// schedule, its ticked proposals drawn on the schedule as ghost blocks while it is open;
// what the dispatcher books goes on the schedule's undo stack as one step ("Book the day's
// plan"), each order's booking undone and redone as its own events.
class SchedulePlanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePlanner)

public:
    using Reload = std::function<void(const QString& message)>;

    SchedulePlanner(const Session& session, ScheduleView* view, QUndoStack* undo, Reload reload,
        QObject* parent = nullptr);

    // Opens the dialog (or brings it forward) for `day`, beside `near`.
    void open(const QDate& day, QWidget* near);
    PlanDialog* dialog() const { return m_dialog; }

private:
    void showGhosts(const QList<PlanProposal>& proposals);
    void booked(const QList<PlanBooked>& bookings);

    const Session& m_session;
    ScheduleView* m_view;
    QUndoStack* m_undo;
    Reload m_reload;
    QPointer<PlanDialog> m_dialog;
};

} // namespace fd
