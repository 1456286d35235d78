#include "dispatchpage.h"

#include "dialogs/assigndialog.h"
#include "dialogs/neworderdialog.h"
#include "dialogs/orderdialog.h"
#include "models/boardmodel.h"
#include "models/organisationdata.h"
#include "pages/scheduletab.h"
#include "rules/orderflow.h"
#include "rules/permissions.h"
#include "services/connection.h"
#include "widgets/boardfilterbar.h"
#include "widgets/columnchooser.h"
#include "widgets/columnfitter.h"
#include "widgets/orderdrag.h"
#include "widgets/palette.h"
#include "widgets/tableviews.h"
#include "widgets/teamdayview.h"

#include <QAction>
#include <QCryptographicHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// "10,000+" once a count reaches its cap: the board never counts millions to show a number.
QString countText(qint64 count, qint64 cap)
{
    const QString number = QLocale().toString(count);
    return count >= cap && cap > 0 ? number + u'+' : number;
}

QPushButton* makeLaneButton(const QString& colour, QWidget* parent)
{
    auto* button = new QPushButton(parent);
    button->setCheckable(true);
    button->setMinimumHeight(44);
    button->setMinimumWidth(160);
    // A coloured edge says which SLA colour the lane stands for; checked, it fills.
    button->setStyleSheet(
        u"QPushButton { text-align: left; padding: 4px 12px; border: 1px solid %2;"
        " border-left: 6px solid %1; border-radius: 4px; background: white; }"
        " QPushButton:checked { background: %1; color: white; }"
        " QPushButton:focus { border-color: %3; }"_s.arg(
            colour, colourName(ColourRole::Border), colourName(ColourRole::Accent)));
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    button->setFont(font);
    return button;
}

} // namespace

