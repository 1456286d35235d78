#include "appeals.h"

namespace fd {

AppealWindow appealWindow(const QDate& month, const QDate& finalizedOn, int appealDays)
{
    const QDate first(month.year(), month.month(), 1);
    AppealWindow window;
    window.opens = first.addMonths(1);
    if (finalizedOn.isValid())
        window.closes = finalizedOn.addDays(appealDays);
    return window;
}

AppealTiming appealTiming(const AppealWindow& window, const QDate& today)
{
    if (today < window.opens)
        return AppealTiming::TooEarly;
    if (window.closes.isValid() && today > window.closes)
        return AppealTiming::TooLate;
    return AppealTiming::Open;
}

} // namespace fd
