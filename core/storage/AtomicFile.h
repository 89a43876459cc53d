#pragma once

#include "Status.h"

#include <QByteArray>
#include <QString>

class QFile;

namespace wingmate {

// Writes a whole file so that, whatever happens, the path holds either the old
// content or the new content, never a mixture: QSaveFile (temporary file,
// flushed and synced, then renamed over the target) followed by a sync of the
// folder so the rename itself is durable. For the vault's own files.
Status writeFileAtomically(const QString& path, const QByteArray& content);

// What to do when a file the user asked for (--out, a save dialog) exists.
enum class ExistingFile {
    Refuse, // leave it byte-identical and say so
    Replace, // the user confirmed (--force, or yes in the GUI)
};

// Every file Wingmate writes for the user outside the vault goes through
// these: it is made new and owner-only (0600 from its creation, whatever the
// umask or the old file's mode), never through a symbolic link (one at the
// path, dangling or not, is refused and nothing is written anywhere), and an
// existing file is replaced only when asked, atomically (temporary file in the
// same folder, fsync, rename, fsync of the folder).
Status writeOutputFile(const QString& path, const QByteArray& content, ExistingFile existing);

// The checks writeOutputFile makes before writing, for writers that stream a
// large file: refuses a symbolic link, anything but an ordinary file, or an
// existing file unless existing is Replace.
Status checkOutputTarget(const QString& path, ExistingFile existing);

// Opens file for writing on a new owner-only file at path (O_CREAT|O_EXCL|
// O_NOFOLLOW, mode 0600); fails if anything, a link included, is there.
Status openNewPrivateFile(QFile& file, const QString& path);

// Flushes file and makes its content durable (fsync).
bool syncFile(QFile& file);

// Moves a finished, synced private file into place at path: without Replace
// by a hard link that fails if path exists, with Replace by rename (which
// replaces a link rather than following it); then syncs the folder.
Status publishOutputFile(const QString& privatePath, const QString& path, ExistingFile existing);

} // namespace wingmate
