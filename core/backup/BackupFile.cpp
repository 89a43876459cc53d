#include "backup/BackupFile.h"

#include "platform/Platform.h"
#include "storage/AtomicFile.h"
#include "storage/Vault.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>
#include <QtEndian>
#include <sodium.h>

namespace wingmate {

namespace {

constexpr char Magic[8] = { '\x89', 'W', 'M', 'B', 'A', 'K', '\r', '\n' };
constexpr qsizetype ChunkBytes = 4 * 1024 * 1024;
// More Argon2id passes than Wingmate ever calibrates: a slot asking for more
// would only make a restore hang.
constexpr std::uint64_t MaxOpsLimit = 256;

template<typename T> T readLe(const QByteArray& bytes, qsizetype offset)
{
    return qFromLittleEndian<T>(bytes.constData() + offset);
}

template<typename T> void appendLe(QByteArray& bytes, T value)
{
    char buffer[sizeof(T)];
    qToLittleEndian(value, buffer);
    bytes.append(buffer, sizeof(T));
}

Status damaged(const QString& message, const QString& details = {})
{
    return Status::failure(ErrorCode::Damaged, message, details);
}

} // namespace

Result<BackupFile> BackupFile::parseHeader(const QByteArray& prefix)
{
    const qsizetype magicBytes = qMin<qsizetype>(prefix.size(), sizeof(Magic));
    if (magicBytes == 0 || memcmp(prefix.constData(), Magic, size_t(magicBytes)) != 0)
        return damaged(tr("This file is not a Wingmate backup."), QStringLiteral("wrong magic"));
    if (prefix.size() < HeaderSize)
        return damaged(tr("The backup is incomplete: the file has been cut short."),
            QStringLiteral("shorter than the header"));
    const quint32 version = readLe<quint32>(prefix, 8);
    if (version != FormatVersion) {
        return damaged(version > FormatVersion
                ? tr("This backup was made by a newer version of Wingmate; use that version to restore it.")
                : tr("This backup is damaged."),
            QStringLiteral("format version %1").arg(version));
    }
    if (readLe<quint32>(prefix, 12) != 0)
        return damaged(
            tr("This backup was made by a newer version of Wingmate; use that version to restore it."),
            QStringLiteral("unknown flags"));

    BackupFile file;
    file.vaultId = prefix.mid(16, 16);
    const qint64 madeAtMs = readLe<qint64>(prefix, 32);
    // 2000-01-01 .. 9999-12-31: anything else is not a time Wingmate wrote.
    if (madeAtMs < 946684800000LL || madeAtMs > 253402300799000LL)
        return damaged(
            tr("This backup is damaged."), QStringLiteral("impossible creation time %1").arg(madeAtMs));
    file.madeAt = QDateTime::fromMSecsSinceEpoch(madeAtMs, Qt::UTC);
    const quint32 pageSize = readLe<quint32>(prefix, 40);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return damaged(tr("This backup is damaged."), QStringLiteral("page size %1").arg(pageSize));
    file.pageSize = int(pageSize);
    const quint32 madeByBytes = readLe<quint32>(prefix, 44);
    const quint32 slotBytes = readLe<quint32>(prefix, 48);
    const quint64 databaseBytes = readLe<quint64>(prefix, 52);
    if (madeByBytes > MaxMadeByBytes || slotBytes == 0 || slotBytes > MaxKeySlotBytes || databaseBytes == 0
        || databaseBytes > quint64(MaxDatabaseBytes) || databaseBytes % pageSize != 0) {
        return damaged(tr("This backup is damaged."),
            QStringLiteral("lengths %1/%2/%3").arg(madeByBytes).arg(slotBytes).arg(databaseBytes));
    }
    file.databaseOffset = HeaderSize + qint64(madeByBytes) + qint64(slotBytes);
    file.databaseSize = qint64(databaseBytes);
    if (prefix.size() >= HeaderSize + qsizetype(madeByBytes)) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        file.madeBy = utf8(QByteArrayView(prefix).sliced(HeaderSize, madeByBytes));
        if (utf8.hasError() || file.madeBy.contains(QChar(0)))
            return damaged(tr("This backup is damaged."), QStringLiteral("made-by is not UTF-8 text"));
    }
    return file;
}

Result<BackupFile> BackupFile::parse(const QByteArray& bytes)
{
    Result<BackupFile> parsed = parseHeader(bytes);
    if (!parsed)
        return parsed;
    BackupFile& file = *parsed;
    // Every length is bounded above, so this sum cannot overflow.
    const qint64 expected = file.databaseOffset + file.databaseSize + AuthenticatorSize;
    if (bytes.size() < expected) {
        return damaged(tr("The backup is incomplete: the file has been cut short."),
            QStringLiteral("%1 bytes, header says %2").arg(bytes.size()).arg(expected));
    }
    if (bytes.size() > expected) {
        return damaged(tr("This backup is damaged: it has more in it than its header says."),
            QStringLiteral("%1 bytes, header says %2").arg(bytes.size()).arg(expected));
    }
    const qsizetype madeByBytes = readLe<quint32>(bytes, 44);
    const qsizetype slotBytes = readLe<quint32>(bytes, 48);
    file.keySlotBytes = bytes.mid(HeaderSize + madeByBytes, slotBytes);
    Result<KeySlotFile> keyFile = KeySlotFile::fromJson(file.keySlotBytes);
    if (!keyFile)
        return damaged(tr("The key file inside the backup is damaged."), keyFile.status().details());
    file.keySlots = keyFile.take();
    if (file.keySlots.vaultId != file.vaultId || file.keySlots.pageSize != file.pageSize)
        return damaged(tr("This backup is damaged: its parts do not belong together."),
            QStringLiteral("slot file differs from header"));
    for (const KeySlot& slot : std::as_const(file.keySlots.entries)) {
        if (!slot.kdf.isValid() || slot.kdf.opsLimit > MaxOpsLimit)
            return damaged(tr("The key file inside the backup is damaged."),
                QStringLiteral("implausible key derivation settings"));
    }
    file.authenticator = bytes.right(AuthenticatorSize);
    return parsed;
}

