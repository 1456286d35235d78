// The main of every test program. A program that shows widgets defines
// FIBERDESK_TEST_GUI and gets a QApplication on the offscreen platform; the others get a
// QCoreApplication. gtest_discover_tests runs the programs at build time, outside ctest's
// environment, so the platform is set here rather than only in ctest.
#include <gtest/gtest.h>

#ifdef FIBERDESK_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("FIBERDESK_LANG"))
        qputenv("FIBERDESK_LANG", "en");
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("FiberDeskTests"));
    TestApplication::setApplicationName(QStringLiteral("FiberDeskTests"));
    return RUN_ALL_TESTS();
}
