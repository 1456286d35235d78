// Issue 6 in the desktop program: sign-in, the first run, a role's restricted window, the
// users and audit pages.
#include "dialogs/signindialog.h"
#include "dialogs/userdialog.h"
#include "language.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "models/auditmodel.h"
#include "models/usermodel.h"
#include "pages/auditpage.h"
#include "pages/userspage.h"
#include "private/sql.h"
#include "services/auditservice.h"
#include "services/demo/demoservice.h"
#include "services/userservice.h"
#include "uitest.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

class UiSignInTest : public UiTest
{
protected:
    Session sessionOf(const Actor& actor)
    {
        Session session(m_db.database(), actor, m_db.session().zone());
        session.setClock([this] { return m_db.session().now(); });
        return session;
    }

    QStringList visiblePages(const MainWindow& window)
    {
        QStringList shown;
        for (int row = 0; row < window.navigation()->count(); ++row) {
            if (!window.navigation()->item(row)->isHidden())
                shown.append(MainWindow::pageKey(MainWindow::PageId(row)));
        }
        return shown;
    }
};

} // namespace

TEST_F(UiSignInTest, TheDemoUsersSignInWithTheirDocumentedPasswords)
{
    ASSERT_EQ(DemoService::users().size(), 6); // README's table: four desks, two supervisors
    for (const DemoUser& user : DemoService::users()) {
        SignInDialog dialog(m_db.database(), u"demo"_s);
        EXPECT_FALSE(dialog.firstRun());
        dialog.nameEdit()->setText(user.name);
        dialog.passwordEdit()->setText(user.password);
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Accepted)
            << user.name.toStdString() << dialog.error().toStdString();
        EXPECT_EQ(dialog.actor().role, user.role);
    }
}

// The sign-in dialog opens before any window, so the tour's layout test never sees it. Its
// field labels were added to the form as widgets, which gives them no buddy: "&User name"
// was shown with its "&", and Alt+U reached nothing.
TEST_F(UiSignInTest, NothingIsCutAndEveryLabelReachesItsField)
{
    TestDatabase empty;
    for (const QString& language : { u"en"_s, u"es"_s, u"zh_CN"_s }) {
        ASSERT_TRUE(installLanguage(language));
        for (Database* database : { &m_db.database(), &empty.database() }) {
            SignInDialog dialog(*database, u"demo"_s);
            dialog.show();
            QApplication::processEvents();
            const QStringList problems = layoutProblems(&dialog);
            EXPECT_TRUE(problems.isEmpty())
                << qPrintable(language) << ", first run " << dialog.firstRun() << ":\n"
                << qPrintable(problems.join(u'\n'));
            // Alt and the password label's own letter (another in each language) reach its field.
            QChar letter;
            for (const QLabel* label : dialog.findChildren<QLabel*>()) {
                const qsizetype amp = label->text().indexOf(u'&');
                if (label->buddy() == dialog.passwordEdit() && amp >= 0)
                    letter = label->text().at(amp + 1).toUpper();
            }
            ASSERT_FALSE(letter.isNull()) << qPrintable(language);
            dialog.activateWindow();
            QTest::keyClick(&dialog, Qt::Key(letter.unicode()), Qt::AltModifier);
            EXPECT_EQ(QApplication::focusWidget(), dialog.passwordEdit()) << qPrintable(language);
        }
    }
    installLanguage(u"en"_s);
}

TEST_F(UiSignInTest, AWrongPasswordIsRefusedAndTheDialogStays)
{
    SignInDialog dialog(m_db.database(), u"demo"_s);
    dialog.nameEdit()->setText(u"agent"_s);
    dialog.passwordEdit()->setText(u"not the password"_s);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.error().isEmpty());
    EXPECT_TRUE(dialog.passwordEdit()->text().isEmpty())
        << "the wrong password is not left in the field";
}

TEST_F(UiSignInTest, AnEmptyDatabaseAsksForItsFirstAdmin)
{
    TestDatabase empty;
    SignInDialog dialog(empty.database(), u"new"_s);
    ASSERT_TRUE(dialog.firstRun());
    ASSERT_NE(dialog.repeatEdit(), nullptr);
    dialog.nameEdit()->setText(u"marta"_s);
    dialog.displayNameEdit()->setText(u"Marta Ríos"_s);
    dialog.passwordEdit()->setText(u"first admin pw"_s);
    dialog.repeatEdit()->setText(u"first admin pw!"_s);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted) << "the two passwords differ";
    dialog.passwordEdit()->setText(u"first admin pw"_s);
    dialog.repeatEdit()->setText(u"first admin pw"_s);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.error().toStdString();
    EXPECT_EQ(dialog.actor().role, Role::Admin);
    EXPECT_FALSE(SignInService(empty.database(), empty.session().now()).needsFirstAdmin().value());
}

