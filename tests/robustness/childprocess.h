#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>
#include <ostream>

namespace fd::test {

// fiberdesk-cli (or fiberdesk) run as a scheduled job would: a child process with its own
// home, English messages and no developer settings.
struct ChildRun
{
    int exitCode = -1;
    bool finished = false; // exited by itself, within the time allowed
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err).trimmed(); }
    // SPEC §9: a failure is one line on standard error.
    int errLines() const;
};

class ChildRunner
{
public:
    explicit ChildRunner(QString home)
        : m_home(std::move(home))
    { }

    QProcessEnvironment environment() const;
    // Starts `program` with `arguments`; `setup` runs in the child before exec (to drop
    // privileges or set a resource limit).
    void start(QProcess& process, const QString& program, const QStringList& arguments,
        const std::function<void()>& setup = {}) const;
    ChildRun run(const QString& program, const QStringList& arguments, int timeoutMs = 120000,
        const std::function<void()>& setup = {}) const;
    ChildRun cli(const QStringList& arguments, int timeoutMs = 120000,
        const std::function<void()>& setup = {}) const;

private:
    QString m_home;
};

QString cliPath();
QString desktopPath();

// Whether another process holds SQLite's WAL write lock on `database` (a writer is inside
// a transaction). Asks the kernel about the lock byte in the -shm file (F_GETLK), so the
// question takes no lock and cannot disturb the writer.
bool writeLockHeld(const QString& database);

// Copies an SQLite file that no one has open, without its -wal and -shm.
bool copyDatabase(const QString& from, const QString& to);

// PRAGMA integrity_check through a read-write connection, as the next program to open the
// file would (which replays or discards what a killed writer left in the WAL): "ok" or the
// first problem.
QString integrityCheck(const QString& database);

} // namespace fd::test

// Readable QStrings in GoogleTest's failure messages.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << text.toStdString();
}
