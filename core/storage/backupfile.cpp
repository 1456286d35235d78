#include "backupfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <zstd.h>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// zstd's skippable frames: a magic number from 0x184D2A50 to 0x184D2A5F, a 4-byte size,
// then that many bytes any zstd reader skips. FiberDesk's metadata frame starts with this.
constexpr quint32 kSkippableMagic = 0x184D2A5F;
const QByteArray kMarker = QByteArrayLiteral("FiberDesk backup 1\n");
constexpr qsizetype kMaxMetadataBytes = 64 * 1024;
constexpr int kCompressionLevel = 3;

Error fileError(const QString& path, const QString& reason)
{
    return Error(
        QCoreApplication::translate("fd::Backup", "Cannot write “%1”: %2").arg(path, reason));
}

mode_t modeOf(QFileDevice::Permissions permissions)
{
    mode_t mode = 0;
    if (permissions & QFileDevice::ReadOwner)
        mode |= S_IRUSR;
    if (permissions & QFileDevice::WriteOwner)
        mode |= S_IWUSR;
    if (permissions & QFileDevice::ReadGroup)
        mode |= S_IRGRP;
    if (permissions & QFileDevice::WriteGroup)
        mode |= S_IWGRP;
    if (permissions & QFileDevice::ReadOther)
        mode |= S_IROTH;
    if (permissions & QFileDevice::WriteOther)
        mode |= S_IWOTH;
    return mode;
}

struct ZstdCStreamFree
{
    void operator()(ZSTD_CStream* stream) const { ZSTD_freeCStream(stream); }
};
struct ZstdDStreamFree
{
    void operator()(ZSTD_DStream* stream) const { ZSTD_freeDStream(stream); }
};

QString zstdReason(size_t code)
{
    return QString::fromUtf8(ZSTD_getErrorName(code));
}

} // namespace

QFileDevice::Permissions copyPermissionsOf(const QString& databasePath)
{
    const QFileInfo database(databasePath);
    if (!database.exists())
        return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions readWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther;
    // QFileInfo reports the owner's bits twice (ReadUser/ReadOwner); the owner's are the file's.
    QFileDevice::Permissions permissions = database.permissions() & readWrite;
    permissions |= QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    return permissions;
}

Status createFileWith(const QString& path, QFileDevice::Permissions permissions)
{
    const mode_t mode = modeOf(permissions);
    const int fd = ::open(QFile::encodeName(path).constData(),
        O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode);
    if (fd < 0)
        return fileError(path, QString::fromLocal8Bit(std::strerror(errno)));
    // open() applies the umask, which only takes away; fchmod sets no more than asked either.
    struct stat made
    {
    };
    if (::fstat(fd, &made) == 0 && (made.st_mode & 0777 & ~mode) != 0)
        ::fchmod(fd, mode);
    ::close(fd);
    return Status::success();
}

