#include "importjob.h"

#include "services/connection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <memory>

namespace fd {

ImportJobResult runImportJob(const DatabaseLocation& location, const Actor& actor,
    const QTimeZone& zone, const QDateTime& now, ImportKind kind, const QString& path,
    const ImportProgress& progress, const ImportOptions& options)
{
    ImportJobResult result;
    result.failure.fileName = QFileInfo(path).fileName();
    Result<std::unique_ptr<Connection>> connection = Connection::open(location);
    if (!connection.ok()) {
        result.failure.general = connection.error();
        return result;
    }
    Session session(connection.value()->database(), actor, zone);
    // The import is stamped with the moment it was asked for, on the same clock as the
    // window's session (tests pin that clock).
    session.setClock([now] { return now; });
    bool stopped = false;
    const ImportProgress watched = [&progress, &stopped](qint64 done, qint64 total) {
        stopped = progress && !progress(done, total);
        return !stopped;
    };
    Result<ImportOutcome> outcome
        = ImportService(session).importFile(kind, path, &result.failure, watched, options);
    if (!outcome.ok()) {
        result.cancelled = stopped;
        if (result.failure.general.isEmpty() && result.failure.problems.isEmpty())
            result.failure.general = outcome.error();
        return result;
    }
    result.ok = true;
    result.outcome = outcome.value();
    return result;
}

ImportJobResult runImportWithProgress(const Session& session, ImportKind kind, const QString& path,
    QWidget* parent, const ImportOptions& options)
{
    ImportJobResult result;
    const DatabaseLocation location = databaseLocation(session);
    const Actor actor = session.actor();
    const QTimeZone zone = session.zone();
    const QDateTime now = session.now();
    // Shared with the worker: how far it got, and whether the user asked it to stop.
    std::atomic<qint64> done { 0 };
    std::atomic<qint64> total { 0 };
    std::atomic<bool> cancel { false };
    const ImportProgress progressOfWorker
        = [&done, &total, &cancel](qint64 doneNow, qint64 totalNow) {
              done = doneNow;
              total = totalNow;
              return !cancel.load();
          };
    std::unique_ptr<QThread> worker(QThread::create([&result, &progressOfWorker, location, actor,
                                                        zone, now, kind, path, options] {
        result = runImportJob(location, actor, zone, now, kind, path, progressOfWorker, options);
    }));

    QProgressDialog progress(QCoreApplication::translate("fd::ImportJob", "Importing %1…")
                                 .arg(QFileInfo(path).fileName()),
        QCoreApplication::translate("fd::ImportJob", "Cancel"), 0, 0, parent);
    progress.setWindowTitle(QCoreApplication::translate("fd::ImportJob", "Import CSV"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300); // a small file finishes before the dialog would flash
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancel, &progress] {
        cancel = true;
        progress.setLabelText(
            QCoreApplication::translate("fd::ImportJob", "Stopping; nothing will be written…"));
        progress.show();
    });
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &progress, [&done, &total, &progress] {
        const qint64 of = total.load();
        if (of <= 0)
            return;
        progress.setMaximum(1000);
        progress.setValue(int(std::clamp<qint64>(done.load() * 1000 / of, 0, 999)));
    });

    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    poll.start();
    loop.exec();
    worker->wait();
    poll.stop();
    progress.reset();
    return result;
}

} // namespace fd
