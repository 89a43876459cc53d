#pragma once

// File checks shared by the tests of files written outside the vault.
#include "TestVault.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <catch2/catch_test_macros.hpp>
#include <sys/stat.h>

namespace wingmate::test {

inline QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

// The permission bits of path itself (a link is not followed).
inline mode_t modeOf(const QString& path)
{
    struct stat st { };
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 07777;
}

inline void writeWithMode(const QString& path, const QByteArray& content, mode_t mode)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
    file.close();
    REQUIRE(::chmod(QFile::encodeName(path).constData(), mode) == 0);
}

// A permissive umask for the test, put back after.
struct Umask {
    mode_t old;
    explicit Umask(mode_t mask)
        : old(::umask(mask))
    {
    }
    ~Umask() { ::umask(old); }
};

} // namespace wingmate::test
