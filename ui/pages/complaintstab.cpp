#include "complaintstab.h"

#include "dialogs/complaintdialog.h"
#include "models/cellformat.h"
#include "models/complaintmodel.h"
#include "models/recordfilterproxy.h"
#include "rules/permissions.h"
#include "services/complaintservice.h"
#include "widgets/columnfitter.h"
#include "widgets/complaintdetails.h"
#include "widgets/complaintfilterbar.h"
#include "widgets/palette.h"
#include "widgets/tableviews.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

ComplaintsTab::ComplaintsTab(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new ComplaintModel(session, this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    m_filters = new ComplaintFilterBar(session, this);
    layout->addWidget(m_filters);

    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search description, order, unit (Ctrl+F)"));
    m_search->setMinimumWidth(300);
    bar->addWidget(m_search);
    m_summary = new QLabel(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_summary);
    bar->addStretch();
    auto addButton = [&](const QString& text, const QString& tip) {
        auto* button = new QPushButton(text, this);
        button->setAutoDefault(false);
        button->setToolTip(tip);
        bar->addWidget(button);
        return button;
    };
    m_register
        = addButton(tr("Register…"), tr("A complaint from the hotline or elsewhere (Ctrl+N)"));
    m_verify = addButton(
        tr("Verify…"), tr("Confirm the complaint and say whether the maintenance staff caused it"));
    m_reject = addButton(tr("Reject…"), tr("The complaint does not stand; say why"));
    m_resolve = addButton(tr("Resolve…"),
        tr("Record how a verified or rejected complaint was closed with the customer"));
    layout->addLayout(bar);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1;"_s.arg(colourName(ColourRole::DangerText)));
    m_error->hide();
    layout->addWidget(m_error);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_view = new QTableView(splitter);
    setUpRecordTable(m_view);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(ComplaintModel::Received, Qt::DescendingOrder);
    new ColumnFitter(m_view, ComplaintModel::Description);
    m_details = new ComplaintDetails(session, splitter);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_filters, &ComplaintFilterBar::filterChanged, this, &ComplaintsTab::refresh);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateSummary();
    });
    connect(m_search, &QLineEdit::returnPressed, m_view, [this] { m_view->setFocus(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_details->showComplaint(currentComplaint());
        updateButtons();
    });
    connect(m_register, &QPushButton::clicked, this, &ComplaintsTab::registerComplaint);
    connect(m_verify, &QPushButton::clicked, this, [this] { act(VerdictDialog::Action::Verify); });
    connect(m_reject, &QPushButton::clicked, this, [this] { act(VerdictDialog::Action::Reject); });
    connect(
        m_resolve, &QPushButton::clicked, this, [this] { act(VerdictDialog::Action::Resolve); });
    setTabOrder(m_search, m_view);
    updateButtons();
}

void ComplaintsTab::refresh()
{
    const std::optional<Complaint> chosen = currentComplaint();
    m_error->hide();
    m_filters->loadUnits();
    Result<QList<Complaint>> complaints = ComplaintService(m_session).list(m_filters->filter());
    if (!complaints.ok()) {
        showError(complaints.error());
        m_model->setComplaints({});
    } else {
        m_model->setComplaints(std::move(complaints).value());
    }
    if (chosen)
        selectComplaint(chosen->id);
    m_details->showComplaint(currentComplaint());
    updateSummary();
    updateButtons();
}

void ComplaintsTab::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ComplaintsTab::updateSummary()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    const QString rows = shown == total
        ? tr("Rows: %1").arg(formatCount(total))
        : tr("Rows: %1 of %2").arg(formatCount(shown), formatCount(total));
    m_summary->setText(tr("%1 · open: %2").arg(rows, formatCount(m_model->openCount())));
}

QString ComplaintsTab::summary() const
{
    return m_summary->text();
}

void ComplaintsTab::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ComplaintsTab::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::optional<Complaint> ComplaintsTab::currentComplaint() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->complaint(m_proxy->mapToSource(current).row());
}

void ComplaintsTab::selectComplaint(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ComplaintsTab::updateButtons()
{
    // Offered when both the status and the role allow it; the service checks again.
    const std::optional<Complaint> complaint = currentComplaint();
    const Role role = m_session.actor().role;
    const bool judge = isAllowed(role, Action::JudgeComplaint);
    const bool open = complaint && complaint->status == ComplaintStatus::Open;
    const bool judged = complaint
        && (complaint->status == ComplaintStatus::Verified
            || complaint->status == ComplaintStatus::Rejected);
    m_register->setEnabled(isAllowed(role, Action::RegisterComplaint));
    m_verify->setEnabled(judge && open);
    m_reject->setEnabled(judge && open);
    m_resolve->setEnabled(judge && judged);
}

void ComplaintsTab::registerComplaint()
{
    if (!m_register->isEnabled())
        return;
    ComplaintDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectComplaint(dialog.registered().id);
    emit changed(tr("Registered complaint %1 against unit %2.")
                     .arg(dialog.registered().id)
                     .arg(dialog.registered().unitCode));
}

void ComplaintsTab::act(VerdictDialog::Action action)
{
    const std::optional<Complaint> complaint = currentComplaint();
    if (!complaint)
        return;
    VerdictDialog dialog(m_session, *complaint, action, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectComplaint(complaint->id);
    const QString verdict = complaintVerdictDisplay(complaintVerdictRecord(dialog.saved(), false));
    emit changed(tr("Complaint %1 is now: %2.").arg(complaint->id).arg(verdict));
}

} // namespace fd
