#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <catch2/catch_test_macros.hpp>

// The vault made by Wingmate 0.1 (tests/fixtures/v0.1: SQLCipher 3, key file
// format 1, an audit trail kept before signing, slots without signing keys),
// its backup and its transfer package. See tests/fixtures/v0.1/README.md.
namespace wingmate::test::oldvault {

inline const QString Admin = QStringLiteral("demo.admin");
inline const QString Worker = QStringLiteral("demo.worker");
inline const QString Password = QStringLiteral("Wingmate demo wing");

inline QString fixture(const QString& name)
{
    return QStringLiteral(WINGMATE_FIXTURES_DIR "/v0.1/") + name;
}

// A copy of the 0.1 vault's files in folder (made if missing), writable by
// the owner only, as a vault's files are.
inline void copyTo(const QString& folder)
{
    const QString from = fixture(QStringLiteral("vault/"));
    REQUIRE(QDir().mkpath(folder));
    for (const QString& name : QDir(from).entryList(QDir::Files)) {
        const QString to = folder + QLatin1Char('/') + name;
        REQUIRE(QFile::copy(from + name, to));
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    }
}

} // namespace wingmate::test::oldvault
