#include "orderdialog.h"

#include "models/boardmodel.h"
#include "models/cellformat.h"
#include "rules/orderflow.h"
#include "rules/permissions.h"
#include "services/boardservice.h"
#include "services/orderservice.h"
#include "services/ruleservice.h"
#include "widgets/palette.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QDateTimeEdit* dateTimeEdit(QWidget* parent)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    edit->setCalendarPopup(true);
    edit->setTimeSpec(Qt::UTC); // shows the operator's wall time as given, no local shift
    return edit;
}

QPushButton* actionButton(const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setDefault(true);
    return button;
}

} // namespace

OrderDialog::OrderDialog(const Session& session, const QString& number, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_number(number)
{
    setWindowTitle(tr("Order %1").arg(number));
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    layout->addWidget(m_header);
    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    m_actions = new QTabWidget(this);
    layout->addWidget(m_actions, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(
        u"color: %1; font-weight: bold;"_s.arg(colourName(ColourRole::DangerText)));
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrderDialog::reject);
    layout->addWidget(buttons);
    resize(820, 640);
    reload();
}

QDateTime OrderDialog::instantOf(const QDateTimeEdit* edit) const
{
    return QDateTime(edit->date(), edit->time(), m_session.zone()).toUTC();
}

void OrderDialog::setWallTime(QDateTimeEdit* edit, const QDateTime& instant) const
{
    const QDateTime local = instant.toTimeZone(m_session.zone());
    edit->setDateTime(
        QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC));
}

void OrderDialog::reload()
{
    Result<std::optional<WorkOrder>> found = OrderService(m_session).find(m_number);
    if (found.ok() && found.value())
        m_order = *found.value();
    showOrder();
}

QString OrderDialog::message() const
{
    return !m_message->isHidden() ? m_message->text() : QString();
}

QCheckBox* OrderDialog::checklistBox(int item) const
{
    return m_checklist.value(item - 2);
}

