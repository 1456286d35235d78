#pragma once

#include "domain/unitstatuschange.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>
#include <optional>

namespace fd {

// A unit's contract history (SPEC §7): every status it has had, from when, why and who
// decided it, and which finalized month ended the contract when the 80-point rule did.
// Newest first: the unit's standing today is the first row.
class StatusHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusHistoryModel)

public:
    enum Column
    {
        EffectiveOn,
        Status,
        Reason,
        EvaluationMonth,
        ChangedBy,
        ChangedAt,
        ColumnCount
    };

    explicit StatusHistoryModel(const QTimeZone& zone, QObject* parent = nullptr);

    // `history` as the service gives it, oldest first.
    void setHistory(const QList<UnitStatusChange>& history);
    const UnitStatusChange& change(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QTimeZone m_zone;
    QList<UnitStatusChange> m_rows;
};

} // namespace fd
