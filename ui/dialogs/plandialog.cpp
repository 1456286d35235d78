#include "plandialog.h"

#include "widgets/errorlabel.h"
#include "widgets/palette.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

enum Column
{
    TeamColumn,
    OrderColumn,
    WindowColumn,
    ReasonColumn,
    CreditColumn,
    ColumnCount
};

constexpr int kProposalRole = Qt::UserRole; // the proposal's index in the plan

QString money(const QLocale& locale, double amount)
{
    return locale.toString(amount, 'f', 2);
}

} // namespace

PlanDialog::PlanDialog(const Session& session, const QDate& day, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Plan the day"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* dayLabel = new QLabel(tr("&Day"), this);
    m_day = new QDateEdit(day, this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    dayLabel->setBuddy(m_day);
    top->addWidget(dayLabel);
    top->addWidget(m_day);
    top->addStretch(1);
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    m_proposals = new QTreeWidget(this);
    m_proposals->setRootIsDecorated(false);
    m_proposals->setAlternatingRowColors(true);
    m_proposals->setColumnCount(ColumnCount);
    m_proposals->setHeaderLabels(
        { tr("Team"), tr("Order"), tr("Window"), tr("Why there"), tr("Credit owed") });
    m_proposals->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_proposals->header()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_proposals->header()->setStretchLastSection(false);
    m_proposals->setMinimumSize(860, 360);
    layout->addWidget(m_proposals, 1);

    m_message = makeErrorLabel(this);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(this);
    auto* all = buttons->addButton(tr("Tick &all"), QDialogButtonBox::ActionRole);
    auto* none = buttons->addButton(tr("Tick &none"), QDialogButtonBox::ActionRole);
    m_accept = buttons->addButton(tr("Book the ticked"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(all, &QPushButton::clicked, this, [this] { setAllTicked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllTicked(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    layout->addWidget(buttons);
    auto* tickAll = new QShortcut(QKeySequence::SelectAll, m_proposals);
    connect(tickAll, &QShortcut::activated, this, [this] { setAllTicked(true); });

    connect(m_day, &QDateEdit::dateChanged, this, &PlanDialog::propose);
    connect(m_proposals, &QTreeWidget::itemChanged, this, &PlanDialog::updateAcceptButton);
    propose();
    m_proposals->setFocus();
}

void PlanDialog::showError(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString PlanDialog::error() const
{
    return m_message->isVisible() || !m_message->isHidden() ? m_message->text() : QString();
}

void PlanDialog::propose()
{
    const QSignalBlocker quiet(m_proposals);
    m_proposals->clear();
    showError(QString());
    Result<PlanOutcome> outcome = PlanService(m_session).propose(m_day->date());
    if (!outcome.ok()) {
        m_outcome = PlanOutcome();
        m_summary->clear();
        showError(outcome.error());
        updateAcceptButton();
        return;
    }
    m_outcome = outcome.value();
    const DayPlan& plan = m_outcome.plan;
    const DayPlan& baseline = m_outcome.baseline;
    const QLocale locale;
    m_summary->setText(
        tr("<b>%1</b> of %2 orders without an agreed window can be booked; %3 cannot.<br>"
           "Late: <b>%4</b> with this plan, %5 earliest-deadline-first. Credits at risk: "
           "<b>%6</b> with this plan, %7 earliest-deadline-first.")
            .arg(plan.proposals.size())
            .arg(plan.orders)
            .arg(plan.unplaced.size())
            .arg(plan.cost.late)
            .arg(baseline.cost.late)
            .arg(money(locale, double(plan.cost.creditCents) / 100.0),
                money(locale, double(baseline.cost.creditCents) / 100.0)));
    const QTimeZone& zone = m_session.zone();
    for (qsizetype index = 0; index < plan.proposals.size(); ++index) {
        const PlanProposal& proposal = plan.proposals[index];
        auto* item = new QTreeWidgetItem(m_proposals);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(TeamColumn, Qt::Checked);
        item->setText(TeamColumn, proposal.team);
        item->setText(OrderColumn, proposal.number);
        item->setText(WindowColumn,
            locale.toString(proposal.start.toTimeZone(zone).time(), QLocale::ShortFormat) + u"–"_s
                + locale.toString(proposal.end.toTimeZone(zone).time(), QLocale::ShortFormat));
        item->setText(ReasonColumn, planReasonText(proposal.reason));
        item->setToolTip(ReasonColumn, item->text(ReasonColumn)); // cut short on a small screen
        item->setText(
            CreditColumn, proposal.credit > 0 ? money(locale, proposal.credit) : QString());
        item->setTextAlignment(CreditColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(TeamColumn, kProposalRole, int(index));
        if (proposal.late) {
            item->setForeground(ReasonColumn, colour(ColourRole::DangerText));
            item->setForeground(CreditColumn, colour(ColourRole::DangerText));
        }
    }
    for (const UnplacedOrder& unplaced : plan.unplaced) {
        auto* item = new QTreeWidgetItem(m_proposals);
        item->setText(TeamColumn, tr("Not placed"));
        item->setText(OrderColumn, unplaced.number);
        item->setText(ReasonColumn, unplacedReasonText(unplaced.reason));
        item->setFlags(Qt::ItemIsEnabled); // shown, never booked
        item->setForeground(TeamColumn, colour(ColourRole::WarningText));
    }
    if (plan.orders == 0) {
        auto* item = new QTreeWidgetItem(m_proposals);
        item->setText(
            ReasonColumn, tr("Every open order due by the end of tomorrow has an agreed window."));
        item->setFlags(Qt::ItemIsEnabled);
    }
    updateAcceptButton();
}

void PlanDialog::setAllTicked(bool ticked)
{
    const QSignalBlocker quiet(m_proposals); // one update for the lot, not one a row
    for (int row = 0; row < m_proposals->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_proposals->topLevelItem(row);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(TeamColumn, ticked ? Qt::Checked : Qt::Unchecked);
    }
    updateAcceptButton();
}

QList<PlanProposal> PlanDialog::ticked() const
{
    QList<PlanProposal> chosen;
    for (int row = 0; row < m_proposals->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = m_proposals->topLevelItem(row);
        if ((item->flags() & Qt::ItemIsUserCheckable)
            && item->checkState(TeamColumn) == Qt::Checked)
            chosen.append(
                m_outcome.plan.proposals.at(item->data(TeamColumn, kProposalRole).toInt()));
    }
    return chosen;
}

void PlanDialog::updateAcceptButton()
{
    const qsizetype count = ticked().size();
    m_accept->setEnabled(count > 0);
    m_accept->setText(tr("Book %n ticked", nullptr, int(count)));
    emit tickedChanged(ticked());
}

void PlanDialog::accept()
{
    const QList<PlanProposal> chosen = ticked();
    if (chosen.isEmpty())
        return;
    Result<QList<PlanBooked>> booked = PlanService(m_session).accept(chosen, m_outcome.versions);
    if (!booked.ok()) {
        showError(booked.error());
        return;
    }
    m_booked = booked.value();
    emit this->booked(m_booked);
    QDialog::accept();
}

} // namespace fd