void OrderDialog::showOrder()
{
    const QTimeZone& zone = m_session.zone();
    const BoardService board(m_session);
    const Timeliness sla = board.timelinessOf(m_order);
    m_header->setText(
        u"<h2 style='margin:0'>%1 <span style='font-weight:normal'>· %2 · %3</span></h2>"_s.arg(
            m_order.number.toHtmlEscaped(), orderKindDisplayName(m_order.kind),
            orderStatusDisplayName(m_order.status)));
    auto row = [](const QString& label, const QString& value) {
        return u"<tr><td style='color:%1;padding-right:12px'>%2</td><td>%3</td></tr>"_s.arg(
            colourName(ColourRole::MutedText), label, value);
    };
    QString details = u"<table>"_s;
    details += row(tr("Customer"),
        m_order.customer.toHtmlEscaped() + u" · "_s + m_order.phone.toHtmlEscaped() + u" · "_s
            + tr("account %1").arg(m_order.account.toHtmlEscaped()));
    details += row(tr("Address"),
        m_order.address.toHtmlEscaped() + u" · "_s + m_order.areaCode.toHtmlEscaped() + u' '
            + m_order.areaName.toHtmlEscaped());
    details += row(tr("Team"),
        m_order.teamCode.isEmpty()
            ? tr("not assigned (unit %1 serves the area)").arg(m_order.unitCode)
            : m_order.teamCode + u" · "_s + m_order.technicianName.toHtmlEscaped() + u" · "_s
                + tr("unit %1").arg(m_order.unitCode));
    details += row(tr("Received"), formatDateTime(m_order.receivedAt, zone));
    QString deadline = formatDateTime(m_order.deadline, zone) + u" — <b>"_s
        + (m_order.exemptReason
                ? tr("exempt: %1").arg(exemptReasonDisplayName(*m_order.exemptReason))
                : BoardModel::slaText(sla))
        + u"</b>"_s;
    details += row(tr("Deadline"), deadline);
    if (m_order.appointmentStart.isValid()) {
        details += row(tr("Appointment"),
            formatDateTime(m_order.appointmentStart, zone) + u"–"_s
                + m_order.appointmentEnd.toTimeZone(zone).toString(u"HH:mm"_s)
                + (m_order.customerRequestedLater
                        ? u" ("_s + tr("later, at the customer's request") + u')'
                        : QString())
                + u" · "_s + tr("agreed %1").arg(formatDateTime(m_order.contactedAt, zone)));
    }
    if (m_order.arrivedAt.isValid())
        details += row(tr("Arrived"), formatDateTime(m_order.arrivedAt, zone));
    if (m_order.completedAt.isValid()) {
        const ConductChecklist& c = m_order.checklist;
        details += row(tr("Completed"),
            formatDateTime(m_order.completedAt, zone) + u" · "_s
                + (c.signedBy.isEmpty() ? tr("not signed: %1").arg(c.refusalReason.toHtmlEscaped())
                                        : tr("signed by %1").arg(c.signedBy.toHtmlEscaped()))
                + (m_order.rxPowerDbm ? u" · "_s
                            + tr("%1 dBm").arg(QLocale().toString(*m_order.rxPowerDbm, 'f', 1))
                                      : QString())
                + (m_order.ontCollected ? u" · "_s
                            + (*m_order.ontCollected ? tr("ONT collected")
                                                     : tr("ONT not collected"))
                                        : QString()));
    }
    details += u"</table>"_s;
    m_details->setText(details);

    // The actions that fit the order's status, then its history.
    const int current = m_actions->currentIndex();
    while (m_actions->count() > 0) {
        QWidget* tab = m_actions->widget(0);
        m_actions->removeTab(0);
        tab->deleteLater();
    }
    m_checklist.clear();
    m_power = nullptr;
    m_ontCollected = m_ontNotCollected = nullptr;
    // The steps the order's status and the user's role allow (rules/orderflow.h).
    const OrderStatus status = m_order.status;
    const Role role = m_session.actor().role;
    if (canTakeStep(role, OrderStep::Schedule, status))
        m_actions->addTab(buildAppointmentTab(), tr("&Appointment"));
    if (canTakeStep(role, OrderStep::Arrive, status))
        m_actions->addTab(buildArrivalTab(), tr("A&rrival"));
    if (canTakeStep(role, OrderStep::Complete, status))
        m_actions->addTab(buildCompletionTab(), tr("C&ompletion"));
    if (canTakeStep(role, OrderStep::Cancel, status))
        m_actions->addTab(buildCancelTab(), tr("Ca&ncel"));
    if (canTakeStep(role, OrderStep::Exempt, status))
        m_actions->addTab(buildExemptionTab(), tr("&Exemption"));
    m_history = new QTableWidget(0, 4, m_actions);
    m_history->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Detail") });
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    Result<QList<OrderEvent>> events = OrderService(m_session).history(m_order.number);
    for (const OrderEvent& event : events.ok() ? events.value() : QList<OrderEvent>()) {
        const int r = m_history->rowCount();
        m_history->insertRow(r);
        m_history->setItem(r, 0, new QTableWidgetItem(formatDateTime(event.at, zone)));
        m_history->setItem(r, 1, new QTableWidgetItem(event.actor));
        m_history->setItem(r, 2,
            new QTableWidgetItem(
                orderStatusDisplayName(event.toStatus) + u" ("_s + event.action + u')'));
        m_history->setItem(r, 3, new QTableWidgetItem(event.detail));
    }
    m_history->resizeColumnsToContents();
    m_actions->addTab(m_history, tr("&History"));
    m_actions->setCurrentIndex(qBound(0, current, m_actions->count() - 1));
}

void OrderDialog::showHistory()
{
    if (m_history)
        m_actions->setCurrentWidget(m_history);
}

QWidget* OrderDialog::buildAppointmentTab()
{
    auto* tab = new QWidget;
    auto* form = new QFormLayout(tab);
    m_contacted = dateTimeEdit(tab);
    m_windowStart = dateTimeEdit(tab);
    m_windowEnd = dateTimeEdit(tab);
    m_requestedLater = new QCheckBox(
        tr("The customer asked for a later time (the deadline becomes the window's end)"), tab);
    const QDateTime now = m_session.now();
    setWallTime(m_contacted, m_order.contactedAt.isValid() ? m_order.contactedAt : now);
    const QDateTime start
        = m_order.appointmentStart.isValid() ? m_order.appointmentStart : now.addSecs(3600);
    setWallTime(m_windowStart, start);
    setWallTime(m_windowEnd,
        m_order.appointmentEnd.isValid() ? m_order.appointmentEnd : start.addSecs(2 * 3600));
    m_requestedLater->setChecked(m_order.customerRequestedLater);
    form->addRow(tr("Customer contacted at"), m_contacted);
    form->addRow(tr("Window from"), m_windowStart);
    form->addRow(tr("Window until"), m_windowEnd);
    form->addRow(QString(), m_requestedLater);
    auto* save = actionButton(tr("Agree appointment"), tab);
    connect(save, &QPushButton::clicked, this, &OrderDialog::agreeAppointment);
    form->addRow(QString(), save);
    return tab;
}

