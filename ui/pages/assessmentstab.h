#pragma once

#include "pages/recordtab.h"

namespace fd {

class AssessmentModel;

// Assessments: a record of what was assessed; new ones are recorded, none is edited (an
// assessment may have changed a unit's status).
class AssessmentsTab final : public RecordTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentsTab)

public:
    AssessmentsTab(const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void newRecord() override;

protected:
    void loadModel(const OrganisationData& data) override;

private:
    AssessmentModel* m_assessments = nullptr;
};

} // namespace fd
