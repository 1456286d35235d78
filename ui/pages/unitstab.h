#pragma once

#include "pages/recordtab.h"

namespace fd {

class UnitModel;

// Units: new, edit, change status (retire, rescind, take back) and record an assessment
// for the selected unit.
class UnitsTab final : public RecordTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitsTab)

public:
    UnitsTab(const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void newRecord() override;
    void editSelected() override;
    void changeStatus();
    void recordAssessment();
    QPushButton* statusButton() const { return m_status; }

protected:
    void loadModel(const OrganisationData& data) override;
    void updateButtons() override;

private:
    UnitModel* m_units = nullptr;
    QPushButton* m_status = nullptr;
    QPushButton* m_assess = nullptr;
};

} // namespace fd
