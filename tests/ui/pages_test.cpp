// The main window opens offscreen on a demo database, lists every area of the product, and
// each page shows the rows the services hold.
#include "mainwindow.h"
#include "models/itemroles.h"
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"
#include "models/ruleversionmodel.h"
#include "pages/compliancepage.h"
#include "pages/dispatchpage.h"
#include "pages/organisationpage.h"
#include "pages/placeholderpage.h"
#include "pages/recordtab.h"
#include "pages/settingspage.h"
#include "services/areaservice.h"
#include "services/assessmentservice.h"
#include "services/complianceservice.h"
#include "services/teamservice.h"
#include "services/technicianservice.h"
#include "services/unitservice.h"
#include "storage/database.h"
#include "uitest.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

using UiPageTest = UiTest;

template <typename T> int countOf(Result<QList<T>> result)
{
    EXPECT_TRUE(result.ok()) << result.error().toStdString();
    return result.ok() ? int(result.value().size()) : -1;
}

TEST_F(UiPageTest, NavigationListsEveryAreaOfTheProduct)
{
    MainWindow window(m_db.session());
    QListWidget* navigation = window.navigation();
    ASSERT_EQ(navigation->count(), int(MainWindow::PageCount));
    const QStringList expected = { u"Dispatch"_s, u"Callbacks"_s, u"Complaints"_s,
        u"Callback quality"_s, u"Evaluation"_s, u"Appeals"_s, u"Organisation"_s, u"Compliance"_s,
        u"Audit log"_s, u"Users"_s, u"Settings"_s };
    for (int row = 0; row < navigation->count(); ++row)
        EXPECT_EQ(navigation->item(row)->text(), expected.at(row));
    EXPECT_TRUE(window.windowTitle().contains(m_db.database().location().displayName()));
}

TEST_F(UiPageTest, EveryPageOpens)
{
    MainWindow window(m_db.session());
    window.show();
    for (int id = 0; id < MainWindow::PageCount; ++id) {
        window.showPage(MainWindow::PageId(id));
        QApplication::processEvents();
        EXPECT_EQ(window.currentPage(), MainWindow::PageId(id));
        ASSERT_NE(window.page(MainWindow::PageId(id)), nullptr);
        EXPECT_TRUE(window.page(MainWindow::PageId(id))->isVisible());
    }
    EXPECT_NE(qobject_cast<DispatchPage*>(window.page(MainWindow::Dispatch)), nullptr);
    // The pages of later versions say so, and offer no buttons that do nothing.
    for (int id = 0; id < MainWindow::PageCount; ++id) {
        auto* page = qobject_cast<PlaceholderPage*>(window.page(MainWindow::PageId(id)));
        if (!page)
            continue;
        EXPECT_TRUE(page->findChildren<QPushButton*>().isEmpty());
        bool saysLater = false;
        for (const QLabel* label : page->findChildren<QLabel*>())
            saysLater = saysLater || label->text().contains(u"later version"_s);
        EXPECT_TRUE(saysLater);
    }
}

TEST_F(UiPageTest, OrganisationTabsShowTheServicesRows)
{
    MainWindow window(m_db.session());
    window.showPage(MainWindow::Organisation);
    OrganisationPage* page = window.organisationPage();
    ASSERT_TRUE(page->loadError().isEmpty());
    const Session& session = m_db.session();
    EXPECT_EQ(page->tab(OrganisationPage::Units)->model()->rowCount(),
        countOf(UnitService(session).list()));
    EXPECT_EQ(page->tab(OrganisationPage::Areas)->model()->rowCount(),
        countOf(AreaService(session).list()));
    EXPECT_EQ(page->tab(OrganisationPage::Teams)->model()->rowCount(),
        countOf(TeamService(session).list()));
    EXPECT_EQ(page->tab(OrganisationPage::Technicians)->model()->rowCount(),
        countOf(TechnicianService(session).list()));
    EXPECT_EQ(page->tab(OrganisationPage::Assessments)->model()->rowCount(),
        countOf(AssessmentService(session).list()));
    EXPECT_GE(page->tab(OrganisationPage::Equipment)->model()->rowCount(),
        countOf(UnitService(session).list()));
    for (int tab = 0; tab < OrganisationPage::TabCount; ++tab) {
        RecordTab* recordTab = page->tab(OrganisationPage::Tab(tab));
        EXPECT_EQ(recordTab->view()->model()->rowCount(), recordTab->model()->rowCount()) << tab;
        EXPECT_FALSE(recordTab->title().isEmpty());
    }
}

