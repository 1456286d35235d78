#pragma once

#include "common/result.h"
#include "common/session.h"
#include "rules/schedule.h"
#include "rules/timeliness.h"

#include <QAbstractItemModel>
#include <QDate>

namespace fd {

// Every team's days (SPEC §14, issue 16) for the team schedule: one top-level row per team
// (its name, its active technicians as its capacity, the minutes booked), and under it one
// child row per agreed window (the order, the window, the problems), each with its SLA state.
// Read through ScheduleService for `days` days from `first`, filtered by unit and area.
class ScheduleModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleModel)

public:
    enum Column
    {
        Name, // a team's code and name; a window's order number
        Capacity, // a team's active technicians; a window's start–end
        Booked, // a team's booked hours; a window's problems
        ColumnCount
    };
    enum Role
    {
        TeamCodeRole = Qt::UserRole + 20,
        NumberRole, // a window's order number
        StartRole, // UTC
        EndRole, // UTC
        SlaRole, // int(Timeliness)
        ProblemsRole, // QStringList of problem keys
        TechniciansRole, // a team's active technicians
    };

    struct Block
    {
        ScheduledOrder scheduled;
        Timeliness sla = Timeliness::OnTrack;
    };
    struct Row
    {
        TeamDay team; // the first day's figures; orders of every day
        qint64 bookedMinutes = 0;
        QList<Block> blocks; // by start
    };

    explicit ScheduleModel(const Session& session, QObject* parent = nullptr);

    // Reads the teams' days again; an error leaves the model empty and is returned.
    Status load(
        const QDate& first, int days, const QString& unitCode = {}, const QString& areaCode = {});
    Status reload();

    const QList<Row>& rows() const { return m_rows; }
    const Row& row(int index) const { return m_rows.at(index); }
    int rowOfTeam(const QString& teamCode) const;
    // The window of `number` (a child index), or an invalid index.
    QModelIndex indexOfOrder(const QString& number) const;
    const Block* block(const QModelIndex& index) const;
    QDate first() const { return m_first; }
    int days() const { return m_days; }
    const WorkingHours& hours() const { return m_hours; }
    const QTimeZone& zone() const { return m_session.zone(); }
    QDateTime now() const { return m_session.now(); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "More jobs at once than…", one line per problem, in the reader's language.
    static QString problemsText(const QList<ScheduleProblem>& problems);
    QString windowText(const QDateTime& start, const QDateTime& end) const;

private:
    const Session& m_session;
    QDate m_first;
    int m_days = 1;
    QString m_unitCode;
    QString m_areaCode;
    WorkingHours m_hours;
    QList<Row> m_rows;
};

} // namespace fd
