#include "storage/StorageErrors.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace wingmate {

namespace {
int primaryCode(const QSqlError& error) { return error.nativeErrorCode().toInt() & 0xff; }
} // namespace

bool isDamageError(const QSqlError& error)
{
    const int code = primaryCode(error);
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

Status storageFailure(const QSqlError& error, const QString& message)
{
    const QString details = QStringLiteral("%1 (%2; SQLite code %3)")
                                .arg(error.databaseText(), error.driverText(), error.nativeErrorCode());
    switch (primaryCode(error)) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Status::failure(ErrorCode::Damaged,
            message + QLatin1Char(' ')
                + QCoreApplication::translate("StorageErrors", "The vault's database is damaged."),
            details);
    case SQLITE_FULL:
        return Status::failure(ErrorCode::Io,
            message + QLatin1Char(' ') + QCoreApplication::translate("StorageErrors", "The disk is full."), details);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Status::failure(ErrorCode::Io,
            message + QLatin1Char(' ')
                + QCoreApplication::translate("StorageErrors", "The disk could not be read or written."),
            details);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Status::failure(ErrorCode::InUse,
            message + QLatin1Char(' ')
                + QCoreApplication::translate("StorageErrors", "The vault is busy in another program."),
            details);
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
        return Status::failure(ErrorCode::InvalidInput, message, details);
    default:
        return Status::failure(ErrorCode::Io, message, details);
    }
}

} // namespace wingmate
