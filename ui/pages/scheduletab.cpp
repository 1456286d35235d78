#include "scheduletab.h"

#include "models/organisationdata.h"
#include "models/schedulemodel.h"
#include "models/unbookedmodel.h"
#include "pages/schedulecommand.h"
#include "pages/scheduleplan.h"
#include "reports/daysheetpdf.h"
#include "rules/permissions.h"
#include "services/orderservice.h"
#include "services/outputtarget.h"
#include "services/scheduleservice.h"
#include "widgets/palette.h"
#include "widgets/scheduleview.h"
#include "widgets/tableviews.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// The standard visit of each kind (SPEC §15's defaults), for an order without a window.
int standardMinutes(OrderKind kind)
{
    switch (kind) {
    case OrderKind::Install:
        return 120;
    case OrderKind::Move:
    case OrderKind::Repair:
        return 90;
    case OrderKind::Removal:
        return 60;
    }
    return 120;
}

bool askToBook(QWidget* parent, const QString& question, const QList<ScheduleProblem>& problems)
{
    QMessageBox box(QMessageBox::Warning, ScheduleTab::tr("Book with problems?"), question,
        QMessageBox::NoButton, parent);
    box.setInformativeText(ScheduleModel::problemsText(problems));
    QPushButton* book = box.addButton(ScheduleTab::tr("Book anyway"), QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel); // a problem is worth a second look: Enter does not book
    box.exec();
    return box.clickedButton() == book;
}

} // namespace