QByteArray BackupFile::header(const QByteArray& vaultId, const QDateTime& madeAt, const QString& madeBy,
    int pageSize, qsizetype keySlotBytes, qint64 databaseBytes)
{
    QByteArray madeByUtf8 = madeBy.toUtf8();
    if (madeByUtf8.size() > MaxMadeByBytes)
        madeByUtf8.truncate(0); // usernames are far shorter; never write a header parse() refuses
    QByteArray out(Magic, sizeof(Magic));
    appendLe<quint32>(out, FormatVersion);
    appendLe<quint32>(out, 0);
    out.append(vaultId.leftJustified(16, '\0', true));
    appendLe<qint64>(out, madeAt.toMSecsSinceEpoch());
    appendLe<quint32>(out, quint32(pageSize));
    appendLe<quint32>(out, quint32(madeByUtf8.size()));
    appendLe<quint32>(out, quint32(keySlotBytes));
    appendLe<quint64>(out, quint64(databaseBytes));
    Q_ASSERT(out.size() == HeaderSize);
    return out + madeByUtf8;
}

SecureBytes BackupFile::authenticatorKey(const SecureBytes& databaseKey)
{
    SecureBytes key(crypto_generichash_KEYBYTES);
    if (databaseKey.size() == crypto_kdf_KEYBYTES)
        crypto_kdf_derive_from_key(
            key.data(), key.size(), AuthenticatorKeyId, AuthenticatorKeyContext, databaseKey.data());
    return key;
}

Result<bool> BackupFile::authenticates(
    const QByteArray& bytes, const SecureBytes& key, ProgressTracker& progress)
{
    if (bytes.size() < AuthenticatorSize || key.size() != crypto_generichash_KEYBYTES)
        return false;
    crypto_generichash_state state;
    crypto_generichash_init(&state, key.data(), key.size(), AuthenticatorSize);
    const qsizetype covered = bytes.size() - AuthenticatorSize;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    for (qsizetype done = 0; done < covered;) {
        const qsizetype n = qMin(ChunkBytes, covered - done);
        crypto_generichash_update(&state, data + done, size_t(n));
        done += n;
        if (!progress.report(done, covered)) {
            sodium_memzero(&state, sizeof state);
            return cancelledStatus(tr("Stopped; nothing was changed."));
        }
    }
    unsigned char computed[AuthenticatorSize];
    crypto_generichash_final(&state, computed, sizeof computed);
    return sodium_memcmp(computed, data + covered, AuthenticatorSize) == 0;
}

Status BackupFile::unpack(const QByteArray& bytes, const QString& directory, ProgressTracker& progress) const
{
    const QDir dir(directory);
    if (Vault::exists(directory))
        return Status::failure(ErrorCode::Io, tr("The backup could not be unpacked."),
            QStringLiteral("%1 already holds a vault").arg(directory));
    QSaveFile database(dir.filePath(QString::fromLatin1(Vault::DatabaseFileName)));
    if (!database.open(QIODevice::WriteOnly))
        return Status::failure(ErrorCode::Io,
            tr("The backup could not be unpacked: the folder cannot be written to."), database.errorString());
    for (qint64 done = 0; done < databaseSize;) {
        const qint64 n = qMin<qint64>(ChunkBytes, databaseSize - done);
        if (database.write(bytes.constData() + databaseOffset + done, n) != n) {
            const QString details = database.errorString();
            database.cancelWriting();
            return Status::failure(
                ErrorCode::Io, tr("The backup could not be unpacked; the disk may be full."), details);
        }
        done += n;
        if (!progress.report(done, databaseSize)) {
            database.cancelWriting();
            return cancelledStatus(tr("Stopped; nothing was changed."));
        }
    }
    if (!database.commit())
        return Status::failure(ErrorCode::Io, tr("The backup could not be unpacked; the disk may be full."),
            database.errorString());
    return writeFileAtomically(dir.filePath(QString::fromLatin1(Vault::KeyFileName)), keySlotBytes);
}

Result<QByteArray> BackupFile::map(QFile& file)
{
    if (!file.isOpen() && !file.open(QIODevice::ReadOnly)) {
        return Status::failure(ErrorCode::Io,
            tr("The backup %1 could not be read.").arg(QDir::toNativeSeparators(file.fileName())),
            file.errorString());
    }
    const qint64 size = file.size();
    if (size < HeaderSize + AuthenticatorSize)
        return file.readAll(); // too short to be a backup; parse() says so
    uchar* data = file.map(0, size);
    if (!data) {
        return Status::failure(ErrorCode::Io,
            tr("The backup %1 could not be read.").arg(QDir::toNativeSeparators(file.fileName())),
            file.errorString());
    }
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace wingmate
