#include "transfer/TransferPackage.h"

#include "security/RecoveryCode.h"
#include "security/SecureBytes.h"

#include <QtEndian>
#include <sodium.h>

namespace wingmate {

namespace {

constexpr char Magic[8] = { 'W', 'M', 'X', 'F', 'E', 'R', '\x00', '\x01' };
constexpr int SaltBytes = crypto_pwhash_SALTBYTES;
constexpr int NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(SaltBytes == 16 && NonceBytes == 24 && TagBytes == 16);

// Reads forward through untrusted bytes; every read checks what is left.
class Reader {
public:
    explicit Reader(const QByteArray& bytes)
        : m_bytes(bytes)
    {
    }
    bool take(qsizetype count, QByteArray* out)
    {
        if (count < 0 || m_bytes.size() - m_pos < count)
            return false;
        *out = m_bytes.mid(m_pos, count);
        m_pos += count;
        return true;
    }
    template<typename T> bool number(T* out)
    {
        QByteArray raw;
        if (!take(sizeof(T), &raw))
            return false;
        *out = qFromLittleEndian<T>(raw.constData());
        return true;
    }
    qsizetype position() const { return m_pos; }
    qsizetype remaining() const { return m_bytes.size() - m_pos; }

private:
    const QByteArray& m_bytes;
    qsizetype m_pos = 0;
};

template<typename T> void appendNumber(QByteArray& out, T value)
{
    char raw[sizeof(T)];
    qToLittleEndian<T>(value, raw);
    out.append(raw, sizeof(T));
}

// Strict UTF-8: a name that does not survive a round trip is refused.
bool decodeName(const QByteArray& bytes, QString* out)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return false;
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    *out = text;
    return true;
}

SecureBytes keyFor(const QString& canonicalCode, const QByteArray& salt, const KdfParams& kdf)
{
    return deriveKey(secretFromText(canonicalCode), salt, kdf);
}

} // namespace

Result<TransferPackage> TransferPackage::parse(const QByteArray& bytes)
{
    const Status notPackage
        = Status::failure(ErrorCode::Damaged, tr("This file is not a Wingmate transfer package."));
    const Status damaged = Status::failure(ErrorCode::Damaged,
        tr("The transfer package is damaged or incomplete; ask the sending establishment for a new one."));
    if (bytes.size() > MaxFileSize)
        return notPackage;
    Reader reader(bytes);
    QByteArray magic;
    if (!reader.take(sizeof(Magic), &magic) || magic != QByteArray(Magic, sizeof(Magic)))
        return notPackage;

    TransferPackage package;
    quint64 ops = 0;
    quint64 mem = 0;
    if (!reader.number(&ops) || !reader.number(&mem))
        return damaged;
    package.kdf = { ops, mem };
    if (!package.kdf.isValid())
        return Status::failure(ErrorCode::Damaged,
            tr("The transfer package asks for key settings Wingmate does not accept."),
            QStringLiteral("opsLimit %1, memLimit %2").arg(ops).arg(mem));
    if (!reader.take(SaltBytes, &package.salt) || !reader.take(NonceBytes, &package.nonce))
        return damaged;
    for (QString* name : { &package.source, &package.destination }) {
        quint16 length = 0;
        QByteArray raw;
        if (!reader.number(&length) || length > MaxNameBytes || !reader.take(length, &raw))
            return damaged;
        if (!decodeName(raw, name))
            return damaged;
    }
    if (package.destination.trimmed().isEmpty())
        return damaged;
    quint64 created = 0;
    if (!reader.number(&created) || created > quint64(253402300799999)) // up to the end of year 9999
        return damaged;
    package.createdAt = QDateTime::fromMSecsSinceEpoch(qint64(created), Qt::UTC);
    quint32 length = 0;
    if (!reader.number(&length))
        return damaged;
    package.header = bytes.left(reader.position());
    if (length < TagBytes + 2 || qsizetype(length) != reader.remaining())
        return damaged;
    if (!reader.take(length, &package.ciphertext))
        return damaged;
    return package;
}

