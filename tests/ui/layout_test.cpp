// Issue 19: nothing a user reads is cut. Every screen of the tour (tests share it with the
// screenshots: every page of each role, the organisation tabs and the dialogs), for each
// role (a unit representative's too), in English, Spanish and Chinese, at 1280×800 and at the
// window's smallest size. With FIBERDESK_SCREENSHOT_DIR set, each screen checked at the smallest
// size is saved there (NAME-ROLE-LANGUAGE-small.png), to look at what the check passed.
#include "language.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "screenshottour.h"
#include "services/unitservice.h"
#include "uitest.h"

#include <QApplication>
#include <QDir>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

struct LayoutCase
{
    Role role;
    const char* language;
};

class UiLayoutTest : public UiTest, public ::testing::WithParamInterface<LayoutCase>
{
protected:
    void TearDown() override { installLanguage(u"en"_s); }

    // A session of the role; a unit representative is bound to one unit (SPEC §1), the
    // demo's first, whose pages then show its own rows only.
    std::unique_ptr<Session> sessionOf(Role role)
    {
        if (role != Role::UnitRepresentative)
            return m_db.sessionAs(role);
        const Result<QList<Unit>> units = UnitService(m_db.session()).list();
        const QString unit
            = units.ok() && !units.value().isEmpty() ? units.value().first().code : QString();
        return m_db.sessionAs(Actor { u"rep"_s, role, unit });
    }
};

// Lets the layouts of a screen just shown settle: pending layout requests, then paint-less
// event processing (no sleeping; offscreen windows need no expose round trips).
void settleLayouts()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
}

TEST_P(UiLayoutTest, NothingIsCutOnAnyScreen)
{
    const LayoutCase layoutCase = GetParam();
    const QString language = QString::fromLatin1(layoutCase.language);
    ASSERT_TRUE(installLanguage(language));
    std::unique_ptr<Session> session = sessionOf(layoutCase.role);
    ASSERT_TRUE(
        layoutCase.role != Role::UnitRepresentative || !session->actor().unitCode.isEmpty());
    QStringList problems;
    int screens = 0;
    const QString shots = qEnvironmentVariable("FIBERDESK_SCREENSHOT_DIR");
    const QList<QSize> sizes { QSize(1280, 800), MainWindow::smallestSize() };
    for (const QSize& size : sizes) {
        MainWindow window(*session);
        window.resize(size);
        const bool smallest = size == MainWindow::smallestSize();
        visitScreens(window, [&](QWidget* screen, const QString& name) {
            // A dialog's size is its own, whatever the window's: looked at once.
            if (smallest && screen != &window)
                return true;
            settleLayouts();
            ++screens;
            const QString where
                = u"%1×%2 %3: "_s.arg(window.width()).arg(window.height()).arg(name);
            if (screen == &window && window.size() != size)
                problems << where + u"the window cannot be made this size"_s;
            for (const QString& problem : layoutProblems(screen))
                problems << where + problem;
            if (smallest && !shots.isEmpty()) {
                QDir().mkpath(shots);
                screen->grab().save(QDir(shots).filePath(
                    u"%1-%2-%3-small.png"_s.arg(name, roleKey(layoutCase.role), language)));
            }
            return true;
        });
    }
    EXPECT_GT(screens, 3);
    EXPECT_TRUE(problems.isEmpty()) << problems.size() << " problems in " << qPrintable(language)
                                    << ", role " << qPrintable(roleKey(layoutCase.role)) << ":\n"
                                    << qPrintable(problems.join(u'\n'));
}

std::string caseName(const ::testing::TestParamInfo<LayoutCase>& info)
{
    return roleKey(info.param.role).toStdString() + "_" + info.param.language;
}

INSTANTIATE_TEST_SUITE_P(EveryRoleAndLanguage, UiLayoutTest,
    ::testing::Values(LayoutCase { Role::Admin, "en" }, LayoutCase { Role::Admin, "es" },
        LayoutCase { Role::Admin, "zh_CN" }, LayoutCase { Role::Evaluator, "en" },
        LayoutCase { Role::Evaluator, "es" }, LayoutCase { Role::Evaluator, "zh_CN" },
        LayoutCase { Role::Dispatcher, "en" }, LayoutCase { Role::Dispatcher, "es" },
        LayoutCase { Role::Dispatcher, "zh_CN" }, LayoutCase { Role::CallbackAgent, "en" },
        LayoutCase { Role::CallbackAgent, "es" }, LayoutCase { Role::CallbackAgent, "zh_CN" },
        LayoutCase { Role::CallbackSupervisor, "en" },
        LayoutCase { Role::CallbackSupervisor, "es" },
        LayoutCase { Role::CallbackSupervisor, "zh_CN" },
        LayoutCase { Role::UnitRepresentative, "en" },
        LayoutCase { Role::UnitRepresentative, "es" },
        LayoutCase { Role::UnitRepresentative, "zh_CN" }),
    caseName);

} // namespace
} // namespace fd::test
