#include "mainwindow.h"

#include "dialogs/importdialog.h"
#include "dialogs/importproblemsdialog.h"
#include "dialogs/userdialog.h"
#include "language.h"
#include "models/cellformat.h"
#include "pages/appealspage.h"
#include "pages/auditpage.h"
#include "pages/callbackspage.h"
#include "pages/complaintspage.h"
#include "pages/compliancepage.h"
#include "pages/dispatchpage.h"
#include "pages/evaluationpage.h"
#include "pages/organisationpage.h"
#include "pages/placeholderpage.h"
#include "pages/qualitypage.h"
#include "pages/settingspage.h"
#include "pages/userspage.h"
#include "rules/permissions.h"
#include "services/connection.h"
#include "services/ruleservice.h"
#include "widgets/palette.h"
#include "workers/dailybackupjob.h"
#include "workers/importjob.h"

#include <QActionGroup>
#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// The page each user had open last, so that the evaluator does not start on the page an
// agent left on a shared desk.
QString lastPageKey(const Session& session)
{
    return u"ui/lastPage/"_s + session.actor().user;
}

} // namespace

MainWindow::MainWindow(const Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_language(preferredLanguage())
{
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setFixedWidth(180);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(
        u"QListWidget { background: %1; color: %2; padding-top: 8px; }"
        " QListWidget::item { padding: 9px 14px; border: none; }"
        " QListWidget::item:selected { background: %3; color: %4; }"_s.arg(
            colourName(ColourRole::NavigationBackground), colourName(ColourRole::NavigationText),
            colourName(ColourRole::Accent), colourName(ColourRole::TextOnStrong)));
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    for (int id = 0; id < PageCount; ++id)
        new QListWidgetItem(m_navigation);
    layout->addWidget(m_navigation);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_userLabel = new QLabel(this);
    m_databaseLabel = new QLabel(this);
    m_rulesLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_rulesLabel);
    m_backupProgress = new QProgressBar(this);
    m_backupProgress->setRange(0, 100);
    m_backupProgress->setMaximumWidth(220);
    m_backupProgress->setVisible(false);
    statusBar()->addPermanentWidget(m_backupProgress);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size())
            return;
        m_stack->setCurrentIndex(row);
        m_pages.at(row)->refresh();
        QSettings().setValue(lastPageKey(m_session), pageKey(PageId(row)));
    });
    // Window-wide keys: they work wherever the focus is, the navigation list included.
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(
        find, &QShortcut::activated, this, [this] { m_pages.at(currentPage())->focusSearch(); });
    auto* create = new QShortcut(QKeySequence::New, this);
    connect(
        create, &QShortcut::activated, this, [this] { m_pages.at(currentPage())->newRecord(); });
    // Ctrl+1… follow the navigation as the role sees it: Ctrl+1 is its first visible entry,
    // Ctrl+0 the tenth (as on the keyboard's row of digits).
    int position = 0;
    for (int id = 0; id < PageCount && position < 10; ++id) {
        if (!pageAllowed(m_session.actor().role, PageId(id)))
            continue;
        const Qt::Key digit = position < 9 ? Qt::Key(Qt::Key_1 + position) : Qt::Key_0;
        auto* jump = new QShortcut(QKeySequence(Qt::CTRL | digit), this);
        connect(jump, &QShortcut::activated, this, [this, id] { showPage(PageId(id)); });
        m_jumps.insert(PageId(id), jump->key());
        ++position;
    }

    retranslate();
    const QString last = QSettings().value(lastPageKey(m_session)).toString();
    const Role role = m_session.actor().role;
    // The page it used last time, else the first it may use.
    PageId start = PageCount;
    for (int id = PageCount - 1; id >= 0; --id) {
        if (pageAllowed(role, PageId(id)))
            start = PageId(id);
    }
    for (int id = 0; id < PageCount; ++id) {
        if (pageAllowed(role, PageId(id)) && pageKey(PageId(id)) == last)
            start = PageId(id);
    }
    showPage(start);
    setMinimumSize(smallestSize());
    resize(1280, 800);
}

