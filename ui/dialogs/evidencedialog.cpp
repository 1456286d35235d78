#include "evidencedialog.h"

#include "dialogs/orderdialog.h"
#include "models/cellformat.h"
#include "models/evidencemodel.h"
#include "models/recordfilterproxy.h"
#include "models/scoreformat.h"
#include "pages/callpanel.h"
#include "rules/permissions.h"
#include "services/appealservice.h"
#include "services/callbackservice.h"
#include "services/complaintservice.h"
#include "services/evidenceservice.h"
#include "widgets/columnfitter.h"
#include "widgets/complaintdetails.h"
#include "widgets/errorlabel.h"
#include "widgets/reportsave.h"
#include "widgets/tableviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

EvidenceDialog::EvidenceDialog(const Session& session, const UnitEvaluation& unit,
    const EvidenceRequest& request, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_unit(unit)
    , m_source(request.source)
{
    setWindowTitle(tr("Evidence: %1, %2").arg(unit.unitCode, formatMonth(unit.month)));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    auto* controls = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("Show"), this);
    m_kind = new QComboBox(this);
    kindLabel->setBuddy(m_kind);
    controls->addWidget(kindLabel);
    controls->addWidget(m_kind);
    controls->addSpacing(16);
    m_onlyAgainst = new QCheckBox(tr("Only those that counted against the unit"), this);
    controls->addWidget(m_onlyAgainst);
    controls->addStretch();
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search order, account, customer"));
    m_search->setMinimumWidth(
        std::max(240, m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 36));
    controls->addWidget(m_search);
    layout->addLayout(controls);

    m_model = new EvidenceModel(session.zone(), this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    setUpRecordTable(m_view);
    m_view->setModel(m_proxy);
    m_fitter = new ColumnFitter(m_view, 0);
    layout->addWidget(m_view, 1);
    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_view->setToolTip(tr("Double-click or Enter: the record with its history"));
    connect(m_view, &QTableView::activated, this, &EvidenceDialog::openRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &EvidenceDialog::reject);
    m_export = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    m_export->setAutoDefault(false); // Enter in the search box does not export
    m_export->setToolTip(
        tr("The orders, callbacks and complaints behind the unit's month, as PDF, Excel "
           "workbook or CSV"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        ReportRequest request;
        request.month = m_unit.month;
        request.unitCode = m_unit.unitCode;
        saveReportAs(this, m_session, ReportKind::Evidence, request,
            tr("Export the evidence of %1").arg(m_unit.unitCode),
            u"evidence-%1-%2"_s.arg(m_unit.unitCode, m_unit.month.toString(u"yyyy-MM"_s)),
            FileFormat::Xlsx);
    });
    m_appeal = buttons->addButton(tr("Appeal this item…"), QDialogButtonBox::ActionRole);
    m_appeal->setAutoDefault(false);
    m_appeal->setVisible(m_source == EvidenceSource::Evaluation);
    connect(m_appeal, &QPushButton::clicked, this, &EvidenceDialog::appealCurrent);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(1060, 620);

    load();
    loadAppeals();
    for (EvidenceKind kind : kindsOfSource()) {
        qsizetype count = 0;
        for (const EvidenceDetail& detail : std::as_const(m_all))
            count += detail.row.kind == kind ? 1 : 0;
        m_kind->addItem(
            tr("%1 (%2)").arg(EvidenceModel::kindTitle(m_source, kind), formatCount(count)),
            int(kind));
    }
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(request.kind))));
    m_onlyAgainst->setChecked(request.onlyAgainst);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EvidenceDialog::showRows);
    connect(m_onlyAgainst, &QCheckBox::toggled, this, &EvidenceDialog::showRows);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        showRows();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &EvidenceDialog::updateAppealButton);
    showRows();
}

QList<EvidenceKind> EvidenceDialog::kindsOfSource() const
{
    switch (m_source) {
    case EvidenceSource::Evaluation:
        return { EvidenceKind::Order, EvidenceKind::Repair, EvidenceKind::Callback,
            EvidenceKind::Complaint };
    case EvidenceSource::CallbacksDue:
        return { EvidenceKind::Callback };
    case EvidenceSource::ComplaintsReceived:
        return { EvidenceKind::Complaint };
    }
    return {};
}

