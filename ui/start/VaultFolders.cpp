#include "VaultFolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace wingmate::ui {

namespace {

const QString LastFolderKey = QStringLiteral("start/lastVaultFolder");

} // namespace

QString defaultVaultFolder()
{
    return QDir::cleanPath(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/vault"));
}

QString suggestedNewVaultFolder()
{
    const QString base = defaultVaultFolder();
    if (isEmptyOrMissingFolder(base))
        return base;
    for (int n = 2; n < 100; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(base).arg(n);
        if (isEmptyOrMissingFolder(candidate))
            return candidate;
    }
    return base; // the folder page explains why it cannot be used
}

QString rememberedVaultFolder()
{
    return QSettings().value(LastFolderKey).toString();
}

void rememberVaultFolder(const QString& folder)
{
    QSettings().setValue(LastFolderKey, folder);
}

QString cleanVaultFolder(const QString& text)
{
    QString path = QDir::fromNativeSeparators(text.trimmed());
    if (path == QLatin1String("~"))
        path = QDir::homePath();
    else if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    if (path.isEmpty() || QDir::isRelativePath(path))
        return {};
    return QDir::cleanPath(path);
}

bool isEmptyOrMissingFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return true;
    return info.isDir()
        && QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

} // namespace wingmate::ui
