#include "equipmenttab.h"

#include "dialogs/equipmentdialog.h"
#include "models/equipmentmodel.h"

#include <QLineEdit>

namespace fd {

EquipmentTab::EquipmentTab(const Session& session, QWidget* parent)
    : RecordTab(session, new EquipmentModel, parent)
    , m_equipment(static_cast<EquipmentModel*>(model()))
{
    searchBox()->setPlaceholderText(tr("Search unit or team (Ctrl+F)"));
    setDefaultSort(EquipmentModel::Unit);
}

QString EquipmentTab::title() const
{
    return tr("Equipment");
}

void EquipmentTab::loadModel(const OrganisationData& data)
{
    m_equipment->load(data);
}

void EquipmentTab::newRecord()
{
    EquipmentDialog dialog(m_session, data(), std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("Saved the equipment count."));
}

void EquipmentTab::editSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    EquipmentDialog dialog(m_session, data(), m_equipment->holder(row), this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("Saved the equipment count."));
}

} // namespace fd
