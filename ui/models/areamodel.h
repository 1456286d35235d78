#pragma once

#include "domain/organisation.h"
#include "models/recordtablemodel.h"

namespace fd {

struct OrganisationData;

// The Service areas tab: each area, the unit that serves it and the teams that cover it.
class AreaModel final : public RecordTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AreaModel)

public:
    enum Column
    {
        Code,
        Name,
        Unit,
        Subscribers,
        CoveredBy,
        Active,
        ColumnCount
    };

    explicit AreaModel(QObject* parent = nullptr);

    void load(const OrganisationData& data);
    const Area& area(int row) const { return m_rows.at(row).area; }

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
        Area area;
        QString unitLabel;
        QStringList teams; // active teams covering it
    };

    QVariant display(const Row& row, Column column) const;

    QList<Row> m_rows;
};

} // namespace fd
