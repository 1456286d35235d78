#include "trendpainter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace fd {

void paintTrend(QPainter& painter, const QRectF& area, const QList<TrendPoint>& points,
    double strikeLine, const QDate& lastMonth, int months)
{
    painter.save();
    const QFontMetricsF metrics(painter.font());
    const double left = area.left() + metrics.horizontalAdvance(QStringLiteral("100 "));
    const double bottom = area.bottom() - metrics.height() * 1.6;
    const QRectF plot(
        QPointF(left, area.top() + metrics.height() * 1.2), QPointF(area.right(), bottom));
    const double low = 50.0; // scores under 50 sit on the axis: the line that matters is 80
    auto yOf = [&](double value) {
        return plot.bottom() - (qBound(low, value, 100.0) - low) / (100.0 - low) * plot.height();
    };
    months = qMax(1, months);
    const QDate first = QDate(lastMonth.year(), lastMonth.month(), 1).addMonths(1 - months);
    const double step = plot.width() / double(months);
    // Each month in the middle of its own slot, so that no label runs into the axis.
    auto slotOf = [&](const QDate& month) {
        return (month.year() - first.year()) * 12 + month.month() - first.month();
    };
    auto xOf = [&](int slot) { return plot.left() + step * (double(slot) + 0.5); };

    painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0));
    for (double mark : { 50.0, 60.0, 70.0, 80.0, 90.0, 100.0 }) {
        const double y = yOf(mark);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(
            QRectF(area.left(), y - metrics.height() / 2, left - area.left() - 4, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(int(mark)));
        painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0));
    }
    painter.setPen(QColor(0x33, 0x33, 0x33));
    for (int slot = 0; slot < months; ++slot) {
        const QDate month = first.addMonths(slot);
        const QString label = QLocale().language() == QLocale::Chinese
            ? QStringLiteral("%1年%2月")
                  .arg(month.year() % 100, 2, 10, QLatin1Char('0'))
                  .arg(month.month())
            : QLocale().toString(month, QStringLiteral("MMM yy"));
        painter.drawText(QRectF(xOf(slot) - step / 2, bottom + metrics.height() * 0.3, step,
                             metrics.height() * 1.3),
            Qt::AlignCenter, label);
    }
    QPen strikePen(QColor(0xc0, 0x1c, 0x28), metrics.height() * 0.12, Qt::DashLine);
    painter.setPen(strikePen);
    painter.drawLine(QPointF(plot.left(), yOf(strikeLine)), QPointF(plot.right(), yOf(strikeLine)));

    QList<TrendPoint> shown;
    for (const TrendPoint& point : points) {
        if (slotOf(point.month) >= 0 && slotOf(point.month) < months)
            shown.append(point);
    }
    std::sort(shown.begin(), shown.end(),
        [](const TrendPoint& a, const TrendPoint& b) { return a.month < b.month; });
    if (shown.isEmpty()) {
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(plot, Qt::AlignCenter,
            QCoreApplication::translate("fd::Report", "No finalized month yet"));
        painter.restore();
        return;
    }
    // The line joins consecutive months only: a month without a total breaks it.
    QPainterPath line;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QPointF at(xOf(slotOf(shown.at(i).month)), yOf(shown.at(i).total));
        if (i == 0 || slotOf(shown.at(i).month) != slotOf(shown.at(i - 1).month) + 1)
            line.moveTo(at);
        else
            line.lineTo(at);
    }
    painter.setPen(QPen(QColor(0x1c, 0x4e, 0x80), metrics.height() * 0.15));
    painter.drawPath(line);
    for (const TrendPoint& point : std::as_const(shown)) {
        const QPointF at(xOf(slotOf(point.month)), yOf(point.total));
        const double radius = metrics.height() * 0.22;
        const QColor color = point.strike ? QColor(0xc0, 0x1c, 0x28) : QColor(0x1c, 0x4e, 0x80);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(at, radius, radius);
        painter.setPen(color);
        painter.drawText(QRectF(at.x() - step / 2, at.y() - radius - metrics.height() * 1.1, step,
                             metrics.height()),
            Qt::AlignCenter, QLocale().toString(point.total, 'f', 1));
    }
    painter.restore();
}

} // namespace fd