DispatchPage::DispatchPage(const Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);

    // The lanes: what needs the dispatcher now.
    auto* lanes = new QHBoxLayout;
    m_overdue = makeLaneButton(colourName(ColourRole::LaneOverdue), this);
    m_dueSoon = makeLaneButton(colourName(ColourRole::LaneDueSoon), this);
    m_unassigned = makeLaneButton(colourName(ColourRole::LaneUnassigned), this);
    m_stuck = makeLaneButton(colourName(ColourRole::DangerText), this);
    m_overdue->setToolTip(
        tr("Open orders whose deadline has passed before the visit: show only them"));
    m_dueSoon->setToolTip(tr("Open orders due within the next two hours: show only them"));
    m_unassigned->setToolTip(tr("Orders no team has taken yet: show only them"));
    m_stuck->setToolTip(tr("Orders whose team has been on site longer than the setting "
                           "(default 4 h): show only them"));
    lanes->addWidget(m_overdue);
    lanes->addWidget(m_dueSoon);
    lanes->addWidget(m_unassigned);
    lanes->addWidget(m_stuck);
    lanes->addStretch(1);
    layout->addLayout(lanes);
    // Four lanes fill the row at the smallest window: the count and the search go below.
    auto* found = new QHBoxLayout;
    m_matching = new QLabel(this);
    QFont matchingFont = m_matching->font();
    matchingFont.setBold(true);
    m_matching->setFont(matchingFont);
    found->addWidget(m_matching, 1);
    layout->addLayout(found);

    m_filters = new BoardFilterBar(this);
    m_filters->searchEdit()->setParent(this);
    // The row holds the lanes, the count and the search at the smallest window too: the
    // count wraps, the search is as wide as its hint.
    m_matching->setWordWrap(true);
    m_filters->searchEdit()->setMinimumWidth(std::min(300,
        m_filters->searchEdit()->fontMetrics().horizontalAdvance(
            m_filters->searchEdit()->placeholderText())
            + 36));
    found->addWidget(m_filters->searchEdit());
    layout->addWidget(m_filters);

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(this);
    auto* board = new QSplitter(Qt::Vertical, m_tabs);
    auto* laneBox = new QWidget(board);
    auto* laneLayout = new QVBoxLayout(laneBox);
    laneLayout->setContentsMargins(0, 4, 0, 0);
    m_laneTitle = new QLabel(laneBox);
    m_laneTitle->setStyleSheet(
        u"font-weight: bold; color: %1;"_s.arg(colourName(ColourRole::LaneUnassigned)));
    laneLayout->addWidget(m_laneTitle);
    m_laneModel = new BoardModel(session, this);
    // Nobody has the lane's orders: team, technician and appointment columns would be empty.
    m_laneView = buildTable(m_laneModel, u"dispatchLane"_s,
        { BoardModel::Team, BoardModel::Technician, BoardModel::Appointment, BoardModel::Received },
        m_laneColumns, m_laneFitter);
    m_laneView->setParent(laneBox);
    laneLayout->addWidget(m_laneView);
    board->addWidget(laneBox);

    auto* boardBox = new QWidget(board);
    auto* boardLayout = new QVBoxLayout(boardBox);
    boardLayout->setContentsMargins(0, 4, 0, 0);
    m_model = new BoardModel(session, this);
    // Thirteen columns do not fit a laptop: phone, unit and receipt wait behind the header's menu.
    m_view = buildTable(m_model, u"dispatchBoard"_s,
        { BoardModel::Phone, BoardModel::Unit, BoardModel::Received }, m_boardColumns,
        m_boardFitter);
    m_view->setParent(boardBox);
    boardLayout->addWidget(m_view);
    board->addWidget(boardBox);
    board->setStretchFactor(0, 1);
    board->setStretchFactor(1, 3);
    board->setChildrenCollapsible(false);
    m_tabs->addTab(board, tr("&Board"));

    m_teamDay = new TeamDayView(session, m_tabs);
    m_tabs->addTab(m_teamDay, tr("Team's da&y"));
    layout->addWidget(m_tabs, 1);

    // The team schedule (issue 16): the board's and the lane's rows drag onto it, the tab
    // opening as a drag passes over it.
    m_schedule = new ScheduleTab(session, m_tabs);
    m_tabs->addTab(m_schedule, tr("Team s&chedule"));
    m_tabs->tabBar()->setChangeCurrentOnDrag(true);
    m_tabs->tabBar()->setAcceptDrops(true);
    new OrderDragSource(m_view, BoardModel::Number);
    new OrderDragSource(m_laneView, BoardModel::Number);
    connect(m_schedule, &ScheduleTab::booked, this, [this] { reloadLists(); });
    connect(m_schedule, &ScheduleTab::statusMessage, this, &DispatchPage::statusMessage);
    connect(m_schedule, &ScheduleTab::openOrder, this, [this](const QString& number) {
        OrderDialog dialog(m_session, number, this);
        dialog.exec();
        if (dialog.changed())
            m_schedule->refresh();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_schedule)
            m_schedule->refresh();
    });

    auto* actions = new QHBoxLayout;
    m_newOrder = new QPushButton(tr("New order… (Ctrl+N)"), this);
    m_assign = new QPushButton(tr("Assign… (A)"), this);
    m_open = new QPushButton(tr("Open order (Enter)"), this);
    auto* refreshButton = new QPushButton(tr("Refresh (F5)"), this);
    m_reset = new QPushButton(tr("Reset view"), this);
    m_reset->setToolTip(tr("Forget the remembered filters, lanes, sort and columns of this "
                           "board and show its defaults"));
    actions->addWidget(m_newOrder);
    actions->addWidget(m_assign);
    actions->addWidget(m_open);
    actions->addWidget(refreshButton);
    actions->addWidget(m_reset);
    actions->addSpacing(16);
    auto* legend = new QLabel(
        tr("SLA colours: <span style='background:%1;color:%2'>&nbsp;overdue&nbsp;</span> "
           "<span style='background:%3;color:%4'>&nbsp;due within 2 h&nbsp;</span> "
           "<span style='background:%5;color:%6'>&nbsp;met&nbsp;</span> · hover a "
           "deadline for "
           "the time left")
            .arg(colourName(ColourRole::DangerBackground), colourName(ColourRole::DangerText),
                colourName(ColourRole::WarningBackground), colourName(ColourRole::WarningText),
                colourName(ColourRole::SuccessBackground), colourName(ColourRole::SuccessText)),
        this);
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true); // a long translation wraps rather than widening the window
    actions->addWidget(legend, 1);
    layout->addLayout(actions);

    auto* assignKey = new QAction(tr("Assign"), this);
    assignKey->setShortcut(Qt::Key_A);
    assignKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(assignKey);
    m_laneView->addAction(assignKey);
    connect(assignKey, &QAction::triggered, this, &DispatchPage::assignSelected);
    auto* refreshKey = new QAction(this);
    refreshKey->setShortcut(QKeySequence::Refresh);
    refreshKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshKey);
    connect(refreshKey, &QAction::triggered, this, &DispatchPage::refresh);

    connect(m_newOrder, &QPushButton::clicked, this, &DispatchPage::newRecord);
    connect(m_assign, &QPushButton::clicked, this, &DispatchPage::assignSelected);
    connect(m_open, &QPushButton::clicked, this, &DispatchPage::openSelected);
    connect(refreshButton, &QPushButton::clicked, this, &DispatchPage::refresh);
    connect(m_filters, &BoardFilterBar::queryChanged, this, &DispatchPage::applyFilters);
    connect(m_filters, &BoardFilterBar::searchAccepted, this, [this] {
        m_view->setFocus();
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, BoardModel::Number));
    });
    for (QPushButton* lane : { m_overdue, m_dueSoon, m_unassigned, m_stuck }) {
        connect(lane, &QPushButton::toggled, this, [this] {
            if (m_filters->query().scope != BoardQuery::Scope::Open
                && (m_overdue->isChecked() || m_dueSoon->isChecked() || m_unassigned->isChecked()
                    || m_stuck->isChecked()))
                m_filters->setScope(BoardQuery::Scope::Open); // the lanes count open work
            applyFilters();
        });
    }
    for (BoardModel* model : { m_model, m_laneModel }) {
        connect(model, &BoardModel::loadFailed, this,
            [this](const QString& message) { showBanner(message); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) != m_teamDay)
            return;
        const std::optional<WorkOrder> order = selectedOrder();
        if (order && !order->teamCode.isEmpty()) {
            const QDate day = order->appointmentStart.isValid()
                ? order->appointmentStart.toTimeZone(m_session.zone()).date()
                : m_session.today();
            m_teamDay->showTeam(order->teamCode, day);
        } else {
            m_teamDay->refresh();
        }
    });
    connect(m_teamDay, &TeamDayView::openOrder, this, [this](const QString& number) {
        OrderDialog dialog(m_session, number, this);
        dialog.exec();
        if (dialog.changed())
            afterChange(number, tr("Saved order %1.").arg(number), {});
    });

    m_clock = new QTimer(this);
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, &DispatchPage::tick);
    m_clock->start();

    setTabOrder(m_filters->searchEdit(), m_laneView);
    setTabOrder(m_laneView, m_view);

    // The filters, lanes, sort and columns this user left on this database's board.
    restoreLayout();
    connect(m_reset, &QPushButton::clicked, this, &DispatchPage::resetLayout);
    connect(m_filters, &BoardFilterBar::queryChanged, this, &DispatchPage::storeLayout);
    for (QPushButton* lane : { m_overdue, m_dueSoon, m_unassigned, m_stuck })
        connect(lane, &QPushButton::toggled, this, &DispatchPage::storeLayout);
    for (QTableView* view : { m_view, m_laneView }) {
        QHeaderView* header = view->horizontalHeader();
        connect(header, &QHeaderView::sectionResized, this, &DispatchPage::storeLayout);
        connect(header, &QHeaderView::sectionMoved, this, &DispatchPage::storeLayout);
        connect(header, &QHeaderView::sortIndicatorChanged, this, &DispatchPage::storeLayout);
    }
    for (ColumnChooser* chooser : { m_boardColumns, m_laneColumns })
        connect(chooser, &ColumnChooser::columnsChanged, this, &DispatchPage::storeLayout);
    updateActions();
}

