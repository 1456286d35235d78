#pragma once

#include "dialogs/recorddialog.h"
#include "domain/organisation.h"
#include "models/organisationdata.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace fd {

// New or edit a team: its unit and the areas of that unit it covers (a checkable list).
class TeamDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamDialog)

public:
    TeamDialog(const Session& session, const OrganisationData& data, std::optional<Team> existing,
        QWidget* parent = nullptr);

    QListWidget* areaList() const { return m_areas; }
    QStringList checkedAreas() const;

protected:
    BatchStatus save() override;

private:
    void fillAreas();

    OrganisationData m_data;
    std::optional<Team> m_existing;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_unit = nullptr;
    QListWidget* m_areas = nullptr;
};

} // namespace fd
