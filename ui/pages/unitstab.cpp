#include "unitstab.h"

#include "dialogs/assessmentdialog.h"
#include "dialogs/unitdialog.h"
#include "dialogs/unitstatusdialog.h"
#include "models/unitmodel.h"

#include <QLineEdit>
#include <QPushButton>

namespace fd {

UnitsTab::UnitsTab(const Session& session, QWidget* parent)
    : RecordTab(session, new UnitModel, parent)
    , m_units(static_cast<UnitModel*>(model()))
{
    m_status = addButton(tr("Change status…"), [this] { changeStatus(); });
    m_status->setToolTip(tr("Retire the unit, rescind its contract, or take a retired unit back"));
    m_assess = addButton(tr("Record assessment…"), [this] { recordAssessment(); });
    m_assess->setToolTip(tr("Qualification of a candidate, or retraining of a terminated unit"));
    searchBox()->setPlaceholderText(tr("Search code, name, status, contract (Ctrl+F)"));
    setDefaultSort(UnitModel::Code);
}

QString UnitsTab::title() const
{
    return tr("Units");
}

void UnitsTab::loadModel(const OrganisationData& data)
{
    m_units->load(data);
}

void UnitsTab::updateButtons()
{
    RecordTab::updateButtons();
    m_status->setEnabled(currentRow() >= 0);
    m_assess->setEnabled(currentRow() >= 0);
}

void UnitsTab::newRecord()
{
    UnitDialog dialog(m_session, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        const QString code = dialog.codeEdit()->text().trimmed();
        emit changed(tr("Saved unit %1 as a candidate.").arg(code));
        selectKey(code);
    }
}

void UnitsTab::editSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    UnitDialog dialog(m_session, m_units->unit(row), this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("Saved unit %1.").arg(m_units->unit(row).code));
}

void UnitsTab::changeStatus()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Unit unit = m_units->unit(row);
    UnitStatusDialog dialog(m_session, unit, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("Changed the status of %1.").arg(unit.code));
}

void UnitsTab::recordAssessment()
{
    const int row = currentRow();
    const QString code = row >= 0 ? m_units->unit(row).code : QString();
    AssessmentDialog dialog(m_session, data(), code, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("Recorded the assessment of %1.").arg(code));
}

} // namespace fd
