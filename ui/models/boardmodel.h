#pragma once

#include "services/boardservice.h"

#include <QAbstractTableModel>
#include <memory>

namespace fd {

// The dispatch board's orders, read a page at a time (keyset paging through BoardService):
// opening the board on five million orders reads the same two hundred rows as on five
// thousand, and scrolling reads the next two hundred when the view nears the end.
class BoardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardModel)

public:
    enum Column
    {
        Sla,
        Deadline,
        Number,
        Kind,
        Status,
        Customer,
        Phone,
        Area,
        Unit,
        Team,
        Technician,
        Appointment,
        Received,
        ColumnCount
    };

    static constexpr int kPageSize = 200;

    BoardModel(const Session& session, QObject* parent = nullptr);

    // Shows the orders `query` selects, from its first page. Returns the service's error,
    // if any (a search too short to run over all orders, a database error).
    fd::Status setQuery(const BoardQuery& query);
    const BoardQuery& query() const { return m_query; }
    fd::Status reload(); // the same query again, from the first page
    const WorkOrder& order(int row) const { return m_rows.at(row); }
    int rowOf(const QString& number) const; // -1 when not loaded
    // Recolours the SLA and deadline columns as time passes, without reading anything.
    void refreshTimes();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Every column sorts, on the server's side, a page at a time (OrderSort).
    void sort(int column, Qt::SortOrder order) override;
    static bool sortable(int column);
    static OrderSort sortOf(int column);
    static int columnOf(OrderSort sort);

    static QString slaText(Timeliness timeliness);
    QString relativeDeadline(const WorkOrder& order) const;

signals:
    void loadFailed(const QString& message);

private:
    QVariant display(const WorkOrder& order, Column column) const;
    QString dayAndTime(const QDateTime& instant) const;
    // An open order nobody has and no team can take (its area has no eligible team).
    bool noEligibleTeam(const WorkOrder& order) const;

    const Session& m_session;
    std::unique_ptr<BoardService> m_board;
    BoardQuery m_query;
    QList<WorkOrder> m_rows;
    QSet<QString> m_eligibleAreas; // areas an active team of an active unit covers
    bool m_atEnd = true;
    bool m_queried = false; // a query has been read
    bool m_signalling = false; // inside endResetModel() or endInsertRows()
};

} // namespace fd
