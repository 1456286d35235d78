#include "dailybackupjob.h"

#include "common/session.h"
#include "services/backupservice.h"
#include "services/connection.h"

#include <QCoreApplication>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace fd {

DailyBackupJob::DailyBackupJob(DatabaseLocation location, QTimeZone zone, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_zone(std::move(zone))
{ }

DailyBackupJob::~DailyBackupJob()
{
    stop();
}

QString DailyBackupJob::stoppedMessage()
{
    return QCoreApplication::translate("fd::DailyBackupJob",
        "Today's backup was stopped as FiberDesk closed; no part of it was left on the disk. "
        "The next start of FiberDesk makes it.");
}

bool DailyBackupJob::startIfDue(const Session& session)
{
    if (isRunning())
        return true;
    // Cheap, on the GUI thread: a setting and whether a file exists. A later start of the
    // day stops here and pays nothing more.
    Result<bool> due = BackupService(session).dailyBackupDue();
    if (due.ok() && !due.value())
        return false;
    m_stop = false;
    m_stopped = false;
    // The moment it was asked for names the day, as it did for the check above.
    const QDateTime now = session.now();
    m_thread.reset(QThread::create([this, now] {
        QString written;
        qint64 bytes = 0;
        QString error;
        Result<std::unique_ptr<Connection>> connection = Connection::open(m_location);
        if (!connection.ok()) {
            error = QCoreApplication::translate("fd::Backup", "Today's backup was not written: %1")
                        .arg(connection.error());
        } else {
            Session own(connection.value()->database(),
                Actor { u"fiberdesk:daily-backup"_s, Role::Admin }, m_zone);
            own.setClock([now] { return now; });
            int shown = -1;
            Result<DailyBackupOutcome> done
                = BackupService(own).runDailyBackup([this, &shown](double share) {
                      if (m_hook)
                          m_hook(share);
                      const int percent = int(share * 100.0);
                      if (percent != shown) {
                          shown = percent;
                          emit progressed(percent);
                      }
                      return !m_stop.load();
                  });
            if (m_stop.load() && !done.ok()) {
                m_stopped = true;
            } else if (!done.ok()) {
                error = done.error();
            } else {
                written = done.value().written;
                bytes = done.value().bytes;
            }
        }
        emit finished(written, bytes, error, m_stopped.load());
    }));
    m_thread->start(QThread::LowPriority);
    return true;
}

bool DailyBackupJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool DailyBackupJob::stop()
{
    if (!m_thread)
        return false;
    m_stop = true;
    m_thread->wait();
    return m_stopped.load();
}

void DailyBackupJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace fd
