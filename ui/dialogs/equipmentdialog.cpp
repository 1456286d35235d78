#include "equipmentdialog.h"

#include "services/equipmentservice.h"
#include "widgets/combos.h"

#include <QComboBox>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {
QString quantityKey(EquipmentKind kind)
{
    return u"quantity:"_s + equipmentKindKey(kind);
}
} // namespace

EquipmentDialog::EquipmentDialog(const Session& session, const OrganisationData& data,
    std::optional<EquipmentModel::Holder> existing, QWidget* parent)
    : RecordDialog(session, parent)
    , m_data(data)
    , m_editing(existing.has_value())
{
    setWindowTitle(tr("Equipment"));
    m_unit = new QComboBox(this);
    fillUnitCombo(m_unit, m_data, false);
    m_team = new QComboBox(this);
    addField(u"unit_code"_s, m_unit);
    addField(u"team_code"_s, tr("Held by"), m_team);
    for (EquipmentKind kind : allEquipmentKinds()) {
        auto* spin = new QSpinBox(this);
        spin->setRange(0, 9999);
        spin->setAlignment(Qt::AlignRight);
        addField(quantityKey(kind), equipmentKindDisplayName(kind), spin);
        m_quantities.append(spin);
    }
    addNote(tr("Four-wheel vehicles also count as special vehicles. Team equipment counts towards "
               "its unit."));
    if (existing) {
        selectCode(m_unit, existing->unitCode);
        fillTeams();
        selectCode(m_team, existing->teamCode);
        // The holder is what is being counted; a different holder is a new count.
        m_unit->setEnabled(false);
        m_team->setEnabled(false);
        setWindowTitle(
            tr("Equipment of %1")
                .arg(existing->teamCode.isEmpty() ? existing->unitCode : existing->teamCode));
    } else {
        fillTeams();
    }
    loadQuantities();
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        fillTeams();
        loadQuantities();
    });
    connect(m_team, &QComboBox::currentIndexChanged, this, &EquipmentDialog::loadQuantities);
    if (m_editing)
        m_quantities.first()->setFocus();
}

QSpinBox* EquipmentDialog::quantityEdit(EquipmentKind kind) const
{
    return m_quantities.value(allEquipmentKinds().indexOf(kind));
}

void EquipmentDialog::fillTeams()
{
    const QSignalBlocker blocker(m_team);
    m_team->clear();
    m_team->addItem(tr("Unit’s shared stock"), QString());
    for (const Team& team : m_data.teams) {
        if (team.unitCode == selectedCode(m_unit))
            m_team->addItem(m_data.teamLabel(team.code), team.code);
    }
}

std::array<qint64, EquipmentModel::kKindCount> EquipmentDialog::storedQuantities() const
{
    std::array<qint64, EquipmentModel::kKindCount> quantities {};
    const QList<EquipmentKind> kinds = allEquipmentKinds();
    for (const EquipmentHolding& holding : m_data.equipment) {
        if (holding.unitCode == selectedCode(m_unit) && holding.teamCode == selectedCode(m_team))
            quantities[size_t(kinds.indexOf(holding.kind))] = holding.quantity;
    }
    return quantities;
}

void EquipmentDialog::loadQuantities()
{
    const auto stored = storedQuantities();
    for (int i = 0; i < m_quantities.size(); ++i)
        m_quantities.at(i)->setValue(int(stored[size_t(i)]));
}

BatchStatus EquipmentDialog::save()
{
    // Only the kinds whose count changed: an unchanged zero need not become a stored row.
    const auto stored = storedQuantities();
    const QList<EquipmentKind> kinds = allEquipmentKinds();
    m_sent.clear();
    for (int i = 0; i < kinds.size(); ++i) {
        const qint64 quantity = m_quantities.at(i)->value();
        if (quantity != stored[size_t(i)])
            m_sent.append({ selectedCode(m_unit), selectedCode(m_team), kinds.at(i), quantity });
    }
    if (m_sent.isEmpty())
        return {};
    return EquipmentService(m_session).save(m_sent);
}

QString EquipmentDialog::keyOf(const RecordError& error) const
{
    if ((error.field == u"quantity"_s || error.field == u"kind"_s) && error.index >= 0
        && error.index < m_sent.size())
        return quantityKey(m_sent.at(error.index).kind);
    return error.field;
}

} // namespace fd
