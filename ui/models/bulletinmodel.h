#pragma once

#include "services/bulletinservice.h"

#include <QAbstractTableModel>

namespace fd {

// SPEC §6's daily bulletin: one row per unit and a totals row at the bottom. The rows keep
// the service's order (by unit code) so that the totals stay last.
class BulletinModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulletinModel)

public:
    enum Column
    {
        UnitCode,
        UnitName,
        Received,
        Completed,
        Overdue,
        CallbacksDone,
        ComplaintsReceived,
        ComplaintsVerified,
        ColumnCount
    };

    explicit BulletinModel(QObject* parent = nullptr);

    void setBulletin(Bulletin bulletin);
    const Bulletin& bulletin() const { return m_bulletin; }
    const BulletinLine& totals() const { return m_totals; }
    bool isTotalsRow(int row) const { return row == m_bulletin.units.size(); }
    static bool isFigure(int column) { return column >= Received; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static qint64 figure(const BulletinLine& line, int column);

private:
    Bulletin m_bulletin;
    BulletinLine m_totals;
};

} // namespace fd