QTableView* DispatchPage::buildTable(BoardModel* model, const QString& key,
    const QList<int>& hiddenByDefault, ColumnChooser*& chooser, ColumnFitter*& fitter)
{
    auto* view = new QTableView(this);
    setUpRecordTable(view);
    view->setModel(model);
    chooser = new ColumnChooser(view, key, hiddenByDefault);
    view->horizontalHeader()->setSortIndicator(BoardModel::Deadline, Qt::AscendingOrder);
    view->horizontalHeader()->setSectionsMovable(true);
    fitter = fitColumns(view);
    connect(view, &QTableView::activated, this, [this, view] {
        m_lastList = view;
        openSelected();
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, view] {
        m_lastList = view;
        updateActions();
    });
    return view;
}

ColumnFitter* DispatchPage::fitColumns(QTableView* view)
{
    auto* fitter = new ColumnFitter(view, BoardModel::Customer);
    fitter->setMaximumWidth(160); // long names and areas give way to the columns after them
    fitter->keepWhole(BoardModel::Number);
    fitter->keepWhole(BoardModel::Deadline);
    fitter->keepWhole(BoardModel::Sla); // "Stuck on site" said whole
    return fitter;
}

QString DispatchPage::settingsKey(const Session& session)
{
    // One board per user and database: a dispatcher of two operators keeps two layouts.
    const QByteArray where = QCryptographicHash::hash(
        databaseLocation(session).displayName().toUtf8(), QCryptographicHash::Sha1)
                                 .toHex()
                                 .left(12);
    return u"ui/dispatch/"_s + QString::fromUtf8(session.actor().user.toUtf8().toPercentEncoding())
        + u'/' + QString::fromLatin1(where);
}

