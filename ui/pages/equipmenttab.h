#pragma once

#include "pages/recordtab.h"

namespace fd {

class EquipmentModel;

// Equipment: one row per holder; New… counts a holder's equipment, Edit… recounts it.
class EquipmentTab final : public RecordTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EquipmentTab)

public:
    EquipmentTab(const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void newRecord() override;
    void editSelected() override;

protected:
    void loadModel(const OrganisationData& data) override;

private:
    EquipmentModel* m_equipment = nullptr;
};

} // namespace fd
