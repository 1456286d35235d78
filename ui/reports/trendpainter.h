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

// A unit's monthly totals as a line over the last months, with the strike line (80 by
// default): drawn with QPainter so that a PDF can hold it without the Charts module.
void paintTrend(QPainter& painter, const QRectF& area, const QList<TrendPoint>& points, double strikeLine);

} // namespace fd
