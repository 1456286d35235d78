#include "complaintdialog.h"

#include "services/complaintservice.h"
#include "services/unitservice.h"
#include "widgets/complaintcombos.h"
#include "widgets/errorlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

ComplaintDialog::ComplaintDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Register a complaint"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_source = new QComboBox(this);
    fillComplaintSourceCombo(m_source, false);
    m_source->setCurrentIndex(m_source->findData(int(ComplaintSource::Hotline)));
    m_order = new QLineEdit(this);
    m_order->setPlaceholderText(tr("Optional: the work order it is about"));
    m_unit = new QComboBox(this);
    m_unit->addItem(tr("The order's unit"), QString());
    Result<QList<Unit>> units = UnitService(session).list();
    if (units.ok()) {
        for (const Unit& unit : units.value()) {
            if (unit.status != UnitStatus::Retired)
                m_unit->addItem(tr("%1 — %2").arg(unit.code, unit.name), unit.code);
        }
    }
    m_category = new QComboBox(this);
    fillComplaintCategoryCombo(m_category, false);
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the customer complains about, in their words"));
    m_description->setFixedHeight(fontMetrics().lineSpacing() * 5 + 12);
    form->addRow(tr("Source"), m_source);
    form->addRow(tr("Order number"), m_order);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Description"), m_description);
    layout->addLayout(form);
    auto* note = new QLabel(
        tr("Received now; the complaint starts open and waits for an evaluator's verdict."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Register"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ComplaintDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString ComplaintDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ComplaintDialog::accept()
{
    Complaint draft;
    draft.source = ComplaintSource(m_source->currentData().toInt());
    draft.orderNumber = m_order->text().trimmed();
    draft.unitCode = m_unit->currentData().toString();
    draft.category = ComplaintCategory(m_category->currentData().toInt());
    draft.description = m_description->toPlainText();
    Result<Complaint> registered = ComplaintService(m_session).registerComplaint(draft);
    if (!registered.ok()) {
        m_error->setText(registered.error());
        m_error->show();
        return;
    }
    m_registered = registered.value();
    QDialog::accept();
}

} // namespace fd
