#pragma once

#include "Status.h"

#include <QByteArray>
#include <QString>

namespace wingmate {

// Writes a whole file so that, whatever happens, the path holds either the old
// content or the new content, never a mixture: QSaveFile (temporary file,
// flushed and synced, then renamed over the target) followed by a sync of the
// folder so the rename itself is durable.
Status writeFileAtomically(const QString& path, const QByteArray& content);

} // namespace wingmate