void DispatchPage::restoreLayout()
{
    const QSettings settings;
    const QString key = settingsKey(m_session);
    if (!settings.contains(key + u"/filters"_s))
        return;
    const QScopedValueRollback<bool> restoring(m_restoring, true);
    m_filters->restoreState(settings.value(key + u"/filters"_s).toMap());
    const QVariantList lanes = settings.value(key + u"/lanes"_s).toList();
    QPushButton* buttons[] = { m_overdue, m_dueSoon, m_unassigned, m_stuck };
    for (int i = 0; i < 4; ++i) {
        const QSignalBlocker blocker(buttons[i]);
        buttons[i]->setChecked(i < lanes.size() && lanes.at(i).toBool());
    }
    for (QTableView* view : { m_view, m_laneView }) {
        const QString name = view == m_view ? u"/board"_s : u"/lane"_s;
        QHeaderView* header = view->horizontalHeader();
        if (header->restoreState(settings.value(key + name).toByteArray())) {
            // The header keeps the sort without telling the view: the model is told here.
            view->model()->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        }
    }
}

void DispatchPage::storeLayout() const
{
    if (m_restoring)
        return;
    QSettings settings;
    const QString key = settingsKey(m_session);
    settings.setValue(key + u"/filters"_s, m_filters->state());
    settings.setValue(key + u"/lanes"_s,
        QVariantList { m_overdue->isChecked(), m_dueSoon->isChecked(), m_unassigned->isChecked(),
            m_stuck->isChecked() });
    settings.setValue(key + u"/board"_s, m_view->horizontalHeader()->saveState());
    settings.setValue(key + u"/lane"_s, m_laneView->horizontalHeader()->saveState());
}

void DispatchPage::resetLayout()
{
    QSettings().remove(settingsKey(m_session));
    {
        const QScopedValueRollback<bool> restoring(m_restoring, true);
        m_filters->restoreState({});
        for (QPushButton* lane : { m_overdue, m_dueSoon, m_unassigned, m_stuck }) {
            const QSignalBlocker blocker(lane);
            lane->setChecked(false);
        }
        const QList<int> boardHidden { BoardModel::Phone, BoardModel::Unit, BoardModel::Received };
        const QList<int> laneHidden { BoardModel::Team, BoardModel::Technician,
            BoardModel::Appointment, BoardModel::Received };
        for (QTableView* view : { m_view, m_laneView }) {
            QHeaderView* header = view->horizontalHeader();
            ColumnChooser* chooser = view == m_view ? m_boardColumns : m_laneColumns;
            const QList<int>& hidden = view == m_view ? boardHidden : laneHidden;
            for (int column = 0; column < BoardModel::ColumnCount; ++column) {
                header->moveSection(header->visualIndex(column), column);
                chooser->setColumnVisible(column, !hidden.contains(column));
            }
            header->setSortIndicator(BoardModel::Deadline, Qt::AscendingOrder);
            // A new fitter: the old one stopped fitting once the user sized a column.
            ColumnFitter*& fitter = view == m_view ? m_boardFitter : m_laneFitter;
            delete fitter;
            fitter = fitColumns(view);
            fitter->fitNow();
        }
    }
    applyFilters();
    emit statusMessage(tr("The board's filters, sort and columns are back to their defaults."));
}

