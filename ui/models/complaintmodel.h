#pragma once

#include "common/session.h"
#include "domain/complaint.h"

#include <QAbstractTableModel>

namespace fd {

// SPEC §6 complaints, one a row, newest first; the proxy sorts by SortRole and searches the
// text columns. Open complaints stand out: they wait for an evaluator's verdict.
class ComplaintModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintModel)

public:
    enum Column
    {
        Received,
        Number,
        Status,
        Source,
        Category,
        Order,
        Unit,
        Description,
        StaffCaused,
        ColumnCount
    };

    explicit ComplaintModel(const Session& session, QObject* parent = nullptr);

    void setComplaints(QList<Complaint> complaints);
    const Complaint& complaint(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const; // −1 when not listed
    qsizetype openCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString verdictText(const Complaint& complaint);

private:
    QVariant display(const Complaint& complaint, Column column) const;
    QVariant sortValue(const Complaint& complaint, Column column) const;

    const Session& m_session;
    QList<Complaint> m_rows;
};

} // namespace fd
