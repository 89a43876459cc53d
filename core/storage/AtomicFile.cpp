#include "storage/AtomicFile.h"

#include "platform/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>
#include <sodium.h>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace wingmate {

Status writeFileAtomically(const QString& path, const QByteArray& content)
{
    // Renaming a temporary file over a device or a folder would replace it
    // (as root, even /dev/full): only ordinary files are written.
    // Nor through a link: the vault's own files are never links, and one put
    // there would send the write somewhere else.
    const QFileInfo existing(path);
    if (existing.isSymLink() || (existing.exists() && !existing.isFile())) {
        return Status::failure(ErrorCode::Io,
            QCoreApplication::translate("AtomicFile", "%1 is not an ordinary file, so nothing was written there.")
                .arg(QDir::toNativeSeparators(path)),
            QStringLiteral("refusing to write through a link or to replace a device, folder or other special file"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(ErrorCode::Io,
            QCoreApplication::translate("AtomicFile", "Could not write %1: the folder cannot be written to.")
                .arg(QFileInfo(path).fileName()),
            file.errorString());
    }
    // QSaveFile keeps an existing file's permissions; these files are the
    // owner's alone, whatever an older copy or a copy by hand had.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(content) != content.size()
        || !file.commit()) {
        const QString details = file.errorString();
        file.cancelWriting();
        return Status::failure(ErrorCode::Io,
            QCoreApplication::translate("AtomicFile",
                "Could not write %1; the disk may be full. Nothing was changed.")
                .arg(QFileInfo(path).fileName()),
            details);
    }
    if (!platform::syncDirectory(QFileInfo(path).absolutePath())) {
        return Status::failure(ErrorCode::Io,
            QCoreApplication::translate("AtomicFile", "Could not make %1 safe on disk.").arg(QFileInfo(path).fileName()),
            QStringLiteral("fsync of the folder failed"));
    }
    return Status::success();
}

// ---- files written for the user outside the vault ----

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AtomicFile", text);
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Status checkOutputTarget(const QString& path, ExistingFile existing)
{
    const QFileInfo target(path);
    // QFileInfo::isSymLink looks at the link itself, so a dangling one counts.
    if (target.isSymLink()) {
        return Status::failure(ErrorCode::InvalidInput,
            tr("%1 is a link to another file, so nothing was written: choose the real file or a new name.")
                .arg(shown(path)),
            QStringLiteral("refusing to write through a symbolic link"));
    }
    if (!target.exists())
        return Status::success();
    if (!target.isFile()) {
        return Status::failure(ErrorCode::Io,
            tr("%1 is not an ordinary file, so nothing was written there.").arg(shown(path)),
            QStringLiteral("refusing to write through a link or to replace a device, folder or other special file"));
    }
    if (existing != ExistingFile::Replace) {
        // Usage: on the command line this is "add --force" (exit 1).
        return Status::failure(ErrorCode::Usage,
            tr("%1 already exists and was left as it was. Choose another name, or confirm that it "
               "should be replaced (on the command line: --force).")
                .arg(shown(path)),
            QStringLiteral("the target exists and replacing it was not confirmed"));
    }
    return Status::success();
}

Status openNewPrivateFile(QFile& file, const QString& path)
{
#if defined(Q_OS_UNIX)
    // Mode 0600 from creation: never readable by others, not even briefly.
    const int fd = ::open(QFile::encodeName(path).constData(),
        O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return Status::failure(ErrorCode::Io,
            tr("Could not write %1: the folder cannot be written to.").arg(QFileInfo(path).fileName()),
            QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (!file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Status::failure(ErrorCode::Io,
            tr("Could not write %1: the folder cannot be written to.").arg(QFileInfo(path).fileName()),
            file.errorString());
    }
    return Status::success();
#else
    file.setFileName(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return Status::failure(ErrorCode::Io,
            tr("Could not write %1: the folder cannot be written to.").arg(QFileInfo(path).fileName()),
            file.errorString());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Status::success();
#endif
}

bool syncFile(QFile& file)
{
    if (!file.flush())
        return false;
#if defined(Q_OS_UNIX)
    return ::fsync(file.handle()) == 0;
#else
    return true;
#endif
}

Status publishOutputFile(const QString& privatePath, const QString& path, ExistingFile existing)
{
    // Checked again here: the target may have changed while the file was written.
    if (Status s = checkOutputTarget(path, existing); !s)
        return s;
    const QByteArray from = QFile::encodeName(privatePath);
    const QByteArray to = QFile::encodeName(path);
#if defined(Q_OS_UNIX)
    // link() never replaces what is there (a link made meanwhile included);
    // rename() replaces the name itself and never follows a link.
    const bool moved = existing == ExistingFile::Replace
        ? ::rename(from.constData(), to.constData()) == 0
        : (::link(from.constData(), to.constData()) == 0 && ::unlink(from.constData()) == 0);
    const QString details = moved ? QString() : QString::fromLocal8Bit(std::strerror(errno));
#else
    if (existing == ExistingFile::Replace)
        QFile::remove(path);
    const bool moved = QFile::rename(privatePath, path);
    const QString details = QStringLiteral("rename failed");
#endif
    if (!moved) {
        if (existing != ExistingFile::Replace && QFileInfo(path).exists()) {
            QFile::remove(privatePath);
            return checkOutputTarget(path, existing);
        }
        return Status::failure(
            ErrorCode::Io, tr("Could not save %1. Nothing was changed.").arg(shown(path)), details);
    }
    if (!platform::syncDirectory(QFileInfo(path).absolutePath())) {
        return Status::failure(ErrorCode::Io,
            tr("Could not make %1 safe on disk.").arg(QFileInfo(path).fileName()),
            QStringLiteral("fsync of the folder failed"));
    }
    return Status::success();
}

Status writeOutputFile(const QString& path, const QByteArray& content, ExistingFile existing)
{
    if (Status s = checkOutputTarget(path, existing); !s)
        return s;
    const QFileInfo target(path);
    const QString privatePath = target.absoluteDir().filePath(
        QStringLiteral(".%1.part-%2").arg(target.fileName(), QString::number(randombytes_random(), 16)));
    QFile file;
    if (Status s = openNewPrivateFile(file, privatePath); !s)
        return s;
    const auto failed = [&](const QString& details) {
        file.close();
        QFile::remove(privatePath);
        return Status::failure(ErrorCode::Io,
            tr("Could not write %1; the disk may be full. Nothing was changed.").arg(target.fileName()),
            details);
    };
    if (file.write(content) != content.size() || !syncFile(file))
        return failed(file.errorString());
    file.close();
    if (Status s = publishOutputFile(privatePath, path, existing); !s) {
        QFile::remove(privatePath);
        return s;
    }
    return Status::success();
}

} // namespace wingmate
