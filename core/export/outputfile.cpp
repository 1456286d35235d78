#include "outputfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace fd {

namespace {

Error cannotWrite(const QString& path, const QString& reason)
{
    return Error(
        QCoreApplication::translate("fd::Export", "Cannot write “%1”: %2").arg(path, reason));
}

} // namespace

Status writeOutputFile(const QString& path, const std::function<Status(QIODevice&)>& write)
{
    if (path.isEmpty() || QFileInfo(path).isDir())
        return Error(
            QCoreApplication::translate("fd::Export", "“%1” is a folder, not a file to write.")
                .arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    const Status written = write(file);
    if (!written.ok()) {
        file.cancelWriting();
        return written;
    }
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return cannotWrite(path, reason);
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return Status::success();
}

Status writeOutputFile(const QString& path, const QByteArray& contents)
{
    return writeOutputFile(path, [&](QIODevice& device) -> Status {
        if (device.write(contents) != contents.size())
            return cannotWrite(path, device.errorString());
        return Status::success();
    });
}

} // namespace fd
