#include "durablefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Status syncDescriptorOf(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0) {
        return Error(QCoreApplication::translate("fd::Backup", "Cannot open “%1”: %2")
                         .arg(path, systemError(errno)));
    }
    const int synced = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (synced != 0) {
        return Error(QCoreApplication::translate("fd::Backup", "Cannot write “%1” to the disk: %2")
                         .arg(path, systemError(error)));
    }
    return Status::success();
}

} // namespace

Status syncFile(const QString& path)
{
    return syncDescriptorOf(path, O_RDONLY);
}

Status syncFolder(const QString& path)
{
    return syncDescriptorOf(path, O_RDONLY | O_DIRECTORY);
}

Status replaceFile(const QString& from, const QString& to)
{
    // rename(2) replaces `to` atomically: a reader sees the old file or the new one.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        return Error(QCoreApplication::translate("fd::Backup", "Cannot rename “%1” to “%2”: %3")
                         .arg(from, to, systemError(errno)));
    }
    return syncFolder(QFileInfo(to).absolutePath());
}

void removeSqliteFiles(const QString& path)
{
    for (const QString& suffix : { QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s })
        QFile::remove(path + suffix);
}

} // namespace fd