QWidget* OrderDialog::buildArrivalTab()
{
    auto* tab = new QWidget;
    auto* form = new QFormLayout(tab);
    m_arrived = dateTimeEdit(tab);
    setWallTime(m_arrived, m_session.now());
    form->addRow(tr("Technician arrived at"), m_arrived);
    if (!m_order.contactedAt.isValid()) {
        auto* note = new QLabel(
            tr("No appointment was agreed with the customer: checklist item 1 will read “no”."),
            tab);
        note->setWordWrap(true);
        note->setStyleSheet(u"color: %1;"_s.arg(colourName(ColourRole::WarningText)));
        form->addRow(QString(), note);
    }
    auto* save = actionButton(tr("Record arrival"), tab);
    connect(save, &QPushButton::clicked, this, &OrderDialog::recordArrival);
    form->addRow(QString(), save);
    return tab;
}

QWidget* OrderDialog::buildCompletionTab()
{
    auto* tab = new QWidget;
    auto* form = new QFormLayout(tab);
    m_completed = dateTimeEdit(tab);
    setWallTime(m_completed, m_session.now());
    form->addRow(tr("Completed at"), m_completed);
    m_itemOne = new QLabel(m_order.appointmentAgreedBeforeVisit()
            ? tr("1. Appointment agreed before the visit: yes (contact recorded before arrival)")
            : tr("1. Appointment agreed before the visit: no (no contact recorded before arrival)"),
        tab);
    form->addRow(m_itemOne);
    const QString items[] = { tr("2. Uniform with the operator's logo and ID badge worn"),
        tr("3. Work permit and order shown; own shoe covers, dust cloth and bags brought"),
        tr("4. Customer consulted on where to install"),
        tr("5. Service tested and demonstrated (required)"), tr("6. Site cleaned") };
    const bool removal = isRemoval(m_order.kind);
    for (const QString& text : items) {
        auto* box = new QCheckBox(text, tab);
        m_checklist.append(box);
        // A removal takes the service away: item 5 has nothing to test.
        if (removal && m_checklist.size() == 4)
            box->hide();
        else
            form->addRow(box);
    }
    m_signed = new QRadioButton(tr("7. The customer signed — name:"), tab);
    m_refused = new QRadioButton(tr("7. The customer refused to sign — reason:"), tab);
    m_signer = new QLineEdit(m_order.customer, tab);
    m_refusal = new QLineEdit(tab);
    m_signed->setChecked(true);
    form->addRow(m_signed, m_signer);
    form->addRow(m_refused, m_refusal);
    if (removal) {
        // Required, and neither answer is assumed: the dispatcher says which it was.
        auto* ont = new QWidget(tab);
        auto* ontLayout = new QVBoxLayout(ont);
        ontLayout->setContentsMargins(0, 0, 0, 0);
        m_ontCollected = new QRadioButton(tr("Collected from the customer"), ont);
        m_ontNotCollected
            = new QRadioButton(tr("Not collected (lost, damaged or kept by the customer)"), ont);
        auto* group = new QButtonGroup(ont);
        group->addButton(m_ontCollected);
        group->addButton(m_ontNotCollected);
        ontLayout->addWidget(m_ontCollected);
        ontLayout->addWidget(m_ontNotCollected);
        form->addRow(tr("ONT (required)"), ont);
        auto* note = new QLabel(tr("A removal has no FTTH test: the customer's signature (or "
                                   "refusal) and whether the ONT was collected complete it."),
            tab);
        note->setWordWrap(true);
        form->addRow(QString(), note);
        auto* save = actionButton(tr("Complete removal"), tab);
        connect(save, &QPushButton::clicked, this, &OrderDialog::complete);
        form->addRow(QString(), save);
        return tab;
    }
    m_power = new QDoubleSpinBox(tab);
    m_power->setRange(-60.0, 10.0);
    m_power->setDecimals(1);
    m_power->setSingleStep(0.1);
    m_power->setSuffix(u" dBm"_s);
    m_power->setValue(-20.0);
    Result<RuleSet> rules = RuleService(m_session).current();
    const double low = rules.ok() ? rules.value().value(rule::kRxMinDbm) : -27.0;
    const double high = rules.ok() ? rules.value().value(rule::kRxMaxDbm) : -8.0;
    m_powerRange
        = new QLabel(tr("FTTH test: ONT receive power; the test passes from %1 to %2 dBm")
                         .arg(QLocale().toString(low, 'f', 1), QLocale().toString(high, 'f', 1)),
            tab);
    form->addRow(tr("Receive power"), m_power);
    form->addRow(QString(), m_powerRange);
    auto* save = actionButton(tr("Complete order"), tab);
    connect(save, &QPushButton::clicked, this, &OrderDialog::complete);
    form->addRow(QString(), save);
    return tab;
}