TEST_F(UiPageTest, SearchBoxFiltersTheTable)
{
    MainWindow window(m_db.session());
    window.showPage(MainWindow::Organisation);
    RecordTab* technicians = window.organisationPage()->tab(OrganisationPage::Technicians);
    const int all = technicians->view()->model()->rowCount();
    technicians->searchBox()->setText(u"  u02-p001 "_s);
    EXPECT_EQ(technicians->view()->model()->rowCount(), 1);
    technicians->searchBox()->clear();
    EXPECT_EQ(technicians->view()->model()->rowCount(), all);
}

TEST_F(UiPageTest, DeactivateAndReactivateATechnician)
{
    MainWindow window(m_db.session());
    window.showPage(MainWindow::Organisation);
    RecordTab* tab = window.organisationPage()->tab(OrganisationPage::Technicians);
    tab->selectKey(u"U02-P001"_s);
    ASSERT_EQ(tab->currentRow(), tab->model()->rowOfKey(u"U02-P001"_s));
    ASSERT_NE(tab->toggleButton(), nullptr);
    EXPECT_EQ(tab->toggleButton()->text(), u"Deactivate"_s);
    tab->toggleButton()->click();

    auto isActive = [this](const QString& code) {
        for (const Technician& technician : TechnicianService(m_db.session()).list().value()) {
            if (technician.code == code)
                return technician.active;
        }
        return true;
    };
    EXPECT_FALSE(isActive(u"U02-P001"_s));
    // The reloaded table keeps the selection on the record and offers the way back.
    EXPECT_EQ(tab->currentRow(), tab->model()->rowOfKey(u"U02-P001"_s));
    EXPECT_FALSE(tab->model()->rowActive(tab->currentRow()));
    EXPECT_EQ(tab->toggleButton()->text(), u"Reactivate"_s);
    tab->toggleButton()->click();
    EXPECT_TRUE(isActive(u"U02-P001"_s));
}

TEST_F(UiPageTest, HeadersSortTheTable)
{
    MainWindow window(m_db.session());
    window.showPage(MainWindow::Organisation);
    RecordTab* units = window.organisationPage()->tab(OrganisationPage::Units);
    QTableView* view = units->view();
    view->sortByColumn(1, Qt::DescendingOrder);
    const QAbstractItemModel* shown = view->model();
    for (int row = 1; row < shown->rowCount(); ++row) {
        EXPECT_GE(QString::localeAwareCompare(shown->index(row - 1, 1).data(SortRole).toString(),
                      shown->index(row, 1).data(SortRole).toString()),
            0);
    }
}

TEST_F(UiPageTest, KeyboardShortcutsReachTheSearchBox)
{
    MainWindow window(m_db.session());
    window.show();
    window.showPage(MainWindow::Organisation);
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        GTEST_SKIP() << "the platform does not activate windows";
    window.navigation()->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    RecordTab* units = window.organisationPage()->tab(OrganisationPage::Units);
    EXPECT_TRUE(units->searchBox()->hasFocus());
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Compliance);
}

TEST_F(UiPageTest, StatusBarNamesTheDatabaseAndTheRulesVersion)
{
    MainWindow window(m_db.session());
    QStringList texts;
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>())
        texts.append(label->text());
    const QString all = texts.join(u' ');
    EXPECT_TRUE(all.contains(m_db.database().location().displayName())) << all.toStdString();
    EXPECT_TRUE(all.contains(u"Rules version 1"_s)) << all.toStdString();
}

} // namespace
} // namespace fd::test
