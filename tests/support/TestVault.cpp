#include "TestVault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <catch2/catch_test_macros.hpp>

namespace wingmate::test {

TestVault::TestVault()
{
    REQUIRE(m_dir.isValid());
    Vault::CreateOptions options;
    options.adminUsername = AdminName;
    options.adminDisplayName = QStringLiteral("Alex Admin");
    options.password = AdminPassword;
    options.kdf = KdfParams::minimum();
    Result<Vault::Created> created = Vault::create(path(), options);
    INFO(created.status().message().toStdString() << " / " << created.status().details().toStdString());
    REQUIRE(created.ok());
    vault = std::move(created->vault);
    m_recoveryCode = created->recoveryCode;
}

Vault& TestVault::reopen()
{
    vault.reset();
    Result<std::unique_ptr<Vault>> opened = Vault::open(path(), AdminName, AdminPassword);
    INFO(opened.status().message().toStdString() << " / " << opened.status().details().toStdString());
    REQUIRE(opened.ok());
    vault = opened.take();
    return *vault;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
}

QStringList filesContaining(const QString& folder, const QByteArray& needle)
{
    QStringList hits;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (readFile(dir.filePath(name)).contains(needle))
            hits.append(name);
    }
    return hits;
}

QMap<QString, QByteArray> folderFingerprint(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256));
    }
    return files;
}

} // namespace wingmate::test