QWidget* OrderDialog::buildCancelTab()
{
    auto* tab = new QWidget;
    auto* form = new QFormLayout(tab);
    m_cancelReason = new QLineEdit(tab);
    m_cancelReason->setPlaceholderText(tr("Why the order is cancelled (required)"));
    form->addRow(tr("Reason"), m_cancelReason);
    auto* save = new QPushButton(tr("Cancel the order"), tab);
    connect(save, &QPushButton::clicked, this, &OrderDialog::cancelOrder);
    form->addRow(QString(), save);
    return tab;
}

QWidget* OrderDialog::buildExemptionTab()
{
    auto* tab = new QWidget;
    auto* form = new QFormLayout(tab);
    m_exemptReason = new QComboBox(tab);
    m_exemptReason->addItem(tr("Not exempt"), QString());
    for (ExemptReason reason : allExemptReasons())
        m_exemptReason->addItem(exemptReasonDisplayName(reason), exemptReasonKey(reason));
    if (m_order.exemptReason)
        m_exemptReason->setCurrentIndex(
            m_exemptReason->findData(exemptReasonKey(*m_order.exemptReason)));
    m_exemptNote = new QLineEdit(m_order.exemptNote, tab);
    m_exemptNote->setPlaceholderText(tr("What happened (required for an exemption)"));
    form->addRow(tr("Exemption"), m_exemptReason);
    form->addRow(tr("Note"), m_exemptNote);
    auto* note = new QLabel(
        tr("An exempt order leaves the timeliness population of its unit's evaluation."), tab);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    auto* save = new QPushButton(tr("Save exemption"), tab);
    connect(save, &QPushButton::clicked, this, &OrderDialog::saveExemption);
    form->addRow(QString(), save);
    return tab;
}

bool OrderDialog::apply(const Result<OrderChange>& change)
{
    if (!change.ok()) {
        m_message->setText(change.error());
        m_message->show();
        // Someone else saved the order meanwhile: show it as it now is, so the next try
        // starts from it. Any other refusal keeps what the user typed, to be corrected.
        Result<std::optional<WorkOrder>> stored = OrderService(m_session).find(m_number);
        if (stored.ok() && stored.value() && stored.value()->version != m_order.version)
            reload();
        return false;
    }
    m_message->hide();
    m_order = change.value().order;
    m_changed = true;
    showOrder();
    emit orderChanged(m_order.number);
    return true;
}

bool OrderDialog::agreeAppointment()
{
    return apply(
        OrderService(m_session).schedule(m_order.number, m_order.version, instantOf(m_contacted),
            instantOf(m_windowStart), instantOf(m_windowEnd), m_requestedLater->isChecked()));
}

bool OrderDialog::recordArrival()
{
    return apply(OrderService(m_session).recordArrival(
        m_order.number, m_order.version, instantOf(m_arrived)));
}

bool OrderDialog::complete()
{
    CompletionReport report;
    report.completedAt = instantOf(m_completed);
    report.checklist.uniform = m_checklist.at(0)->isChecked();
    report.checklist.permitShown = m_checklist.at(1)->isChecked();
    report.checklist.locationConsulted = m_checklist.at(2)->isChecked();
    report.checklist.tested = m_checklist.at(3)->isChecked();
    report.checklist.siteCleaned = m_checklist.at(4)->isChecked();
    if (m_signed->isChecked())
        report.checklist.signedBy = m_signer->text();
    else
        report.checklist.refusalReason = m_refusal->text();
    if (m_power)
        report.rxPowerDbm = m_power->value();
    if (m_ontCollected && (m_ontCollected->isChecked() || m_ontNotCollected->isChecked()))
        report.ontCollected = m_ontCollected->isChecked();
    return apply(OrderService(m_session).complete(m_order.number, m_order.version, report));
}

bool OrderDialog::cancelOrder()
{
    return apply(
        OrderService(m_session).cancel(m_order.number, m_order.version, m_cancelReason->text()));
}

bool OrderDialog::saveExemption()
{
    const QString key = m_exemptReason->currentData().toString();
    return apply(OrderService(m_session).exempt(m_order.number, m_order.version,
        key.isEmpty() ? std::nullopt : exemptReasonFromKey(key), m_exemptNote->text()));
}

} // namespace fd
