#pragma once

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QString>

namespace fd {

// The desk's colours by what they mean, in a light and a dark variant (issue 13): pages and
// models name a role, never a colour, so that a dark desktop theme keeps every page legible.
// The only colour literals of ui/ are here (the `rooms` test refuses them elsewhere).
enum class ColourRole
{
    // Text that carries a verdict.
    DangerText, // an error, a refusal, a broken chain, a contract that ends
    WarningText, // needs attention soon; a warning
    SuccessText, // done, compliant, intact
    InfoText, // a figure to act on, a phone number
    MutedText, // a hint with nothing to show
               // Backgrounds behind such text (cells, rows, banners).
    DangerBackground, // an overdue order
    DangerBackgroundSoft, // a failed cell, a cancelled order's row
    WarningBackground, // due within the warning window
    WarningBackgroundSoft, // a banner, a complaint waiting, a provisional score
    WarningBorder,
    SuccessBackground, // an order that met its deadline
    TotalsBackground, // a totals row
                      // The dispatch board's lanes.
    LaneOverdue,
    LaneDueSoon,
    LaneUnassigned,
    // Frames and focus.
    Border,
    Accent, // focus, the selected page
            // The navigation list beside the pages.
    NavigationBackground,
    NavigationText,
    // A notice panel (a page still to come).
    NoticeBackground,
    NoticeBorder,
    NoticeText,
    // Charts.
    ChartLine,
    ChartBar,
    ChartBarBorder,
    // The call script's answer buttons and rows.
    ButtonBorder,
    ButtonBackground,
    ButtonHover,
    YesChecked,
    YesCheckedBorder,
    NoChecked,
    NoCheckedBorder,
    ScoreChecked,
    ScoreCheckedBorder,
    RowActive,
    RowIdle,
    RowIdleBorder,
    TextOnStrong, // text on a checked button or the selected page
};

// Whether the application's palette is a dark one (its window darker than its text).
inline bool isDarkTheme()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

// The role's colour in the light or the dark variant.
inline QColor colour(ColourRole role, bool dark)
{
    struct Pair
    {
        QRgb light;
        QRgb dark;
    };
    auto pair = [role]() -> Pair {
        switch (role) {
        case ColourRole::DangerText:
            return { 0x9b1c1c, 0xff8a80 };
        case ColourRole::WarningText:
            return { 0x7a4b00, 0xffcc80 };
        case ColourRole::SuccessText:
            return { 0x1b5e20, 0xa5d6a7 };
        case ColourRole::InfoText:
            return { 0x1f4f82, 0x90caf9 };
        case ColourRole::MutedText:
            return { 0x6b7785, 0xa0aab4 };
        case ColourRole::DangerBackground:
            return { 0xf8d0d3, 0x5c1f24 };
        case ColourRole::DangerBackgroundSoft:
            return { 0xfbe9ea, 0x3f1c1f };
        case ColourRole::WarningBackground:
            return { 0xffe8a8, 0x5a4712 };
        case ColourRole::WarningBackgroundSoft:
            return { 0xfff4d6, 0x43381a };
        case ColourRole::WarningBorder:
            return { 0xe0c27a, 0x8a6d2a };
        case ColourRole::SuccessBackground:
            return { 0xe3f3e6, 0x1f3d24 };
        case ColourRole::TotalsBackground:
            return { 0xe8edf2, 0x2f3742 };
        case ColourRole::LaneOverdue:
            return { 0xb3261e, 0xf28b82 };
        case ColourRole::LaneDueSoon:
            return { 0xb8860b, 0xf0c05a };
        case ColourRole::LaneUnassigned:
            return { 0x3d5a80, 0x9fb7d6 };
        case ColourRole::Border:
            return { 0xc9d1da, 0x56616e };
        case ColourRole::Accent:
            return { 0x3d7bbf, 0x5b9ad8 };
        case ColourRole::NavigationBackground:
            return { 0x26323f, 0x1b232c };
        case ColourRole::NavigationText:
            return { 0xe8edf2, 0xe8edf2 };
        case ColourRole::NoticeBackground:
            return { 0xeef3fb, 0x233247 };
        case ColourRole::NoticeBorder:
            return { 0xc5d5ee, 0x3d5a80 };
        case ColourRole::NoticeText:
            return { 0x1f3a5f, 0xd0def0 };
        case ColourRole::ChartLine:
            return { 0xc06a00, 0xffb74d };
        case ColourRole::ChartBar:
            return { 0x3d7bbf, 0x5b9ad8 };
        case ColourRole::ChartBarBorder:
            return { 0x1c4e80, 0x9fc3ea };
        case ColourRole::ButtonBorder:
            return { 0xa9b4bf, 0x66717d };
        case ColourRole::ButtonBackground:
            return { 0xf7f9fb, 0x2b323a };
        case ColourRole::ButtonHover:
            return { 0xe8eef4, 0x38414b };
        case ColourRole::YesChecked:
            return { 0x2e7d32, 0x2e7d32 };
        case ColourRole::YesCheckedBorder:
            return { 0x1b5e20, 0x81c784 };
        case ColourRole::NoChecked:
            return { 0xc62828, 0xc62828 };
        case ColourRole::NoCheckedBorder:
            return { 0x8e1b1b, 0xef9a9a };
        case ColourRole::ScoreChecked:
            return { 0x2f6fb3, 0x2f6fb3 };
        case ColourRole::ScoreCheckedBorder:
            return { 0x1f4f82, 0x90caf9 };
        case ColourRole::RowActive:
            return { 0xd9e7f7, 0x24384f };
        case ColourRole::RowIdle:
            return { 0xe9edf2, 0x2a3038 };
        case ColourRole::RowIdleBorder:
            return { 0x8c9aa8, 0x66717d };
        case ColourRole::TextOnStrong:
            return { 0xffffff, 0xffffff };
        }
        return { 0x000000, 0xffffff };
    }();
    return QColor::fromRgb(dark ? pair.dark : pair.light);
}

// The role's colour for the theme in use.
inline QColor colour(ColourRole role)
{
    return colour(role, isDarkTheme());
}

// "#rrggbb", for style sheets and rich text.
inline QString colourName(ColourRole role)
{
    return colour(role).name();
}

} // namespace fd
