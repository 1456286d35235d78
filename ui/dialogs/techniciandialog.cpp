#include "techniciandialog.h"

#include "models/organisationdata.h"
#include "services/technicianservice.h"
#include "widgets/combos.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace fd {

TechnicianDialog::TechnicianDialog(const Session& session, const OrganisationData& data,
    std::optional<Technician> existing, QWidget* parent)
    : RecordDialog(session, parent)
    , m_existing(std::move(existing))
{
    setWindowTitle(
        m_existing ? tr("Edit technician %1").arg(m_existing->code) : tr("New technician"));
    m_code = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_team = new QComboBox(this);
    fillTeamCombo(m_team, data);
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(tr("e.g. +51 987 654 321"));
    m_permitNo = new QLineEdit(this);
    m_ftthKit = new QCheckBox(tr("Holds an FTTH tool kit"), this);
    addField(u"code"_s, m_code);
    addField(u"name"_s, m_name);
    addField(u"team_code"_s, m_team);
    addField(u"phone"_s, m_phone);
    addField(u"permit_no"_s, m_permitNo);
    addField(u"ftth_kit"_s, m_ftthKit);
    if (m_existing) {
        m_code->setText(m_existing->code);
        m_code->setReadOnly(true);
        m_name->setText(m_existing->name);
        // Never silently move a technician to the first team in the list.
        if (!selectCode(m_team, m_existing->teamCode)) {
            m_team->addItem(m_existing->teamCode, m_existing->teamCode);
            selectCode(m_team, m_existing->teamCode);
        }
        m_phone->setText(m_existing->phone);
        m_permitNo->setText(m_existing->permitNo);
        m_ftthKit->setChecked(m_existing->ftthKit);
        m_name->setFocus();
    } else {
        m_ftthKit->setChecked(true);
    }
}

BatchStatus TechnicianDialog::save()
{
    Technician technician = m_existing.value_or(Technician {});
    technician.code = m_code->text().trimmed();
    technician.name = m_name->text().trimmed();
    technician.teamCode = selectedCode(m_team);
    technician.phone = m_phone->text().trimmed();
    technician.permitNo = m_permitNo->text().trimmed();
    technician.ftthKit = m_ftthKit->isChecked();
    return TechnicianService(m_session).save({ technician });
}

} // namespace fd