ScheduleTab::ScheduleTab(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_confirm([this](const QString& question, const QList<ScheduleProblem>& problems) {
        return askToBook(this, question, problems);
    })
{
    m_model = new ScheduleModel(session, this);
    m_unbooked = new UnbookedModel(session, this);
    m_undo = new QUndoStack(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);

    auto* bar = new QHBoxLayout;
    auto* dayLabel = new QLabel(tr("From"), this);
    m_date = new QDateEdit(session.today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    dayLabel->setBuddy(m_date);
    bar->addWidget(dayLabel);
    bar->addWidget(m_date);
    m_zoom = new QButtonGroup(this);
    const QList<std::pair<Zoom, QString>> zooms { { Zoom::Day, tr("Day") },
        { Zoom::ThreeDays, tr("3 days") }, { Zoom::Week, tr("Week") } };
    for (const auto& [zoom, text] : zooms) {
        auto* button = new QPushButton(text, this);
        button->setCheckable(true);
        button->setChecked(zoom == Zoom::Day);
        m_zoom->addButton(button, int(zoom));
        bar->addWidget(button);
    }
    bar->addSpacing(8);
    m_unit = new QComboBox(this);
    m_unit->setAccessibleName(tr("Unit"));
    m_area = new QComboBox(this);
    m_area->setAccessibleName(tr("Area"));
    bar->addWidget(m_unit);
    bar->addWidget(m_area);
    bar->addStretch(1);
    m_undoButton = new QPushButton(tr("Undo"), this);
    m_undoButton->setToolTip(tr("Undo the last booking (Ctrl+Z)"));
    m_redoButton = new QPushButton(tr("Redo"), this);
    m_redoButton->setToolTip(tr("Redo the booking undone (Ctrl+Shift+Z)"));
    m_sheet = new QPushButton(tr("Day sheet (PDF)…"), this);
    m_sheet->setToolTip(tr("The chosen team's day, to take on the road"));
    m_plan = new QPushButton(tr("Plan the day…"), this);
    m_plan->setToolTip(
        tr("Propose a team and a window for every order due by tomorrow that has none"));
    bar->addWidget(m_undoButton);
    bar->addWidget(m_redoButton);
    bar->addWidget(m_sheet);
    layout->addLayout(bar);

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_listTitle = new QLabel(left);
    m_listTitle->setWordWrap(true);
    leftLayout->addWidget(m_listTitle);
    m_list = new QTableView(left);
    setUpRecordTable(m_list);
    m_list->setSortingEnabled(false);
    m_list->setModel(m_unbooked);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(UnbookedModel::Customer, QHeaderView::Stretch);
    leftLayout->addWidget(m_list, 1);
    auto* form = new QFormLayout;
    m_team = new QComboBox(left);
    m_start = new QDateTimeEdit(left);
    m_start->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_length = new QSpinBox(left);
    m_length->setRange(15, 12 * 60);
    m_length->setSingleStep(15);
    m_length->setValue(120);
    m_length->setSuffix(tr(" min"));
    form->addRow(tr("Tea&m"), m_team);
    form->addRow(tr("St&art"), m_start);
    form->addRow(tr("Le&ngth"), m_length);
    leftLayout->addLayout(form);
    m_book = new QPushButton(tr("Book (Enter)"), left);
    m_book->setToolTip(tr("Assign the chosen order to the team and agree the window"));
    leftLayout->addWidget(m_book);
    leftLayout->addWidget(m_plan);
    split->addWidget(left);
    m_view = new ScheduleView(split);
    m_view->setModel(m_model);
    split->addWidget(m_view);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({ 400, 860 });
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    auto* legend = new QLabel(
        tr("<span style='background:%1'>&nbsp;overdue&nbsp;</span> "
           "<span style='background:%2'>&nbsp;due soon&nbsp;</span> "
           "<span style='background:%3'>&nbsp;on track&nbsp;</span> "
           "<span style='background:%4'>&nbsp;met&nbsp;</span> "
           "<span style='color:%5'>⚠ red edge: a problem</span> · "
           "<span style='background:%6'>&nbsp;shaded&nbsp;</span> more jobs than technicians · "
           "drag a block to move it, its right end to change its length")
            .arg(colourName(ColourRole::DangerBackground),
                colourName(ColourRole::WarningBackground), colourName(ColourRole::RowActive),
                colourName(ColourRole::SuccessBackground), colourName(ColourRole::DangerText),
                colourName(ColourRole::DangerBackgroundSoft)),
        this);
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true);
    layout->addWidget(legend);

    auto* undoKey = new QAction(this);
    undoKey->setShortcut(QKeySequence::Undo);
    undoKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoKey);
    auto* redoKey = new QAction(this);
    redoKey->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo });
    redoKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redoKey);
    connect(undoKey, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(redoKey, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoButton, &QPushButton::setEnabled);
    m_undoButton->setEnabled(false);
    m_redoButton->setEnabled(false);

    connect(m_date, &QDateEdit::dateChanged, this, &ScheduleTab::reload);
    connect(m_zoom, &QButtonGroup::idClicked, this, &ScheduleTab::reload);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ScheduleTab::reload);
    connect(m_area, &QComboBox::currentIndexChanged, this, &ScheduleTab::reload);
    connect(m_sheet, &QPushButton::clicked, this, &ScheduleTab::exportDaySheet);
    connect(m_book, &QPushButton::clicked, this, &ScheduleTab::bookFromForm);
    connect(m_list, &QTableView::activated, this, &ScheduleTab::bookFromForm);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                m_length->setValue(defaultMinutes(m_unbooked->order(current.row()).number));
        });
    connect(m_view, &ScheduleView::orderDropped, this, &ScheduleTab::dropped);
    connect(m_view, &ScheduleView::blockChanged, this,
        [this](const QString& number, const QString& team, const QDateTime& start,
            const QDateTime& end) {
            Booking target;
            target.teamCode = team;
            target.start = start;
            target.end = end;
            requestBooking(number, target);
        });
    connect(m_view, &ScheduleView::slotActivated, this,
        [this](const QString&, const QDateTime&) { bookFromForm(); });
    connect(m_view, &ScheduleView::cursorMoved, this,
        [this](const QString& team, const QDateTime& time) {
            const int index = m_team->findData(team);
            if (index >= 0)
                m_team->setCurrentIndex(index);
            const QDateTime local = time.toTimeZone(m_session.zone());
            m_start->setDateTime(QDateTime(local.date(), local.time()));
        });
    connect(m_view, &ScheduleView::orderActivated, this, &ScheduleTab::openOrder);
    for (QWidget* field : std::initializer_list<QWidget*> { m_team, m_start, m_length }) {
        auto* enter = new QAction(field);
        enter->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
        enter->setShortcutContext(Qt::WidgetShortcut);
        field->addAction(enter);
        connect(enter, &QAction::triggered, this, &ScheduleTab::bookFromForm);
    }
    const bool dispatcher = isAllowed(session.actor().role, Action::DispatchOrders);
    m_book->setEnabled(dispatcher);
    m_plan->setVisible(dispatcher); // a plan is for booking; others see the schedule
    m_planner = new SchedulePlanner(
        session, m_view, m_undo,
        [this](const QString& message) {
            reload();
            showBanner(message, false);
            emit statusMessage(message);
        },
        this);
    connect(m_plan, &QPushButton::clicked, this, &ScheduleTab::planTheDay);
    if (!dispatcher)
        m_book->setToolTip(tr("Only dispatchers book orders"));
    setTabOrder(m_list, m_team);
    setTabOrder(m_team, m_start);
    setTabOrder(m_start, m_length);
    setTabOrder(m_length, m_book);
    setTabOrder(m_book, m_view);
}

