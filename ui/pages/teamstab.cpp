#include "teamstab.h"

#include "dialogs/teamdialog.h"
#include "models/teammodel.h"
#include "services/teamservice.h"

#include <QLineEdit>

namespace fd {

TeamsTab::TeamsTab(const Session& session, QWidget* parent)
    : RecordTab(session, new TeamModel, parent)
    , m_teams(static_cast<TeamModel*>(model()))
{
    addActiveToggle([this](const QString& code, bool active) {
        return TeamService(m_session).setActive(code, active);
    });
    searchBox()->setPlaceholderText(tr("Search code, name, unit, area (Ctrl+F)"));
    setDefaultSort(TeamModel::Code);
}

QString TeamsTab::title() const
{
    return tr("Teams");
}

void TeamsTab::loadModel(const OrganisationData& data)
{
    m_teams->load(data);
}

void TeamsTab::newRecord()
{
    TeamDialog dialog(m_session, data(), std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("Saved the new team."));
}

void TeamsTab::editSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Team team = m_teams->team(row);
    TeamDialog dialog(m_session, data(), team, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("Saved team %1.").arg(team.code));
}

} // namespace fd
