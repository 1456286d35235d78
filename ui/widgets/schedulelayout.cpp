#include "schedulelayout.h"

#include "models/schedulemodel.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace fd {

void ScheduleLayout::update(const ScheduleModel& model, int dayWidth, const QList<Ghost>& ghosts)
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
    m_ghosts.clear();
    QHash<QString, QList<int>> ghostsOfTeam;
    for (int index = 0; index < ghosts.size(); ++index)
        ghostsOfTeam[ghosts.at(index).team].append(index);
    for (const ScheduleModel::Row& row : model.rows()) {
        // Every window and ghost by start; each in the first lane whose last one has ended.
        struct Item
        {
            QDateTime start, end;
            int index;
            bool ghost;
        };
        QList<Item> items;
        for (int child = 0; child < row.blocks.size(); ++child) {
            const ScheduledOrder& order = row.blocks.at(child).scheduled;
            items.append({ order.start, order.end, child, false });
        }
        for (int index : ghostsOfTeam.value(row.team.team))
            items.append({ ghosts.at(index).start, ghosts.at(index).end, index, true });
        std::stable_sort(items.begin(), items.end(),
            [](const Item& a, const Item& b) { return a.start < b.start; });
        QList<QDateTime> laneEnds;
        QList<Placed> placed;
        QList<Placed> ghostly;
        const int top = m_tops.last();
        for (const Item& item : items) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > item.start)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(item.end);
            else
                laneEnds[lane] = item.end;
            const double left = xOf(item.start);
            const double right = std::max(left + 6.0, xOf(item.end));
            const Placed where { item.index, lane,
                QRectF(left, top + kRowPadding / 2 + lane * kLaneHeight, right - left,
                    kLaneHeight - 2) };
            (item.ghost ? ghostly : placed).append(where);
        }
        // The windows in the model's order, as the view's hit tests expect.
        std::sort(placed.begin(), placed.end(),
            [](const Placed& a, const Placed& b) { return a.child < b.child; });
        const int lanes = std::max<int>(1, int(laneEnds.size()));
        m_lanes.append(lanes);
        m_placed.append(placed);
        m_ghosts.append(ghostly);
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