TEST_F(UiSignInTest, EachRoleSeesOnlyItsPages)
{
    const std::pair<Role, QStringList> expected[] = {
        { Role::CallbackAgent, { u"callbacks"_s, u"complaints"_s } },
        { Role::Dispatcher, { u"dispatch"_s, u"organisation"_s, u"compliance"_s } },
        { Role::CallbackSupervisor, { u"callbacks"_s, u"complaints"_s, u"quality"_s } },
        { Role::Evaluator,
            { u"dispatch"_s, u"callbacks"_s, u"complaints"_s, u"quality"_s, u"evaluation"_s,
                u"appeals"_s, u"organisation"_s, u"compliance"_s, u"audit"_s, u"settings"_s } },
        { Role::Admin,
            { u"dispatch"_s, u"callbacks"_s, u"complaints"_s, u"quality"_s, u"evaluation"_s,
                u"appeals"_s, u"organisation"_s, u"compliance"_s, u"audit"_s, u"users"_s,
                u"settings"_s } },
    };
    for (const auto& [role, pages] : expected) {
        Session session = sessionOf({ u"someone"_s, role });
        MainWindow window(session);
        EXPECT_EQ(visiblePages(window), pages) << roleKey(role).toStdString();
        EXPECT_TRUE(pages.contains(MainWindow::pageKey(window.currentPage())))
            << "it opens on a page of its own";
        window.showPage(MainWindow::Users);
        EXPECT_EQ(window.currentPage() == MainWindow::Users, role == Role::Admin)
            << "no way round the list";
    }
}

TEST_F(UiSignInTest, UsersPageCreatesAUserWhoCanSignIn)
{
    UsersPage page(m_db.session());
    auto checker = checkModel(page.model());
    page.refresh();
    const int demoUsers = int(DemoService::users().size());
    EXPECT_EQ(page.model()->rowCount(), demoUsers) << "the demo's users";
    UserDialog dialog(m_db.session(), std::nullopt);
    dialog.nameEdit()->setText(u"rosa"_s);
    dialog.displayNameEdit()->setText(u"Rosa Mamani"_s);
    dialog.roleCombo()->setCurrentIndex(dialog.roleCombo()->findData(u"callback_agent"_s));
    dialog.passwordEdit()->setText(u"rosa's password"_s);
    dialog.repeatEdit()->setText(u"rosa's password"_s);
    dialog.accept();
    ASSERT_TRUE(dialog.error().isEmpty()) << dialog.error().toStdString();
    page.refresh();
    ASSERT_EQ(page.model()->rowCount(), demoUsers + 1);
    const User& rosa = page.model()->user(page.model()->rowOf(u"rosa"_s));
    EXPECT_EQ(rosa.role, Role::CallbackAgent);
    EXPECT_TRUE(SignInService(m_db.database(), m_db.session().now())
                    .signIn(u"rosa"_s, u"rosa's password"_s)
                    .ok());

    // An evaluator's page lists nobody: the service refuses.
    std::unique_ptr<Session> evaluator = m_db.sessionAs(Role::Evaluator);
    UsersPage refused(*evaluator);
    refused.refresh();
    EXPECT_EQ(refused.model()->rowCount(), 0);
    EXPECT_FALSE(refused.message().isEmpty());
}

TEST_F(UiSignInTest, AuditPageListsTheLogAndChecksTheChain)
{
    AuditPage page(m_db.session());
    auto checker = checkModel(page.model());
    page.refresh();
    const QList<AuditEntry> all = AuditService(m_db.session()).search({}).value();
    ASSERT_FALSE(all.isEmpty()) << "the demo's finalized months and verdicts are in the log";
    EXPECT_EQ(page.model()->rowCount(), qMin<qsizetype>(all.size(), AuditPage::kShown));
    EXPECT_EQ(page.model()->entry(0).id, all.first().id) << "newest first";

    page.entityCombo()->setCurrentIndex(page.entityCombo()->findData(u"user"_s));
    ASSERT_EQ(page.model()->rowCount(), int(DemoService::users().size()))
        << "the demo users' creation";
    for (int row = 0; row < page.model()->rowCount(); ++row)
        EXPECT_EQ(page.model()->entry(row).entity, u"user"_s);

    EXPECT_TRUE(page.verifyChain());
    EXPECT_TRUE(page.chainText().contains(u"intact"_s));
    ASSERT_TRUE(execSql(m_db.database(), u"UPDATE audit_log SET after_value = 'x' WHERE id = ?"_s,
        { all.last().id })
                    .ok());
    EXPECT_FALSE(page.verifyChain());
    EXPECT_TRUE(page.chainText().contains(u"#"_s + QString::number(all.last().id)))
        << page.chainText().toStdString();
}

} // namespace fd::test
