#pragma once

#include "common/result.h"
#include "common/session.h"

#include <QString>
#include <functional>

class QWidget;

namespace fd {

// Long work of the evaluation page (finalizing a month, writing its PDF) off the GUI
// thread, so the window keeps painting: `work` runs on a worker thread with a database
// connection of its own (DESIGN.md habit 6: a connection never crosses threads) and a
// session like `session` (same actor and zone, stamped with the moment it was asked for).
// Meanwhile the window shows a wait cursor and, past a moment, a busy dialog saying
// `label`; the services offer no progress or cancelling for this work, so neither does
// the dialog. Returns once `work` is done; fails only when the connection cannot be opened.
Status runWithOwnSession(const Session& session, const QString& label, QWidget* parent,
    const std::function<void(const Session&)>& work);

} // namespace fd
