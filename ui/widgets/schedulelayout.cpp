#include "schedulelayout.h"

#include "models/schedulemodel.h"

#include <algorithm>
#include <cmath>

namespace fd {

void ScheduleLayout::update(const ScheduleModel& model, int dayWidth)
{
    m_first = model.first();
    m_days = model.days();
    m_hours = model.hours();
    m_zone = model.zone();
    m_minutes = std::max(60, m_hours.start.secsTo(m_hours.end) / 60);
    m_dayWidth = std::max(60, dayWidth); // a week fits a laptop's width
    m_tops = { 0 };
    m_lanes.clear();
    m_placed.clear();
    for (const ScheduleModel::Row& row : model.rows()) {
        // Lanes: each window in the first lane whose last window has ended.
        QList<QDateTime> laneEnds;
        QList<Placed> placed;
        for (int child = 0; child < row.blocks.size(); ++child) {
            const ScheduledOrder& order = row.blocks.at(child).scheduled;
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > order.start)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(order.end);
            else
                laneEnds[lane] = order.end;
            placed.append({ child, lane, {} });
        }
        const int lanes = std::max<int>(1, int(laneEnds.size()));
        const int top = m_tops.last();
        for (Placed& block : placed) {
            const ScheduledOrder& order = row.blocks.at(block.child).scheduled;
            const double left = xOf(order.start);
            const double right = std::max(left + 6.0, xOf(order.end));
            block.rect = QRectF(left, top + kRowPadding / 2 + block.lane * kLaneHeight,
                right - left, kLaneHeight - 2);
        }
        m_lanes.append(lanes);
        m_placed.append(placed);
        m_tops.append(top + lanes * kLaneHeight + kRowPadding);
    }
}

int ScheduleLayout::rowAt(double y) const
{
    if (y < 0 || m_tops.size() < 2 || y >= m_tops.last())
        return -1;
    const auto next = std::upper_bound(m_tops.begin(), m_tops.end(), int(std::floor(y)));
    return int(next - m_tops.begin()) - 1;
}

double ScheduleLayout::xOf(const QDateTime& instant) const
{
    const QDateTime local = instant.toTimeZone(m_zone);
    const qint64 day = m_first.daysTo(local.date());
    if (day < 0)
        return 0;
    if (day >= m_days)
        return width();
    const int minutes = std::clamp(m_hours.start.secsTo(local.time()) / 60, 0, m_minutes);
    return day * m_dayWidth + double(minutes) * m_dayWidth / m_minutes;
}

QDateTime ScheduleLayout::timeAt(double x, int snapMinutes) const
{
    const int day = std::clamp(int(std::floor(x / m_dayWidth)), 0, m_days - 1);
    const double within = std::clamp(x - day * m_dayWidth, 0.0, double(m_dayWidth));
    int minutes = int(std::lround(within * m_minutes / m_dayWidth / snapMinutes)) * snapMinutes;
    minutes = std::clamp(minutes, 0, m_minutes);
    return QDateTime(m_first.addDays(day), m_hours.start.addSecs(minutes * 60), m_zone).toUTC();
}

} // namespace fd
