#pragma once

#include "common/session.h"

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

// The operator's name and the time for the footer.
QString reportPrintedBy(const Session& session);
QString reportPrintedAt(const Session& session);

} // namespace fd