BoardQuery DispatchPage::boardQuery() const
{
    BoardQuery query = m_filters->query();
    query.overdue = m_overdue->isChecked();
    query.dueSoon = m_dueSoon->isChecked();
    query.unassignedOnly = m_unassigned->isChecked();
    query.stuckOnSite = m_stuck->isChecked();
    query.sort = m_model->query().sort;
    query.descending = m_model->query().descending;
    return query;
}

void DispatchPage::refresh()
{
    Result<OrganisationData> data = OrganisationData::load(m_session);
    if (data.ok()) {
        const QSignalBlocker blocker(m_filters);
        m_filters->setOrganisation(data.value());
    }
    m_loaded = true;
    reloadLists();
    if (m_tabs->currentWidget() == m_teamDay)
        m_teamDay->refresh();
    if (m_tabs->currentWidget() == m_schedule)
        m_schedule->refresh();
}

void DispatchPage::applyFilters()
{
    if (m_loaded)
        reloadLists();
}

void DispatchPage::reloadLists()
{
    const QString selected = selectedOrder() ? selectedOrder()->number : QString();
    m_banner->hide();
    const BoardQuery query = boardQuery();
    // The lane: open orders nobody has, within the area, unit, kind and search filters.
    BoardQuery lane = m_filters->query();
    lane.scope = BoardQuery::Scope::Open;
    lane.status.reset();
    lane.teamCode.clear();
    lane.unassignedOnly = true;
    lane.overdue = query.overdue;
    lane.dueSoon = query.dueSoon;
    if (m_model->setQuery(query).ok())
        (void)m_laneModel->setQuery(lane);
    updateCounts();
    if (!selected.isEmpty())
        selectOrder(selected);
    updateActions();
}

void DispatchPage::updateCounts()
{
    BoardService board(m_session);
    // The lanes count the filters' open work whatever lane is chosen, so that choosing
    // "overdue" does not turn the other two buttons to zero.
    const BoardQuery filters = m_filters->query();
    Result<BoardCounts> counts = board.counts(filters);
    if (!counts.ok()) {
        showBanner(counts.error());
        return;
    }
    m_counts = counts.value();
    const BoardQuery query = boardQuery();
    if (query.overdue || query.dueSoon || query.unassignedOnly || query.stuckOnSite) {
        Result<qint64> matching = board.matching(query, m_counts.cap);
        m_counts.matching = matching.ok() ? matching.value() : 0;
    }
    const qint64 cap = m_counts.cap;
    m_overdue->setText(tr("Overdue: %1").arg(countText(m_counts.overdue, cap)));
    m_dueSoon->setText(tr("Due within 2 h: %1").arg(countText(m_counts.dueSoon, cap)));
    m_unassigned->setText(tr("Unassigned: %1").arg(countText(m_counts.unassigned, cap)));
    m_stuck->setText(tr("Stuck on site: %1").arg(countText(m_counts.stuckOnSite, cap)));
    // A search that finds nothing says so, rather than "no orders" or "every order has a
    // team", which would be news about the work and not about the search.
    const QString search = filters.search.trimmed();
    if (!search.isEmpty() && m_counts.matching == 0)
        m_matching->setText(tr("No order matches “%1”").arg(search));
    else if (m_counts.matching >= cap)
        m_matching->setText(tr("More than %1 orders on the board").arg(QLocale().toString(cap)));
    else
        m_matching->setText(tr("%Ln orders on the board", nullptr, int(m_counts.matching)));
    if (m_counts.unassigned == 0 && !search.isEmpty())
        m_laneTitle->setText(
            tr("Unassigned lane — no open order without a team matches “%1”").arg(search));
    else if (m_counts.unassigned == 0)
        m_laneTitle->setText(tr("Unassigned lane — every open order has a team"));
    else if (m_counts.unassigned >= cap)
        m_laneTitle->setText(
            tr("Unassigned lane — more than %1 orders nobody has taken, the earliest deadline "
               "first (A assigns)")
                .arg(QLocale().toString(cap)));
    else
        m_laneTitle->setText(
            tr("Unassigned lane — %Ln orders nobody has taken, the earliest deadline first "
               "(A assigns)",
                nullptr, int(m_counts.unassigned)));
}

