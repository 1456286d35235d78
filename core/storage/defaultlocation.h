#pragma once

#include <QString>

namespace fd {

// Where FiberDesk keeps its database when none is named: the FIBERDESK_DB environment
// variable, else the desktop program's setting ("database/location"), else
// fiberdesk.db in the user's data folder. The command line and the desktop program ask
// the same function, so they open the same file.
QString defaultDatabaseLocation();
QString standardDatabasePath(); // the data-folder default alone

void setStoredDatabaseLocation(const QString& location); // the desktop program's setting
QString storedDatabaseLocation();

// Organisation and application name under which settings and data folders are kept.
void applyFiberDeskIdentity();

} // namespace fd