QString MainWindow::pageTitle(PageId id)
{
    switch (id) {
    case Dispatch:
        return tr("Dispatch");
    case Callbacks:
        return tr("Callbacks");
    case Complaints:
        return tr("Complaints");
    case Quality:
        return tr("Callback quality");
    case Evaluation:
        return tr("Evaluation");
    case Appeals:
        return tr("Appeals");
    case Organisation:
        return tr("Organisation");
    case Compliance:
        return tr("Compliance");
    case Audit:
        return tr("Audit log");
    case Users:
        return tr("Users");
    case Settings:
        return tr("Settings");
    case PageCount:
        break;
    }
    return {};
}

QString MainWindow::pageKey(PageId id)
{
    static const QString keys[] = { u"dispatch"_s, u"callbacks"_s, u"complaints"_s, u"quality"_s,
        u"evaluation"_s, u"appeals"_s, u"organisation"_s, u"compliance"_s, u"audit"_s, u"users"_s,
        u"settings"_s };
    return keys[id];
}

bool MainWindow::pageAllowed(Role role, PageId id)
{
    // SPEC §1: a unit representative sees its unit's orders, evaluation and compliance, and
    // its unit's appeals (§10).
    if (role == Role::UnitRepresentative)
        return id == Dispatch || id == Evaluation || id == Appeals || id == Compliance;
    switch (id) {
    case Dispatch:
        return role != Role::CallbackAgent && role != Role::CallbackSupervisor;
    case Callbacks:
    case Complaints:
        return role != Role::Dispatcher;
    case Quality:
        return isAllowed(role, Action::ViewCallQuality);
    case Evaluation:
    case Appeals:
    case Audit:
    case Settings:
        return role == Role::Evaluator || role == Role::Admin;
    case Organisation:
    case Compliance:
        return role != Role::CallbackAgent && role != Role::CallbackSupervisor;
    case Users:
        return role == Role::Admin;
    case PageCount:
        break;
    }
    return false;
}

Page* MainWindow::makePage(PageId id)
{
    if (!pageAllowed(m_session.actor().role, id))
        return new PlaceholderPage(
            pageTitle(id), tr("Your role does not use this page."), {}, m_stack);
    switch (id) {
    case Dispatch:
        return new DispatchPage(m_session, m_stack);
    case Callbacks:
        return new CallbacksPage(m_session, m_stack);
    case Complaints:
        return new ComplaintsPage(m_session, m_stack);
    case Quality:
        return new QualityPage(m_session, m_stack);
    case Evaluation:
        return new EvaluationPage(m_session, m_stack);
    case Appeals:
        return new AppealsPage(m_session, m_stack);
    case Organisation:
        return new OrganisationPage(m_session, m_stack);
    case Compliance:
        return new CompliancePage(m_session, m_stack);
    case Audit:
        return new AuditPage(m_session, m_stack);
    case Users:
        return new UsersPage(m_session, m_stack);
    case Settings:
        return new SettingsPage(m_session, m_stack);
    case PageCount:
        break;
    }
    return nullptr;
}

