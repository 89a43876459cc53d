#include "audit/PcAnchor.h"

#include "storage/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <sodium.h>

namespace wingmate {

namespace {

// This file's strings, under the context lupdate also sees.
struct PcAnchorText {
    Q_DECLARE_TR_FUNCTIONS(PcAnchor)
};

Status damaged(const QString& path, const QString& details)
{
    return Status::failure(ErrorCode::Damaged,
        PcAnchorText::tr(
            "This PC's record of the vault (%1) is damaged or has been tampered with, so the vault was "
            "not opened.")
            .arg(QDir::toNativeSeparators(path)),
        details);
}

QString canonicalFolder(const QString& folder)
{
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QFileInfo(folder).absoluteFilePath()) : canonical;
}

} // namespace

QString PcAnchor::directory()
{
    // The generic location, not the program's own: the window and the
    // command line must share one record.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("wingmate/anchors"));
}

QString PcAnchor::path(const QByteArray& vaultId, const QString& folder)
{
    return pathFor(vaultId, folder, QStringLiteral(".anchor"));
}

QString PcAnchor::pathFor(const QByteArray& vaultId, const QString& folder, const QString& suffix)
{
    const QByteArray name = canonicalFolder(folder).toUtf8();
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(name.constData()),
        static_cast<unsigned long long>(name.size()), nullptr, 0);
    const QByteArray folderId = QByteArray(reinterpret_cast<const char*>(digest), 8).toHex();
    return QDir(directory())
        .filePath(QString::fromLatin1(vaultId.toHex()) + QLatin1Char('-') + QString::fromLatin1(folderId)
            + suffix);
}

Result<std::optional<AuditAnchor>> PcAnchor::load(const QByteArray& vaultId, const QString& folder)
{
    const QString filePath = path(vaultId, folder);
    QFile file(filePath);
    if (!file.exists())
        return std::optional<AuditAnchor>();
    if (!file.open(QIODevice::ReadOnly)) {
        return Status::failure(ErrorCode::Io,
            PcAnchorText::tr("This PC's record of the vault (%1) cannot be read.")
                .arg(QDir::toNativeSeparators(filePath)),
            file.errorString());
    }
    if (file.size() > 64 * 1024)
        return damaged(filePath, QStringLiteral("%1 bytes").arg(file.size()));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("wingmate-anchor")
        || root.value(QStringLiteral("version")).toInt() != 1)
        return damaged(filePath, QStringLiteral("not a Wingmate anchor file"));
    if (QByteArray::fromHex(root.value(QStringLiteral("vaultId")).toString().toLatin1()) != vaultId)
        return damaged(filePath, QStringLiteral("anchor of another vault"));
    AuditAnchor anchor;
    anchor.sequence = root.value(QStringLiteral("sequence")).toInteger(-1);
    anchor.hash = QByteArray::fromHex(root.value(QStringLiteral("hash")).toString().toLatin1());
    anchor.mac = QByteArray::fromHex(root.value(QStringLiteral("mac")).toString().toLatin1());
    if (anchor.sequence < 1 || anchor.hash.isEmpty() || anchor.mac.isEmpty())
        return damaged(filePath, QStringLiteral("anchor without sequence, hash or MAC"));
    return std::optional<AuditAnchor>(anchor);
}

Status PcAnchor::save(const QByteArray& vaultId, const QString& folder, const AuditAnchor& anchor)
{
    if (!QDir().mkpath(directory())) {
        return Status::failure(ErrorCode::Io,
            PcAnchorText::tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(directory())));
    }
    QFile::setPermissions(directory(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QJsonObject root {
        { QStringLiteral("format"), QStringLiteral("wingmate-anchor") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("vaultId"), QString::fromLatin1(vaultId.toHex()) },
        { QStringLiteral("folder"), canonicalFolder(folder) },
        { QStringLiteral("sequence"), anchor.sequence },
        { QStringLiteral("hash"), QString::fromLatin1(anchor.hash.toHex()) },
        { QStringLiteral("mac"), QString::fromLatin1(anchor.mac.toHex()) },
    };
    return writeFileAtomically(path(vaultId, folder), QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace wingmate