void EvidenceDialog::load()
{
    const EvidenceService service(m_session);
    Result<QList<EvidenceDetail>> rows = m_source == EvidenceSource::CallbacksDue
        ? service.callbacksDue(m_unit.month, m_unit.unitCode)
        : m_source == EvidenceSource::ComplaintsReceived
        ? service.complaintsReceived(m_unit.month, m_unit.unitCode)
        : service.evaluation(m_unit.month, m_unit.unitCode);
    QString state;
    if (m_source != EvidenceSource::Evaluation)
        state = tr("as the data stands now; this indicator is not part of the score");
    else if (m_unit.final)
        state = tr("as frozen when the month was finalized");
    else
        state = tr("as the data stands now; the month is a draft");
    if (!rows.ok()) {
        m_loadError = rows.error();
        m_heading->setText(tr("The evidence could not be read: %1").arg(rows.error()));
        m_heading->setStyleSheet(errorStyle());
        return;
    }
    m_all = std::move(rows).value();
    m_heading->setText(tr("<b>%1 — %2</b>, %3: the records behind the figures, %4.")
                           .arg(m_unit.unitCode.toHtmlEscaped(), m_unit.unitName.toHtmlEscaped(),
                               formatMonth(m_unit.month).toHtmlEscaped(), state.toHtmlEscaped()));
}

void EvidenceDialog::loadAppeals()
{
    if (m_source != EvidenceSource::Evaluation
        || !isAllowed(m_session.actor().role, Action::FileAppeal))
        return;
    const AppealService appeals(m_session);
    Result<AppealWindow> window = appeals.window(m_unit.unitCode, m_unit.month);
    if (!window.ok()) {
        m_windowError = window.error();
        return;
    }
    m_window = window.value();
    Result<QList<Appeal>> standing = appeals.list(m_unit.month);
    if (!standing.ok()) {
        m_windowError = standing.error();
        return;
    }
    for (const Appeal& appeal : standing.value()) {
        if (appeal.status != AppealStatus::Dismissed)
            m_standing.append(appeal);
    }
}

std::optional<AppealFileDialog::Item> EvidenceDialog::appealItem(int shownRow) const
{
    if (m_source != EvidenceSource::Evaluation || shownRow < 0 || shownRow >= m_proxy->rowCount())
        return std::nullopt;
    const EvidenceDetail& detail
        = m_model->detail(m_proxy->mapToSource(m_proxy->index(shownRow, 0)).row());
    if (!countsAgainst(m_source, detail.row))
        return std::nullopt;
    AppealFileDialog::Item item;
    item.unitCode = m_unit.unitCode;
    item.month = m_unit.month;
    switch (detail.row.kind) {
    case EvidenceKind::Order:
        item.item = AppealItem::LateOrder;
        item.ref = detail.orderNumber;
        break;
    case EvidenceKind::Repair:
        item.item = AppealItem::Repeat;
        item.ref = detail.orderNumber;
        break;
    case EvidenceKind::Complaint:
        item.item = AppealItem::Complaint;
        item.ref = QString::number(detail.row.refId);
        break;
    case EvidenceKind::Callback:
        return std::nullopt; // answers are not appealed (SPEC §10)
    }
    const int result = m_model->columnOf(EvidenceModel::Column::Result);
    const int verdict = m_model->columnOf(EvidenceModel::Column::Verdict);
    const int column = result >= 0 ? result : verdict;
    if (column >= 0)
        item.description = m_proxy->index(shownRow, column).data().toString();
    return item;
}

void EvidenceDialog::updateAppealButton()
{
    if (m_source != EvidenceSource::Evaluation)
        return;
    const Role role = m_session.actor().role;
    const QModelIndex current = m_view->currentIndex();
    const std::optional<AppealFileDialog::Item> item
        = appealItem(current.isValid() ? current.row() : -1);
    QString why;
    QString window;
    if (m_window) {
        window = m_window->closes.isValid()
            ? tr("Appeals against %1 may be filed from %2 to %3.")
                  .arg(formatMonth(m_unit.month), formatDate(m_window->opens),
                      formatDate(m_window->closes))
            : tr("Appeals against %1 may be filed from %2 until some days after the month is "
                 "finalized.")
                  .arg(formatMonth(m_unit.month), formatDate(m_window->opens));
    }
    if (!isAllowed(role, Action::FileAppeal)) {
        why = tr("Your role (%1) may not file appeals.").arg(roleDisplayName(role));
    } else if (!m_windowError.isEmpty()) {
        why = tr("The appeal window could not be read: %1").arg(m_windowError);
    } else if (m_window && appealTiming(*m_window, m_session.today()) != AppealTiming::Open) {
        why = appealTiming(*m_window, m_session.today()) == AppealTiming::TooEarly
            ? tr("The month has not ended. %1").arg(window)
            : tr("The appeal window is closed. %1").arg(window);
    } else if (!item) {
        why = tr("Choose a row that counted against the unit: a late order, a repeat fault or "
                 "a complaint that cost points. %1")
                  .arg(window);
    } else {
        for (const Appeal& appeal : std::as_const(m_standing)) {
            if (appeal.item == item->item && appeal.ref == item->ref) {
                why = tr("Already contested: appeal %1, %2.")
                          .arg(QString::number(appeal.id), appealStatusDisplayName(appeal.status));
                break;
            }
        }
    }
    m_appeal->setEnabled(why.isEmpty());
    m_appeal->setToolTip(why.isEmpty()
            ? tr("File an appeal against %1 %2, with your grounds. %3")
                  .arg(appealItemDisplayName(item->item), item->ref, window)
            : why);
}

