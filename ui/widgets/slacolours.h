#pragma once

#include "rules/timeliness.h"
#include "widgets/palette.h"

namespace fd {

// An order's SLA state as a colour, the same on the board's cells and the schedule's blocks.
// Nothing (an invalid colour) for an order on track: its row keeps the view's own colours.
inline QColor slaBackground(Timeliness timeliness)
{
    switch (timeliness) {
    case Timeliness::Overdue:
        return colour(ColourRole::DangerBackground);
    case Timeliness::DueSoon:
        return colour(ColourRole::WarningBackground);
    case Timeliness::Late:
        return colour(ColourRole::DangerBackgroundSoft);
    case Timeliness::OnTime:
        return colour(ColourRole::SuccessBackground);
    case Timeliness::OnTrack:
        break;
    }
    return {};
}

// The text over it, or nothing for an order on track.
inline QColor slaForeground(Timeliness timeliness)
{
    switch (timeliness) {
    case Timeliness::Overdue:
    case Timeliness::Late:
        return colour(ColourRole::DangerText);
    case Timeliness::DueSoon:
        return colour(ColourRole::WarningText);
    case Timeliness::OnTime:
        return colour(ColourRole::SuccessText);
    case Timeliness::OnTrack:
        break;
    }
    return {};
}

} // namespace fd
