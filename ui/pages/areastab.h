#pragma once

#include "pages/recordtab.h"

namespace fd {

class AreaModel;

// Service areas: new, edit, deactivate/reactivate.
class AreasTab final : public RecordTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AreasTab)

public:
    AreasTab(const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void newRecord() override;
    void editSelected() override;

protected:
    void loadModel(const OrganisationData& data) override;

private:
    AreaModel* m_areas = nullptr;
};

} // namespace fd
