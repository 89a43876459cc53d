#include "storage/AtomicFile.h"

#include "platform/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace wingmate {

Status writeFileAtomically(const QString& path, const QByteArray& content)
{
    // Renaming a temporary file over a device or a folder would replace it
    // (as root, even /dev/full): only ordinary files are written.
    const QFileInfo existing(path);
    if (existing.exists() && !existing.isFile()) {
        return Status::failure(ErrorCode::Io,
            QCoreApplication::translate("AtomicFile", "%1 is not an ordinary file, so nothing was written there.")
                .arg(QDir::toNativeSeparators(path)),
            QStringLiteral("refusing to replace a device, folder or other special file"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(ErrorCode::Io,
            QCoreApplication::translate("AtomicFile", "Could not write %1: the folder cannot be written to.")
                .arg(QFileInfo(path).fileName()),
            file.errorString());
    }
    if (file.write(content) != content.size() || !file.commit()) {
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

} // namespace wingmate
