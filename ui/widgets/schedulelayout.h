#pragma once

#include "rules/schedule.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QTimeZone>

namespace fd {

class ScheduleModel;

// Where the team schedule puts things: the working hours of each day side by side across,
// one row per team down, a team's overlapping windows stacked in lanes within its row.
// Coordinates are the schedule's content: x from the start of the first day's hours,
// y from the top of the first team's row.
class ScheduleLayout
{
public:
    struct Placed
    {
        int child = 0; // the window's row under its team in the model; the ghost's index
        int lane = 0;
        QRectF rect;
    };
    // A window proposed but not booked (the day plan, SPEC §15), drawn as a ghost.
    struct Ghost
    {
        QString team;
        QString number;
        QString customer;
        QDateTime start;
        QDateTime end;
        QString reason;
        bool late = false;
    };

    // Ghosts share their team's lanes with its windows, so none covers another.
    void update(const ScheduleModel& model, int dayWidth, const QList<Ghost>& ghosts = {});

    int dayWidth() const { return m_dayWidth; }
    int width() const { return m_dayWidth * m_days; }
    int height() const { return m_tops.isEmpty() ? 0 : m_tops.last(); }
    int rows() const { return int(m_tops.size()) - 1; }
    int rowTop(int row) const { return m_tops.at(row); }
    int rowHeight(int row) const { return m_tops.at(row + 1) - m_tops.at(row); }
    int lanes(int row) const { return m_lanes.at(row); }
    int rowAt(double y) const; // -1 outside every row
    const QList<Placed>& placed(int row) const { return m_placed.at(row); }
    const QList<Placed>& ghostsPlaced(int row) const { return m_ghosts.at(row); }

    double xOf(const QDateTime& instant) const;
    // The instant at `x`, on a `snapMinutes` step, within the working hours of its day.
    QDateTime timeAt(double x, int snapMinutes = 15) const;
    int minutesPerDay() const { return m_minutes; }
    const WorkingHours& hours() const { return m_hours; }
    QDate first() const { return m_first; }
    int days() const { return m_days; }

    static constexpr int kLaneHeight = 30;
    static constexpr int kRowPadding = 6;

private:
    QDate m_first;
    int m_days = 1;
    int m_dayWidth = 600;
    int m_minutes = 720;
    WorkingHours m_hours;
    QTimeZone m_zone;
    QList<int> m_tops; // each row's top, then the bottom of the last
    QList<int> m_lanes;
    QList<QList<Placed>> m_placed;
    QList<QList<Placed>> m_ghosts;
};

} // namespace fd
