#pragma once

#include "dialogs/recorddialog.h"
#include "models/equipmentmodel.h"
#include "models/organisationdata.h"

#include <optional>

class QComboBox;
class QSpinBox;

namespace fd {

// What one holder (a unit's shared stock or one of its teams) has of every kind of
// equipment, edited together as it is counted in an inspection.
class EquipmentDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EquipmentDialog)

public:
    EquipmentDialog(const Session& session, const OrganisationData& data,
        std::optional<EquipmentModel::Holder> existing, QWidget* parent = nullptr);

    QSpinBox* quantityEdit(EquipmentKind kind) const;

protected:
    BatchStatus save() override;
    QString keyOf(const RecordError& error) const override;

private:
    void fillTeams();
    void loadQuantities();
    std::array<qint64, EquipmentModel::kKindCount> storedQuantities() const;

    OrganisationData m_data;
    bool m_editing = false;
    QComboBox* m_unit = nullptr;
    QComboBox* m_team = nullptr;
    QList<QSpinBox*> m_quantities; // in allEquipmentKinds() order
    QList<EquipmentHolding> m_sent; // the batch last saved, to place its errors
};

} // namespace fd
