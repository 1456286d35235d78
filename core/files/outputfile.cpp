#include "outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// A translated sentence for the failures a user meets; the system's text for the rest.
QString systemReason(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return QCoreApplication::translate("fd::OutputFile", "the disk is full");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("fd::OutputFile", "permission denied");
    case EROFS:
        return QCoreApplication::translate("fd::OutputFile", "the disk is read-only");
    case ENOENT:
        return QCoreApplication::translate("fd::OutputFile", "it does not exist");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

Error cannotWrite(const QString& path, int error)
{
    return Error(QCoreApplication::translate("fd::OutputFile", "Cannot write “%1”: %2.")
                     .arg(path, systemReason(error)));
}

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

// The process's umask, read without changing it where the system allows (changing it is
// not thread-safe).
mode_t currentUmask()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(mask & 0777);
            }
        }
    }
    const mode_t mask = ::umask(022);
    ::umask(mask);
    return mask;
}

enum class Header
{
    Other,
    SqliteDatabase,
    SqliteJournal,
    SqliteWal,
    SqliteShm,
};

Header headerOf(const QByteArray& head)
{
    static const QByteArray database("SQLite format 3\0", 16);
    static const QByteArray journal("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
    if (head.startsWith(database))
        return Header::SqliteDatabase;
    if (head.startsWith(journal))
        return Header::SqliteJournal;
    if (head.size() >= 4) {
        const auto byte = [&](int i) { return quint8(head.at(i)); };
        const quint32 bigEndian = quint32(byte(0)) << 24 | quint32(byte(1)) << 16
            | quint32(byte(2)) << 8 | quint32(byte(3));
        if (bigEndian == 0x377f0682 || bigEndian == 0x377f0683)
            return Header::SqliteWal;
        // The -shm index starts with its version (3007000) in the machine's byte order,
        // twice (two copies of the header).
        const quint32 littleEndian = quint32(byte(3)) << 24 | quint32(byte(2)) << 16
            | quint32(byte(1)) << 8 | quint32(byte(0));
        if ((littleEndian == 3007000 || bigEndian == 3007000) && head.size() >= 96
            && head.left(48) == head.mid(48, 48))
            return Header::SqliteShm;
    }
    return Header::Other;
}

// The file's canonical folder joined with its own name: the identity of a name whether
// or not the file exists, through symbolic links in the folders above it.
QString canonicalName(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        return QDir::cleanPath(info.absoluteFilePath());
    return QDir(folder).filePath(info.fileName());
}

Status checkTarget(const OutputTarget& target, bool& exists)
{
    exists = false;
    const QString& path = target.path;
    if (path.trimmed().isEmpty())
        return Error(QCoreApplication::translate("fd::OutputFile", "No output file was named."));
    const QFileInfo info(path);
    if (info.fileName().isEmpty() || path.endsWith(u'/'))
        return Error(QCoreApplication::translate(
            "fd::OutputFile", "“%1” names a folder, not a file to write.")
                         .arg(path));
    const QString folder = info.absolutePath();
    struct stat folderStat = {};
    if (::stat(encoded(folder).constData(), &folderStat) != 0 || !S_ISDIR(folderStat.st_mode))
        return Error(QCoreApplication::translate(
            "fd::OutputFile", "Cannot write “%1”: the folder “%2” does not exist.")
                         .arg(path, folder));

    // The open database and its working files, by name: a -wal or -journal that is not
    // there now may be created by SQLite at any moment.
    if (!target.databasePath.isEmpty()) {
        const QString database = QFileInfo(target.databasePath).canonicalFilePath().isEmpty()
            ? canonicalName(target.databasePath)
            : canonicalName(QFileInfo(target.databasePath).canonicalFilePath());
        const QString name = canonicalName(path);
        if (name == database)
            return Error(QCoreApplication::translate("fd::OutputFile",
                "“%1” is the database FiberDesk has open; an export cannot be "
                "written over it.")
                             .arg(path));
        for (const QString& suffix : { u"-journal"_s, u"-wal"_s, u"-shm"_s }) {
            if (name == database + suffix)
                return Error(QCoreApplication::translate("fd::OutputFile",
                    "“%1” is a working file of the database FiberDesk has open; "
                    "an export cannot be written over it.")
                                 .arg(path));
        }
    }

    struct stat fileStat = {};
    if (::lstat(encoded(path).constData(), &fileStat) != 0) {
        if (errno == ENOENT)
            return Status::success();
        return cannotWrite(path, errno);
    }
    exists = true;
    if (S_ISLNK(fileStat.st_mode))
        return Error(QCoreApplication::translate("fd::OutputFile",
            "“%1” is a symbolic link; FiberDesk writes only to a plain file. Name "
            "the file itself.")
                         .arg(path));
    if (S_ISDIR(fileStat.st_mode))
        return Error(
            QCoreApplication::translate("fd::OutputFile", "“%1” is a folder, not a file to write.")
                .arg(path));
    if (S_ISCHR(fileStat.st_mode) || S_ISBLK(fileStat.st_mode))
        return Error(
            QCoreApplication::translate("fd::OutputFile", "“%1” is a device, not a file to write.")
                .arg(path));
    if (S_ISFIFO(fileStat.st_mode))
        return Error(
            QCoreApplication::translate("fd::OutputFile", "“%1” is a pipe, not a file to write.")
                .arg(path));
    if (S_ISSOCK(fileStat.st_mode))
        return Error(
            QCoreApplication::translate("fd::OutputFile", "“%1” is a socket, not a file to write.")
                .arg(path));
    if (!S_ISREG(fileStat.st_mode))
        return Error(
            QCoreApplication::translate("fd::OutputFile", "“%1” is not a plain file.").arg(path));

    if (!target.databasePath.isEmpty()) {
        struct stat databaseStat = {};
        if (::stat(encoded(target.databasePath).constData(), &databaseStat) == 0
            && databaseStat.st_dev == fileStat.st_dev && databaseStat.st_ino == fileStat.st_ino)
            return Error(QCoreApplication::translate("fd::OutputFile",
                "“%1” is the database FiberDesk has open; an export cannot be "
                "written over it.")
                             .arg(path));
    }

    // Any SQLite file, by what it holds.
    const int fd
        = ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0)
        return Error(QCoreApplication::translate(
            "fd::OutputFile", "Cannot read “%1” to see what it is (%2); it was left as it is.")
                         .arg(path, systemReason(errno)));
    QByteArray head(100, '\0');
    const ssize_t got = ::read(fd, head.data(), head.size());
    ::close(fd);
    head.truncate(got > 0 ? got : 0);
    switch (headerOf(head)) {
    case Header::SqliteDatabase:
        return Error(QCoreApplication::translate(
            "fd::OutputFile", "“%1” is an SQLite database; an export cannot be written over it.")
                         .arg(path));
    case Header::SqliteJournal:
    case Header::SqliteWal:
    case Header::SqliteShm:
        return Error(QCoreApplication::translate("fd::OutputFile",
            "“%1” is a working file of an SQLite database; an export cannot be "
            "written over it.")
                         .arg(path));
    case Header::Other:
        break;
    }
    if (!target.force)
        return Error(QCoreApplication::translate(
            "fd::OutputFile", "“%1” already exists. Give --force to replace it.")
                         .arg(path));
    return Status::success();
}

