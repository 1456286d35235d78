#include "pdfstyle.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QFont reportFont(double points, bool bold)
{
    QFont font(u"Noto Sans CJK SC"_s);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QString reportFooter(int page, int pages, const QString& printedBy, const QString& printedAt,
    const QString& auditHead)
{
    return QCoreApplication::translate("fd::Report", "Page %1 of %2 · printed by %3 on %4 · %5")
        .arg(QLocale().toString(page), QLocale().toString(pages), printedBy, printedAt, auditHead);
}

void paintFooter(QPainter& painter, double width, double height, const QString& text)
{
    painter.save();
    painter.setFont(reportFont(7));
    painter.setPen(QColor(0x66, 0x66, 0x66));
    const double line = QFontMetricsF(painter.font(), painter.device()).height();
    painter.drawText(QRectF(0, height - line, width, line), Qt::AlignLeft | Qt::AlignBottom, text);
    painter.restore();
}

QString reportPrintedBy(const Session& session)
{
    return session.actor().user;
}

QString reportPrintedAt(const Session& session)
{
    return session.now().toTimeZone(session.zone()).toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace fd
