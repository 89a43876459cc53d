#include "reports/Pseudonyms.h"

#include "security/WipeSecret.h"
#include "storage/StorageErrors.h"

#include <QSqlQuery>

#include <sodium.h>

namespace wingmate {

namespace {

const QString KeyName = QStringLiteral("pseudonym_key");
constexpr int KeyBytes = 32;
constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U

} // namespace

Pseudonyms::Pseudonyms(QByteArray key)
    : m_key(std::move(key))
{
}

Result<Pseudonyms> Pseudonyms::forVault(QSqlDatabase database)
{
    QSqlQuery read(database);
    read.prepare(QStringLiteral("SELECT value FROM vault_info WHERE key = ?"));
    read.addBindValue(KeyName);
    if (!read.exec())
        return storageFailure(read.lastError(), tr("The export could not be prepared."));
    if (read.next()) {
        // The key's hex forms are wiped; the key itself lives as long as the
        // export and is overwritten when freed.
        QString hexText = read.value(0).toString();
        QByteArray hex = hexText.toLatin1();
        const QByteArray key = QByteArray::fromHex(hex);
        wipeSecret(hexText);
        wipeSecret(hex);
        if (key.size() != KeyBytes) {
            return Status::failure(ErrorCode::Damaged, tr("The vault's pseudonym key is damaged, so nothing was exported."),
                QStringLiteral("vault_info pseudonym_key is not 32 bytes of hex"));
        }
        return Pseudonyms(key);
    }
    QByteArray key(KeyBytes, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    QSqlQuery insert(database);
    insert.prepare(QStringLiteral("INSERT INTO vault_info (key, value) VALUES (?, ?)"));
    insert.addBindValue(KeyName);
    insert.addBindValue(QString::fromLatin1(key.toHex()));
    if (!insert.exec())
        return storageFailure(insert.lastError(), tr("The export could not be prepared."));
    return Pseudonyms(key);
}

QString Pseudonyms::of(qint64 prisonerId)
{
    const auto found = m_cache.constFind(prisonerId);
    if (found != m_cache.constEnd())
        return *found;
    const QByteArray message = QByteArray::number(prisonerId);
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(message.constData()),
        size_t(message.size()), reinterpret_cast<const unsigned char*>(m_key.constData()), size_t(m_key.size()));
    // 40 bits, five at a time, into eight characters.
    quint64 bits = 0;
    for (int i = 0; i < 5; ++i)
        bits = (bits << 8) | hash[i];
    QString text = QStringLiteral("P-");
    for (int i = 7; i >= 0; --i)
        text += QLatin1Char(Alphabet[(bits >> (i * 5)) & 31]);
    m_cache.insert(prisonerId, text);
    return text;
}

} // namespace wingmate
