#include "areastab.h"

#include "dialogs/areadialog.h"
#include "models/areamodel.h"
#include "services/areaservice.h"

#include <QLineEdit>

namespace fd {

AreasTab::AreasTab(const Session& session, QWidget* parent)
    : RecordTab(session, new AreaModel, parent)
    , m_areas(static_cast<AreaModel*>(model()))
{
    addActiveToggle([this](const QString& code, bool active) {
        return AreaService(m_session).setActive(code, active);
    });
    searchBox()->setPlaceholderText(tr("Search code, name, unit, team (Ctrl+F)"));
    setDefaultSort(AreaModel::Code);
}

QString AreasTab::title() const
{
    return tr("Service areas");
}

void AreasTab::loadModel(const OrganisationData& data)
{
    m_areas->load(data);
}

void AreasTab::newRecord()
{
    AreaDialog dialog(m_session, data(), std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("Saved the new service area."));
}

void AreasTab::editSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Area area = m_areas->area(row);
    AreaDialog dialog(m_session, data(), area, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("Saved service area %1.").arg(area.code));
}

} // namespace fd