// Gives the temporary file the target's name: over an existing file only with force, and
// never over one that appeared since the check.
Status moveIntoPlace(const QString& temporary, const OutputTarget& target)
{
    const QByteArray from = encoded(temporary);
    const QByteArray to = encoded(target.path);
    if (target.force) {
        if (std::rename(from.constData(), to.constData()) != 0)
            return cannotWrite(target.path, errno);
        return Status::success();
    }
    // A hard link fails when the name is taken, so nothing that appeared since the check
    // is replaced.
    if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
        return Status::success();
    }
    const int error = errno;
    if (error == EEXIST)
        return Error(QCoreApplication::translate(
            "fd::OutputFile", "“%1” already exists. Give --force to replace it.")
                         .arg(target.path));
    if (error == EPERM || error == EOPNOTSUPP || error == EXDEV || error == EMLINK) {
        // A file system without hard links (FAT, some network disks): the check just made
        // is the best there is.
        bool exists = false;
        FD_TRY(checkTarget(target, exists));
        if (std::rename(from.constData(), to.constData()) != 0)
            return cannotWrite(target.path, errno);
        return Status::success();
    }
    return cannotWrite(target.path, error);
}

} // namespace

unsigned OutputFile::modeFor(const OutputTarget& target)
{
    mode_t mode = 0666 & ~currentUmask();
    if (!target.databasePath.isEmpty()) {
        struct stat databaseStat = {};
        if (::stat(encoded(target.databasePath).constData(), &databaseStat) == 0)
            mode &= 0600 | (databaseStat.st_mode & 0066);
    }
    return unsigned(mode);
}

Status OutputFile::check(const OutputTarget& target)
{
    bool exists = false;
    return checkTarget(target, exists);
}

Status OutputFile::write(const OutputTarget& target, const Writer& write)
{
    bool exists = false;
    FD_TRY(checkTarget(target, exists));
    const QFileInfo info(target.path);
    QByteArray pattern
        = encoded(QDir(info.absolutePath()).filePath(u".%1.XXXXXX"_s.arg(info.fileName())));
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        return cannotWrite(target.path, errno);
    const QString temporary = QFile::decodeName(pattern);
    const auto fail = [&](Status status) {
        ::close(fd);
        ::unlink(pattern.constData());
        return status;
    };
    if (::fchmod(fd, mode_t(modeFor(target))) != 0)
        return fail(cannotWrite(target.path, errno));
    {
        QFile file;
        if (!file.open(fd, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
            return fail(
                Error(QCoreApplication::translate("fd::OutputFile", "Cannot write “%1”: %2.")
                          .arg(target.path, file.errorString())));
        const Status written = write(file);
        if (!written.ok())
            return fail(written);
        if (!file.flush() || file.error() != QFileDevice::NoError)
            return fail(
                Error(QCoreApplication::translate("fd::OutputFile", "Cannot write “%1”: %2.")
                          .arg(target.path, file.errorString())));
    }
    if (::fsync(fd) != 0)
        return fail(cannotWrite(target.path, errno));
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(pattern.constData());
        return cannotWrite(target.path, error);
    }
    // Checked again: the name may have changed while the file was written.
    const Status checked = checkTarget(target, exists);
    const Status moved = checked.ok() ? moveIntoPlace(temporary, target) : checked;
    if (!moved.ok()) {
        ::unlink(pattern.constData());
        return moved;
    }
    const int folder
        = ::open(encoded(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return Status::success();
}

Status OutputFile::write(const OutputTarget& target, const QByteArray& bytes)
{
    return write(target, [&bytes](QIODevice& device) -> Status {
        if (device.write(bytes) != bytes.size())
            return Error(QCoreApplication::translate("fd::OutputFile", "Cannot write the file: %1.")
                             .arg(device.errorString()));
        return Status::success();
    });
}

} // namespace fd