QString TransferPackage::newCode()
{
    return RecoveryCode::generate();
}

Result<QByteArray> TransferPackage::seal(const QByteArray& plaintext, const QString& code,
    const QString& source, const QString& destination, const QDateTime& createdAt, const KdfParams& kdf)
{
    const std::optional<QString> canonical = RecoveryCode::normalise(code);
    const QByteArray sourceBytes = source.toUtf8();
    const QByteArray destinationBytes = destination.toUtf8();
    if (!canonical || !kdf.isValid() || sourceBytes.size() > MaxNameBytes || destinationBytes.isEmpty()
        || destinationBytes.size() > MaxNameBytes || createdAt.toMSecsSinceEpoch() < 0) {
        return Status::failure(
            ErrorCode::InvalidInput, tr("The transfer package could not be made from these details."));
    }
    if (plaintext.size() + TagBytes + 512 > MaxFileSize)
        return Status::failure(
            ErrorCode::InvalidInput, tr("These records are too large for one transfer package."));

    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QByteArray nonce(NonceBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    randombytes_buf(nonce.data(), size_t(nonce.size()));

    QByteArray out(Magic, sizeof(Magic));
    appendNumber<quint64>(out, kdf.opsLimit);
    appendNumber<quint64>(out, kdf.memLimit);
    out.append(salt);
    out.append(nonce);
    appendNumber<quint16>(out, quint16(sourceBytes.size()));
    out.append(sourceBytes);
    appendNumber<quint16>(out, quint16(destinationBytes.size()));
    out.append(destinationBytes);
    appendNumber<quint64>(out, quint64(createdAt.toMSecsSinceEpoch()));
    appendNumber<quint32>(out, quint32(plaintext.size() + TagBytes));

    const SecureBytes key = keyFor(*canonical, salt, kdf);
    if (key.isEmpty())
        return Status::failure(
            ErrorCode::Io, tr("There was not enough memory to protect the transfer package."));
    QByteArray ciphertext(plaintext.size() + TagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(ciphertext.data()), &written,
        reinterpret_cast<const unsigned char*>(plaintext.constData()),
        static_cast<unsigned long long>(plaintext.size()),
        reinterpret_cast<const unsigned char*>(out.constData()), static_cast<unsigned long long>(out.size()),
        nullptr, reinterpret_cast<const unsigned char*>(nonce.constData()), key.data());
    out.append(ciphertext);
    return out;
}

Result<QByteArray> TransferPackage::open(const QString& code) const
{
    const std::optional<QString> canonical = RecoveryCode::normalise(code);
    if (!canonical) {
        return Status::failure(ErrorCode::InvalidInput,
            tr("That is not a transfer code: it has eight groups of four letters and digits."));
    }
    if (ciphertext.size() < TagBytes || salt.size() != SaltBytes || nonce.size() != NonceBytes)
        return Status::failure(ErrorCode::Damaged,
            tr("The transfer package is damaged or incomplete; ask the sending establishment for a new "
               "one."));
    const SecureBytes key = keyFor(*canonical, salt, kdf);
    if (key.isEmpty())
        return Status::failure(
            ErrorCode::Io, tr("There was not enough memory to open the transfer package."));
    QByteArray plaintext(ciphertext.size() - TagBytes, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plaintext.data()),
            &length, nullptr, reinterpret_cast<const unsigned char*>(ciphertext.constData()),
            static_cast<unsigned long long>(ciphertext.size()),
            reinterpret_cast<const unsigned char*>(header.constData()),
            static_cast<unsigned long long>(header.size()),
            reinterpret_cast<const unsigned char*>(nonce.constData()), key.data())
        != 0) {
        return Status::failure(ErrorCode::Damaged,
            tr("The transfer code is wrong, or the package has been changed since it was made."));
    }
    plaintext.truncate(qsizetype(length));
    return plaintext;
}

} // namespace wingmate
