#include "recordtab.h"

#include "models/cellformat.h"
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"
#include "widgets/columnfitter.h"
#include "widgets/errorlabel.h"
#include "widgets/tableviews.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

RecordTab::RecordTab(const Session& session, RecordTableModel* model, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
{
    m_model->setParent(this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setMaximumWidth(360);
    // Wide enough for the hint each tab sets after this constructor, in any language.
    QTimer::singleShot(0, this, [this] {
        const int hint
            = m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 36;
        m_search->setMaximumWidth(std::max(360, hint));
        m_search->setMinimumWidth(hint);
    });
    bar->addWidget(m_search);
    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_count);
    bar->addStretch();
    m_buttonBar = new QWidget(this);
    auto* buttons = new QHBoxLayout(m_buttonBar);
    buttons->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_buttonBar);
    layout->addLayout(bar);

    m_view = new QTableView(this);
    setUpRecordTable(m_view);
    m_view->setModel(m_proxy);
    m_fitter = new ColumnFitter(m_view, 1);
    layout->addWidget(m_view, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_new = addButton(tr("New…"), [this] { newRecord(); });
    m_new->setToolTip(tr("Ctrl+N"));
    m_edit = addButton(tr("Edit…"), [this] { editSelected(); });
    m_edit->setToolTip(tr("Enter or double-click"));

    connect(m_search, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setSearchText);
    // Enter in the search box goes to the results.
    connect(m_search, &QLineEdit::returnPressed, m_view, [this] { m_view->setFocus(); });
    connect(m_view, &QTableView::doubleClicked, this, [this] { editSelected(); });
    for (const int key : { int(Qt::Key_Return), int(Qt::Key_Enter) }) {
        auto* enter = new QShortcut(QKeySequence(key), m_view);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, [this] { editSelected(); });
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { updateButtons(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RecordTab::updateCount);
    setTabOrder(m_search, m_view);
}

QPushButton* RecordTab::addButton(const QString& text, const std::function<void()>& action)
{
    auto* button = new QPushButton(text, m_buttonBar);
    button->setAutoDefault(false);
    m_buttonBar->layout()->addWidget(button);
    connect(button, &QPushButton::clicked, this, action);
    return button;
}

void RecordTab::setNewButtonText(const QString& text)
{
    m_new->setText(text);
}

void RecordTab::removeEditButton()
{
    m_edit->hide();
    m_edit->setEnabled(false);
}

void RecordTab::addActiveToggle(const std::function<Status(const QString&, bool)>& setActive)
{
    m_toggle = addButton(tr("Deactivate"), [this, setActive] {
        const int row = currentRow();
        if (row < 0)
            return;
        const QString key = m_model->rowKey(row);
        const bool activate = !m_model->rowActive(row);
        const Status status = setActive(key, activate);
        if (!status.ok()) {
            showError(status.error());
            return;
        }
        emit changed(activate ? tr("Reactivated %1.").arg(key) : tr("Deactivated %1.").arg(key));
    });
}

void RecordTab::setDefaultSort(int column, Qt::SortOrder order)
{
    m_view->sortByColumn(column, order);
}

void RecordTab::setElasticColumn(int column)
{
    m_fitter->setElasticColumn(column);
}

void RecordTab::load(const OrganisationData& data)
{
    const int row = currentRow();
    const QString key = row >= 0 ? m_model->rowKey(row) : QString();
    m_data = data;
    showInfo(QString());
    loadModel(m_data);
    if (!key.isEmpty())
        selectKey(key);
    updateCount();
    updateButtons();
}

void RecordTab::selectKey(const QString& key)
{
    const int sourceRow = m_model->rowOfKey(key);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

int RecordTab::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy->mapToSource(current).row();
}

void RecordTab::editSelected() { }

void RecordTab::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void RecordTab::updateButtons()
{
    const int row = currentRow();
    m_edit->setEnabled(row >= 0 && !m_edit->isHidden());
    if (m_toggle) {
        m_toggle->setEnabled(row >= 0);
        m_toggle->setText(
            row >= 0 && !m_model->rowActive(row) ? tr("Reactivate") : tr("Deactivate"));
    }
}

void RecordTab::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    // "Rows: 12", not "12 record(s)": no plural forms to get wrong in any language.
    m_count->setText(shown == total
            ? tr("Rows: %1").arg(formatCount(total))
            : tr("Rows: %1 of %2").arg(formatCount(shown), formatCount(total)));
}

void RecordTab::showError(const QString& message)
{
    m_message->setStyleSheet(errorStyle());
    m_message->setText(message);
    m_message->show();
}

void RecordTab::showInfo(const QString& message)
{
    m_message->setStyleSheet(QString());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString RecordTab::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace fd
