#pragma once

#include "storage/Vault.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string>

#include <catch2/catch_test_macros.hpp>
#include <catch2/catch_tostring.hpp>

// Lets Catch print QStrings in failed assertions.
namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace wingmate::test {

inline const QString AdminName = QStringLiteral("admin");
inline const QString AdminPassword = QStringLiteral("Wing-PC correct horse 7");

// A real encrypted vault in a temporary folder, made with libsodium's minimum
// Argon2id parameters so tests stay fast. Removed when it goes out of scope.
class TestVault {
    // Declared first so it is removed last, after the vault has closed.
    QTemporaryDir m_dir;

public:
    TestVault();

    QString path() const { return m_dir.path() + QStringLiteral("/vault"); }
    QString databasePath() const { return path() + QStringLiteral("/wingmate.db"); }
    QString keyFilePath() const { return path() + QStringLiteral("/vault.keys"); }
    const QString& recoveryCode() const { return m_recoveryCode; }

    std::unique_ptr<Vault> vault;

    // Closes and unlocks again as the administrator (fails the test if not).
    Vault& reopen();

private:
    QString m_recoveryCode;
};

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& content);
// The names of files directly in folder whose bytes contain needle.
QStringList filesContaining(const QString& folder, const QByteArray& needle);
// Every file under folder (recursively), by relative path, with a hash of
// its bytes: equal fingerprints mean nothing in the folder changed.
QMap<QString, QByteArray> folderFingerprint(const QString& folder);

} // namespace wingmate::test
