#include "schedulecommand.h"

#include <QCoreApplication>

namespace fd {

ScheduleCommand::ScheduleCommand(const QString& text, const QString& number, const Booking& before,
    const Booking& after, int version, Save save, Done done, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_number(number)
    , m_before(before)
    , m_after(after)
    , m_version(version)
    , m_save(std::move(save))
    , m_done(std::move(done))
{ }

void ScheduleCommand::undo()
{
    apply(m_before, true);
}

void ScheduleCommand::redo()
{
    if (m_saved) {
        m_saved = false;
        return;
    }
    apply(m_after, false);
}

void ScheduleCommand::apply(const Booking& target, bool undoing)
{
    Result<OrderChange> saved = m_save(m_number, m_version, target);
    if (!saved.ok()) {
        setObsolete(true); // the stack drops it: it can no longer be undone or redone
        m_done(m_number,
            (undoing ? QCoreApplication::translate("fd::ScheduleCommand", "Not undone: %1")
                     : QCoreApplication::translate("fd::ScheduleCommand", "Not redone: %1"))
                .arg(saved.error()),
            false);
        return;
    }
    m_version = saved.value().order.version;
    m_done(m_number,
        (undoing ? QCoreApplication::translate("fd::ScheduleCommand", "Undone: %1")
                 : QCoreApplication::translate("fd::ScheduleCommand", "Redone: %1"))
            .arg(text()),
        true);
}

} // namespace fd
