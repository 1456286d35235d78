#pragma once

#include "domain/organisation.h"
#include "models/recordtablemodel.h"

namespace fd {

struct OrganisationData;

// The Teams tab: each team, its unit, the areas it covers and its active technicians.
class TeamModel final : public RecordTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamModel)

public:
    enum Column
    {
        Code,
        Name,
        Unit,
        Areas,
        Subscribers,
        Technicians,
        Active,
        ColumnCount
    };

    explicit TeamModel(QObject* parent = nullptr);

    void load(const OrganisationData& data);
    const Team& team(int row) const { return m_rows.at(row).team; }

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
        Team team;
        QString unitLabel;
        qint64 subscribers = 0; // of the areas it covers
        qint64 technicians = 0; // active
    };

    QVariant display(const Row& row, Column column) const;

    QList<Row> m_rows;
};

} // namespace fd
