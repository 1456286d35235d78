#include "sessionjob.h"

#include "services/connection.h"

#include <QApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <memory>

namespace fd {

Status runWithOwnSession(const Session& session, const QString& label, QWidget* parent,
    const std::function<void(const Session&)>& work)
{
    const DatabaseLocation location = databaseLocation(session);
    const Actor actor = session.actor();
    const QTimeZone zone = session.zone();
    const QDateTime now = session.now();
    QString openError;
    std::unique_ptr<QThread> worker(
        QThread::create([&work, &openError, location, actor, zone, now] {
            Result<std::unique_ptr<Connection>> connection = Connection::open(location);
            if (!connection.ok()) {
                openError = connection.error();
                return;
            }
            Session own(connection.value()->database(), actor, zone);
            own.setClock([now] { return now; });
            work(own);
        }));

    QProgressDialog busy(label, QString(), 0, 0, parent);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(400); // quick work finishes before a dialog would flash
    busy.setCancelButton(nullptr);
    busy.setAutoClose(false);
    busy.setAutoReset(false);
    busy.setValue(0);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    QApplication::restoreOverrideCursor();
    busy.reset();
    if (!openError.isEmpty())
        return Error(openError);
    return Status::success();
}

} // namespace fd
