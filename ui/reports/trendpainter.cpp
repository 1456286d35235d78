#include "trendpainter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace fd {

void paintTrend(QPainter& painter, const QRectF& area, const QList<TrendPoint>& points, double strikeLine)
{
    painter.save();
    const QFontMetricsF metrics(painter.font());
    const double left = area.left() + metrics.horizontalAdvance(QStringLiteral("100 "));
    const double bottom = area.bottom() - metrics.height() * 1.4;
    const QRectF plot(QPointF(left, area.top() + metrics.height() * 0.5), QPointF(area.right(), bottom));
    const double low = 50.0; // scores under 50 sit on the axis: the line that matters is 80
    auto yOf = [&](double value) { return plot.bottom() - (qBound(low, value, 100.0) - low) / (100.0 - low) * plot.height(); };

    painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0));
    for (double mark : { 50.0, 60.0, 70.0, 80.0, 90.0, 100.0 }) {
        const double y = yOf(mark);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(area.left(), y - metrics.height() / 2, left - area.left() - 4, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(int(mark)));
        painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0));
    }
    QPen strikePen(QColor(0xc0, 0x1c, 0x28), metrics.height() * 0.12, Qt::DashLine);
    painter.setPen(strikePen);
    painter.drawLine(QPointF(plot.left(), yOf(strikeLine)), QPointF(plot.right(), yOf(strikeLine)));

    if (points.isEmpty()) {
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(plot, Qt::AlignCenter,
            QCoreApplication::translate("fd::Report", "No finalized month yet"));
        painter.restore();
        return;
    }
    const double step = points.size() > 1 ? plot.width() / double(points.size() - 1) : 0;
    QPainterPath line;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF at(points.size() > 1 ? plot.left() + step * double(i) : plot.center().x(), yOf(points.at(i).total));
        if (i == 0)
            line.moveTo(at);
        else
            line.lineTo(at);
    }
    painter.setPen(QPen(QColor(0x1c, 0x4e, 0x80), metrics.height() * 0.15));
    painter.drawPath(line);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF at(points.size() > 1 ? plot.left() + step * double(i) : plot.center().x(), yOf(points.at(i).total));
        const double radius = metrics.height() * 0.22;
        painter.setPen(Qt::NoPen);
        painter.setBrush(points.at(i).strike ? QColor(0xc0, 0x1c, 0x28) : QColor(0x1c, 0x4e, 0x80));
        painter.drawEllipse(at, radius, radius);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        const QString label = QLocale().toString(points.at(i).month, QStringLiteral("MMM yy"));
        painter.drawText(QRectF(at.x() - step / 2 - 20, bottom + 2, step + 40, metrics.height() * 1.3), Qt::AlignCenter, label);
    }
    painter.restore();
}

} // namespace fd
