#include "complaintfilterbar.h"

#include "services/unitservice.h"
#include "widgets/complaintcombos.h"
#include "widgets/optionaldateedit.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>

namespace fd {

ComplaintFilterBar::ComplaintFilterBar(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    m_status = new QComboBox(this);
    fillComplaintStatusCombo(m_status, true);
    m_unit = new QComboBox(this);
    m_unit->setMinimumContentsLength(14);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category = new QComboBox(this);
    fillComplaintCategoryCombo(m_category, true);
    m_source = new QComboBox(this);
    fillComplaintSourceCombo(m_source, true);
    m_from = new OptionalDateEdit(this);
    m_to = new OptionalDateEdit(this);

    auto* receivedLabel = new QLabel(tr("Received"), this);
    receivedLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    int column = 0;
    for (QWidget* widget : { static_cast<QWidget*>(m_status), static_cast<QWidget*>(m_unit),
             static_cast<QWidget*>(m_category), static_cast<QWidget*>(m_source),
             static_cast<QWidget*>(receivedLabel), static_cast<QWidget*>(m_from),
             static_cast<QWidget*>(toLabel), static_cast<QWidget*>(m_to) })
        layout->addWidget(widget, 0, column++);
    layout->setColumnStretch(column, 1);
    loadUnits();

    for (QComboBox* combo : { m_status, m_unit, m_category, m_source })
        connect(combo, &QComboBox::currentIndexChanged, this, &ComplaintFilterBar::filterChanged);
    for (OptionalDateEdit* edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &ComplaintFilterBar::filterChanged);
}

void ComplaintFilterBar::loadUnits()
{
    const QString chosen = m_unit->currentData().toString();
    const QSignalBlocker blocker(m_unit);
    m_unit->clear();
    m_unit->addItem(tr("All units"), QString());
    Result<QList<Unit>> units = UnitService(m_session).list();
    if (units.ok()) {
        for (const Unit& unit : units.value())
            m_unit->addItem(tr("%1 — %2").arg(unit.code, unit.name), unit.code);
    }
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(chosen)));
}

ComplaintFilter ComplaintFilterBar::filter() const
{
    ComplaintFilter filter;
    if (const std::optional<int> status = chosenValue(m_status))
        filter.status = ComplaintStatus(*status);
    if (const std::optional<int> category = chosenValue(m_category))
        filter.category = ComplaintCategory(*category);
    if (const std::optional<int> source = chosenValue(m_source))
        filter.source = ComplaintSource(*source);
    filter.unitCode = m_unit->currentData().toString();
    // Whole days in the operator's zone, the last one included.
    if (m_from->optionalDate().isValid())
        filter.receivedFrom = QDateTime(m_from->optionalDate(), QTime(0, 0), m_session.zone());
    if (m_to->optionalDate().isValid())
        filter.receivedBefore
            = QDateTime(m_to->optionalDate().addDays(1), QTime(0, 0), m_session.zone());
    return filter;
}

} // namespace fd
