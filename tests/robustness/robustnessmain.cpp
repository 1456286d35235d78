// The main of the robustness tests. Besides running the tests, the program doubles as the
// "other program" of the fault tests: `--hold-write-lock DATABASE SECONDS` takes SQLite's
// write lock on DATABASE (BEGIN EXCLUSIVE), says "locked" on standard output, holds it for
// SECONDS and rolls back, having changed nothing.
#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <cstdio>
#include <cstring>
#include <gtest/gtest.h>
#include <sqlite3.h>

namespace {

int holdWriteLock(const char* database, int seconds)
{
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(database, &handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK
        || sqlite3_exec(handle, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot lock %s: %s\n", database, sqlite3_errmsg(handle));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    QThread::sleep(static_cast<unsigned long>(seconds));
    sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close_v2(handle);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--hold-write-lock") == 0)
        return holdWriteLock(argv[2], std::atoi(argv[3]));
    if (qEnvironmentVariableIsEmpty("FIBERDESK_LANG"))
        qputenv("FIBERDESK_LANG", "en");
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FiberDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("FiberDeskTests"));
    return RUN_ALL_TESTS();
}