void MainWindow::buildPages()
{
    for (Page* page : std::as_const(m_pages)) {
        m_stack->removeWidget(page);
        delete page;
    }
    m_pages.clear();
    for (int id = 0; id < PageCount; ++id) {
        Page* page = makePage(PageId(id));
        connect(page, &Page::dataChanged, this, &MainWindow::refreshStatusBar);
        connect(page, &Page::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
        m_stack->addWidget(page);
        m_pages.append(page);
    }
}

void MainWindow::buildMenus()
{
    // The old menus go later: this may run from one of their own actions (Language ▸ …).
    const QList<QMenu*> oldMenus
        = menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    for (QMenu* menu : oldMenus)
        menu->deleteLater();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* import = file->addAction(tr("&Import CSV…"), this, &MainWindow::openImportDialog);
    import->setShortcut(Qt::CTRL | Qt::Key_I);
    file->addSeparator();
    file->addAction(tr("Change &password…"), this, &MainWindow::changePassword);
    file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* languages = menuBar()->addMenu(tr("&Language"));
    if (m_languages)
        m_languages->deleteLater();
    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    for (const LanguageOption& option : availableLanguages()) {
        QAction* action = languages->addAction(option.nativeName);
        action->setCheckable(true);
        action->setChecked(option.code == m_language);
        action->setData(option.code);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = option.code] {
            if (!switchLanguage(code)) {
                QMessageBox::warning(this, tr("Language"),
                    tr("The translation for %1 could not be loaded; FiberDesk stays in the current "
                       "language.")
                        .arg(code));
            }
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About FiberDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    // Pages are rebuilt rather than retranslated in place: every string, including those
    // computed into models (statuses, yes/no, number formats), comes out in the new language,
    // and no widget needs a second code path that could forget one.
    const bool first = m_pages.isEmpty();
    const PageId current = first ? Organisation : currentPage();
    const auto tab
        = first || !organisationPage() ? OrganisationPage::Units : organisationPage()->currentTab();
    // The evaluation's month and unit are where the evaluator is working: kept too.
    auto* evaluation = first ? nullptr : qobject_cast<EvaluationPage*>(m_pages.value(Evaluation));
    const QDate evaluationMonth = evaluation ? evaluation->month() : QDate();
    const QString evaluationUnit = evaluation && evaluation->selectedUnit()
        ? evaluation->selectedUnit()->unitCode
        : QString();
    const QDate qualityMonth = first || !qualityPage() ? QDate() : qualityPage()->month();
    setWindowTitle(tr("FiberDesk — %1").arg(databaseLocation(m_session).displayName()));
    buildMenus();
    for (int id = 0; id < PageCount; ++id) {
        QListWidgetItem* item = m_navigation->item(id);
        item->setText(pageTitle(PageId(id)));
        if (m_jumps.contains(PageId(id)))
            item->setToolTip(m_jumps.value(PageId(id)).toString(QKeySequence::NativeText));
        item->setHidden(!pageAllowed(m_session.actor().role, PageId(id)));
    }
    {
        const QSignalBlocker blocker(m_navigation);
        buildPages();
    }
    if (!first) {
        if (organisationPage())
            organisationPage()->setCurrentTab(tab);
        if (auto* page = qobject_cast<EvaluationPage*>(m_pages.value(Evaluation));
            page && evaluationMonth.isValid()) {
            page->setMonth(evaluationMonth);
            if (!evaluationUnit.isEmpty())
                page->selectUnit(evaluationUnit);
        }
        if (qualityPage() && qualityMonth.isValid())
            qualityPage()->setMonth(qualityMonth);
        m_stack->setCurrentIndex(current);
        m_pages.at(current)->refresh();
    }
    refreshStatusBar();
}

bool MainWindow::switchLanguage(const QString& code)
{
    if (!installLanguage(code)) {
        installLanguage(m_language);
        return false;
    }
    m_language = code;
    storeLanguage(code);
    retranslate();
    return true;
}

void MainWindow::showPage(PageId id)
{
    if (!pageAllowed(m_session.actor().role, id))
        return;
    if (m_navigation->currentRow() == id) {
        m_stack->setCurrentIndex(id);
        return;
    }
    m_navigation->setCurrentRow(id);
}

MainWindow::PageId MainWindow::currentPage() const
{
    return PageId(qMax(0, m_stack->currentIndex()));
}

Page* MainWindow::page(PageId id) const
{
    return m_pages.value(id);
}

OrganisationPage* MainWindow::organisationPage() const
{
    return qobject_cast<OrganisationPage*>(m_pages.value(Organisation));
}

DispatchPage* MainWindow::dispatchPage() const
{
    return qobject_cast<DispatchPage*>(m_pages.value(Dispatch));
}

QualityPage* MainWindow::qualityPage() const
{
    return qobject_cast<QualityPage*>(m_pages.value(Quality));
}

CompliancePage* MainWindow::compliancePage() const
{
    return qobject_cast<CompliancePage*>(m_pages.value(Compliance));
}

SettingsPage* MainWindow::settingsPage() const
{
    return qobject_cast<SettingsPage*>(m_pages.value(Settings));
}

void MainWindow::refreshStatusBar()
{
    m_userLabel->setText(tr("Signed in as %1 (%2)")
                             .arg(m_session.actor().user, roleDisplayName(m_session.actor().role)));
    m_databaseLabel->setText(tr("Database: %1").arg(databaseLocation(m_session).displayName()));
    Result<RuleSet> rules = RuleService(m_session).current();
    m_rulesLabel->setText(rules.ok() ? tr("Rules version %1").arg(rules.value().version())
                                     : tr("Rules unreadable: %1").arg(rules.error()));
}

void MainWindow::followBackup(DailyBackupJob* job)
{
    if (!job || !job->isRunning())
        return;
    m_backupProgress->setFormat(tr("Today's backup: %p %"));
    m_backupProgress->setValue(0);
    m_backupProgress->setVisible(true);
    connect(job, &DailyBackupJob::progressed, m_backupProgress, &QProgressBar::setValue);
    connect(job, &DailyBackupJob::finished, this,
        [this](const QString& written, qint64 bytes, const QString& error, bool stopped) {
            m_backupProgress->setVisible(false);
            if (stopped)
                return;
            if (!error.isEmpty()) {
                statusBar()->showMessage(error, 60000);
            } else if (!written.isEmpty()) {
                statusBar()->showMessage(tr("Today's backup is written: %1 (%2).")
                                             .arg(written, QLocale().formattedDataSize(bytes)),
                    15000);
            }
        });
}

void MainWindow::refreshAll()
{
    m_pages.at(currentPage())->refresh();
    refreshStatusBar();
}

void MainWindow::openImportDialog()
{
    ImportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImportJobResult result = importFile(dialog.kind(), dialog.path(), dialog.options());
    if (result.ok) {
        QMessageBox::information(
            this, tr("Import CSV"), importSummary(dialog.kind(), dialog.path(), result));
    } else if (result.cancelled) {
        statusBar()->showMessage(tr("Import cancelled; nothing was written."), 10000);
    } else {
        ImportProblemsDialog problems(result.failure, this);
        problems.exec();
    }
}

ImportJobResult MainWindow::importFile(
    ImportKind kind, const QString& path, const ImportOptions& options)
{
    ImportJobResult result = runImportWithProgress(m_session, kind, path, this, options);
    if (result.ok) {
        refreshAll();
        statusBar()->showMessage(importSummary(kind, path, result), 15000);
    }
    return result;
}

QString MainWindow::importSummary(
    ImportKind kind, const QString& path, const ImportJobResult& result)
{
    const SaveSummary& summary = result.outcome.summary;
    return tr("Imported %1 from “%2”: %3 rows — %4 new, %5 updated, %6 unchanged.")
        .arg(importKindDisplayName(kind), QFileInfo(path).fileName())
        .arg(formatCount(result.outcome.rows), formatCount(summary.created),
            formatCount(summary.updated), formatCount(summary.unchanged));
}

void MainWindow::signOut()
{
    m_signOut = true;
    close();
}

void MainWindow::changePassword()
{
    PasswordDialog dialog(m_session, PasswordDialog::Mode::OwnChange, m_session.actor().user, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 10000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About FiberDesk"),
        tr("<h3>FiberDesk %1</h3><p>Work orders, next-day callbacks and monthly scoring for "
           "broadband field "
           "maintenance.</p><p>This version manages the organisation of the maintenance units, "
           "checks it against "
           "the allocation rules and keeps the versioned rules.</p><p>Database: %2</p>")
            .arg(QStringLiteral(FIBERDESK_VERSION),
                databaseLocation(m_session).displayName().toHtmlEscaped()));
}

} // namespace fd
