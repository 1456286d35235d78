#pragma once

#include "domain/complaint.h"

#include <QAbstractTableModel>

namespace fd {

// A unit's complaints of a month by category, from the most frequent down, with the running
// share (SPEC §8 "their categories (Pareto)"): the bars and the cumulative line of a Pareto
// chart, for QVBarModelMapper and QVXYModelMapper.
class ParetoModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParetoModel)

public:
    enum Column
    {
        Category,
        Complaints,
        Position, // the bar's index: the cumulative line's x
        CumulativePercent,
        ColumnCount
    };

    explicit ParetoModel(QObject* parent = nullptr);

    void setCounts(const QList<std::pair<ComplaintCategory, qint64>>& ranked);
    qint64 total() const { return m_total; }
    QStringList categoryNames() const; // short names, for the chart's axis
    static QString shortName(ComplaintCategory category);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<std::pair<ComplaintCategory, qint64>> m_ranked;
    qint64 m_total = 0;
};

} // namespace fd
