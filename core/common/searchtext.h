#pragma once

#include <QString>

namespace fd {

// Search anywhere (SPEC §14): text compared without case, accents or full/half width.
// Both what is stored and what is typed go through foldForSearch, so "Andrés" and "andres",
// "ＡＢＣ" and "abc" fold to the same text.

// NFKD (compatibility: full-width forms become their ASCII kin, ligatures their letters),
// combining marks dropped (accents), case folded, NFKC again (Hangul recomposed), runs of
// white space made one space.
QString foldForSearch(const QString& text);

// The digits of `text` in order ("+51 (1) 945-19451" → "511945 19451" without the space).
QString digitsOf(const QString& text);

// What an order is found by: its number, account, customer, address and phone folded, then
// the digits of the phone and of the number alone, so that "987654321" finds
// "+51 987 654 321" and "19451" the number "WO-2025-019451". Fields are kept apart by a line
// break, which a folded search text never holds: a match never spans two fields.
QString orderSearchText(const QString& number, const QString& account, const QString& customer,
    const QString& address, const QString& phone);

// What to look for in an order's search text when `typed` is searched: the folded text, or
// only its digits when it is a number written with the usual separators ("987 654-321").
QString searchNeedle(const QString& typed);

// Shorter needles cannot use a trigram index (SQLite's FTS5 trigram tokenizer, PostgreSQL's
// tokens by deadline bucket): they search the open orders only, few at any size of history.
constexpr int kShortestIndexedSearch = 3;

} // namespace fd
