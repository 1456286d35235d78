#pragma once

#include "pages/recordtab.h"

namespace fd {

class TeamModel;

// Teams: new, edit (with the areas they cover), deactivate/reactivate.
class TeamsTab final : public RecordTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamsTab)

public:
    TeamsTab(const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void newRecord() override;
    void editSelected() override;

protected:
    void loadModel(const OrganisationData& data) override;

private:
    TeamModel* m_teams = nullptr;
};

} // namespace fd
