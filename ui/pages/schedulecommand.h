#pragma once

#include "common/result.h"
#include "rules/schedule.h"
#include "services/orderservice.h"

#include <QUndoCommand>
#include <functional>

namespace fd {

// One booking of the session on the team schedule's undo stack (issue 16). The booking is
// saved before the command is pushed; undo saves the booking the order had before, redo
// the one it was given, each through ScheduleService::book and so recorded as its own
// events. Each names the version of the order its last save left: if somebody else changed
// the order meanwhile, the service refuses, nothing is overwritten, the command leaves the
// stack and `refused` says why.
class ScheduleCommand final : public QUndoCommand
{
public:
    using Save = std::function<Result<OrderChange>(const QString&, int, const Booking&)>;
    using Done = std::function<void(const QString& number, const QString& message, bool ok)>;

    ScheduleCommand(const QString& text, const QString& number, const Booking& before,
        const Booking& after, int version, Save save, Done done, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

    const QString& number() const { return m_number; }
    int version() const { return m_version; }

private:
    void apply(const Booking& target, bool undoing);

    QString m_number;
    Booking m_before;
    Booking m_after;
    int m_version;
    Save m_save;
    Done m_done;
    bool m_saved = true; // the first redo, on push, has nothing to do
};

} // namespace fd