void DispatchPage::updateActions()
{
    const bool dispatcher = isAllowed(m_session.actor().role, Action::DispatchOrders);
    const std::optional<WorkOrder> order = selectedOrder();
    m_newOrder->setEnabled(dispatcher);
    m_assign->setEnabled(
        order && canTakeStep(m_session.actor().role, OrderStep::Assign, order->status));
    m_open->setEnabled(order.has_value());
}

void DispatchPage::tick()
{
    m_model->refreshTimes();
    m_laneModel->refreshTimes();
    if (isVisible())
        updateCounts();
}

QTableView* DispatchPage::activeList() const
{
    if (m_laneView->hasFocus())
        return m_laneView;
    if (m_view->hasFocus())
        return m_view;
    return m_lastList ? m_lastList : m_view;
}

std::optional<WorkOrder> DispatchPage::selectedOrder() const
{
    QTableView* list = activeList();
    const QModelIndex current = list->currentIndex();
    auto* model = static_cast<BoardModel*>(list->model());
    if (!current.isValid() || current.row() >= model->rowCount())
        return std::nullopt;
    return model->order(current.row());
}

void DispatchPage::selectOrder(const QString& number)
{
    for (QTableView* list : { m_view, m_laneView }) {
        auto* model = static_cast<BoardModel*>(list->model());
        const int row = model->rowOf(number);
        if (row >= 0)
            list->setCurrentIndex(model->index(row, BoardModel::Number));
    }
}

QPushButton* DispatchPage::laneButton(Lane lane) const
{
    switch (lane) {
    case Lane::Overdue:
        return m_overdue;
    case Lane::DueSoon:
        return m_dueSoon;
    case Lane::Unassigned:
        return m_unassigned;
    case Lane::StuckOnSite:
        return m_stuck;
    }
    return nullptr;
}

void DispatchPage::setLane(Lane lane, bool on)
{
    laneButton(lane)->setChecked(on);
}

bool DispatchPage::assignSelected()
{
    const std::optional<WorkOrder> order = selectedOrder();
    if (!order || !m_assign->isEnabled())
        return false;
    AssignDialog dialog(m_session, *order, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const WorkOrder& saved = dialog.change().order;
    const QString who = saved.technicianName.isEmpty()
        ? saved.teamCode
        : saved.teamCode + u" · "_s + saved.technicianName;
    afterChange(saved.number, tr("Order %1 assigned to %2.").arg(saved.number, who),
        dialog.change().warnings);
    return true;
}

void DispatchPage::openSelected()
{
    const std::optional<WorkOrder> order = selectedOrder();
    if (!order)
        return;
    OrderDialog dialog(m_session, order->number, this);
    dialog.exec();
    if (dialog.changed())
        afterChange(order->number, tr("Saved order %1.").arg(order->number), {});
}

void DispatchPage::newRecord()
{
    if (!m_newOrder->isEnabled())
        return;
    NewOrderDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    afterChange(dialog.created().number,
        tr("Order %1 created; it is in the unassigned lane.").arg(dialog.created().number), {});
}

void DispatchPage::afterChange(
    const QString& number, const QString& outcome, const QStringList& warnings)
{
    reloadLists();
    selectOrder(number);
    emit statusMessage(outcome);
    if (!warnings.isEmpty())
        showBanner(outcome + u' ' + warnings.join(u' '));
    if (m_tabs->currentWidget() == m_teamDay)
        m_teamDay->refresh();
}

void DispatchPage::showBanner(const QString& text)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(u"background: %1; color: %2; padding: 6px; border: 1px solid %3;"_s.arg(
        colourName(ColourRole::WarningBackgroundSoft), colourName(ColourRole::WarningText),
        colourName(ColourRole::WarningBorder)));
    m_banner->show();
}

QString DispatchPage::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void DispatchPage::focusSearch()
{
    m_filters->searchEdit()->setFocus();
    m_filters->searchEdit()->selectAll();
}

} // namespace fd
