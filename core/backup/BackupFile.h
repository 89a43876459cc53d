#pragma once

#include "Progress.h"
#include "Status.h"
#include "security/KeySlotFile.h"
#include "security/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QFile;

namespace wingmate {

// A backup file ("*.wmbackup") holds one whole vault in one self-contained
// file: its key-slot file and a consistent snapshot of its database.
//
// Format (version 1); integers are little-endian:
//   offset  size  field
//   0       8     magic: 89 57 4D 42 41 4B 0D 0A  ("\x89WMBAK\r\n", so a
//                 copy mangled as text is noticed)
//   8       4     format version, 1
//   12      4     flags, 0 (any other value is refused)
//   16      16    vault id (the key-slot file's "vaultId")
//   32      8     made at: milliseconds since 1970-01-01 UTC (signed)
//   40      4     database page size (SQLCipher cipher_page_size, 512..65536,
//                 a power of two; equal to the key-slot file's "pageSize")
//   44      4     C: length of "made by", at most 256
//   48      4     S: length of the key-slot file, 1 .. 1 MiB
//   52      8     D: length of the database, a positive multiple of the
//                 page size, at most 2^40
//   60      C     made by: the username that made it (UTF-8; empty when the
//                 vault was unlocked with the recovery code)
//   60+C    S     the key-slot file exactly as it was in the vault (JSON, see
//                 security/KeySlotFile.h); its vault id must equal the header's
//   60+C+S  D     the database: SQLCipher pages under the vault's own key, as
//                 sqlite3_backup copied them from the open vault
//   end-32  32    authenticator: keyed BLAKE2b-256 (crypto_generichash) over
//                 every byte before it, keyed with a subkey of the database key
//                 (crypto_kdf, id 1, context "wmbackup")
// The file is exactly 60 + C + S + D + 32 bytes long: a truncated or extended
// file is refused by its structure alone.
//
// Nothing in it can be read without a password or the recovery code: the
// key-slot file wraps the key, and SQLCipher encrypts and authenticates every
// page. The authenticator binds the parts together, so a header, slot file or
// page taken from elsewhere is refused before anything is unpacked, and it
// can only be checked (or made) by someone who can unwrap the key.
class BackupFile {
    Q_DECLARE_TR_FUNCTIONS(BackupFile)
public:
    static constexpr int FormatVersion = 1;
    static constexpr qsizetype HeaderSize = 60;
    static constexpr qsizetype AuthenticatorSize = 32;
    static constexpr qsizetype MaxMadeByBytes = 256;
    static constexpr qsizetype MaxKeySlotBytes = 1024 * 1024;
    static constexpr qint64 MaxDatabaseBytes = qint64(1) << 40;
    static constexpr const char* Suffix = "wmbackup";

    QByteArray vaultId;
    QDateTime madeAt; // UTC
    QString madeBy;
    int pageSize = 0;
    QByteArray keySlotBytes;
    KeySlotFile keySlots;
    qint64 databaseOffset = 0; // where the database starts in the file
    qint64 databaseSize = 0;
    QByteArray authenticator;

    // Checks the structure of a whole backup file without any cryptography:
    // magic, version, lengths, the key-slot file's JSON and vault id.
    // Safe on any bytes at all (a fuzzing target): ErrorCode::Damaged with a
    // plain reason when they are not a well-formed backup.
    static Result<BackupFile> parse(const QByteArray& bytes);

    // The header fields alone (vault id, when, by whom) from the file's first
    // bytes, without the rest; for listing backups. Also safe on any bytes.
    static Result<BackupFile> parseHeader(const QByteArray& prefix);

    // The fixed header and "made by" for a new file.
    static QByteArray header(const QByteArray& vaultId, const QDateTime& madeAt, const QString& madeBy,
        int pageSize, qsizetype keySlotBytes, qint64 databaseBytes);

    // The authenticator's key, from the database key.
    static SecureBytes authenticatorKey(const SecureBytes& databaseKey);
    static constexpr quint64 AuthenticatorKeyId = 1;
    static constexpr char AuthenticatorKeyContext[9] = "wmbackup";

    // Recomputes the authenticator over bytes (a parsed file) and compares in
    // constant time. False when the key is not this file's or a byte changed.
    // Returns a cancelled status when progress asks to stop.
    static Result<bool> authenticates(
        const QByteArray& bytes, const SecureBytes& key, ProgressTracker& progress);

    // Writes the key-slot file and database into directory (which must exist
    // and hold no vault), flushed to disk.
    Status unpack(const QByteArray& bytes, const QString& directory, ProgressTracker& progress) const;

    // Maps a whole file into memory (read-only) and returns its bytes, valid
    // while file stays open. ErrorCode::Io if it cannot be read.
    static Result<QByteArray> map(QFile& file);
};

} // namespace wingmate
