#pragma once

#include "domain/organisation.h"
#include "models/recordtablemodel.h"

#include <array>

namespace fd {

struct OrganisationData;

// The Equipment tab, one row per holder (a unit's shared stock or one of its teams) and one
// column per kind: a dispatcher reads "what does U3 have" across a row, not down a list of
// (unit, kind) pairs. Every unit that is not retired has a row, even when it holds nothing.
class EquipmentModel final : public RecordTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EquipmentModel)

public:
    enum Column
    {
        Unit,
        HeldBy,
        FusionSplicers,
        SpecialVehicles,
        FourWheelVehicles,
        Ladders,
        ElectricDrills,
        ColumnCount
    };
    static constexpr int kKindCount = ColumnCount - FusionSplicers;

    struct Holder
    {
        QString unitCode;
        QString teamCode; // empty: the unit's shared stock
        std::array<qint64, kKindCount> quantities {}; // in allEquipmentKinds() order
    };

    explicit EquipmentModel(QObject* parent = nullptr);

    void load(const OrganisationData& data);
    const Holder& holder(int row) const { return m_rows.at(row).holder; }
    static EquipmentKind kindOfColumn(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString rowKey(int row) const override;

private:
    struct Row
    {
        Holder holder;
        QString unitLabel;
        QString holderLabel;
        bool retired = false;
    };

    QList<Row> m_rows;
};

} // namespace fd