Status makePrivateFolder(const QString& path)
{
    const QFileInfo folder(path);
    if (folder.isDir())
        return Status::success();
    if (folder.exists()) {
        return Error(QCoreApplication::translate(
            "fd::Backup", "“%1” exists and is not a folder; backups need a folder there.")
                         .arg(path));
    }
    const QString parent = folder.absolutePath();
    if (parent != folder.absoluteFilePath() && !QFileInfo(parent).isDir())
        FD_TRY(makePrivateFolder(parent));
    if (::mkdir(QFile::encodeName(folder.absoluteFilePath()).constData(), S_IRWXU) != 0
        && errno != EEXIST) {
        return Error(QCoreApplication::translate("fd::Backup", "Cannot create the folder “%1”: %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return Status::success();
}

bool isCompressedBackup(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(8 + kMarker.size());
    return head.size() == 8 + kMarker.size()
        && qFromLittleEndian<quint32>(head.constData()) == kSkippableMagic
        && head.mid(8) == kMarker;
}

Result<BackupMetadata> readBackupMetadata(const QString& path)
{
    const auto notOurs = [&] {
        return Error(
            QCoreApplication::translate("fd::Backup", "“%1” is not a compressed FiberDesk backup.")
                .arg(path));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("fd::Backup", "“%1” cannot be read.").arg(path));
    const QByteArray head = file.read(8);
    if (head.size() != 8 || qFromLittleEndian<quint32>(head.constData()) != kSkippableMagic)
        return notOurs();
    const quint32 size = qFromLittleEndian<quint32>(head.constData() + 4);
    if (size < quint32(kMarker.size()) || size > quint32(kMaxMetadataBytes))
        return notOurs();
    const QByteArray frame = file.read(size);
    if (frame.size() != qsizetype(size) || !frame.startsWith(kMarker))
        return notOurs();
    QJsonParseError parsed {};
    const QJsonObject json = QJsonDocument::fromJson(frame.mid(kMarker.size()), &parsed).object();
    if (parsed.error != QJsonParseError::NoError)
        return notOurs();
    BackupMetadata metadata;
    metadata.database = json.value(u"database"_s).toString();
    metadata.createdAt
        = QDateTime::fromString(json.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    metadata.schemaVersion = json.value(u"schema_version"_s).toInt();
    metadata.bytes = qint64(json.value(u"bytes"_s).toDouble(-1));
    metadata.auditHead = json.value(u"audit_head"_s).toString();
    metadata.auditEntries = qint64(json.value(u"audit_entries"_s).toDouble(-1));
    if (metadata.database.isEmpty() || !metadata.createdAt.isValid() || metadata.bytes < 0
        || metadata.schemaVersion <= 0)
        return notOurs();
    return metadata;
}

Status compressDatabaseFile(const QString& database, const QString& target,
    const BackupMetadata& metadata, QFileDevice::Permissions permissions,
    const FileProgress& progress)
{
    QFile input(database);
    if (!input.open(QIODevice::ReadOnly))
        return Error(
            QCoreApplication::translate("fd::Backup", "“%1” cannot be read.").arg(database));
    FD_TRY(createFileWith(target, permissions));
    QFile output(target);
    if (!output.open(QIODevice::WriteOnly))
        return fileError(target, output.errorString());

    QJsonObject json { { u"database"_s, metadata.database },
        { u"created_at"_s, metadata.createdAt.toUTC().toString(Qt::ISODateWithMs) },
        { u"schema_version"_s, metadata.schemaVersion }, { u"bytes"_s, double(metadata.bytes) },
        { u"audit_head"_s,
            metadata.auditHead.isEmpty() ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(metadata.auditHead) },
        { u"audit_entries"_s,
            metadata.auditEntries < 0 ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(double(metadata.auditEntries)) } };
    const QByteArray frame = kMarker + QJsonDocument(json).toJson(QJsonDocument::Compact);
    QByteArray header(8, '\0');
    qToLittleEndian<quint32>(kSkippableMagic, header.data());
    qToLittleEndian<quint32>(quint32(frame.size()), header.data() + 4);
    if (output.write(header + frame) != header.size() + frame.size())
        return fileError(target, output.errorString());

    std::unique_ptr<ZSTD_CStream, ZstdCStreamFree> stream(ZSTD_createCStream());
    ZSTD_CCtx_setParameter(stream.get(), ZSTD_c_compressionLevel, kCompressionLevel);
    ZSTD_CCtx_setParameter(stream.get(), ZSTD_c_checksumFlag, 1);
    ZSTD_CCtx_setPledgedSrcSize(stream.get(), quint64(input.size()));
    const qint64 total = qMax<qint64>(1, input.size());
    QByteArray in(int(ZSTD_CStreamInSize()) * 4, Qt::Uninitialized);
    QByteArray out(int(ZSTD_CStreamOutSize()), Qt::Uninitialized);
    qint64 read = 0;
    bool last = false;
    while (!last) {
        const qint64 got = input.read(in.data(), in.size());
        if (got < 0)
            return Error(
                QCoreApplication::translate("fd::Backup", "“%1” cannot be read.").arg(database));
        read += got;
        last = got < in.size();
        ZSTD_inBuffer source { in.constData(), size_t(got), 0 };
        const ZSTD_EndDirective mode = last ? ZSTD_e_end : ZSTD_e_continue;
        bool finished = false;
        while (!finished) {
            ZSTD_outBuffer sink { out.data(), size_t(out.size()), 0 };
            const size_t remaining = ZSTD_compressStream2(stream.get(), &sink, &source, mode);
            if (ZSTD_isError(remaining))
                return fileError(target, zstdReason(remaining));
            if (output.write(out.constData(), qint64(sink.pos)) != qint64(sink.pos))
                return fileError(target, output.errorString());
            finished = last ? remaining == 0 : source.pos == source.size;
        }
        if (progress && !progress(double(read) / double(total)))
            return Error(QCoreApplication::translate("fd::Backup", "stopped"));
    }
    if (!output.flush())
        return fileError(target, output.errorString());
    return Status::success();
}

Status checkCompressedBackup(const QString& path, const QString& target,
    QFileDevice::Permissions permissions, const FileProgress& progress)
{
    Result<BackupMetadata> metadata = readBackupMetadata(path);
    if (!metadata.ok())
        return Error(metadata.error());
    const auto damaged = [&](const QString& reason) {
        return Error(
            QCoreApplication::translate("fd::Backup", "“%1” is damaged (%2).").arg(path, reason));
    };
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("fd::Backup", "“%1” cannot be read.").arg(path));
    std::unique_ptr<QFile> output;
    if (!target.isEmpty()) {
        FD_TRY(createFileWith(target, permissions));
        output = std::make_unique<QFile>(target);
        if (!output->open(QIODevice::WriteOnly))
            return fileError(target, output->errorString());
    }
    std::unique_ptr<ZSTD_DStream, ZstdDStreamFree> stream(ZSTD_createDStream());
    QByteArray in(int(ZSTD_DStreamInSize()) * 4, Qt::Uninitialized);
    QByteArray out(int(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    const qint64 total = qMax<qint64>(1, input.size());
    qint64 written = 0;
    size_t pending = 1; // 0 once a frame is complete
    qint64 got = 0;
    while ((got = input.read(in.data(), in.size())) > 0) {
        ZSTD_inBuffer source { in.constData(), size_t(got), 0 };
        bool full = false; // output may be waiting in the stream while the sink was full
        do {
            ZSTD_outBuffer sink { out.data(), size_t(out.size()), 0 };
            pending = ZSTD_decompressStream(stream.get(), &sink, &source);
            if (ZSTD_isError(pending))
                return damaged(zstdReason(pending));
            full = sink.pos == sink.size;
            written += qint64(sink.pos);
            if (written > metadata.value().bytes)
                return damaged(
                    QCoreApplication::translate("fd::Backup", "longer than its metadata says"));
            if (output && output->write(out.constData(), qint64(sink.pos)) != qint64(sink.pos))
                return fileError(target, output->errorString());
            // A full sink may hold back more of the frame, unless the frame just ended: asked
            // again then, the stream waits for the next frame's header and says so.
        } while (source.pos < source.size || (full && pending != 0));
        if (progress && !progress(double(input.pos()) / double(total)))
            return Error(QCoreApplication::translate("fd::Backup", "stopped"));
    }
    if (got < 0)
        return Error(QCoreApplication::translate("fd::Backup", "“%1” cannot be read.").arg(path));
    if (pending != 0)
        return damaged(
            QCoreApplication::translate("fd::Backup", "it ends in the middle of the data"));
    if (written != metadata.value().bytes)
        return damaged(QCoreApplication::translate("fd::Backup", "shorter than its metadata says"));
    if (output && !output->flush())
        return fileError(target, output->errorString());
    return Status::success();
}

} // namespace fd
