#pragma once

#include <QString>

namespace fd {

// Where FiberDesk keeps its database when none is named: the FIBERDESK_DB environment
// variable, else the user's setting ("database/location", the desktop program's Settings),
// else the site-wide setting IT wrote for every desk, else fiberdesk.db in the user's data
// folder. The command line and the desktop program ask the same function, so they open the
// same database.
QString defaultDatabaseLocation();
QString standardDatabasePath(); // the data-folder default alone

// The user's setting, written to the user's own settings file only; a server's password is
// never written.
void setStoredDatabaseLocation(const QString& location);
// The user's setting, else the site-wide one.
QString storedDatabaseLocation();

// Site-wide settings, set by IT for every user of the machine: Qt's system scope, on Linux
// FiberDesk/FiberDesk.conf in the folders of $XDG_CONFIG_DIRS (default /etc/xdg), the first
// holding a key giving it. FiberDesk only reads them. A key there is used when the user's
// own settings do not have it. siteSettingsFile() is the first folder's file.
QString siteSettingsFile();
// The site-wide database address, without a password even if one was written there: the
// file is readable by everyone on the machine.
QString siteDatabaseLocation();
// What a user should be told about the site-wide settings (a password written there, which
// FiberDesk ignores), translated; empty when there is nothing to say.
QString siteSettingsWarning();

// Organisation and application name under which settings and data folders are kept.
void applyFiberDeskIdentity();

} // namespace fd