void ScheduleTab::refresh()
{
    loadFilters();
    reload();
}

void ScheduleTab::loadFilters()
{
    Result<OrganisationData> data = OrganisationData::load(m_session);
    if (!data.ok()) {
        showBanner(data.error(), true);
        return;
    }
    const QString unit = m_unit->currentData().toString();
    const QString area = m_area->currentData().toString();
    const QSignalBlocker unitBlocker(m_unit);
    const QSignalBlocker areaBlocker(m_area);
    m_unit->clear();
    m_unit->addItem(tr("All units"), QString());
    for (const Unit& each : data.value().units)
        m_unit->addItem(each.code + u" — "_s + each.name, each.code);
    m_area->clear();
    m_area->addItem(tr("All areas"), QString());
    for (const Area& each : data.value().areas) {
        if (each.active)
            m_area->addItem(each.code + u" — "_s + each.name, each.code);
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unit)));
    m_area->setCurrentIndex(std::max(0, m_area->findData(area)));
}

void ScheduleTab::reload()
{
    const QString unit = m_unit->currentData().toString();
    const QString area = m_area->currentData().toString();
    const int days = m_zoom->checkedId() > 0 ? m_zoom->checkedId() : 1;
    const QString chosen = selectedUnbooked();
    Status loaded = m_model->load(m_date->date(), days, unit, area);
    if (!loaded.ok())
        showBanner(loaded.error(), true);
    Status listed = m_unbooked->load(unit, area);
    if (!listed.ok())
        showBanner(listed.error(), true);
    const int count = m_unbooked->rowCount();
    m_listTitle->setText(count == 0 ? tr("To book — every open order has a window")
            : count >= UnbookedModel::kLimit
            ? tr("To book — the first %1 orders without a window, earliest deadline first")
                  .arg(count)
            : tr("To book — %n orders without a window, earliest deadline first", nullptr, count));
    m_listTitle->setToolTip(
        tr("Drag an order onto a team at a time, or choose it, then the team and the start "
           "below, and press Enter."));
    const QString team = m_team->currentData().toString();
    {
        const QSignalBlocker blocker(m_team);
        m_team->clear();
        for (const ScheduleModel::Row& row : m_model->rows())
            m_team->addItem(
                m_model->data(m_model->index(m_model->rowOfTeam(row.team.team), 0)).toString(),
                row.team.team);
        m_team->setCurrentIndex(std::max(0, m_team->findData(team)));
    }
    if (!m_start->dateTime().isValid() || m_start->date() < m_date->date()
        || m_start->date() >= m_date->date().addDays(days)) {
        m_start->setDateTime(QDateTime(m_date->date(), m_model->hours().start));
    }
    if (!chosen.isEmpty())
        selectUnbooked(chosen);
    if (!m_list->currentIndex().isValid() && count > 0)
        m_list->setCurrentIndex(m_unbooked->index(0, UnbookedModel::Number));
}

void ScheduleTab::setDate(const QDate& date)
{
    m_date->setDate(date); // reloads when it changes
}

void ScheduleTab::setZoom(Zoom zoom)
{
    m_zoom->button(int(zoom))->setChecked(true);
    reload();
}

void ScheduleTab::setFilters(const QString& unitCode, const QString& areaCode)
{
    const QSignalBlocker unitBlocker(m_unit);
    const QSignalBlocker areaBlocker(m_area);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unitCode)));
    m_area->setCurrentIndex(std::max(0, m_area->findData(areaCode)));
    reload();
}

QString ScheduleTab::selectedUnbooked() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || current.row() >= m_unbooked->rowCount())
        return {};
    return m_unbooked->order(current.row()).number;
}

void ScheduleTab::selectUnbooked(const QString& number)
{
    const int row = m_unbooked->rowOf(number);
    if (row >= 0)
        m_list->setCurrentIndex(m_unbooked->index(row, UnbookedModel::Number));
}

int ScheduleTab::defaultMinutes(const QString& number) const
{
    const int row = m_unbooked->rowOf(number);
    if (row >= 0)
        return standardMinutes(m_unbooked->order(row).kind);
    const QModelIndex index = m_model->indexOfOrder(number);
    if (const ScheduleModel::Block* block = m_model->block(index))
        return int(block->scheduled.start.secsTo(block->scheduled.end) / 60);
    return 120;
}

void ScheduleTab::dropped(const QString& number, const QString& teamCode, const QDateTime& start)
{
    Booking target;
    target.teamCode = teamCode;
    target.start = start;
    target.end = start.addSecs(qint64(defaultMinutes(number)) * 60);
    requestBooking(number, target);
}

