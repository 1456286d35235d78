#pragma once

#include "services/callbackservice.h"

#include <QAbstractTableModel>
#include <QDate>

namespace fd {

// A day's callback queue in the order an agent works it (callable now, then waiting for a
// retry, then concluded), read a page at a time: a day of twenty thousand completions opens
// as fast as a day of two hundred. The order is the service's, so the columns do not sort.
class CallbackQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackQueueModel)

public:
    enum Column
    {
        State,
        Order,
        Customer,
        Attempts,
        ColumnCount
    };

    static constexpr int kPageSize = 200;

    explicit CallbackQueueModel(const Session& session, QObject* parent = nullptr);

    // Rows read at a time (tests page through small days with small pages).
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    // Shows the queue due on `day` from its first page; the service's error, if any.
    Status setDay(const QDate& day);
    QDate day() const { return m_day; }
    // Only the tasks whose customer, phone, order or account contains `text` (empty: all),
    // from the first page again.
    Status setSearch(const QString& text);
    QString search() const { return m_search; }
    // Reads the queue again, as many rows as are loaded now (at least a page), so that the
    // view keeps its place after a call is recorded.
    Status reload();
    // The task the agent is calling, drawn in bold; 0 for none.
    void setCurrentTask(qint64 taskId);
    const CallbackTask& task(int row) const { return m_rows.at(row); }
    int rowOfTask(qint64 taskId) const; // −1 when not loaded
    // The earliest retry among the loaded rows; invalid when none is waiting.
    QDateTime earliestRetry() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // "To call", "Retry 11:12", "Done", "Unreachable": where a task stands for the agent.
    QString stateText(const CallbackTask& task) const;

signals:
    void loadFailed(const QString& message);

private:
    Status load(int count);
    bool waitingForRetry(const CallbackTask& task) const;
    QVariant display(const CallbackTask& task, Column column) const;
    QVariant foreground(const CallbackTask& task, Column column) const;
    QString toolTip(const CallbackTask& task) const;

    const Session& m_session;
    QDate m_day;
    QString m_search;
    QList<CallbackTask> m_rows;
    qint64 m_currentTask = 0;
    int m_pageSize = kPageSize;
    bool m_atEnd = true;
    bool m_changing = false; // inside our own reset or insertion
};

} // namespace fd
