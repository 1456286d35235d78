#pragma once

#include "common/databaselocation.h"
#include "common/session.h"

#include <QObject>
#include <QString>
#include <QTimeZone>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace fd {

// The day's automatic backup off the GUI thread (issue 24): the window is shown first and
// stays usable, the desk's reads and writes go on meanwhile (the copy holds one read
// transaction on a connection of its own, DESIGN.md habit 6), and its progress is reported
// for the status bar. Stopped (FiberDesk quitting), it leaves no file behind and the next
// start writes the day's backup again.
class DailyBackupJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyBackupJob)

public:
    DailyBackupJob(DatabaseLocation location, QTimeZone zone, QObject* parent = nullptr);
    ~DailyBackupJob() override; // stops a running backup and waits for it

    // Starts the backup when today's is due; false when there is nothing to do.
    bool startIfDue(const Session& session);
    bool isRunning() const;
    // Stops a running backup and waits until its files are gone. True when one was stopped
    // before it ended.
    bool stop();
    // Waits for a running backup to end by itself.
    void wait();

    // For tests: runs on the backup's thread at each report of its progress (0 to 1).
    void setProgressHook(std::function<void(double)> hook) { m_hook = std::move(hook); }

    // The message for a backup stopped as FiberDesk closed.
    static QString stoppedMessage();

signals:
    void progressed(int percent);
    // `error` empty when the backup was written (or stopped: `stopped` true).
    void finished(const QString& written, qint64 bytes, const QString& error, bool stopped);

private:
    DatabaseLocation m_location;
    QTimeZone m_zone;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop { false };
    std::atomic<bool> m_stopped { false };
    std::function<void(double)> m_hook;
};

} // namespace fd
