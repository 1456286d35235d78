#include "importjob.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace fd {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("fd::ImportJob", text); }
} // namespace

ImportJobResult runImportJob(const DatabaseLocation& location, const Actor& actor, const QTimeZone& zone,
    const QDateTime& now, ImportKind kind, const QString& path)
{
    ImportJobResult result;
    result.failure.fileName = QFileInfo(path).fileName();
    Result<std::unique_ptr<Database>> database = Database::open(location, Database::OpenMode::ExistingOnly);
    if (!database.ok()) {
        result.failure.general = database.error();
        return result;
    }
    Session session(*database.value(), actor, zone);
    // The import is stamped with the moment it was asked for, on the same clock as the
    // window's session (tests pin that clock).
    session.setClock([now] { return now; });
    Result<ImportOutcome> outcome = ImportService(session).importFile(kind, path, &result.failure);
    if (!outcome.ok()) {
        if (result.failure.general.isEmpty() && result.failure.problems.isEmpty())
            result.failure.general = outcome.error();
        return result;
    }
    result.ok = true;
    result.outcome = outcome.value();
    return result;
}

ImportJobResult runImportWithProgress(const Session& session, ImportKind kind, const QString& path, QWidget* parent)
{
    ImportJobResult result;
    const DatabaseLocation location = session.database().location();
    const Actor actor = session.actor();
    const QTimeZone zone = session.zone();
    const QDateTime now = session.now();
    std::unique_ptr<QThread> worker(QThread::create(
        [&result, location, actor, zone, now, kind, path] { result = runImportJob(location, actor, zone, now, kind, path); }));

    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0, parent);
    progress.setWindowTitle(tr("Import CSV"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(300); // a small file finishes before the dialog would flash
    progress.setAutoClose(false);
    progress.setValue(0);

    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    progress.reset();
    return result;
}

} // namespace fd
