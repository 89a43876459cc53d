#pragma once

#include "DecadeGenerator.h"

#include <QString>

namespace wingmate::bench {

// The decade dataset cached in a folder: an encrypted vault (encrypted/),
// its plain comparison copy (plain/) and dataset.txt, which records the
// generator's version and how long each copy took to make. It is made when
// missing or out of date; later runs reuse it.
class DecadeDataset {
public:
    // The default folder: $XDG_CACHE_HOME (or ~/.cache)/wingmate-bench.
    static QString defaultFolder();

    // Makes the dataset in folder unless an up-to-date one is there already
    // (or regenerate is set). Fails the program with a message on error.
    static DecadeDataset ensure(const QString& folder, bool regenerate, const Clock& clock);

    // Copies both vaults into scratch (a fresh, empty folder), so the
    // benchmark's writes never change the cached dataset.
    void copyTo(const QString& scratch) const;

    QString folder() const { return m_folder; }
    static QString vaultIn(const QString& folder, VaultStorage storage);
    double generatedEncryptedMs() const { return m_encryptedMs; }
    double generatedPlainMs() const { return m_plainMs; }
    QString generatedOn() const { return m_generatedOn; }
    bool madeNow() const { return m_madeNow; }

private:
    QString m_folder;
    double m_encryptedMs = 0;
    double m_plainMs = 0;
    QString m_generatedOn;
    bool m_madeNow = false;
};

} // namespace wingmate::bench
