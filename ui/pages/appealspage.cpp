#include "appealspage.h"

#include "models/appealmodel.h"
#include "models/cellformat.h"
#include "models/evidencemodel.h"
#include "models/recordfilterproxy.h"
#include "models/scoreformat.h"
#include "rules/permissions.h"
#include "services/appealservice.h"
#include "services/complaintservice.h"
#include "services/evaluationservice.h"
#include "services/evidenceservice.h"
#include "services/orderservice.h"
#include "widgets/columnfitter.h"
#include "widgets/combos.h"
#include "widgets/complaintdetails.h"
#include "widgets/errorlabel.h"
#include "widgets/plainwidgets.h"
#include "widgets/tableviews.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTransposeProxyModel>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// How far back the month filter reaches: three strike windows of history.
constexpr int kMonthsOffered = 36;

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

EvidenceKind evidenceKindOf(AppealItem item)
{
    switch (item) {
    case AppealItem::LateOrder:
        return EvidenceKind::Order;
    case AppealItem::Repeat:
        return EvidenceKind::Repair;
    case AppealItem::Complaint:
        return EvidenceKind::Complaint;
    }
    return EvidenceKind::Order;
}

} // namespace

AppealsPage::AppealsPage(const Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    m_model = new AppealModel(session.zone(), this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    auto* controls = new QHBoxLayout;
    auto* monthLabel = new QLabel(tr("Mon&th"), this);
    m_monthCombo = new QComboBox(this);
    m_monthCombo->setMinimumContentsLength(16);
    monthLabel->setBuddy(m_monthCombo);
    const QDate today = session.today();
    fillMonthCombo(m_monthCombo, today, today, kMonthsOffered);
    m_monthCombo->insertItem(0, tr("All months"), QDate());
    m_monthCombo->setCurrentIndex(0);
    auto* statusLabel = new QLabel(tr("&Status"), this);
    m_statusCombo = new QComboBox(this);
    statusLabel->setBuddy(m_statusCombo);
    m_statusCombo->addItem(tr("All"), AllStatuses);
    m_statusCombo->addItem(appealStatusDisplayName(AppealStatus::Open), OpenOnly);
    m_statusCombo->addItem(appealStatusDisplayName(AppealStatus::Upheld), UpheldOnly);
    m_statusCombo->addItem(appealStatusDisplayName(AppealStatus::Dismissed), DismissedOnly);
    controls->addWidget(monthLabel);
    controls->addWidget(m_monthCombo);
    controls->addSpacing(16);
    controls->addWidget(statusLabel);
    controls->addWidget(m_statusCombo);
    controls->addSpacing(16);
    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    controls->addWidget(m_count);
    controls->addStretch();
    m_file = pageButton(tr("File appeal…"), this);
    m_uphold = pageButton(tr("Uphold…"), this);
    m_dismiss = pageButton(tr("Dismiss…"), this);
    for (QPushButton* button : { m_file, m_uphold, m_dismiss })
        controls->addWidget(button);
    layout->addLayout(controls);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_view = new QTableView(m_splitter);
    setUpRecordTable(m_view);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(AppealModel::Id, Qt::DescendingOrder);
    m_view->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    auto* fitter = new ColumnFitter(m_view, AppealModel::Reason, true);
    fitter->keepWhole(AppealModel::Ref);
    m_splitter->addWidget(m_view);

    auto* side = new QWidget(m_splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 0, 0);
    m_heading = wrappedLabel(side);
    m_heading->setTextFormat(Qt::RichText);
    m_grounds = wrappedLabel(side);
    m_grounds->setTextFormat(Qt::PlainText);
    m_decision = wrappedLabel(side);
    m_decision->setTextFormat(Qt::PlainText);
    m_evidenceHeading = wrappedLabel(side);
    m_evidenceHeading->setTextFormat(Qt::RichText);
    m_evidenceModel = new EvidenceModel(session.zone(), this);
    // The item's record read down, field by field (a repeat fault: the pair side by side),
    // so that it fits beside the list.
    auto* transposed = new QTransposeProxyModel(this);
    transposed->setSourceModel(m_evidenceModel);
    m_evidenceView = new QTableView(side);
    setUpRecordTable(m_evidenceView);
    m_evidenceView->setSortingEnabled(false);
    m_evidenceView->setAlternatingRowColors(false);
    m_evidenceView->setModel(transposed);
    m_evidenceView->horizontalHeader()->hide();
    m_evidenceView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_evidenceView->verticalHeader()->show();
    m_evidenceView->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_evidenceView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_historyHeading = wrappedLabel(side);
    m_history = new QTableWidget(0, 3, side);
    m_history->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("What") });
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setTabKeyNavigation(false);
    m_complaint = new ComplaintDetails(session, side);
    sideLayout->addWidget(m_heading);
    sideLayout->addWidget(m_grounds);
    sideLayout->addWidget(m_decision);
    sideLayout->addWidget(m_evidenceHeading);
    sideLayout->addWidget(m_evidenceView);
    m_pair = wrappedLabel(side);
    m_pair->setTextFormat(Qt::PlainText);
    sideLayout->addWidget(m_pair);
    sideLayout->addWidget(m_historyHeading);
    sideLayout->addWidget(m_history, 1);
    sideLayout->addWidget(m_complaint, 1);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 700, 380 });
    layout->addWidget(m_splitter, 1);

    m_proxy->setRowPredicate([this](int row) {
        const AppealStatus status = m_model->appeal(row).status;
        switch (StatusFilter(m_statusCombo->currentData().toInt())) {
        case AllStatuses:
            return true;
        case OpenOnly:
            return status == AppealStatus::Open;
        case UpheldOnly:
            return status == AppealStatus::Upheld;
        case DismissedOnly:
            return status == AppealStatus::Dismissed;
        }
        return true;
    });
    connect(m_monthCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        m_month = m_monthCombo->itemData(index).toDate();
        refresh();
    });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->refilter();
        updateCount();
        if (!selectAppeal(m_selectedId))
            showSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            m_selectedId
                = current.isValid() ? m_model->appeal(m_proxy->mapToSource(current).row()).id : 0;
            showSelected();
        });
    connect(m_file, &QPushButton::clicked, this, [this] { fileAppeal(); });
    connect(m_uphold, &QPushButton::clicked, this, [this] { decideSelected(true); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { decideSelected(false); });
    showSelected();
}

