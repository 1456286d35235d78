#include "childprocess.h"

#include "storage/durablefile.h"

#include <QFile>
#include <QFileInfo>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {

int ChildRun::errLines() const
{
    const QByteArray trimmed = err.trimmed();
    return trimmed.isEmpty() ? 0 : int(trimmed.count('\n')) + 1;
}

QProcessEnvironment ChildRunner::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"FIBERDESK_LANG"_s, u"en"_s);
    environment.insert(u"HOME"_s, m_home);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/config"_s);
    environment.insert(u"XDG_DATA_HOME"_s, m_home + u"/data"_s);
    environment.insert(u"XDG_RUNTIME_DIR"_s, m_home + u"/runtime"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"FIBERDESK_DB"_s);
    return environment;
}

void ChildRunner::start(QProcess& process, const QString& program, const QStringList& arguments,
    const std::function<void()>& setup) const
{
    process.setProcessEnvironment(environment());
    if (setup)
        process.setChildProcessModifier(setup);
    process.start(program, arguments);
    process.waitForStarted(10000);
}

ChildRun ChildRunner::run(const QString& program, const QStringList& arguments, int timeoutMs,
    const std::function<void()>& setup) const
{
    QProcess process;
    start(process, program, arguments, setup);
    ChildRun run;
    run.finished
        = process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(10000);
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

ChildRun ChildRunner::cli(
    const QStringList& arguments, int timeoutMs, const std::function<void()>& setup) const
{
    return run(cliPath(), arguments, timeoutMs, setup);
}

QString cliPath()
{
    return QStringLiteral(FIBERDESK_CLI_PATH);
}
QString desktopPath()
{
    return QStringLiteral(FIBERDESK_DESKTOP_PATH);
}

bool writeLockHeld(const QString& database)
{
    // SQLite's unix VFS keeps the WAL locks as fcntl locks on bytes of the -shm file from
    // offset 120 (UNIX_SHM_BASE); the first is the write lock (WAL_WRITE_LOCK).
    const int fd
        = ::open(QFile::encodeName(database + u"-shm"_s).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 120;
    lock.l_len = 1;
    const bool asked = ::fcntl(fd, F_GETLK, &lock) == 0;
    ::close(fd);
    return asked && lock.l_type != F_UNLCK;
}

bool copyDatabase(const QString& from, const QString& to)
{
    removeSqliteFiles(to);
    return QFile::copy(from, to);
}

QString integrityCheck(const QString& database)
{
    sqlite3* handle = nullptr;
    QString verdict;
    if (sqlite3_open_v2(
            QFile::encodeName(database).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        verdict = QString::fromUtf8(sqlite3_errmsg(handle));
    } else {
        sqlite3_busy_timeout(handle, 5000);
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(handle, "PRAGMA integrity_check(1)", -1, &statement, nullptr)
                == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            verdict = QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        else
            verdict = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
    }
    sqlite3_close_v2(handle);
    return verdict;
}

} // namespace fd::test
