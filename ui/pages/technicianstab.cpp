#include "technicianstab.h"

#include "dialogs/techniciandialog.h"
#include "models/technicianmodel.h"
#include "services/technicianservice.h"

#include <QLineEdit>

namespace fd {

TechniciansTab::TechniciansTab(const Session& session, QWidget* parent)
    : RecordTab(session, new TechnicianModel, parent)
    , m_technicians(static_cast<TechnicianModel*>(model()))
{
    addActiveToggle([this](const QString& code, bool active) {
        return TechnicianService(m_session).setActive(code, active);
    });
    searchBox()->setPlaceholderText(tr("Search code, name, team, unit, phone, permit (Ctrl+F)"));
    setDefaultSort(TechnicianModel::Code);
}

QString TechniciansTab::title() const
{
    return tr("Technicians");
}

void TechniciansTab::loadModel(const OrganisationData& data)
{
    m_technicians->load(data);
}

void TechniciansTab::newRecord()
{
    TechnicianDialog dialog(m_session, data(), std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("Saved the new technician."));
}

void TechniciansTab::editSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Technician technician = m_technicians->technician(row);
    TechnicianDialog dialog(m_session, data(), technician, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("Saved technician %1.").arg(technician.code));
}

} // namespace fd
