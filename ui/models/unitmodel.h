#pragma once

#include "domain/organisation.h"
#include "models/recordtablemodel.h"

namespace fd {

struct OrganisationData;

// The Units tab: each maintenance unit with its contract standing and what it serves.
class UnitModel final : public RecordTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitModel)

public:
    enum Column
    {
        Code,
        Name,
        Status,
        StatusSince,
        RectifyBy,
        ContractNo,
        ContractStart,
        Areas,
        Subscribers,
        Teams,
        Technicians,
        ColumnCount
    };

    explicit UnitModel(QObject* parent = nullptr);

    void load(const OrganisationData& data);
    const Unit& unit(int row) const { return m_rows.at(row).unit; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString rowKey(int row) const override;
    bool rowActive(int row) const override;

private:
    struct Row
    {
        Unit unit;
        qint64 areas = 0;
        qint64 subscribers = 0; // of its active areas, as the allocation rules count them
        qint64 teams = 0; // active
        qint64 technicians = 0; // active
    };

    QVariant display(const Row& row, Column column) const;
    QVariant sortValue(const Row& row, Column column) const;

    QList<Row> m_rows;
};

} // namespace fd
