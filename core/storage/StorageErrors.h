#pragma once

#include "Status.h"

#include <QSqlError>

namespace wingmate {

// Turns a database error into a Status: SQLite's result code decides the
// kind (damage, disk full, in use, bad data), the caller's sentence is what
// the user reads, and SQLite's own words go into the details.
Status storageFailure(const QSqlError& error, const QString& message);

// True when SQLite's result code means the file is damaged or not readable
// with this key (SQLITE_CORRUPT, SQLITE_NOTADB).
bool isDamageError(const QSqlError& error);

} // namespace wingmate