bool ScheduleTab::bookFromForm()
{
    const QString number = selectedUnbooked();
    if (number.isEmpty()) {
        showBanner(tr("Choose an order in the list to book first."), true);
        return false;
    }
    const QString team = m_team->currentData().toString();
    if (team.isEmpty()) {
        showBanner(tr("Choose the team that is to take order %1.").arg(number), true);
        return false;
    }
    Booking target;
    target.teamCode = team;
    // The form shows the operator's wall-clock time.
    target.start = QDateTime(m_start->date(), m_start->time(), m_session.zone()).toUTC();
    target.end = target.start.addSecs(qint64(m_length->value()) * 60);
    return requestBooking(number, target);
}

bool ScheduleTab::requestBooking(const QString& number, const Booking& proposed)
{
    Result<std::optional<WorkOrder>> found = OrderService(m_session).find(number);
    if (!found.ok() || !found.value()) {
        showBanner(found.ok() ? tr("There is no order “%1”.").arg(number) : found.error(), true);
        return false;
    }
    const WorkOrder order = *found.value();
    const Booking before = bookingOf(order);
    Booking target = proposed;
    target.technicianCode = target.teamCode == order.teamCode ? order.technicianCode : QString();
    ScheduleService schedule(m_session);
    Result<QList<ScheduleProblem>> problems = schedule.preview(number, target);
    if (!problems.ok()) {
        showBanner(problems.error(), true);
        return false;
    }
    const QString what
        = tr("order %1 for %2, %3")
              .arg(number, target.teamCode, m_model->windowText(target.start, target.end));
    if (!problems.value().isEmpty()
        && !m_confirm(tr("Book %1? It would have these problems:").arg(what), problems.value())) {
        emit statusMessage(tr("Not booked: %1.").arg(what));
        return false;
    }
    Result<OrderChange> saved = schedule.book(number, order.version, target);
    if (!saved.ok()) {
        showBanner(saved.error(), true);
        reload();
        return false;
    }
    auto save = [this](const QString& each, int version, const Booking& booking) {
        return ScheduleService(m_session).book(each, version, booking);
    };
    auto done = [this](const QString& each, const QString& message, bool ok) {
        afterSave(each, message, ok);
    };
    m_undo->push(new ScheduleCommand(
        tr("Book %1").arg(what), number, before, target, saved.value().order.version, save, done));
    QString message = tr("Booked %1.").arg(what);
    if (!saved.value().warnings.isEmpty())
        message += u' ' + saved.value().warnings.join(u' ');
    if (!problems.value().isEmpty())
        message += u' '
            + tr("Booked despite: %1.")
                  .arg(ScheduleModel::problemsText(problems.value()).replace(u'\n', u"; "_s));
    afterSave(number, message, true);
    return true;
}

void ScheduleTab::planTheDay()
{
    m_planner->open(m_date->date(), this);
}

void ScheduleTab::afterSave(const QString& number, const QString& message, bool ok)
{
    reload();
    m_view->selectOrder(m_model->indexOfOrder(number).isValid() ? number : QString());
    showBanner(message, !ok);
    emit statusMessage(message);
    emit booked(number);
}

void ScheduleTab::showBanner(const QString& text, bool problem)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(u"background: %1; color: %2; padding: 6px; border: 1px solid %3;"_s.arg(
        colourName(problem ? ColourRole::WarningBackgroundSoft : ColourRole::SuccessBackground),
        colourName(problem ? ColourRole::WarningText : ColourRole::SuccessText),
        colourName(problem ? ColourRole::WarningBorder : ColourRole::Border)));
    m_banner->show();
}

QString ScheduleTab::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

Status ScheduleTab::saveDaySheet(const QString& teamCode, const QString& path)
{
    return exportDaySheetPdf(
        m_session, teamCode, m_date->date(), outputTarget(m_session, path, true));
}

void ScheduleTab::exportDaySheet()
{
    const QString team = m_team->currentData().toString();
    if (team.isEmpty()) {
        showBanner(tr("Choose a team for its day sheet."), true);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the day sheet"),
        u"day-sheet-%1-%2.pdf"_s.arg(team, m_date->date().toString(Qt::ISODate)),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    Status saved = saveDaySheet(team, path);
    if (!saved.ok()) {
        showBanner(saved.error(), true);
        return;
    }
    emit statusMessage(tr("Saved the day sheet of %1 to %2.").arg(team, path));
}

} // namespace fd
