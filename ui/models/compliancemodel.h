#pragma once

#include "services/complianceservice.h"

#include <QAbstractTableModel>

namespace fd {

// SPEC §3 compliance report, one row per unit: each resource as "actual / required", the
// shortfalls highlighted, and the areas no team covers.
class ComplianceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceModel)

public:
    enum Column
    {
        Code,
        Name,
        Status,
        Subscribers,
        // One column per Resource, in the Resource enum's order.
        FusionSplicers,
        ToolKits,
        SpecialVehicles,
        FourWheelVehicles,
        Ladders,
        ElectricDrills,
        Technicians,
        Teams,
        UncoveredAreas,
        ColumnCount
    };

    explicit ComplianceModel(QObject* parent = nullptr);

    void setReport(ComplianceReport report);
    const ComplianceReport& report() const { return m_report; }
    const UnitCompliance& unit(int row) const { return m_report.units.at(row); }
    bool projected() const { return m_report.growthHundredths != 0; }

    static bool isResourceColumn(int column) { return column >= FusionSplicers && column <= Teams; }
    static Resource resourceOfColumn(int column) { return Resource(column - FusionSplicers); }
    static int columnOfResource(Resource resource) { return FusionSplicers + int(resource); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const UnitCompliance& unit, int column) const;
    QVariant toolTip(const UnitCompliance& unit, int column) const;
    bool isShort(const UnitCompliance& unit, int column) const;

    ComplianceReport m_report;
};

} // namespace fd
