#include "unitdialog.h"

#include "services/unitservice.h"
#include "widgets/optionaldateedit.h"

#include <QLabel>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace fd {

UnitDialog::UnitDialog(const Session& session, std::optional<Unit> existing, QWidget* parent)
    : RecordDialog(session, parent)
    , m_existing(std::move(existing))
{
    setWindowTitle(
        m_existing ? tr("Edit unit %1").arg(m_existing->code) : tr("New maintenance unit"));
    m_code = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_contractNo = new QLineEdit(this);
    m_contractStart = new OptionalDateEdit(this);
    m_code->setPlaceholderText(tr("e.g. U07"));
    addField(u"code"_s, m_code);
    addField(u"name"_s, m_name);
    addField(u"contract_no"_s, m_contractNo);
    addField(u"contract_start"_s, m_contractStart);
    if (m_existing) {
        // The code names the unit in files and other records: it is not renamed here.
        m_code->setText(m_existing->code);
        m_code->setReadOnly(true);
        m_name->setText(m_existing->name);
        m_contractNo->setText(m_existing->contractNo);
        m_contractStart->setOptionalDate(m_existing->contractStart);
        addField(u"status"_s, new QLabel(unitStatusDisplayName(m_existing->status), this));
        addNote(tr("The status changes through assessments and “Change status…”, not here."));
        m_name->setFocus();
    } else {
        addField(u"status"_s, new QLabel(unitStatusDisplayName(UnitStatus::Candidate), this));
        addNote(tr(
            "A new unit starts as a candidate. It may receive work once it passes a qualification "
            "assessment."));
    }
}

BatchStatus UnitDialog::save()
{
    Unit unit = m_existing.value_or(Unit {});
    unit.code = m_code->text().trimmed();
    unit.name = m_name->text().trimmed();
    unit.contractNo = m_contractNo->text().trimmed();
    unit.contractStart = m_contractStart->optionalDate();
    return UnitService(m_session).save({ unit }, UnitService::Origin::Edited);
}

} // namespace fd
