#pragma once

#include <QDate>
#include <QList>
#include <QRectF>

class QPainter;

namespace fd {

struct TrendPoint
{
    QDate month;
    double total = 0;
    bool strike = false;
};

// A unit's monthly totals over the `months` months ending with `lastMonth`, against the
// strike line (80 by default): every month has its place on the axis, so a month without a
// total shows as a gap rather than moving the others; each point is labelled with its
// total, strikes in red. Drawn with QPainter so that a PDF can hold it without the Charts
// module.
void paintTrend(QPainter& painter, const QRectF& area, const QList<TrendPoint>& points,
    double strikeLine, const QDate& lastMonth, int months = 12);

} // namespace fd