void AppealsPage::refresh()
{
    const qint64 keep = m_selectedId;
    Result<QList<Appeal>> appeals = AppealService(m_session).list(m_month);
    m_loadError = appeals.ok() ? QString() : appeals.error();
    m_error->setText(tr("The appeals could not be read: %1").arg(m_loadError));
    m_error->setVisible(!m_loadError.isEmpty());
    m_model->setAppeals(appeals.ok() ? std::move(appeals).value() : QList<Appeal>());
    m_proxy->refilter();
    updateCount();
    if (!selectAppeal(keep)) {
        m_selectedId = 0;
        showSelected();
    }
}

void AppealsPage::newRecord()
{
    if (m_file->isEnabled())
        fileAppeal();
}

void AppealsPage::setMonth(const QDate& month)
{
    if (!month.isValid()) {
        if (m_monthCombo->currentIndex() != 0)
            m_monthCombo->setCurrentIndex(0);
        else
            refresh();
        return;
    }
    if (!selectMonth(m_monthCombo, month))
        refresh();
}

void AppealsPage::setStatusFilter(StatusFilter filter)
{
    m_statusCombo->setCurrentIndex(qMax(0, m_statusCombo->findData(int(filter))));
}

bool AppealsPage::selectAppeal(qint64 id)
{
    const int row = id > 0 ? m_model->rowOfAppeal(id) : -1;
    if (row < 0)
        return false;
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid())
        return false;
    m_view->setCurrentIndex(shown);
    m_view->scrollTo(shown);
    m_selectedId = id;
    showSelected();
    return true;
}