void EvidenceDialog::appealCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const std::optional<AppealFileDialog::Item> item
        = appealItem(current.isValid() ? current.row() : -1);
    if (!item || !m_appeal->isEnabled())
        return;
    AppealFileDialog dialog(m_session, item, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.filed())
        return;
    m_filed.append(*dialog.filed());
    m_standing.append(*dialog.filed());
    updateAppealButton();
}

void EvidenceDialog::showKind(EvidenceKind kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(kind))));
}

void EvidenceDialog::setOnlyAgainst(bool only)
{
    m_onlyAgainst->setChecked(only);
}

void EvidenceDialog::showRows()
{
    const auto kind = EvidenceKind(m_kind->currentData().toInt());
    QList<EvidenceDetail> shown;
    qsizetype ofKind = 0;
    for (const EvidenceDetail& detail : std::as_const(m_all)) {
        if (detail.row.kind != kind)
            continue;
        ++ofKind;
        if (!m_onlyAgainst->isChecked() || countsAgainst(m_source, detail.row))
            shown.append(detail);
    }
    m_model->setRows(m_source, kind, std::move(shown));
    // The free text takes the room that is left.
    int elastic = m_model->columnOf(EvidenceModel::Column::Description);
    if (elastic < 0)
        elastic = m_model->columnOf(EvidenceModel::Column::AnsweredNo);
    if (elastic < 0)
        elastic = m_model->columnOf(EvidenceModel::Column::Customer);
    m_fitter->setElasticColumn(elastic);
    m_proxy->refilter();
    // Where the rows lead, said where the eye is when a search has narrowed them.
    const QString count
        = tr("Showing %1 of %2").arg(formatCount(m_proxy->rowCount()), formatCount(ofKind));
    m_count->setText(m_proxy->rowCount() == 0
            ? count
            : count + u"  ·  "_s + tr("Double-click or Enter: the record with its history"));
    updateAppealButton();
}

std::unique_ptr<QDialog> EvidenceDialog::recordDialog(int shownRow, QString* error)
{
    if (shownRow < 0 || shownRow >= m_proxy->rowCount())
        return nullptr;
    const EvidenceDetail& detail
        = m_model->detail(m_proxy->mapToSource(m_proxy->index(shownRow, 0)).row());
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::unique_ptr<QDialog>();
    };
    switch (detail.row.kind) {
    case EvidenceKind::Order:
    case EvidenceKind::Repair: {
        auto dialog = std::make_unique<OrderDialog>(m_session, detail.orderNumber, this);
        if (dialog->order().number.isEmpty())
            return fail(dialog->message());
        dialog->showHistory();
        return dialog;
    }
    case EvidenceKind::Callback: {
        Result<std::optional<CallbackTask>> task
            = CallbackService(m_session).find(detail.row.refId);
        if (!task.ok())
            return fail(task.error());
        if (!task.value())
            return fail(tr("The call of order %1 is no longer stored.").arg(detail.orderNumber));
        auto dialog = std::make_unique<QDialog>(this);
        dialog->setWindowTitle(tr("Call of order %1").arg(detail.orderNumber));
        auto* layout = new QVBoxLayout(dialog.get());
        auto* panel = new CallPanel(m_session, dialog.get());
        panel->setObjectName(u"callPanel"_s);
        panel->showTask(task.value());
        layout->addWidget(panel, 1);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog.get());
        connect(buttons, &QDialogButtonBox::rejected, dialog.get(), &QDialog::reject);
        layout->addWidget(buttons);
        dialog->resize(720, 700);
        return dialog;
    }
    case EvidenceKind::Complaint: {
        Result<std::optional<Complaint>> complaint
            = ComplaintService(m_session).find(detail.row.refId);
        if (!complaint.ok())
            return fail(complaint.error());
        if (!complaint.value())
            return fail(tr("Complaint %1 is no longer stored.").arg(detail.row.refId));
        auto dialog = std::make_unique<QDialog>(this);
        dialog->setWindowTitle(tr("Complaint %1").arg(detail.row.refId));
        auto* layout = new QVBoxLayout(dialog.get());
        auto* details = new ComplaintDetails(m_session, dialog.get());
        details->setObjectName(u"complaintDetails"_s);
        details->showComplaint(complaint.value());
        layout->addWidget(details, 1);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog.get());
        connect(buttons, &QDialogButtonBox::rejected, dialog.get(), &QDialog::reject);
        layout->addWidget(buttons);
        dialog->resize(640, 520);
        return dialog;
    }
    }
    return nullptr;
}

void EvidenceDialog::openRow(const QModelIndex& index)
{
    QString error;
    std::unique_ptr<QDialog> dialog = recordDialog(index.row(), &error);
    if (!dialog) {
        if (!error.isEmpty())
            QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    dialog->exec();
}

} // namespace fd
