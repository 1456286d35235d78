#include "areadialog.h"

#include "models/organisationdata.h"
#include "services/areaservice.h"
#include "widgets/combos.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace fd {

AreaDialog::AreaDialog(const Session& session, const OrganisationData& data,
    std::optional<Area> existing, QWidget* parent)
    : RecordDialog(session, parent)
    , m_existing(std::move(existing))
{
    setWindowTitle(
        m_existing ? tr("Edit service area %1").arg(m_existing->code) : tr("New service area"));
    m_code = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_unit = new QComboBox(this);
    fillUnitCombo(m_unit, data, false);
    m_subscribers = new QSpinBox(this);
    m_subscribers->setRange(0, std::numeric_limits<int>::max());
    m_subscribers->setGroupSeparatorShown(true);
    m_subscribers->setSingleStep(100);
    m_subscribers->setSuffix(tr(" households"));
    addField(u"code"_s, m_code);
    addField(u"name"_s, m_name);
    addField(u"unit_code"_s, tr("Served by unit"), m_unit);
    addField(u"subscribers"_s, tr("Broadband subscribers"), m_subscribers);
    if (m_existing) {
        m_code->setText(m_existing->code);
        m_code->setReadOnly(true);
        m_name->setText(m_existing->name);
        if (!selectCode(m_unit, m_existing->unitCode))
            m_unit->addItem(data.unitLabel(m_existing->unitCode), m_existing->unitCode);
        selectCode(m_unit, m_existing->unitCode);
        m_subscribers->setValue(
            int(qMin<qint64>(m_existing->subscribers, std::numeric_limits<int>::max())));
        addNote(tr("Moving an area to another unit takes it off the teams of the unit that served "
                   "it before."));
        m_name->setFocus();
    }
}

BatchStatus AreaDialog::save()
{
    Area area = m_existing.value_or(Area {});
    area.code = m_code->text().trimmed();
    area.name = m_name->text().trimmed();
    area.unitCode = selectedCode(m_unit);
    area.subscribers = m_subscribers->value();
    return AreaService(m_session).save({ area });
}

} // namespace fd
