#include "neworderdialog.h"

#include "services/areaservice.h"
#include "services/orderservice.h"
#include "widgets/palette.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

NewOrderDialog::NewOrderDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("New work order"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_number = new QLineEdit(this);
    m_number->setPlaceholderText(tr("e.g. WO-261120-0001"));
    m_kind = new QComboBox(this);
    for (OrderKind kind : allOrderKinds())
        m_kind->addItem(orderKindDisplayName(kind), orderKindKey(kind));
    m_account = new QLineEdit(this);
    m_customer = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_address = new QLineEdit(this);
    m_area = new QComboBox(this);
    m_area->setEditable(true);
    m_area->setInsertPolicy(QComboBox::NoInsert);
    Result<QList<Area>> areas = AreaService(session).list();
    for (const Area& area : areas.ok() ? areas.value() : QList<Area>()) {
        if (area.active)
            m_area->addItem(
                area.code + u" — "_s + area.name + u" (" + area.unitCode + u')', area.code);
    }
    m_received = new QDateTimeEdit(this);
    m_received->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_received->setTimeSpec(Qt::UTC); // the operator's wall time
    const QDateTime now = session.now().toTimeZone(session.zone());
    m_received->setDateTime(
        QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC));
    m_notes = new QLineEdit(this);
    form->addRow(tr("Order &number"), m_number);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("Subscriber &account"), m_account);
    form->addRow(tr("&Customer"), m_customer);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("Add&ress"), m_address);
    form->addRow(tr("A&rea"), m_area);
    form->addRow(tr("Received"), m_received);
    form->addRow(tr("N&otes"), m_notes);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: %1;"_s.arg(colourName(ColourRole::DangerText)));
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewOrderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewOrderDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString NewOrderDialog::error() const
{
    return !m_message->isHidden() ? m_message->text() : QString();
}

void NewOrderDialog::accept()
{
    WorkOrder draft;
    draft.number = m_number->text();
    draft.kind = orderKindFromKey(m_kind->currentData().toString()).value_or(OrderKind::Install);
    draft.account = m_account->text();
    draft.customer = m_customer->text();
    draft.phone = m_phone->text().trimmed();
    draft.address = m_address->text();
    draft.areaCode = m_area->currentData().toString();
    draft.receivedAt = QDateTime(m_received->date(), m_received->time(), m_session.zone()).toUTC();
    draft.notes = m_notes->text();
    Result<OrderChange> created = OrderService(m_session).create(draft);
    if (!created.ok()) {
        m_message->setText(created.error());
        m_message->show();
        return;
    }
    m_created = created.value().order;
    QDialog::accept();
}

} // namespace fd
