// Switching the language rebuilds every visible string at once.
#include "language.h"
#include "mainwindow.h"
#include "models/recordtablemodel.h"
#include "pages/organisationpage.h"
#include "pages/recordtab.h"
#include "uitest.h"

#include <QCoreApplication>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

using UiLanguageTest = UiTest;

QString translated(const char* text)
{
    return QCoreApplication::translate("fd::MainWindow", text);
}

TEST_F(UiLanguageTest, SwitchingRetranslatesNavigationMenusAndPages)
{
    MainWindow window(m_db.session());
    window.showPage(MainWindow::Organisation);
    window.organisationPage()->setCurrentTab(OrganisationPage::Teams);
    const Page* before = window.page(MainWindow::Organisation);

    ASSERT_TRUE(window.switchLanguage(u"zh_CN"_s));
    EXPECT_EQ(window.language(), u"zh_CN"_s);
    // Whatever the Chinese file holds today, the window shows what tr() now returns.
    EXPECT_EQ(window.navigation()->item(MainWindow::Dispatch)->text(), translated("Dispatch"));
    EXPECT_EQ(window.navigation()->item(MainWindow::Settings)->text(), translated("Settings"));
    EXPECT_EQ(window.menuBar()->actions().first()->text(), translated("&File"));
    EXPECT_EQ(window.organisationPage()->tab(OrganisationPage::Units)->title(),
        QCoreApplication::translate("fd::UnitsTab", "Units"));
    // The pages were rebuilt, and the user is where they were.
    EXPECT_NE(window.page(MainWindow::Organisation), before);
    EXPECT_EQ(window.currentPage(), MainWindow::Organisation);
    EXPECT_EQ(window.organisationPage()->currentTab(), OrganisationPage::Teams);
    EXPECT_GT(window.organisationPage()->tab(OrganisationPage::Teams)->model()->rowCount(), 0);

    ASSERT_TRUE(window.switchLanguage(u"en"_s));
    EXPECT_EQ(window.navigation()->item(MainWindow::Dispatch)->text(), u"Dispatch"_s);
    EXPECT_EQ(window.menuBar()->actions().first()->text(), u"&File"_s);
}

TEST_F(UiLanguageTest, LanguageMenuOffersEveryLanguageCheckable)
{
    MainWindow window(m_db.session());
    const QList<QAction*> menus = window.menuBar()->actions();
    ASSERT_GE(menus.size(), 3);
    const QList<QAction*> languages = menus.at(1)->menu()->actions();
    ASSERT_EQ(languages.size(), availableLanguages().size());
    int checked = 0;
    for (int i = 0; i < languages.size(); ++i) {
        EXPECT_EQ(languages.at(i)->text(), availableLanguages().at(i).nativeName);
        EXPECT_TRUE(languages.at(i)->isCheckable());
        checked += languages.at(i)->isChecked() ? 1 : 0;
    }
    EXPECT_EQ(checked, 1);
}

} // namespace
} // namespace fd::test

namespace fd::test {

// Issue 6: Qt's own dialogs and the user's locale follow the language too.
TEST(UiLanguageLocale, QtsOwnButtonsDatesAndNumbersFollowTheLanguage)
{
    ASSERT_TRUE(installLanguage(u"es"_s));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancelar"_s)
        << "qtbase_es is installed";
    EXPECT_EQ(QLocale().toString(1234.5, 'f', 1), u"1234,5"_s);
    EXPECT_EQ(QLocale().dayName(1), u"lunes"_s);
    ASSERT_TRUE(installLanguage(u"zh_CN"_s));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
    EXPECT_EQ(QLocale().dayName(1), u"星期一"_s);
    ASSERT_TRUE(installLanguage(u"en"_s));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    EXPECT_EQ(QLocale().toString(1234.5, 'f', 1), u"1,234.5"_s);
}

} // namespace fd::test
