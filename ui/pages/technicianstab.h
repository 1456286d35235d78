#pragma once

#include "pages/recordtab.h"

namespace fd {

class TechnicianModel;

// Technicians: new, edit, deactivate/reactivate.
class TechniciansTab final : public RecordTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TechniciansTab)

public:
    TechniciansTab(const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void newRecord() override;
    void editSelected() override;

protected:
    void loadModel(const OrganisationData& data) override;

private:
    TechnicianModel* m_technicians = nullptr;
};

} // namespace fd
