#include "scheduleplan.h"

#include "dialogs/plandialog.h"
#include "pages/schedulecommand.h"
#include "services/scheduleservice.h"
#include "widgets/scheduleview.h"

#include <QUndoStack>

namespace fd {

SchedulePlanner::SchedulePlanner(
    const Session& session, ScheduleView* view, QUndoStack* undo, Reload reload, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_view(view)
    , m_undo(undo)
    , m_reload(std::move(reload))
{ }

void SchedulePlanner::open(const QDate& day, QWidget* near)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    // Modeless, so that the schedule behind shows the ghosts and can be scrolled.
    m_dialog = new PlanDialog(m_session, day, near);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &PlanDialog::tickedChanged, this, &SchedulePlanner::showGhosts);
    connect(m_dialog, &PlanDialog::booked, this, &SchedulePlanner::booked);
    connect(m_dialog, &QDialog::finished, this, [this] { m_view->setGhosts({}); });
    showGhosts(m_dialog->ticked());
    m_dialog->show();
}

void SchedulePlanner::showGhosts(const QList<PlanProposal>& proposals)
{
    QList<ScheduleLayout::Ghost> ghosts;
    ghosts.reserve(proposals.size());
    for (const PlanProposal& proposal : proposals) {
        ghosts.append({ proposal.team, proposal.number, proposal.customer, proposal.start,
            proposal.end, planReasonText(proposal.reason), proposal.late });
    }
    m_view->setGhosts(ghosts);
}

void SchedulePlanner::booked(const QList<PlanBooked>& bookings)
{
    m_view->setGhosts({});
    const auto save = [this](const QString& number, int version, const Booking& booking) {
        return ScheduleService(m_session).book(number, version, booking);
    };
    // Undo runs the orders' bookings last to first, redo first to last: the schedule is read
    // again once, after the step's last order (or at once when one is refused).
    const QString first = bookings.isEmpty() ? QString() : bookings.first().number;
    const QString last = bookings.isEmpty() ? QString() : bookings.last().number;
    const auto done = [this, first, last](const QString& number, const QString& message, bool ok) {
        if (!ok || number == first || number == last)
            m_reload(message);
    };
    // One step on the stack: undo takes back the whole plan, each order as its own events.
    auto* step
        = new QUndoCommand(tr("Book the day's plan (%n order(s))", nullptr, int(bookings.size())));
    for (const PlanBooked& booking : bookings) {
        new ScheduleCommand(tr("Book %1").arg(booking.number), booking.number, booking.before,
            booking.after, booking.version, save, done, step);
    }
    m_undo->push(step);
    m_reload(tr("Booked %n order(s) of the day's plan.", nullptr, int(bookings.size())));
}

} // namespace fd
