#include "teamdialog.h"

#include "models/cellformat.h"
#include "services/teamservice.h"
#include "widgets/combos.h"

#include <QComboBox>
#include <QHash>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fd {

TeamDialog::TeamDialog(const Session& session, const OrganisationData& data,
    std::optional<Team> existing, QWidget* parent)
    : RecordDialog(session, parent)
    , m_data(data)
    , m_existing(std::move(existing))
{
    setWindowTitle(m_existing ? tr("Edit team %1").arg(m_existing->code) : tr("New team"));
    m_code = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_unit = new QComboBox(this);
    fillUnitCombo(m_unit, m_data, false);
    m_areas = new QListWidget(this);
    m_areas->setMinimumHeight(160);
    setMinimumWidth(680);
    addField(u"code"_s, m_code);
    addField(u"name"_s, m_name);
    addField(u"unit_code"_s, m_unit);
    addField(u"area_codes"_s, tr("Covers areas"), m_areas);
    addNote(tr("A team covers only areas of its own unit. Every area needs at least one team."));
    if (m_existing) {
        m_code->setText(m_existing->code);
        m_code->setReadOnly(true);
        m_name->setText(m_existing->name);
        if (!selectCode(m_unit, m_existing->unitCode))
            m_unit->addItem(m_data.unitLabel(m_existing->unitCode), m_existing->unitCode);
        selectCode(m_unit, m_existing->unitCode);
        m_name->setFocus();
    }
    fillAreas();
    connect(m_unit, &QComboBox::currentIndexChanged, this, &TeamDialog::fillAreas);
}

void TeamDialog::fillAreas()
{
    const QString unitCode = selectedCode(m_unit);
    const QStringList wanted
        = m_existing && m_existing->unitCode == unitCode ? m_existing->areaCodes : QStringList();
    // Which other teams already cover each area, so the evaluator sees gaps and overlaps.
    QHash<QString, QStringList> coveredBy;
    for (const Team& team : m_data.teams) {
        if (team.active && (!m_existing || team.code != m_existing->code)) {
            for (const QString& area : team.areaCodes)
                coveredBy[area].append(team.code);
        }
    }
    m_areas->clear();
    for (const Area& area : m_data.areas) {
        if (area.unitCode != unitCode)
            continue;
        const QStringList others = coveredBy.value(area.code);
        QString text = tr("%1 — %2 (%3 subscribers)")
                           .arg(area.code, area.name, formatCount(area.subscribers));
        if (!others.isEmpty())
            text = tr("%1 · also covered by %2").arg(text, others.join(u", "_s));
        else
            text = tr("%1 · no other team").arg(text);
        auto* item = new QListWidgetItem(text, m_areas);
        item->setData(Qt::UserRole, area.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(wanted.contains(area.code) ? Qt::Checked : Qt::Unchecked);
        if (!area.active)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (m_areas->count() == 0) {
        auto* item = new QListWidgetItem(tr("This unit serves no areas yet."), m_areas);
        item->setFlags(Qt::NoItemFlags);
    }
}

QStringList TeamDialog::checkedAreas() const
{
    QStringList codes;
    for (int i = 0; i < m_areas->count(); ++i) {
        const QListWidgetItem* item = m_areas->item(i);
        if (item->checkState() == Qt::Checked)
            codes.append(item->data(Qt::UserRole).toString());
    }
    return codes;
}

BatchStatus TeamDialog::save()
{
    Team team = m_existing.value_or(Team {});
    team.code = m_code->text().trimmed();
    team.name = m_name->text().trimmed();
    team.unitCode = selectedCode(m_unit);
    team.areaCodes = checkedAreas();
    return TeamService(m_session).save({ team });
}

} // namespace fd