std::optional<Appeal> AppealsPage::selectedAppeal() const
{
    const int row = m_selectedId > 0 ? m_model->rowOfAppeal(m_selectedId) : -1;
    if (row < 0 || !m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
        return std::nullopt;
    return m_model->appeal(row);
}

QString AppealsPage::headingText() const
{
    return m_heading->text();
}

QString AppealsPage::groundsText() const
{
    return m_grounds->text();
}

QString AppealsPage::pairText() const
{
    return m_pair->isHidden() ? QString() : m_pair->text();
}

QString AppealsPage::decisionText() const
{
    return m_decision->text();
}

void AppealsPage::updateCount()
{
    m_count->setText(tr("Showing %1 of %2")
                         .arg(formatCount(m_proxy->rowCount()), formatCount(m_model->rowCount())));
}

void AppealsPage::showSelected()
{
    const std::optional<Appeal> appeal = selectedAppeal();
    updateButtons();
    if (!appeal) {
        m_heading->setText(m_model->rowCount() == 0
                ? (m_loadError.isEmpty() ? tr("No appeal has been filed for these months.")
                                         : QString())
                : tr("Choose an appeal in the list to see its grounds and the evidence of the "
                     "item beside it."));
        for (QWidget* part :
            std::initializer_list<QWidget*> { m_grounds, m_decision, m_evidenceHeading,
                m_evidenceView, m_pair, m_historyHeading, m_history, m_complaint })
            part->hide();
        m_evidenceModel->setRows(EvidenceSource::Evaluation, EvidenceKind::Order, {});
        m_evidenceError.clear();
        return;
    }
    const std::optional<QDate> month = EvaluationService::parseMonth(appeal->month);
    const QString monthText = month ? formatMonth(*month) : appeal->month;
    m_heading->setText(
        tr("<b>Appeal %1 — %2</b><br>%3 %4, counted against %5 in %6")
            .arg(QString::number(appeal->id),
                appealStatusDisplayName(appeal->status).toHtmlEscaped(),
                appealItemDisplayName(appeal->item).toHtmlEscaped(), appeal->ref.toHtmlEscaped(),
                appeal->unitCode.toHtmlEscaped(), monthText.toHtmlEscaped()));
    m_grounds->setText(tr("Grounds (filed by %1, %2): %3")
                           .arg(appeal->filedBy, formatDateTime(appeal->filedAt, m_session.zone()),
                               appeal->grounds));
    m_decision->setText(appeal->status == AppealStatus::Open
            ? tr("Not decided yet.")
            : tr("%1 by %2, %3: %4")
                  .arg(appealStatusDisplayName(appeal->status), appeal->decidedBy,
                      formatDateTime(appeal->decidedAt, m_session.zone()), appeal->reason));
    for (QWidget* part :
        std::initializer_list<QWidget*> { m_grounds, m_decision, m_evidenceHeading })
        part->show();
    showEvidence(*appeal);
}

void AppealsPage::showEvidence(const Appeal& appeal)
{
    m_evidenceError.clear();
    const std::optional<QDate> parsed = EvaluationService::parseMonth(appeal.month);
    const QDate month = parsed.value_or(QDate());
    const EvidenceKind kind = evidenceKindOf(appeal.item);
    const EvidenceService evidence(m_session);
    Result<QList<EvidenceDetail>> rows = evidence.evaluation(month, appeal.unitCode);
    QList<EvidenceDetail> shown;
    QString pair;
    if (rows.ok()) {
        for (const EvidenceDetail& detail : std::as_const(rows.value())) {
            if (detail.row.kind == kind && detail.row.refId == appeal.refId)
                shown.append(detail);
        }
        // A repeat fault is a pair: the completed visit (install or repair) on the same
        // account that it came back after, this month or the month before.
        if (kind == EvidenceKind::Repair && !shown.isEmpty()) {
            const EvidenceDetail repeat = shown.first();
            std::optional<EvidenceDetail> earlier;
            Result<QList<EvidenceDetail>> before
                = evidence.evaluation(month.addMonths(-1), appeal.unitCode);
            for (const Result<QList<EvidenceDetail>>* list : { &rows, &before }) {
                if (!list->ok())
                    continue;
                for (const EvidenceDetail& detail : list->value()) {
                    if ((detail.row.kind != EvidenceKind::Repair
                            && detail.row.kind != EvidenceKind::Order)
                        || detail.row.removal || detail.orderNumber == repeat.orderNumber
                        || repeat.account.isEmpty() || detail.account != repeat.account
                        || !detail.completedAt.isValid() || detail.completedAt >= repeat.receivedAt)
                        continue;
                    if (!earlier || detail.completedAt > earlier->completedAt)
                        earlier = detail;
                }
            }
            pair = earlier
                ? tr("The visit it came back after: order %1 (%2), completed %3, on the same "
                     "account %4.")
                      .arg(earlier->orderNumber,
                          earlier->orderKind ? orderKindDisplayName(*earlier->orderKind)
                                             : QString(),
                          formatDateTime(earlier->completedAt, m_session.zone()), repeat.account)
                : tr("The visit it came back after, on the same account %1, is not among the "
                     "records of these two months.")
                      .arg(repeat.account);
        }
    } else {
        m_evidenceError = rows.error();
    }
    const QString state = month.isValid() ? formatMonth(month) : appeal.month;
    if (!m_evidenceError.isEmpty()) {
        m_evidenceHeading->setText(u"<span style='%1'>"_s.arg(errorStyle())
            + tr("The evidence could not be read: %1").arg(m_evidenceError).toHtmlEscaped()
            + u"</span>"_s);
    } else if (shown.isEmpty()) {
        m_evidenceHeading->setText(
            tr("<b>Evidence</b>: %1 %2 is not among the records of %3 in %4.")
                .arg(appealItemDisplayName(appeal.item).toHtmlEscaped(), appeal.ref.toHtmlEscaped(),
                    appeal.unitCode.toHtmlEscaped(), state.toHtmlEscaped()));
    } else {
        m_evidenceHeading->setText(kind == EvidenceKind::Repair
                ? tr("<b>Evidence</b>: the repair counted as a repeat fault")
                : kind == EvidenceKind::Order
                ? tr("<b>Evidence</b>: the order's deadline and when it was met")
                : tr("<b>Evidence</b>: the complaint and its verdict"));
    }
    m_evidenceModel->setRows(EvidenceSource::Evaluation, kind, shown);
    m_evidenceView->setVisible(!shown.isEmpty());
    m_pair->setText(pair);
    m_pair->setVisible(!pair.isEmpty());
    // As high as its fields, no scrolling.
    const int fields = m_evidenceModel->columnCount();
    m_evidenceView->setFixedHeight(fields * m_evidenceView->verticalHeader()->defaultSectionSize()
        + 2 * m_evidenceView->frameWidth());

    const bool isOrder = appeal.item != AppealItem::Complaint;
    m_historyHeading->setVisible(isOrder);
    m_history->setVisible(isOrder);
    m_complaint->setVisible(!isOrder);
    m_history->setRowCount(0);
    if (isOrder) {
        Result<QList<OrderEvent>> events = OrderService(m_session).history(appeal.ref);
        m_historyHeading->setText(events.ok()
                ? tr("Status history of order %1").arg(appeal.ref)
                : tr("The status history of order %1 could not be read: %2")
                      .arg(appeal.ref, events.error()));
        for (const OrderEvent& event : events.ok() ? events.value() : QList<OrderEvent>()) {
            const int r = m_history->rowCount();
            m_history->insertRow(r);
            m_history->setItem(
                r, 0, new QTableWidgetItem(formatDateTime(event.at, m_session.zone())));
            m_history->setItem(r, 1, new QTableWidgetItem(event.actor));
            QString what = orderStatusDisplayName(event.toStatus);
            if (!event.detail.isEmpty())
                what += u" — "_s + event.detail;
            m_history->setItem(r, 2, new QTableWidgetItem(what));
        }
        m_history->resizeColumnsToContents();
        m_history->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    } else {
        Result<std::optional<Complaint>> complaint = ComplaintService(m_session).find(appeal.refId);
        m_complaint->showComplaint(complaint.ok() ? complaint.value() : std::nullopt);
        if (!complaint.ok())
            m_complaint->setPlainText(complaint.error());
    }
}

void AppealsPage::updateButtons()
{
    const Actor& actor = m_session.actor();
    const bool mayFile = isAllowed(actor.role, Action::FileAppeal);
    m_file->setEnabled(mayFile);
    m_file->setToolTip(mayFile
            ? tr("Contest an item counted against a unit in a month: a late order, a repeat "
                 "fault or a staff-caused complaint (Ctrl+N)")
            : tr("Your role (%1) may not file appeals.").arg(roleDisplayName(actor.role)));

    const std::optional<Appeal> appeal = selectedAppeal();
    const bool mayDecide = isAllowed(actor.role, Action::DecideAppeal);
    QString why;
    if (!mayDecide)
        why = tr("Your role (%1) may not decide appeals.").arg(roleDisplayName(actor.role));
    else if (!appeal)
        why = tr("Choose an open appeal in the list.");
    else if (appeal->status != AppealStatus::Open)
        why = tr("Appeal %1 was already decided: %2 by %3.")
                  .arg(QString::number(appeal->id), appealStatusDisplayName(appeal->status),
                      appeal->decidedBy);
    else if (appeal->filedBy == actor.user)
        why = tr("You filed appeal %1: an evaluator other than its filer decides it.")
                  .arg(appeal->id);
    m_uphold->setEnabled(why.isEmpty());
    m_dismiss->setEnabled(why.isEmpty());
    m_uphold->setToolTip(why.isEmpty()
            ? tr("The item no longer counts against the unit; a reason is required")
            : why);
    m_dismiss->setToolTip(
        why.isEmpty() ? tr("The item keeps counting; a reason is required") : why);
}

void AppealsPage::fileAppeal(const std::optional<AppealFileDialog::Item>& item)
{
    AppealFileDialog dialog(m_session, item, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.filed())
        return;
    const Appeal filed = *dialog.filed();
    refresh();
    if (!selectAppeal(filed.id)) {
        setStatusFilter(AllStatuses);
        if (m_month.isValid() && m_month != EvaluationService::parseMonth(filed.month))
            setMonth(QDate());
        selectAppeal(filed.id);
    }
    emit dataChanged();
    emit statusMessage(tr("Filed appeal %1 against %2 %3 of %4.")
                           .arg(QString::number(filed.id), appealItemDisplayName(filed.item),
                               filed.ref, filed.unitCode));
}

void AppealsPage::decideSelected(bool uphold)
{
    const std::optional<Appeal> appeal = selectedAppeal();
    if (!appeal)
        return;
    AppealDecideDialog dialog(m_session, *appeal, uphold, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.decided())
        return;
    const Appeal decided = *dialog.decided();
    refresh();
    if (!selectAppeal(decided.id)) {
        setStatusFilter(AllStatuses);
        selectAppeal(decided.id);
    }
    emit dataChanged();
    emit statusMessage(uphold
            ? tr("Upheld appeal %1: %2 %3 no longer counts against %4.")
                  .arg(QString::number(decided.id), appealItemDisplayName(decided.item),
                      decided.ref, decided.unitCode)
            : tr("Dismissed appeal %1: %2 %3 keeps counting against %4.")
                  .arg(QString::number(decided.id), appealItemDisplayName(decided.item),
                      decided.ref, decided.unitCode));
}

} // namespace fd
