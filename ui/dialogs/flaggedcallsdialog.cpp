#include "flaggedcallsdialog.h"

#include "models/cellformat.h"
#include "models/qualitymodels.h"
#include "models/recordfilterproxy.h"
#include "models/scoreformat.h"
#include "pages/callpanel.h"
#include "services/callbackservice.h"
#include "widgets/columnfitter.h"
#include "widgets/errorlabel.h"
#include "widgets/tableviews.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

FlaggedCallsDialog::FlaggedCallsDialog(const Session& session, const QDate& month,
    const QString& unitCode, const QString& unitName, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_month(QDate(month.year(), month.month(), 1))
    , m_unitCode(unitCode)
{
    setWindowTitle(tr("Callbacks by flagged agents: %1, %2").arg(unitCode, formatMonth(m_month)));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    layout->addWidget(m_heading);

    auto* controls = new QHBoxLayout;
    controls->addStretch();
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search order, agent, question"));
    m_search->setMinimumWidth(
        std::max(240, m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 36));
    controls->addWidget(m_search);
    layout->addLayout(controls);

    m_model = new FlaggedCallModel(session.zone(), this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    setUpRecordTable(m_view);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(FlaggedCallModel::Reached, Qt::AscendingOrder);
    auto* fitter = new ColumnFitter(m_view, FlaggedCallModel::Question);
    fitter->keepWhole(FlaggedCallModel::Order);
    m_view->setToolTip(tr("Double-click or Enter: the call with its answers and attempts"));
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        QString error;
        std::unique_ptr<QDialog> dialog = recordDialog(index.row(), &error);
        if (dialog)
            dialog->exec();
        else if (!error.isEmpty())
            QMessageBox::warning(this, windowTitle(), error);
    });
    layout->addWidget(m_view, 1);

    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &FlaggedCallsDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        showCount();
    });
    resize(900, 600);
    load(unitName);
}

void FlaggedCallsDialog::load(const QString& unitName)
{
    const QualityService service(m_session);
    // The questions each agent is flagged on, and the unit's calls by flagged agents.
    Result<QualityReport> report = service.report(m_month);
    Result<QList<MonitoredCall>> calls = report.ok()
        ? service.callsByFlaggedAgents(m_month, m_unitCode)
        : Result<QList<MonitoredCall>>(Error(report.error()));
    if (!calls.ok()) {
        m_loadError = calls.error();
        m_heading->setText(tr("The callbacks by flagged agents could not be read: %1")
                               .arg(m_loadError.toHtmlEscaped()));
        m_heading->setStyleSheet(errorStyle());
        showCount();
        return;
    }
    m_calls = calls.value();
    QHash<QString, QList<CallbackQuestion>> flagged;
    QStringList who;
    for (const AgentQuality& agent : report.value().agents) {
        if (agent.flagged.isEmpty())
            continue;
        flagged.insert(agent.agent, agent.flagged);
        QStringList questions;
        for (CallbackQuestion question : agent.flagged)
            questions.append(callbackQuestionShortName(question));
        who.append(tr("%1 on %2").arg(agent.agent, questions.join(u", "_s)));
    }
    m_model->setCalls(m_calls, flagged);
    const QString unit
        = u"<b>%1 — %2</b>"_s.arg(m_unitCode.toHtmlEscaped(), unitName.toHtmlEscaped());
    if (who.isEmpty()) {
        m_heading->setText(tr("%1, %2: no agent is flagged this month, so none of the unit's "
                              "callbacks is in doubt.")
                               .arg(unit, formatMonth(m_month).toHtmlEscaped()));
    } else if (m_calls.isEmpty()) {
        m_heading->setText(tr("%1, %2: none of the unit's callbacks was made by a flagged agent "
                              "(flagged this month: %3).")
                               .arg(unit, formatMonth(m_month).toHtmlEscaped(),
                                   who.join(u"; "_s).toHtmlEscaped()));
    } else {
        m_heading->setText(
            tr("%1, %2: %3 of the unit's callbacks were made by agents flagged this month (%4). "
               "Their customers answered these questions markedly differently from other "
               "agents' customers, so the answers below may have been led; each row is one "
               "such answer.")
                .arg(unit, formatMonth(m_month).toHtmlEscaped(), formatCount(m_calls.size()),
                    who.join(u"; "_s).toHtmlEscaped()));
    }
    showCount();
}

QString FlaggedCallsDialog::headingText() const
{
    return m_heading->text();
}

void FlaggedCallsDialog::showCount()
{
    const QString count
        = tr("Showing %1 of %2 answers")
              .arg(formatCount(m_proxy->rowCount()), formatCount(m_model->rowCount()));
    m_count->setText(m_proxy->rowCount() == 0
            ? count
            : count + u"  ·  "_s + tr("Double-click or Enter: the call with its answers"));
}

std::unique_ptr<QDialog> FlaggedCallsDialog::recordDialog(int shownRow, QString* error)
{
    if (shownRow < 0 || shownRow >= m_proxy->rowCount())
        return nullptr;
    const FlaggedCallModel::Row& row
        = m_model->row(m_proxy->mapToSource(m_proxy->index(shownRow, 0)).row());
    Result<std::optional<CallbackTask>> task = CallbackService(m_session).find(row.call.taskId);
    const QString failure = !task.ok() ? task.error()
        : !task.value() ? tr("The call of order %1 is no longer stored.").arg(row.call.orderNumber)
                        : QString();
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return nullptr;
    }
    auto dialog = std::make_unique<QDialog>(this);
    dialog->setWindowTitle(tr("Call of order %1").arg(row.call.orderNumber));
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

} // namespace fd
