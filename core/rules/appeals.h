#pragma once

#include <QDate>

namespace fd {

// SPEC §10: when an appeal against month M may be filed — from the first day after M ends
// until `appealDays` days after M was (first) finalized, both days included. While M is not
// finalized the window has no end yet.
enum class AppealTiming
{
    TooEarly, // M has not ended
    Open,
    TooLate, // more than appealDays after the finalization
};

struct AppealWindow
{
    QDate opens; // the first day after M
    QDate closes; // the last day to file; invalid while M is not finalized
};

AppealWindow appealWindow(const QDate& month, const QDate& finalizedOn, int appealDays);
AppealTiming appealTiming(const AppealWindow& window, const QDate& today);

} // namespace fd
