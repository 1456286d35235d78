#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace fd {

// The bounds every value FiberDesk stores must keep (SPEC §16), wherever it comes from: a
// CSV file, a dialog, the command line. Checked in the core (the checks of rules/ and the
// CSV readers), so that no path can store what another would refuse.
namespace bounds {

// The largest operator has a few million subscribers per area; 100 million leaves room
// and keeps every product in the allocation rules far from 64-bit overflow.
constexpr qint64 kMaxSubscribers = 100000000;
// Tools and vehicles a unit or team may hold.
constexpr qint64 kMaxQuantity = 100000;
// An ONT's receive power, physically: a fibre into a home carries well under +30 dBm (one
// watt would burn the receiver), and nothing reads below −70 dBm (receivers stop near
// −40 dBm). A value outside is not a measurement; inside it, the accepted range of the
// rules (−27 to −8 dBm by default) decides whether the test passed.
constexpr double kMinRxPowerDbm = -70.0;
constexpr double kMaxRxPowerDbm = 30.0;

// No time or date before 2000-01-01 (UTC for instants): FiberDesk's records start in this
// century; 1900 is a spreadsheet's empty date, not an order.
QDate earliestDate();
QDateTime earliestInstant();

} // namespace bounds

// Why `text` cannot be stored, or an empty string: a control character (a line break is
// allowed in multi-line text such as notes and descriptions) or an invisible format
// character (zero-width space and joiners, direction marks and overrides, the byte-order
// mark, the soft hyphen), which would make "adm\u200Bin" look like "admin".
QString textCharacterProblem(const QString& text, bool multiLine = false);

// "is before 2000-01-01", or an empty string.
QString earliestProblem(const QDateTime& when);
QString earliestProblem(const QDate& day);

} // namespace fd
