#pragma once

#include "common/session.h"
#include "services/import/importkind.h"
#include "workers/importjob.h"

#include <QKeySequence>
#include <QMainWindow>
#include <QMap>

class QActionGroup;
class QLabel;
class QProgressBar;
class QListWidget;
class QStackedWidget;

namespace fd {

class CompliancePage;
class DailyBackupJob;
class DispatchPage;
class OrganisationPage;
class Page;
class QualityPage;
class SettingsPage;

// FiberDesk's window: a navigation list of every area of the product on the left, the
// area's page on the right, the database and the rules in force in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum PageId
    {
        Dispatch,
        Callbacks,
        Complaints,
        Quality,
        Evaluation,
        Appeals,
        Organisation,
        Compliance,
        Audit,
        Users,
        Settings,
        PageCount
    };

    explicit MainWindow(const Session& session, QWidget* parent = nullptr);

    const Session& session() const { return m_session; }
    void showPage(PageId id);
    PageId currentPage() const;
    Page* page(PageId id) const;
    // The pages by kind; nullptr for a page the signed-in role does not use.
    OrganisationPage* organisationPage() const;
    DispatchPage* dispatchPage() const;
    CompliancePage* compliancePage() const;
    QualityPage* qualityPage() const;
    SettingsPage* settingsPage() const;
    QListWidget* navigation() const { return m_navigation; }
    // The Ctrl+digit that opens `id`, numbered as the navigation shows the role's pages
    // (Ctrl+1 the first, …, Ctrl+9 the ninth, Ctrl+0 the tenth).
    QKeySequence pageShortcut(PageId id) const { return m_jumps.value(id); }
    static QString pageTitle(PageId id);
    // What each role sees (SPEC §1): a callback agent the callbacks and complaints, a
    // dispatcher the board and what it needs; the services refuse the rest anyway.
    static bool pageAllowed(Role role, PageId id);
    bool signOutRequested() const { return m_signOut; }
    static QString pageKey(PageId id); // "dispatch", "organisation"…: screenshot file names
    // The smallest the window can be made; every page is laid out to fit it (the layout
    // test checks each at this size and at 1280×800).
    static QSize smallestSize() { return { 1200, 720 }; }

    // Installs `code`'s translation, remembers it and rebuilds every visible string.
    // Returns false (and keeps the current language) when it cannot be loaded.
    bool switchLanguage(const QString& code);
    QString language() const { return m_language; }

    // File ▸ Import CSV… without its dialogs: runs the import off the GUI thread, refreshes
    // the pages on success and returns the outcome for the caller to show.
    ImportJobResult importFile(
        ImportKind kind, const QString& path, const ImportOptions& options = {});
    // "Imported orders from “x.csv”: 300,000 rows — …", figures grouped as the language does.
    static QString importSummary(
        ImportKind kind, const QString& path, const ImportJobResult& result);

    // Shows the day's background backup in the status bar while it runs, and its end.
    void followBackup(DailyBackupJob* job);
    QProgressBar* backupProgress() const { return m_backupProgress; }

private:
    void buildMenus();
    void buildPages();
    void retranslate();
    void refreshStatusBar();
    void refreshAll();
    void openImportDialog();
    void showAbout();
    void signOut();
    void changePassword();
    Page* makePage(PageId id);

    const Session& m_session;
    QString m_language;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<Page*> m_pages;
    QLabel* m_userLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_rulesLabel = nullptr;
    QProgressBar* m_backupProgress = nullptr;
    QActionGroup* m_languages = nullptr;
    QMap<PageId, QKeySequence> m_jumps; // Ctrl+digit of each page the role sees
    bool m_signOut = false;
};

} // namespace fd
