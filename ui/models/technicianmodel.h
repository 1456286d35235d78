#pragma once

#include "domain/organisation.h"
#include "models/recordtablemodel.h"

namespace fd {

struct OrganisationData;

// The Technicians tab.
class TechnicianModel final : public RecordTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TechnicianModel)

public:
    enum Column
    {
        Code,
        Name,
        Team,
        Unit,
        Phone,
        PermitNo,
        FtthKit,
        Active,
        ColumnCount
    };

    explicit TechnicianModel(QObject* parent = nullptr);

    void load(const OrganisationData& data);
    const Technician& technician(int row) const { return m_rows.at(row).technician; }

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
        Technician technician;
        QString teamLabel;
        QString unitCode;
    };

    QVariant display(const Row& row, Column column) const;

    QList<Row> m_rows;
};

} // namespace fd
