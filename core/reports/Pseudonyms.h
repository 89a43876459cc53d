#pragma once

#include "Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace wingmate {

// Stable per-vault pseudonyms for the people in an export: "P-" and eight
// characters of Crockford base 32 taken from a keyed BLAKE2b hash of the
// prisoner's id. The 32-byte key is made at random the first time a vault
// needs it and kept inside the encrypted vault (vault_info
// 'pseudonym_key'), so the same person gets the same pseudonym in every
// export from this vault, and no one without the vault can turn a
// pseudonym back into a person or guess one from a prison number.
class Pseudonyms {
    Q_DECLARE_TR_FUNCTIONS(Pseudonyms)
public:
    // Reads the vault's key, making and storing one when there is none yet.
    // Call inside a write transaction (the new key is saved with it).
    static Result<Pseudonyms> forVault(QSqlDatabase database);
    // With a given key (32 bytes), for tests.
    explicit Pseudonyms(QByteArray key);

    QString of(qint64 prisonerId);

private:
    QByteArray m_key;
    QHash<qint64, QString> m_cache;
};

} // namespace wingmate
