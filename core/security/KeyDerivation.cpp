#include "security/KeyDerivation.h"

#include "security/WipeSecret.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <sodium.h>

namespace wingmate {

KdfParams KdfParams::minimum()
{
    return { crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN };
}

KdfParams KdfParams::calibrated()
{
    // Measured once per process: the machine does not change under us.
    static const KdfParams measured = measure();
    return measured;
}

KdfParams KdfParams::measure()
{
    // Aim for 0.5-1 s on this machine. Memory stays at 256 MiB (libsodium's
    // MODERATE); passes go up until a derivation takes at least half a second.
    KdfParams params { crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE };
    const SecureBytes secret = SecureBytes::random(16);
    const QByteArray salt(crypto_pwhash_SALTBYTES, '\x5a');
    for (;;) {
        QElapsedTimer timer;
        timer.start();
        deriveKey(secret, salt, params);
        const qint64 ms = qMax<qint64>(1, timer.elapsed());
        if (ms >= 500 || params.opsLimit >= MaxOpsLimit)
            return params;
        // Time grows linearly with passes; land near 0.7 s.
        const auto scaled = static_cast<std::uint64_t>(params.opsLimit * 700 / ms);
        params.opsLimit = qBound<std::uint64_t>(params.opsLimit + 1, scaled, MaxOpsLimit);
    }
}

namespace {
bool testCost = false;
} // namespace

void KdfParams::allowTestCost(bool allowed)
{
    testCost = allowed;
}

bool KdfParams::testCostAllowed()
{
    return testCost;
}

KdfParams KdfParams::forNewSlots()
{
    return testCost ? minimum() : calibrated();
}

bool KdfParams::isWeak() const
{
    return opsLimit < crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE
        || memLimit < crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE;
}

bool KdfParams::isValid() const
{
    // Wingmate never makes more than 64 passes (measure()); a slot file
    // asking for more would hang every sign-in, so it is refused as well.
    return opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && opsLimit <= MaxOpsLimit
        && memLimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN
        // A slot file asking for more than 4 GiB is refused rather than obeyed.
        && memLimit <= (std::uint64_t(4) << 30);
}

SecureBytes secretFromText(const QString& text)
{
    // Text already in NFC comes back sharing the caller's buffer, which is
    // theirs to wipe; a normalised copy is ours, and so is the UTF-8.
    QString normalised = text.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalised.toUtf8();
    wipeSecret(normalised);
    SecureBytes secret = SecureBytes::copyOf(
        { reinterpret_cast<const unsigned char*>(utf8.constData()), static_cast<std::size_t>(utf8.size()) });
    wipeSecret(utf8);
    return secret;
}

SecureBytes deriveKey(const SecureBytes& secret, const QByteArray& salt, const KdfParams& params)
{
    if (salt.size() != crypto_pwhash_SALTBYTES || !params.isValid())
        return {};
    SecureBytes key(32);
    // An empty secret still needs a valid pointer.
    static const unsigned char empty = 0;
    const char* input = secret.isEmpty() ? reinterpret_cast<const char*>(&empty)
                                         : reinterpret_cast<const char*>(secret.data());
    if (crypto_pwhash(key.data(), key.size(), input, secret.size(),
            reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit,
            static_cast<size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return {};
    }
    return key;
}

} // namespace wingmate
