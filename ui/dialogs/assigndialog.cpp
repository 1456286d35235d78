#include "assigndialog.h"

#include "services/technicianservice.h"
#include "widgets/palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {
enum TeamColumn
{
    TeamName,
    UnitName,
    Covers,
    Load,
    Note,
    TeamColumnCount
};
}

AssignDialog::AssignDialog(const Session& session, const WorkOrder& order, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_order(order)
{
    setWindowTitle(order.teamCode.isEmpty() ? tr("Assign order %1").arg(order.number)
                                            : tr("Reassign order %1").arg(order.number));
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QLabel(this);
    summary->setText(
        tr("<b>%1</b> — %2 · %3<br>%4 · area <b>%5</b> %6 · deadline %7")
            .arg(order.number.toHtmlEscaped(), orderKindDisplayName(order.kind),
                order.customer.toHtmlEscaped(), order.address.toHtmlEscaped(),
                order.areaCode.toHtmlEscaped(), order.areaName.toHtmlEscaped(),
                order.deadline.toTimeZone(session.zone()).toString(u"yyyy-MM-dd HH:mm"_s)));
    summary->setTextFormat(Qt::RichText);
    layout->addWidget(summary);

    m_teams = new QTreeWidget(this);
    m_teams->setRootIsDecorated(false);
    m_teams->setAlternatingRowColors(true);
    m_teams->setColumnCount(TeamColumnCount);
    m_teams->setHeaderLabels(
        { tr("Team"), tr("Unit"), tr("Covers the area"), tr("Orders in hand"), tr("Note") });
    m_teams->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_teams->header()->setStretchLastSection(true);
    m_teams->setMinimumSize(720, 260);
    layout->addWidget(m_teams, 1);

    auto* form = new QFormLayout;
    m_technicians = new QComboBox(this);
    form->addRow(tr("&Technician"), m_technicians);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: %1;"_s.arg(colourName(ColourRole::DangerText)));
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssignDialog::reject);
    layout->addWidget(buttons);

    Result<QList<TeamProposal>> proposals = OrderService(session).proposeTeams(order.number);
    if (!proposals.ok()) {
        m_message->setText(proposals.error());
        m_message->show();
    } else {
        m_proposals = proposals.value();
    }
    QTreeWidgetItem* first = nullptr;
    for (const TeamProposal& proposal : std::as_const(m_proposals)) {
        auto* item = new QTreeWidgetItem(m_teams);
        item->setText(TeamName, proposal.teamCode + u" — "_s + proposal.teamName);
        item->setText(UnitName, proposal.unitCode + u" — "_s + proposal.unitName);
        item->setText(Covers, proposal.coversArea ? tr("Yes") : tr("No"));
        item->setText(Load, QString::number(proposal.openOrders));
        item->setTextAlignment(Load, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(TeamName, Qt::UserRole, proposal.teamCode);
        if (!proposal.unitActive) {
            item->setText(Note, tr("Unit may not take new orders"));
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
        } else if (!proposal.unitCompliant) {
            item->setText(Note, tr("⚠ Unit falls short of the allocation rules"));
            item->setForeground(Note, colour(ColourRole::WarningText));
        }
        if (!proposal.coversArea)
            item->setForeground(Covers, colour(ColourRole::WarningText));
        for (int column = 0; column < TeamColumnCount; ++column)
            item->setToolTip(column, item->text(column)); // columns cut short on a small screen
        if (!first && proposal.unitActive)
            first = item;
        if (proposal.teamCode == order.teamCode)
            first = item;
    }
    connect(m_teams, &QTreeWidget::currentItemChanged, this, &AssignDialog::loadTechnicians);
    connect(m_teams, &QTreeWidget::itemActivated, this, &AssignDialog::accept);
    if (first)
        m_teams->setCurrentItem(first);
    m_teams->setFocus();
}

void AssignDialog::loadTechnicians()
{
    m_technicians->clear();
    m_technicians->addItem(tr("Any technician of the team"), QString());
    const QTreeWidgetItem* item = m_teams->currentItem();
    if (!item)
        return;
    const QString team = item->data(TeamName, Qt::UserRole).toString();
    Result<QList<Technician>> technicians = TechnicianService(m_session).list();
    if (!technicians.ok())
        return;
    for (const Technician& technician : technicians.value()) {
        if (technician.teamCode == team && technician.active)
            m_technicians->addItem(
                technician.name + u" ("_s + technician.code + u')', technician.code);
    }
    const int current = m_technicians->findData(m_order.technicianCode);
    m_technicians->setCurrentIndex(current >= 0 ? current : (m_technicians->count() > 1 ? 1 : 0));
}

QString AssignDialog::error() const
{
    return !m_message->isHidden() ? m_message->text() : QString();
}

void AssignDialog::accept()
{
    const QTreeWidgetItem* item = m_teams->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled)) {
        m_message->setText(tr("Choose a team whose unit may take the order."));
        m_message->show();
        return;
    }
    Result<OrderChange> change = OrderService(m_session).assign(m_order.number, m_order.version,
        item->data(TeamName, Qt::UserRole).toString(), m_technicians->currentData().toString());
    if (!change.ok()) {
        m_message->setText(change.error());
        m_message->show();
        return;
    }
    m_change = change.value();
    QDialog::accept();
}

} // namespace fd
