#pragma once

#include "common/session.h"

#include <QByteArray>
#include <QFont>
#include <QPainter>
#include <QString>

namespace fd {

// The font every report PDF is set in, for the language of the program: the Noto CJK
// family of that script (SC for Chinese, so that a Chinese name is set in its Chinese
// forms whatever the machine's locale), with ligatures off so that "fi" extracts as two
// letters. See the comment in pdfstyle.cpp for what was measured.
QFont reportFont(double points, bool bold = false);

// What every page's footer says: "Page 2 of 5 · printed by ana · 2026-12-03 10:20 ·
// Audit log: …" (SPEC §13).
QString reportFooter(int page, int pages, const QString& printedBy, const QString& printedAt,
    const QString& auditHead);

// Paints the footer at the bottom of a page `width` × `height` (device units).
void paintFooter(QPainter& painter, double width, double height, const QString& text);

// A number as the language writes it: the decimals of `text` ("27.20", already rounded
// as the figure is) with the language's decimal sign ("27,20" in Spanish).
QString localDecimal(const QString& text);

// Qt's PDF writer names each glyph in the ToUnicode map by the lowest code point the font
// maps to it; Noto CJK maps the Kangxi radicals (U+2F00…) and the CJK radical supplement
// (U+2E80…) to the same glyphs as the ideographs, so 网 extracts as ⽹ U+2F79, 月 as ⽉,
// 长 as ⻓. This rewrites those entries of the document's ToUnicode maps to the ideograph
// the font draws with the same glyph (same length, so no offset of the file moves).
// Returns how many entries were rewritten.
int fixPdfToUnicode(QByteArray& pdf);

// The operator's name and the time for the footer.
QString reportPrintedBy(const Session& session);
QString reportPrintedAt(const Session& session);

} // namespace fd
